import Foundation
import SporDomain
import SporStore

/// What the search page shows: what was searched for, the children found, and which of them the searcher may open.
struct SearchModel {
    let query: String
    /// Why a query was not searched for (a CPR number in the URL).
    let notice: LocalizedText?
    let results: [ChildListItem]
    /// The children found that the searcher may open (their whole row is shown).
    let openable: Set<UUID>
    /// Whether every child found links to its page (to ask for access there).
    let linkAll: Bool

    /// Searches for `query` (empty: nothing is searched). The audit of the search is the controller's.
    static func query(store: Store, user: UserRecord, now: Date, query: String, notice: LocalizedText?) async throws -> SearchModel {
        var results: [ChildListItem] = []
        var openable: Set<UUID> = []
        if !query.isEmpty {
            results = try await store.search(query)
            let team = try await store.teams().first { $0.id == user.team }
            let grants = try await store.childrenWithActiveGrant(user: user.id, now: now)
            openable = Set(results.filter { Access.grounds(user, userTeam: team, item: $0, hasGrant: grants.contains($0.id)) != nil }.map(\.id))
        }
        return SearchModel(query: query, notice: notice, results: results, openable: openable,
                           linkAll: Authorization.allows(user.role, .breakGlass))
    }
}
