import Foundation
import SporDomain
import SporStore

/// The team lead's review of break-the-glass: every reason stated by the team in the last 90 days.
struct BreakGlassReviewModel {
    let grants: [AccessGrant]

    static let period: TimeInterval = 90 * 86_400

    static func query(store: Store, user: UserRecord, now: Date) async throws -> BreakGlassReviewModel {
        guard let team = try await store.teams().first(where: { $0.id == user.team }) else { return BreakGlassReviewModel(grants: []) }
        return BreakGlassReviewModel(grants: try await store.accessGrants(team: team, since: now.addingTimeInterval(-period)))
    }
}

/// The page offered instead of a child outside one's cases: which child, and how long a stated reason opens it.
struct BreakGlassOfferModel {
    let child: UUID
    let hours: Int

    init(child: UUID, hours: Int = Int(Store.grantDuration / 3600)) {
        self.child = child
        self.hours = hours
    }
}
