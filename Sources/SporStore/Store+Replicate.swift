import Foundation
import SQLKit
import SporDomain

extension Store {
    /// For benchmarks only: appends `copies` copies of the municipality's children, the people around them, their
    /// relations and their journals, so that a larger municipality can be measured without generating it (the demo
    /// generator takes minutes for one municipality).
    ///
    /// Each copy has fresh ids, remapped consistently: a child, person or entry id — and every other id inside an
    /// entry's payload (goals, meetings, plans, the entries a correction names) — becomes the same new id wherever it
    /// appears, so every reference within a copy stays valid. Staff and teams are shared with the original (the copied
    /// entries are written by the same caseworkers: every author and user id stays), and so is every id in the
    /// municipality's configuration. The
    /// copied entries extend the journal's hash chain like any append. A copied child keeps the sealed CPR number of
    /// its original, under a look-up hash marked `copy<n>:`, so it cannot be found by CPR number. The derived tables
    /// (summaries, obligations, indicator cells) are not copied: `spor rebuild` recreates them.
    ///
    /// Returns the children and entries written.
    public func replicateForBenchmark(copies: Int) async throws -> (children: Int, entries: Int) {
        let municipality = self.municipality
        let sql = self.sql
        var shared = Set<String>()
        for table in ["users", "teams"] {
            for row in try await sql.select().column("id").from(table).all() {
                shared.insert(try row.decode(column: "id", as: UUID.self).uuidString)
            }
        }
        for row in try await sql.select().column("value").from("configuration_versions").all() {
            ReplicaIDs.scan(try row.decode(column: "value", as: String.self)) { shared.insert($0.uppercased()) }
        }

        let entries = try await sql.select().columns(Store.entryColumns).from("journal_entries")
            .where("municipality", .equal, municipality).orderBy("seq").all()
        // Whoever wrote an entry is staff, also where a payload names them (a meeting's participants, an action's owner).
        for row in entries { shared.insert(try row.decode(column: "author_id", as: UUID.self).uuidString) }

        let children = try await sql.select().columns("id", "cpr_hash", "cpr_sealed", "given_name", "family_name", "search_name",
                                                      "birth_date", "sex", "district", "institution", "created_at")
            .from("children").where("municipality", .equal, municipality).all()
        let persons = try await sql.select().columns("id", "given_name", "family_name").from("persons")
            .where("municipality", .equal, municipality).all()
        let relations = try await sql.select().columns("child_id", "person_id", "kind", "has_custody").from("relations")
            .where("municipality", .equal, municipality).all()

        for copy in 1...max(1, copies) {
            let ids = ReplicaIDs(copy: copy, shared: shared)
            try await write { sql in
                for chunk in children.chunks(of: 200) {
                    let insert = sql.insert(into: "children").columns(
                        "id", "municipality", "cpr_hash", "cpr_sealed", "given_name", "family_name", "search_name",
                        "birth_date", "sex", "district", "institution", "created_at")
                    for row in chunk {
                        insert.values(
                            SQLBind(ids.map(try row.decode(column: "id", as: UUID.self))), SQLBind(municipality),
                            SQLBind("copy\(copy):" + (try row.decode(column: "cpr_hash", as: String.self))),
                            SQLBind(try row.decode(column: "cpr_sealed", as: String.self)),
                            SQLBind(try row.decode(column: "given_name", as: String.self)),
                            SQLBind(try row.decode(column: "family_name", as: String.self)),
                            SQLBind(try row.decode(column: "search_name", as: String.self)),
                            SQLBind(try row.decode(column: "birth_date", as: String.self)),
                            SQLBind(try row.decode(column: "sex", as: String.self)),
                            SQLBind(try row.decode(column: "district", as: String.self)),
                            SQLBind(try row.decode(column: "institution", as: String?.self)),
                            SQLBind(try row.decode(column: "created_at", as: Int64.self)))
                    }
                    try await insert.run()
                }
                for chunk in persons.chunks(of: 400) {
                    let insert = sql.insert(into: "persons").columns("id", "municipality", "given_name", "family_name")
                    for row in chunk {
                        insert.values(SQLBind(ids.map(try row.decode(column: "id", as: UUID.self))), SQLBind(municipality),
                                      SQLBind(try row.decode(column: "given_name", as: String.self)),
                                      SQLBind(try row.decode(column: "family_name", as: String.self)))
                    }
                    try await insert.run()
                }
                for chunk in relations.chunks(of: 400) {
                    let insert = sql.insert(into: "relations").columns("child_id", "person_id", "municipality", "kind", "has_custody")
                    for row in chunk {
                        insert.values(SQLBind(ids.map(try row.decode(column: "child_id", as: UUID.self))),
                                      SQLBind(ids.map(try row.decode(column: "person_id", as: UUID.self))), SQLBind(municipality),
                                      SQLBind(try row.decode(column: "kind", as: String.self)),
                                      SQLBind(try row.decode(column: "has_custody", as: Bool.self)))
                    }
                    try await insert.run()
                }
                for chunk in entries.chunks(of: 2_000) {
                    var copied: [CopiedEntry] = []
                    copied.reserveCapacity(chunk.count)
                    for row in chunk {
                        copied.append(CopiedEntry(
                            id: ids.map(try row.decode(column: "id", as: UUID.self)),
                            child: ids.map(try row.decode(column: "child_id", as: UUID.self)),
                            kind: try row.decode(column: "kind", as: String.self),
                            payload: ids.remap(try row.decode(column: "payload", as: String.self)),
                            occurredAt: try row.decode(column: "occurred_at", as: Int64.self),
                            recordedAt: try row.decode(column: "recorded_at", as: Int64.self),
                            author: try row.decode(column: "author_id", as: UUID.self),
                            corrects: try row.decode(column: "corrects", as: UUID?.self).map(ids.map)))
                    }
                    let links = try await HashChain.journal.extend(with: copied.map { entry in
                        canonical([entry.id, municipality, entry.child, entry.kind, entry.payload, entry.occurredAt, entry.recordedAt,
                                   entry.author, entry.corrects])
                    }, on: sql)
                    for part in Array(zip(copied, links)).chunks(of: 400) {
                        let insert = sql.insert(into: "journal_entries").columns(Store.entryColumns + ["seq", "hash"])
                        for (entry, link) in part {
                            insert.values(SQLBind(entry.id), SQLBind(municipality), SQLBind(entry.child), SQLBind(entry.kind),
                                          SQLBind(entry.payload), SQLBind(entry.occurredAt), SQLBind(entry.recordedAt),
                                          SQLBind(entry.author), SQLBind(entry.corrects), SQLBind(link.seq), SQLBind(link.hash))
                        }
                        try await insert.run()
                    }
                }
            }
        }
        return (children.count * copies, entries.count * copies)
    }

