import Foundation
import SporDomain
import SporStore

/// The team lead's list: the deadlines on the team's children marked not relevant, with the reason, who and when.
struct TeamNotRelevantModel {
    let marks: [NotRelevantMark]
    /// Who marked, by id.
    let names: [UUID: String]

    static func query(store: Store, user: UserRecord, now: Date) async throws -> TeamNotRelevantModel {
        let team = try await store.teams().first { $0.id == user.team }
        var marks: [NotRelevantMark] = []
        if let team { marks = try await store.notRelevantMarks(team: team) }
        let names = Dictionary(uniqueKeysWithValues: try await store.users().map { ($0.id, $0.displayName) })
        return TeamNotRelevantModel(marks: marks, names: names)
    }

    /// How the `deadlines-met` indicator counts a mark under this rule.
    static func countsAs(_ rule: DeadlineRule?) -> LocalizedText {
        guard let rule else { return Strings.countsNotCounted }
        if DeadlineRule.policyRuleIDs.contains(rule.id) || rule.mayBeNotRelevant { return Strings.countsNotCounted }
        return Strings.countsMissed
    }
}
