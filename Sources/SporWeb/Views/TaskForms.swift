import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// The controls that complete one list row: a small form in a `<details>` for an agreed action (*udført*, *ikke udført*,
/// or cancelled by the caseworker) and for a message from Min side (answered), a link to the form that marks a legal
/// deadline *ikke relevant*. The work tray, *Mine aftaler* and the error page of a refused completion all use them.
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
                        context: context, returnTo: back, feedback: nil)
        case .portalMessage:
            return form(.portalMessage, child: obligation.child, trigger: obligation.trigger, action: nil, user: user,
                        context: context, returnTo: back, feedback: nil)
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
        "/children/\(child.uuidString)/actions/\(meeting.uuidString)/\(action.uuidString)"
    }

    static func messagePath(child: UUID, entry: UUID) -> String {
        "/children/\(child.uuidString)/messages/\(entry.uuidString)/done"
    }

    static func notRelevantPath(child: UUID, rule: String, trigger: UUID, action: UUID?, returnTo: String?) -> String {
        var query = "rule=\(rule.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")&trigger=\(trigger.uuidString)"
        if let action { query += "&action=\(action.uuidString)" }
        if let returnTo = LanguageController.localPath(returnTo) { query += "&returnTo=\(returnTo.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
        return "/children/\(child.uuidString)/not-relevant?\(query)"
    }

    /// The completion form of one task, closed in a `<details>` unless it comes back with an error.
    static func form(_ kind: Kind, child: UUID, trigger: UUID, action: UUID?, user: UserRecord, context: PageContext,
                     returnTo: String, feedback: FormFeedback?) -> Node<HTML.BodyContext> {
        let prefix = "t-" + String((action ?? trigger).uuidString.prefix(8)).lowercased()
        let value = { (key: String, fallback: String) in feedback?.values[key] ?? fallback }
        let error = { (field: String) in feedback?.field == field ? feedback?.message : nil }
        let path = kind == .agreedAction && action != nil
            ? actionPath(child: child, meeting: trigger, action: action!) : messagePath(child: child, entry: trigger)
        // Cancelling is the caseworker's (or the team lead's); the server decides, the form only leaves it out for others.
        var outcomes: [TaskCompletion.Outcome] = [.done, .notDone]
        if user.role == .caseworker || user.role == .teamLead { outcomes.append(.cancelled) }
        let chosen = value("outcome", "")
        return .details(.class("task-controls"), .if(feedback != nil, .open(true)),
            .summary(.plain(context.t(kind == .agreedAction ? Strings.taskComplete : Strings.taskMarkAnswered))),
            .unwrap(feedback.flatMap { $0.field == nil ? $0.message : nil }) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain($0)) },
            .form(.class("task-form"), .action(path), .method(.post),
                csrfField(context),
                .input(.type(.hidden), .name("returnTo"), .value(escapeAttribute(returnTo))),
                .if(kind == .agreedAction, .element(named: "fieldset", nodes: [
                    .class(error("outcome") == nil ? "choices" : "choices has-error"),
                    .element(named: "legend", nodes: [.plain(context.t(Strings.taskOutcomeLegend))]),
                    .unwrap(error("outcome")) { .p(.class("field-error"), .id("\(prefix)-outcome-error"), .plain($0)) },
                    .forEach(outcomes) { outcome in
                        .span(.class("choice"),
                            .input(.id("\(prefix)-\(outcome.rawValue)"), .name("outcome"), .type(.radio), .value(outcome.rawValue),
                                   .required(true), .checked(chosen == outcome.rawValue)),
                            .label(.for("\(prefix)-\(outcome.rawValue)"), .plain(context.t(Strings.taskOutcome(outcome)))))
                    },
                ])),
                Components.field(context.t(Strings.taskCompletedOn), id: "\(prefix)-on", error: error("completedOn"),
                    .input(.id("\(prefix)-on"), .name("completedOn"), .attribute(named: "type", value: "date"), .required(true),
                           .attribute(named: "max", value: DanishTime.localDate(of: context.now).iso),
                           .value(escapeAttribute(value("completedOn", DanishTime.localDate(of: context.now).iso))))),
                Components.field(context.t(Strings.taskComment), id: "\(prefix)-comment", error: error("comment"),
                    .textarea(.id("\(prefix)-comment"), .name("comment"), .attribute(named: "rows", value: "2"),
                              kind == .agreedAction ? .attribute(named: "aria-describedby", value: "\(prefix)-comment-hint") : .empty,
                              .plain(value("comment", "")))),
                .if(kind == .agreedAction, .p(.class("hint"), .id("\(prefix)-comment-hint"), .plain(context.t(Strings.taskCommentHint)))),
                .button(.type(.submit), .class("primary"), .plain(context.t(Strings.taskSave)))))
    }

}
