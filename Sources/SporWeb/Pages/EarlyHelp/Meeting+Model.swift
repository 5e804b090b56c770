import Foundation
import Vapor
import SporDomain
import SporStore

/// What the network meeting form offers: who may own an agreed action (the staff at work, not admins or policy
/// staff), who is recording (the default owner), and the child, when the meeting was opened from the child's page.
struct MeetingModel {
    let staff: [UserRecord]
    let userID: UUID
    /// The child the meeting is about, known from the child page: the form then asks no name or birth date.
    var child: Child? = nil

    /// The form, for `childID`'s child when given: a child the user may not manage the case of is not found (404),
    /// whether it exists or not.
    static func query(store: Store, user: UserRecord, now: Date, childID: UUID? = nil) async throws -> MeetingModel {
        var child: Child?
        if let childID { child = try await managedChild(store: store, user: user, id: childID, now: now) }
        return MeetingModel(staff: try await store.users().filter { $0.role != .admin && $0.role != .policy && $0.isActive }, userID: user.id,
                            child: child)
    }

    /// The child with `id`, if `user` may manage its case (their own, their team's, or their district's without a
    /// caseworker); a stated reason reaches reading only.
    static func managedChild(store: Store, user: UserRecord, id: UUID, now: Date) async throws -> Child {
        guard let child = try await store.child(id: id) else { throw Abort(.notFound) }
        let team = try await store.teams().first { $0.id == user.team }
        let grounds = Access.grounds(user, userTeam: team, summary: try await store.summary(child: id), child: child,
                                     hasGrant: try await store.hasActiveGrant(user: user.id, child: id, now: now))
        guard grounds?.permits(.managingCase) == true else { throw Abort(.notFound) }
        return child
    }
}
