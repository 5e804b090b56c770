import Foundation
import SporDomain
import SporStore

/// What the professional's page shows: what they have passed on and what became of it, and the form — with what was
/// typed when it comes back turned into a notification.
struct ProfessionalModel {
    let submissions: [Submission]
    /// What the form shows when it comes back without a refusal (a concern turned into a notification).
    var kept = FormValues()

    static func query(store: Store, user: UserRecord, now: Date) async throws -> ProfessionalModel {
        ProfessionalModel(submissions: try await store.submissions(author: user.id))
    }
}
