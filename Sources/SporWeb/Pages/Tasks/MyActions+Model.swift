import Foundation
import SporDomain
import SporStore

/// *Mine aftaler*: the agreed actions a person owns who has no case worklist (the outreach counsellor, a teacher), soonest
/// first, each with what was agreed. No link to the case.
struct MyActionsModel {
    struct Row {
        let obligation: OpenObligation
        /// What was agreed at the meeting.
        let what: String
        let rule: DeadlineRule?
    }

    let user: UserRecord
    let now: Date
    let rows: [Row]

    static func query(store: Store, user: UserRecord, now: Date) async throws -> MyActionsModel {
        let obligations = try await store.openObligations(assignee: user.id).filter { $0.action != nil }.sorted { $0.due < $1.due }
        let meetings = try await store.entries(ids: Array(Set(obligations.map(\.trigger))))
        var agreed: [UUID: String] = [:]
        for entry in meetings.values {
            guard case .networkMeeting(let meeting) = entry.payload else { continue }
            for action in meeting.actions { agreed[action.id] = action.what }
        }
        let rules = Dictionary(uniqueKeysWithValues: RuleBook.barnetsLov.rules.map { ($0.id, $0) })
        return MyActionsModel(user: user, now: now, rows: obligations.map { obligation in
            Row(obligation: obligation, what: obligation.action.flatMap { agreed[$0] } ?? "", rule: rules[obligation.rule])
        })
    }
}
