import Foundation
import SporDomain
import SporStore

/// The foster carers' list (issue 24, item 3): each foster carer named for a placement, with the child placed with them,
/// for the caseworker and the team lead — only children the reader may open (`Access.grounds`, as for any list).
struct FosterCarersModel {
    struct Row: Sendable, Hashable {
        let carer: FosterCarer
        let child: UUID
        let childName: String
        let kind: PlacementKind
        let since: Date
        let running: Bool
    }

    /// By the carer's name, then the child's.
    let rows: [Row]

    static func query(store: Store, user: UserRecord, now: Date) async throws -> FosterCarersModel {
        let team = try await store.teams().first { $0.id == user.team }
        let grants = try await store.childrenWithActiveGrant(user: user.id, now: now)
        var rows: [Row] = []
        for (item, timeline) in try await store.childrenWithFosterCarers()
        where Access.grounds(user, userTeam: team, item: item, hasGrant: grants.contains(item.id)) != nil {
            let running = Set(timeline.state().activeMeasures.map(\.entry))
            for (placement, carers) in timeline.fosterCarers {
                guard let start = timeline.items.first(where: { $0.entry.id == placement }),
                      case .placementStarted(let placed)? = start.effective else { continue }
                rows += carers.map { Row(carer: $0, child: item.id, childName: item.name, kind: placed.kind, since: start.entry.occurredAt,
                                         running: running.contains(placement)) }
            }
        }
        return FosterCarersModel(rows: rows.sorted {
            ($0.carer.familyName, $0.carer.givenName, $0.childName, $0.since) < ($1.carer.familyName, $1.carer.givenName, $1.childName, $1.since)
        })
    }
}
