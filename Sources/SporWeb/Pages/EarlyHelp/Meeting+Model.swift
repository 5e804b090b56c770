import Foundation
import SporDomain
import SporStore

/// What the network meeting form offers: who may own an agreed action (the staff at work, not admins or policy
/// staff), and who is recording (the default owner).
struct MeetingModel {
    let staff: [UserRecord]
    let userID: UUID

    static func query(store: Store, user: UserRecord, now: Date) async throws -> MeetingModel {
        MeetingModel(staff: try await store.users().filter { $0.role != .admin && $0.role != .policy && $0.isActive }, userID: user.id)
    }
}
