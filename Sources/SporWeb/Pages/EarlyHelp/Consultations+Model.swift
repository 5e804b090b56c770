import Foundation
import SporDomain
import SporStore

/// What the consultations page shows besides its forms: the counsellor's anonymous consultations, and the name of the
/// child each linked one was linked to.
struct ConsultationsModel {
    let anonymous: [AnonymousConsultation]
    let linkedNames: [UUID: String]

    static func query(store: Store, user: UserRecord, now: Date) async throws -> ConsultationsModel {
        let anonymous = try await store.anonymousConsultations(author: user.id)
        var linkedNames: [UUID: String] = [:]
        for record in anonymous {
            if let child = record.linkedChild, let found = try await store.child(id: child) { linkedNames[child] = found.fullName }
        }
        return ConsultationsModel(anonymous: anonymous, linkedNames: linkedNames)
    }
}
