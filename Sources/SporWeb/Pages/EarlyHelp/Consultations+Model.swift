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
        // One read for every linked child, not one per consultation.
        let linked = try await store.children(ids: Array(Set(anonymous.compactMap(\.linkedChild))))
        let linkedNames = Dictionary(linked.map { ($0.id, $0.fullName) }, uniquingKeysWith: { first, _ in first })
        return ConsultationsModel(anonymous: anonymous, linkedNames: linkedNames)
    }
}
