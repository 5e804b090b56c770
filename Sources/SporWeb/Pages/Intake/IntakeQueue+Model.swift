import Foundation
import SporDomain
import SporStore

/// *Nye underretninger*: the team's notifications whose § 136 assessment is still owed — the open `assessment-24h`
/// obligations, so the queue, the tray and the indicators read the same rule — abuse first, then the least time left.
struct IntakeQueueModel {
    struct Item {
        let obligation: OpenObligation
        let entry: Entry
        let notification: SporDomain.Notification
        /// The professional who notified in Spor, named by their account.
        let professional: String?
    }

    let user: UserRecord
    let team: TeamRecord?
    let now: Date
    let items: [Item]
    /// Whom a notification on a child without a caseworker can be given to (taken by a caseworker, given by the lead).
    let assignable: [UserRecord]
    let names: [UUID: String]

    static func query(store: Store, user: UserRecord, now: Date) async throws -> IntakeQueueModel {
        let team = try await store.teams().first { $0.id == user.team }
        let staff = try await store.users()
        let names = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0.displayName) })
        let assignable = staff.assignable(in: user.team)
        var owed: [OpenObligation] = []
        if let team {
            owed = try await store.openObligations(team: team.id, district: team.district).filter { $0.rule == DeadlineRule.urgencyAssessment.id }
        }
        let triggers = try await store.entries(ids: owed.map(\.trigger))
        let professionals = Dictionary(uniqueKeysWithValues: try await store.users(roles: [.professional]).map { ($0.id, $0.displayName) })
        let items: [Item] = owed.compactMap { obligation in
            guard let entry = triggers[obligation.trigger], case .notification(let notification) = entry.payload else { return nil }
            return Item(obligation: obligation, entry: entry, notification: notification,
                        professional: notification.notifierUser.flatMap { professionals[$0] })
        }.sorted { ($0.notification.concernsAbuse ? 0 : 1, $0.obligation.due) < ($1.notification.concernsAbuse ? 0 : 1, $1.obligation.due) }
        return IntakeQueueModel(user: user, team: team, now: now, items: items, assignable: assignable, names: names)
    }
}
