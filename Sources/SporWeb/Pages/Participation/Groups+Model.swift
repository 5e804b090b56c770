import Foundation
import Vapor
import SporDomain
import SporStore

/// "Mine grupper": the groups the user enrolled in open offers, running first, so that none is left running when the
/// course has ended. Read from the journal: the user's own group starts and, from the members' courses, which have ended.
struct ParticipationGroupsModel {
    struct Row {
        let id: UUID
        let offer: String
        let started: LocalDate
        let members: Int
        /// Members still taking part.
        let active: Int
    }

    let running: [Row]
    let ended: [Row]

    static func query(store: Store, user: UserRecord) async throws -> ParticipationGroupsModel {
        let starts = try await store.groupStarts(author: user.id)
        let timelines = try await store.timelines(children: Array(Set(starts.map(\.child))))
        var ended: Set<UUID> = []
        var voided: Set<UUID> = []
        for timeline in timelines.values {
            for item in timeline.items {
                if item.effective == nil { voided.insert(item.entry.id) }
                if case .measureEnded(let end)? = item.effective { ended.insert(end.measure) }
            }
        }
        let catalogue = try await store.offerCatalogue()
        var byGroup: [UUID: [(entry: Entry, offer: String)]] = [:]
        for entry in starts where !voided.contains(entry.id) {
            guard case .measureStarted(let start) = entry.payload, let group = start.group else { continue }
            byGroup[group, default: []].append((entry, start.offer))
        }
        let rows = byGroup.map { id, members in
            Row(id: id, offer: catalogue[members[0].offer]?.name ?? members[0].offer,
                started: members.map { DanishTime.localDate(of: $0.entry.occurredAt) }.min()!,
                members: members.count, active: members.filter { !ended.contains($0.entry.id) }.count)
        }
            .sorted { ($0.started, $0.offer) > ($1.started, $1.offer) }
        return ParticipationGroupsModel(running: rows.filter { $0.active > 0 }, ended: rows.filter { $0.active == 0 })
    }
}
