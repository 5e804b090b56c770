import Foundation
import Plot
import SporDomain
import SporStore

/// "Mine børn" and the team's children: a heading, a line, and the table.
enum ChildrenListView {
    static func title(_ kind: ChildrenListModel.Kind) -> LocalizedText {
        switch kind {
        case .mine: Strings.myChildrenTitle
        case .team: Strings.teamTitle
        }
    }

    static func body(_ model: ChildrenListModel, refusal _: Refusal? = nil, _ context: PageContext) -> Node<HTML.BodyContext> {
        switch model.kind {
        case .mine:
            return .group(
                .h1(.plain(context.t(Strings.myChildrenTitle))),
                .p(.plain(context.t(Strings.myChildrenIntro))),
                table(model.children, context, showCaseworker: false))
        case .team:
            return .group(
                .h1(.plain(context.t(Strings.teamTitle))),
                .p(.plain(context.t(Strings.teamIntro, model.team?.name ?? context.t(Strings.none)))),
                table(model.children, context, showCaseworker: true, accessLogLinks: true))
        }
    }

    static func table(_ children: [ChildListItem], _ context: PageContext, showCaseworker: Bool,
                      accessLogLinks: Bool = false) -> Node<HTML.BodyContext> {
        guard !children.isEmpty else { return .p(.class("empty"), .plain(context.t(Strings.noChildren))) }
        return .group(
            .p(.class("count"), .plain(context.t(Strings.childCount, String(children.count)))),
            .table(.class("list"),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnName))),
                    .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnAge))),
                    .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnDistrict))),
                    .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnConcern))),
                    .if(showCaseworker, .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnCaseworker)))),
                    .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnLastActivity))),
                    .if(accessLogLinks, .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnAccessLog))))
                )),
                .tbody(.forEach(children) { child in
                    .tr(
                        .td(.a(.class("child-link"), .href(SiteURL.child(child.id).path), .plain(ExpectedText.name(child, context)))),
                        .td(.plain(ExpectedText.age(child, context))),
                        .td(.plain(child.district)),
                        .td(Components.concernBadge(child.concernLevel, context)),
                        .if(showCaseworker, .td(.plain(child.caseworkerName ?? context.t(Strings.noCaseworker)))),
                        .td(.plain(child.lastEntryAt.map { Format.dateTime($0, context.language) } ?? context.t(Strings.none))),
                        .if(accessLogLinks, .td(.a(.href(SiteURL.child(child.id, .accessLog).path),
                                                   .plain(context.t(Strings.showAccessLog)))))
                    )
                })
            )
        )
    }
}
