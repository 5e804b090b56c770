import Foundation
import SporDomain
import SporStore

/// A list of children: the caseworker's own ("Mine børn") or the team's, for the team lead.
struct ChildrenListModel {
    enum Kind: Sendable {
        /// The children the user is caseworker for.
        case mine
        /// The children of the user's team, with their caseworker and a link to each access log.
        case team
    }

    let kind: Kind
    /// The user's team (the team list names it); nil for a user without a team.
    let team: TeamRecord?
    let children: [ChildListItem]

    static func query(store: Store, user: UserRecord, now: Date, kind: Kind) async throws -> ChildrenListModel {
        switch kind {
        case .mine:
            return ChildrenListModel(kind: kind, team: nil, children: try await store.children(caseworker: user.id))
        case .team:
            let team = try await store.teams().first { $0.id == user.team }
            var children: [ChildListItem] = []
            if let team { children = try await store.children(team: team.id) }
            return ChildrenListModel(kind: kind, team: team, children: children)
        }
    }
}
