import Foundation
import Plot
import SporDomain
import SporStore

/// An indicator's definition: what is counted, over what, its target and source.
enum IndicatorDefinitionView {
    static func body(_ model: IndicatorDefinitionModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let definition = model.definition
        let period = model.period.description
        return .group(
            .p(.a(.href(SiteURL.policy.path(query: [("period", period)])), .plain("← \(context.t(Strings.dashboardTitle))"))),
            .h1(.plain(context.t(definition.title))),
            .p(.plain(context.t(definition.definition))),
            .dl(.class("facts-list"),
                .dt(.plain(context.t(Strings.numerator))), .dd(.plain(context.t(definition.numerator))),
                .dt(.plain(context.t(Strings.denominator))), .dd(.plain(context.t(definition.denominator))),
                .unwrap(definition.exclusions) { .group(.dt(.plain(context.t(Strings.exclusions))), .dd(.plain(context.t($0)))) },
                .dt(.plain(context.t(Strings.indicatorTarget))), .dd(.plain(IndicatorText.target(definition, context.language))),
                .dt(.plain(context.t(Strings.goalsServed))), .dd(.plain(definition.goals.joined(separator: ", "))),
                .dt(.plain(context.t(Strings.sourceLabel))), .dd(.plain(context.t(definition.source)))),
            .if(model.showsChildren,
                .p(.a(.id("drill-down"), .href(SiteURL.indicatorChildren(.value(definition.id)).path(query: [("period", period)])),
                      .plain(context.t(Strings.childrenBehind))))))
    }
}

/// The team's children behind a number, each with whether they are in its numerator.
enum IndicatorChildrenView {
    static func body(_ model: IndicatorChildrenModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let definition = model.definition
        let period = model.period.description
        return .group(
            .p(.a(.href(SiteURL.indicator(.value(definition.id)).path(query: [("period", period)])),
                  .plain("← \(context.t(definition.title))"))),
            .h1(.plain(context.t(Strings.childrenBehind))),
            .p(.plain(context.t(Strings.childrenBehindIntro, period))),
            .table(.id("indicator-children"), .class("list"),
                Components.columnHeaders([Strings.columnName, Strings.numerator], context),
                .tbody(.forEach(model.rows) { row in
                    .tr(.td(.a(.href(SiteURL.child(row.id).path), .plain(row.name))),
                        .td(.plain(context.t(row.inNumerator ? Strings.yes : Strings.no))))
                })))
    }
}
