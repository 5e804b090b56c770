import Foundation
import Plot
import SporDomain
import SporStore

/// The controls that complete one list row: a small form in a `<details>` for an agreed action (*udført*, *ikke udført*,
/// or cancelled by the caseworker) and for a message from Min side (answered), a link to the form that marks a legal
/// deadline *ikke relevant*. The work tray, *Mine aftaler*, the child page and the page of a refused completion use them.
enum TaskForms {
    /// What a row's obligation asks for, read from its rule.
    enum Kind: Equatable {
        case agreedAction
        case portalMessage
        /// A deadline met by its own step; it can only be marked not relevant.
        case deadline
    }

    static func kind(of rule: DeadlineRule) -> Kind {
        switch TrayModel.Kind(rule) {
        case .agreedAction: .agreedAction
        case .portalMessage: .portalMessage
        case .notification, .deadline: .deadline
        }
    }

    /// The controls for one row. `returnTo` is where the user lands after saving (a local path; the page's own by
    /// default).
    static func controls(for obligation: OpenObligation, rule: DeadlineRule, user: UserRecord, context: PageContext,
                         returnTo: String? = nil) -> Node<HTML.BodyContext> {
        let back = LanguageController.localPath(returnTo) ?? context.path
        switch kind(of: rule) {
        case .agreedAction:
            guard let action = obligation.action else { return .empty }
            return form(.agreedAction, child: obligation.child, trigger: obligation.trigger, action: action, user: user,
                        context: context, returnTo: back, refusal: nil)
        case .portalMessage:
            return form(.portalMessage, child: obligation.child, trigger: obligation.trigger, action: nil, user: user,
                        context: context, returnTo: back, refusal: nil)
        case .deadline:
            guard user.role == .caseworker || user.role == .teamLead else { return .empty }
            return .a(.class("task-not-relevant"),
                      .href(escapeAttribute(notRelevantPath(child: obligation.child, rule: rule.id, trigger: obligation.trigger,
                                                            action: obligation.action, returnTo: back))),
                      .plain(context.t(Strings.taskMarkNotRelevant)))
        }
    }

    /// Where the completion of a task posts.
    static func actionPath(child: UUID, meeting: UUID, action: UUID) -> String {
        SiteURL.child(child, .agreedAction(meeting: .value(meeting), action: .value(action))).path
    }

    static func messagePath(child: UUID, entry: UUID) -> String {
        SiteURL.child(child, .messageDone(.value(entry))).path
    }

    static func notRelevantPath(child: UUID, rule: String, trigger: UUID, action: UUID?, returnTo: String?) -> String {
        // Every value encoded but letters and digits, as the tray's links have always read.
        let encode = { (text: String) in text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "" }
        var query = "rule=\(encode(rule))&trigger=\(trigger.uuidString)"
        if let action { query += "&action=\(action.uuidString)" }
        if let returnTo = LanguageController.localPath(returnTo) { query += "&returnTo=\(encode(returnTo))" }
        return SiteURL.child(child, .notRelevant).path + "?" + query
    }

    /// The form's refusal name: a refused completion comes back as `task`.
    static let formName = "task"

    /// The completion form of one task, closed in a `<details>` unless it comes back refused.
    static func form(_ kind: Kind, child: UUID, trigger: UUID, action: UUID?, user: UserRecord, context: PageContext,
                     returnTo: String, refusal: Refusal?) -> Node<HTML.BodyContext> {
        let prefix = "t-" + String((action ?? trigger).uuidString.prefix(8)).lowercased()
        // The date keeps its short id (`t-…-on`); the outcome's radios read `t-…-done`.
        let fields = FormFields(context, idPrefix: prefix, form: formName, refusal: refusal, ids: ["completedOn": "\(prefix)-on"])
        let path = kind == .agreedAction && action != nil
            ? actionPath(child: child, meeting: trigger, action: action!) : messagePath(child: child, entry: trigger)
        // Cancelling is the caseworker's (or the team lead's); the server decides, the form only leaves it out for others.
        var outcomes: [TaskCompletion.Outcome] = [.done, .notDone]
        if user.role == .caseworker || user.role == .teamLead { outcomes.append(.cancelled) }
        let today = DanishTime.localDate(of: context.now).iso
        return .details(.class("task-controls"), .if(fields.isReturned, .open(true)),
            .summary(.plain(context.t(kind == .agreedAction ? Strings.taskComplete : Strings.taskMarkAnswered))),
            .unwrap(fields.refusal.flatMap { $0.field == nil ? $0.message : nil }) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain($0)) },
            .form(.class("task-form"), .action(path), .method(.post),
                csrfField(context),
                fields.hidden("returnTo", returnTo),
                .if(kind == .agreedAction, .element(named: "fieldset", nodes: [
                    .class(fields.errorText("outcome") == nil ? "choices" : "choices has-error"),
                    .element(named: "legend", nodes: [.plain(context.t(Strings.taskOutcomeLegend))]),
                    .unwrap(fields.errorText("outcome")) { .p(.class("field-error"), .id("\(prefix)-outcome-error"), .plain($0)) },
                    .forEach(outcomes) { outcome in
                        .span(.class("choice"),
                            fields.radio("outcome", value: outcome.rawValue, id: "\(prefix)-\(outcome.rawValue)"),
                            .label(.for("\(prefix)-\(outcome.rawValue)"), .plain(context.t(Strings.taskOutcome(outcome)))))
                    },
                ])),
                fields.field("completedOn", context.t(Strings.taskCompletedOn),
                    fields.input("completedOn", type: "date", fallback: today, required: true, [("max", today)])),
                fields.field("comment", context.t(Strings.taskComment),
                    fields.textarea("comment", rows: 2, kind == .agreedAction ? [("aria-describedby", "\(prefix)-comment-hint")] : [])),
                .if(kind == .agreedAction, .p(.class("hint"), .id("\(prefix)-comment-hint"), .plain(context.t(Strings.taskCommentHint)))),
                .button(.type(.submit), .class("primary"), .plain(context.t(Strings.taskSave)))))
    }
}
