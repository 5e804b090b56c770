import Foundation
import Plot
import SporDomain
import SporStore

/// *Marker fristen som ikke relevant*: the deadline, the child, when it falls due, whether the indicator counts it, and
/// the reason asked for.
enum NotRelevantView {
    static let formName = "not-relevant"

    static func body(_ model: NotRelevantModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "not-relevant", form: formName, refusal: refusal)
        let rule = model.rule
        let obligation = model.obligation
        return .group(
            .p(.a(.href(escapeAttribute(model.back)), .plain("← " + context.t(Strings.backToList)))),
            .h1(.plain(context.t(Strings.notRelevantTitle))),
            .p(.plain(context.t(Strings.notRelevantIntro))),
            .dl(.class("task-facts"),
                .dt(.plain(context.t(Strings.notRelevantDeadline))), .dd(.plain("\(context.t(rule.title)) (\(rule.paragraph))")),
                .dt(.plain(context.t(Strings.notRelevantChild))),
                .dd(.a(.href(SiteURL.child(model.child).path(fragment: "entry-\(obligation.trigger.uuidString)")), .plain(model.childName))),
                .dt(.plain(context.t(Strings.notRelevantDue))),
                .dd(.plain(Format.deadline(obligation.due, context.language)), .plain(" · "),
                    IntakeController.countdown(due: obligation.due, now: context.now, context))),
            .p(.class("meta"), .plain(context.t(rule.mayBeNotRelevant ? Strings.notRelevantAllowed : Strings.notRelevantCountsMissed))),
            fields.summary(),
            .form(.id("not-relevant-form"), .action(SiteURL.child(model.child, .notRelevant).path), .method(.post),
                csrfField(context),
                fields.hidden("rule", rule.id),
                fields.hidden("trigger", obligation.trigger.uuidString),
                .unwrap(obligation.action) { fields.hidden("action", $0.uuidString) },
                .unwrap(model.returnTo) { fields.hidden("returnTo", $0) },
                fields.area("reason", Strings.notRelevantReason, required: true, rows: 4),
                .button(.type(.submit), .class("primary"), .plain(context.t(Strings.notRelevantSave)))))
    }

    /// The form named a deadline that is not open (met, marked meanwhile, or unknown).
    static func missing(back: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(.h1(.plain(context.t(Strings.notRelevantTitle))),
               .p(.class("error"), .attribute(named: "role", value: "alert"), .plain(context.t(Strings.taskError(.taskMissing)))),
               .p(.a(.href(escapeAttribute(back)), .plain("← " + context.t(Strings.backToList)))))
    }
}
