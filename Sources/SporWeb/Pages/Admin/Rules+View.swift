import Foundation
import Plot
import SporDomain
import SporStore

/// The rule book for the administrator: a table per act, each rule with its provision, its period and its unverified
/// parts explained.
enum RulesView {
    static func body(_ model: RulesModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(.a(.href(SiteURL.admin.path), .plain("← \(context.t(Strings.adminTitle))"))),
            .h1(.plain(context.t(Strings.rulesTitle))),
            .p(.plain(context.t(Strings.rulesIntro))),
            section("rules-barnets-lov", Strings.rulesBarnetsLov, intro: nil, model.barnetsLov, context),
            section("rules-own", Strings.rulesOwn, intro: nil, model.own, context),
            section("rules-previous", Strings.rulesPrevious, intro: Strings.rulesPreviousIntro, model.previous, context)
        )
    }

    static func section(_ id: String, _ title: LocalizedText, intro: LocalizedText?, _ rules: [DeadlineRule],
                        _ context: PageContext) -> Node<HTML.BodyContext> {
        .section(.id(id),
            .h2(.plain(context.t(title))),
            .unwrap(intro) { .p(.plain(context.t($0))) },
            .table(.class("list rules"),
                Components.columnHeaders([Strings.rulesColumnRule, Strings.rulesColumnParagraph, Strings.rulesColumnPeriod,
                                          Strings.rulesColumnUnverified], context),
                .tbody(.forEach(rules) { rule in
                    .tr(.id("rule-\(rule.id)"),
                        .td(.plain(context.t(rule.title)), .element(named: "br"), .span(.class("meta"), .plain(rule.id))),
                        .td(.plain(rule.paragraph)),
                        .td(.plain(period(rule, context))),
                        .td(rule.unverified.isEmpty ? .plain(context.t(Strings.rulesAllVerified)) : explanation(rule, context)))
                })))
    }

    /// "fra 01.01.2024", or "01.01.2014 – 31.12.2023" for a rule with a valid-to date.
    static func period(_ rule: DeadlineRule, _ context: PageContext) -> String {
        let from = Format.date(rule.appliesFrom, context.language)
        guard let to = rule.validTo else { return context.t(Strings.rulesFrom, from) }
        return context.t(Strings.rulesFromTo, from, Format.date(to, context.language))
    }

    /// Which parts are unverified, and why.
    static func explanation(_ rule: DeadlineRule, _ context: PageContext) -> Node<HTML.BodyContext> {
        let parts = DeadlineRule.Part.allCases.filter(rule.unverified.contains).map { context.t(Strings.rulePart($0)) }
        return .group(.p(.class("unverified-parts"), .plain(context.t(Strings.unverifiedParts, parts.joined(separator: ", ")))),
                      .unwrap(rule.unverifiedNote) { .p(.class("unverified-note"), .plain(context.t($0))) })
    }

    /// The small mark beside a deadline whose rule has an unverified part: "Ikke bekræftet", opening to the explanation.
    /// Empty for a rule without one. The tray shows it on each deadline.
    static func unverifiedMark(_ rule: DeadlineRule, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard !rule.unverified.isEmpty else { return .empty }
        return .element(named: "details", nodes: [
            .class("unverified-mark"),
            .element(named: "summary", nodes: [.plain(context.t(Strings.unverifiedMark))]),
            explanation(rule, context),
        ])
    }
}
