import Foundation
import SQLKit
import SporDomain

/// Participation in open offers (issue 23, item 4), read from the journal: a group is the measure starts that carry its
/// id, and what came of a participation is its measure's end. Nothing here is kept beside the journal.
extension Store {
    /// The measure starts of `group`, oldest first (a group's id appears in no other payload but its own starts).
    public func groupStarts(_ group: UUID) async throws -> [Entry] {
        let text = group.uuidString
        let rows = try await sql.select().columns(Store.entryColumns).from("journal_entries")
            .where("municipality", .equal, municipality).where("kind", .equal, EntryKind.measureStarted.rawValue)
            .where { $0.where("payload", .like, "%\(text.uppercased())%").orWhere("payload", .like, "%\(text.lowercased())%") }
            .orderBy("occurred_at").all()
        return try rows.map(Store.decodeEntry).filter {
            if case .measureStarted(let start) = $0.payload { return start.group == group }
            return false
        }
    }

    /// The measure starts `author` wrote that belong to a group, oldest first: the counsellor's own groups.
    public func groupStarts(author: UUID) async throws -> [Entry] {
        let rows = try await sql.select().columns(Store.entryColumns).from("journal_entries")
            .where("municipality", .equal, municipality).where("kind", .equal, EntryKind.measureStarted.rawValue)
            .where("author_id", .equal, author).where("payload", .like, "%\"group\"%")
            .orderBy("occurred_at").all()
        return try rows.map(Store.decodeEntry).filter {
            if case .measureStarted(let start) = $0.payload { return start.group != nil }
            return false
        }
    }

    /// The measures started on `offers` (with a decision or without), each with how it ended, for the tracker's count of
    /// who took part in an initiative. A start or an end is read as its latest correction leaves it (a voided one counts
    /// for nothing), as the timeline reads it.
    public func participation(offers: Set<String>) async throws -> [InitiativeParticipation.Start] {
        let rows = try await sql.select().columns(Store.entryColumns).from("journal_entries")
            .where("municipality", .equal, municipality)
            .where("kind", .in, [EntryKind.measureStarted.rawValue, EntryKind.measureEnded.rawValue, EntryKind.correction.rawValue]).all()
        var entries: [Entry] = []
        var latest: [UUID: Entry] = [:]
        for row in rows {
            let entry = try Store.decodeEntry(row)
            if let target = entry.corrects, entry.kind == .correction {
                if latest[target].map({ $0.recordedAt <= entry.recordedAt }) ?? true { latest[target] = entry }
            } else {
                entries.append(entry)
            }
        }
        func effective(_ entry: Entry) -> EntryPayload? {
            guard let correction = latest[entry.id], case .correction(let c) = correction.payload else { return entry.payload }
            return c.replacement
        }
        var starts: [(Entry, String)] = []
        var ends: [UUID: EndReason] = [:]
        for entry in entries {
            switch effective(entry) {
            case .measureStarted(let start)? where offers.contains(start.offer): starts.append((entry, start.offer))
            case .measureEnded(let end)?: ends[end.measure] = end.reason
            default: break
            }
        }
        return starts.map { entry, offer in
            InitiativeParticipation.Start(child: entry.child, offer: offer, startedOn: DanishTime.localDate(of: entry.occurredAt), ended: ends[entry.id])
        }
    }
}
