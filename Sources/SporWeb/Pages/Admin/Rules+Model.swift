import Foundation
import SporDomain
import SporStore

/// What the rules page shows: the rule book in force, in three parts — Barnets Lov's deadlines, the policy's and the
/// municipality's own, and the previous act's (Serviceloven) for what began before 2024 — each rule with its provision,
/// its period and what about it is unverified.
struct RulesModel {
    let barnetsLov: [DeadlineRule]
    let own: [DeadlineRule]
    let previous: [DeadlineRule]

    /// The rule book in force today, with the municipality's parameters (`/admin/settings`).
    static func query(store: Store, user: UserRecord, now: Date) async throws -> RulesModel {
        RulesModel(book: try await store.settingsHistory().inForce(on: DanishTime.localDate(of: now)).ruleBook)
    }

    init(book: RuleBook) {
        let own = book.rules.filter { DeadlineRule.policyRuleIDs.contains($0.id) }
        previous = book.rules.filter { $0.validTo != nil }
        self.own = own
        barnetsLov = book.rules.filter { rule in rule.validTo == nil && !own.contains { $0.id == rule.id } }
    }
}
