import Foundation

/// The rules a task completion and a mark *ikke relevant* must meet: each acts on an obligation the rule book starts in
/// this child's course and that is still on a list. Who may write them (the action's owner, the child's caseworker, the
/// team) is the web layer's check, as for every other entry.
extension JournalRules {
    static func validateComment(of completion: TaskCompletion) throws(DomainError) {
        if completion.outcome == .done {
            try optionalText(completion.comment, field: "comment")
        } else {
            guard !completion.comment.isBlank else { throw DomainError(.taskCommentMissing, field: "comment") }
            try requireText(completion.comment, field: "comment")
        }
    }

    static func validateTask(_ entry: Entry, in timeline: Timeline, now: Date, context: JournalContext) throws(DomainError) {
        let obligations = context.ruleBook.obligations(for: timeline, child: entry.child, birthDate: context.birthDate,
                                                       calendar: context.calendar, now: now, caseworker: timeline.state().caseworker)
        switch entry.payload {
        case .taskCompleted(let completion):
            let task = completion.task
            let obligation = obligations.first { obligation in
                guard obligation.trigger == task.trigger, obligation.action == task.action else { return false }
                if case .portalMessage = task { return context.ruleBook[obligation.rule]?.discharge.kind == .taskCompleted }
                return true
            }
            guard let obligation else { throw DomainError(.taskMissing, field: "task") }
            guard obligation.dischargedBy == nil else { throw DomainError(.taskAlreadyClosed) }
            if case .portalMessage = task, completion.outcome != .done { throw DomainError(.taskOutcomeInvalid, field: "outcome") }
            guard completion.completedOn <= DanishTime.localDate(of: now) else { throw DomainError(.occurredInFuture, field: "completedOn") }
            guard completion.completedOn >= DanishTime.localDate(of: obligation.triggeredAt) else {
                throw DomainError(.taskCompletedBeforeStart, field: "completedOn")
            }
        case .deadlineNotRelevant(let mark):
            let obligation = obligations.first { $0.rule == mark.rule && $0.trigger == mark.trigger && $0.action == mark.action }
            guard let obligation else { throw DomainError(.taskMissing, field: "rule") }
            guard obligation.dischargedBy == nil else { throw DomainError(.taskAlreadyClosed) }
            guard entry.occurredAt >= obligation.triggeredAt.addingTimeInterval(-60) else { throw DomainError(.taskCompletedBeforeStart, field: "occurredAt") }
        default:
            break
        }
    }
}

extension TaskCompletion {
    /// When a completion on `completedOn` happened, for the journal: now when it is today, else the last minute of that
    /// day (done "on 3 March" is done by the end of it), and never before the task began.
    public func occurredAt(now: Date, taskBegan: Date) -> Date {
        let instant = completedOn == DanishTime.localDate(of: now) ? now : DanishTime.endOfDay(completedOn).addingTimeInterval(-60)
        return max(min(instant, now), taskBegan)
    }
}
