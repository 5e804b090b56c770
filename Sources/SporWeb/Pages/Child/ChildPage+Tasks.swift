import Foundation
import Plot
import SporDomain
import SporStore

/// How a completed task and a deadline marked not relevant read on the timeline: what the task was, how it went, the
/// comment or reason.
extension ChildPageView {
    static func taskPayload(_ payload: EntryPayload, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        switch payload {
        case .taskCompleted(let completion):
            let what: String = switch completion.task {
            case .agreedAction(let meeting, let action):
                context.t(Strings.taskEntryAgreedAction, agreedAction(action, meeting: meeting, in: model.timeline)?.what ?? "")
            case .portalMessage:
                context.t(Strings.taskEntryPortalMessage)
            }
            return .group(
                .p(.class("task-what"), .plain(what)),
                .p(.class("meta"), .strong(.class("task-outcome outcome-\(completion.outcome.rawValue)"), .plain(context.t(Strings.taskOutcome(completion.outcome)))),
                   .plain(" · " + context.t(Strings.taskEntryCompletedOn, Format.date(completion.completedOn, context.language)))),
                .if(!completion.comment.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, .p(.class("text task-comment"), .plain(completion.comment))))
        case .deadlineNotRelevant(let mark):
            let rule = model.ruleBook[mark.rule]
            let title = rule.map { context.t(Strings.notRelevantEntry, context.t($0.title), $0.paragraph) } ?? mark.rule
            return .group(
                .p(.class("task-what"), .plain(title)),
                .p(.class("text"), .strong(.plain("\(context.t(Strings.columnReason)): ")), .plain(mark.reason)))
        default:
            return .empty
        }
    }

    /// The agreed action `action` of the network meeting `meeting`, as the course now reads it.
    static func agreedAction(_ action: UUID, meeting: UUID, in timeline: Timeline) -> NetworkMeeting.AgreedAction? {
        guard let item = timeline.items.first(where: { $0.entry.id == meeting }), case .networkMeeting(let held)? = item.effective else { return nil }
        return held.actions.first { $0.id == action }
    }
}
