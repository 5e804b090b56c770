import Foundation
import SporDomain
import SporStore

/// What the preparedness plan's page shows: the plan in force, every saved version with who saved it and when, and today
/// (the revision's deadline is read against it).
struct PreparednessPlanModel {
    struct Version {
        let number: Int
        let plan: PreparednessPlan
        let savedAt: Date
        let savedBy: String
    }

    let plan: PreparednessPlan?
    /// The newest first.
    let versions: [Version]
    let today: LocalDate

    static func query(store: Store, user: UserRecord, now: Date) async throws -> PreparednessPlanModel {
        let history = try await store.preparednessPlanHistory()
        let users = Dictionary(try await store.users().map { ($0.id, $0.displayName) }, uniquingKeysWith: { first, _ in first })
        return PreparednessPlanModel(plan: history.first?.plan, versions: history.map {
            Version(number: $0.number, plan: $0.plan, savedAt: $0.savedAt, savedBy: users[$0.savedBy] ?? "–")
        }, today: DanishTime.localDate(of: now))
    }

    /// The plan a form sent.
    static func plan(from values: FormValues) throws -> PreparednessPlan {
        PreparednessPlan(title: values.text("title"), adoptedOn: try values.date("adoptedOn"), reference: values.text("reference"),
                         note: values.optionalText("note"))
    }
}