    private struct CopiedEntry {
        let id: UUID
        let child: UUID
        let kind: String
        let payload: String
        let occurredAt: Int64
        let recordedAt: Int64
        let author: UUID
        let corrects: UUID?
    }
}

/// The ids of one copy: every id not shared with the original becomes the same fresh id wherever it appears. The
/// fresh id is the original with its last four bytes mixed with the copy's number — a fixed map, so no table of ids
/// is kept; the version and variant bits stay as they were.
struct ReplicaIDs {
    let copy: Int
    /// Uppercased ids that stay as they are (staff, teams, configuration).
    let shared: Set<String>
    private let mask: (UInt8, UInt8, UInt8, UInt8)

    init(copy: Int, shared: Set<String>) {
        self.copy = copy
        self.shared = shared
        let mixed = UInt32(truncatingIfNeeded: copy) &* 0x9E37_79B1
        mask = (UInt8(mixed >> 24), UInt8(mixed >> 16 & 0xFF), UInt8(mixed >> 8 & 0xFF), UInt8(mixed & 0xFF))
    }

    func map(_ id: UUID) -> UUID {
        guard !shared.contains(id.uuidString) else { return id }
        var bytes = id.uuid
        bytes.12 ^= mask.0
        bytes.13 ^= mask.1
        bytes.14 ^= mask.2
        bytes.15 ^= mask.3
        return UUID(uuid: bytes)
    }

    /// `text` with every id in it remapped, in the case it was written in.
    func remap(_ text: String) -> String {
        var ranges: [Range<Int>] = []
        let utf8 = Array(text.utf8)
        ReplicaIDs.scan(utf8) { ranges.append($0) }
        guard !ranges.isEmpty else { return text }
        var out = utf8
        for range in ranges {
            let original = String(decoding: utf8[range], as: UTF8.self)
            guard let id = UUID(uuidString: original) else { continue }
            var mapped = map(id).uuidString
            if original.contains(where: { $0.isLowercase }) { mapped = mapped.lowercased() }
            out.replaceSubrange(range, with: Array(mapped.utf8))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Calls `found` with every id (8-4-4-4-12 hexadecimal digits) in `text`.
    static func scan(_ text: String, _ found: (String) -> Void) {
        let utf8 = Array(text.utf8)
        scan(utf8) { found(String(decoding: utf8[$0], as: UTF8.self)) }
    }

    static func scan(_ bytes: [UInt8], _ found: (Range<Int>) -> Void) {
        func isHex(_ b: UInt8) -> Bool { (48...57).contains(b) || (65...70).contains(b) || (97...102).contains(b) }
        let dashes: Set<Int> = [8, 13, 18, 23]
        var start = 0
        while start + 36 <= bytes.count {
            var matches = true
            for offset in 0..<36 {
                let b = bytes[start + offset]
                if dashes.contains(offset) ? b != 45 : !isHex(b) {
                    matches = false
                    break
                }
            }
            if matches, start == 0 || !isHex(bytes[start - 1]), start + 36 == bytes.count || !isHex(bytes[start + 36]) {
                found(start..<start + 36)
                start += 36
            } else {
                start += 1
            }
        }
    }
}

extension Store {
    /// For benchmarks only (`spor bench-append`): the children with the longest journals, each with its caseworker (if
    /// any) — where a write costs the most, as every append recounts the child's whole course.
    public func longestJournalsForBenchmark(limit: Int) async throws -> [(child: UUID, caseworker: UUID?)] {
        try await sql.select().columns("child_id", "caseworker_id").from("child_summaries")
            .where("municipality", .equal, municipality).orderBy("entry_count", .descending).limit(limit).all()
            .map { (try $0.decode(column: "child_id", as: UUID.self), try $0.decode(column: "caseworker_id", as: UUID?.self)) }
    }
}
