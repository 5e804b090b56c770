import Foundation
import Plot
import SporDomain
import SporStore

/// Closing a case: what is still open, then the reason and the confirmation. While a measure or placement runs the
/// page says the case cannot be closed, and links to the step that ends each one.
enum CaseClosingView {
    static func body(_ model: CaseClosingModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "close", form: "close", refusal: refusal)
        let language = context.language
        return .div(.class("case-closing"),
            .p(.a(.href(SiteURL.child(model.child.id).path), .plain("← \(model.child.fullName)"))),
            .h1(.plain(context.t(Strings.closingTitle, model.child.fullName))),
            .p(.plain(context.t(Strings.closingIntro))),
            fields.summary(),
            .section(.id("closing-measures"), .attribute(named: "aria-labelledby", value: "closing-measures-heading"),
                .h2(.id("closing-measures-heading"), .plain(context.t(Strings.closingMeasures))),
                model.running.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.closingNoMeasures))) :
                    .group(
                        .ul(.forEach(model.running) { running in
                            .li(.class(running.isPlacement ? "running placement" : "running measure"),
                                .strong(.plain(running.isPlacement ? context.t(Strings.closingPlacement, placementName(running, context)) : running.name)),
                                .plain(" · \(context.t(Strings.since, Format.date(DanishTime.localDate(of: running.since), language)))"),
                                .plain(" · "),
                                .a(.class("end-link"), .id("end-\(running.entry.uuidString)"),
                                   .href(SiteURL.child(model.child.id, .course(.value(running.endStep.rawValue))).path),
                                   .plain(context.t(running.isPlacement ? Strings.closingEndPlacement : Strings.closingEndMeasure))))
                        }),
                        .p(.id("closing-blocked"), .class("error"), .plain(context.t(Strings.closingBlocked))))),
            .section(.id("closing-deadlines"), .attribute(named: "aria-labelledby", value: "closing-deadlines-heading"),
                .h2(.id("closing-deadlines-heading"), .plain(context.t(Strings.closingDeadlines))),
                model.deadlines.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.closingNoDeadlines))) :
                    .group(
                        .ul(.forEach(model.deadlines) { deadline in
                            .li(.class(deadline.due < context.now ? "overdue" : "open"),
                                .strong(.plain(context.t(deadline.title))),
                                .unwrap(deadline.detail) { .plain(": \($0)") },
                                .plain(" · \(Format.deadline(deadline.due, language))"))
                        }),
                        .p(.class("hint"), .plain(context.t(Strings.closingDeadlinesHint))))),
            .section(.id("closing-accounts"), .attribute(named: "aria-labelledby", value: "closing-accounts-heading"),
                .h2(.id("closing-accounts-heading"), .plain(context.t(Strings.closingAccounts))),
                model.accounts.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.closingNoAccounts))) :
                    .group(
                        .ul(.forEach(model.accounts) { account in
                            .li(.strong(.plain(account.holder ?? "\(model.child.fullName) (\(context.t(Strings.accountChild)))")),
                                .plain(" · \(FamilyAccessView.state(account.record, context))"))
                        }),
                        .p(.class("hint"), .plain(context.t(Strings.closingAccountsHint)), .plain(" "),
                           .a(.href(SiteURL.child(model.child.id, .family).path), .plain(context.t(Strings.closingAccountsLink)))))),
            model.isOpen
                ? .form(.id("close-form"), .class("narrow"), .action(SiteURL.child(model.child.id, .close).path), .method(.post),
                        csrfField(context),
                        fields.area("reason", Strings.closingReasonLabel, required: true, rows: 4),
                        .button(.id("close-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.closingConfirm))))
                : .p(.id("closing-not-open"), .class("empty"), .plain(context.t(Strings.closingNotOpen))))
    }

    /// The placement's offer, and the kind of home where the offer's name does not already say it.
    static func placementName(_ running: CaseClosingModel.Running, _ context: PageContext) -> String {
        guard let kind = running.placementKind.map({ context.t(Strings.placementKind($0)) }), kind != running.name else { return running.name }
        return "\(running.name) (\(kind))"
    }
}
