import Foundation
import Vapor
import SporDomain
import SporStore

/// Counts what on the user's tray asks for action today (its *Overskredet* and *I dag*, see `TrayGroup`), for the navigation's badge: on staff pages only (a GET of an
/// HTML page by a user who has a tray), once per request.
struct TrayCountMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .GET, let user = request.currentUser, Authorization.allows(user.role, .worklist),
           !request.url.path.hasPrefix(SiteURL.apiPrefix), !request.url.path.hasPrefix(SiteURL.staticPrefix) {
            request.trayCount = try await TrayCountMiddleware.count(request, user: user)
        }
        return try await next.respond(to: request)
    }

    static func count(_ request: Request, user: UserRecord) async throws -> Int {
        let store = request.store
        let settings = request.spor.settings.work
        let now = request.now
        let teams = try await store.teams()
        let team = teams.first { $0.id == user.team }
        let intakeDistrict = team.flatMap { Store.receivesIntake($0, among: teams) ? $0.district : nil }
        return try await store.trayCount(
            user: user.id, team: team?.id, wholeTeam: user.role == .teamLead, intakeDistrict: intakeDistrict,
            dueBy: max(DanishTime.endOfDay(DanishTime.localDate(of: now)), now.addingTimeInterval(24 * 3600)),
            backlogBefore: now.addingTimeInterval(-Double(settings.backlogAfterDays) * 86_400),
            minimumOwnerNeed: settings.unassignedConcernLevel.rawValue)
    }
}

extension Request {
    private struct TrayCountKey: StorageKey { typealias Value = Int }

    /// What the user's tray holds for today (overdue included) and the children waiting for a caseworker; nil where not counted.
    var trayCount: Int? {
        get { storage[TrayCountKey.self] }
        set { storage[TrayCountKey.self] = newValue }
    }
}
