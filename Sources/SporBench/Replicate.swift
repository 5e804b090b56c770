import ArgumentParser
import Foundation
import SporStore

/// bench/indicators: a larger municipality made of copies of this one, so that it can be measured without generating it
/// (the demo generator takes minutes for one municipality).
///
/// Each copy has fresh ids, remapped consistently: a child, person or entry id — and every other id inside an entry's
/// payload (goals, meetings, plans, the entries a correction names) — becomes the same new id wherever it appears, so
/// every reference within a copy stays valid. Staff and teams are shared with the original (the copied entries are
/// written by the same caseworkers: every author and user id stays), and so is every id in the municipality's
/// configuration. The copied entries extend the journal's hash chain like any append. A copied child keeps the sealed
/// CPR number of its original, under a look-up hash marked `copy<n>:`, so it cannot be found by CPR number. The derived
/// tables (summaries, obligations, indicator cells) are not copied: `spor rebuild` recreates them.
struct Replicate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replicate",
        abstract: "Append copies of every child, person and journal entry with fresh, consistently remapped ids.")

    @Option(help: "How many copies to add (9 makes the municipality ten times larger).") var copies: Int

    func run() async throws {
        guard copies > 0 else { throw ValidationError("--copies must be at least 1.") }
        try await Bench.withStore { store in
            let started = ContinuousClock.now
            let written = try await Replicate.append(copies: copies, to: store)
            print("Copied \(written.children) children and \(written.entries) journal entries "
                  + "in \(String(format: "%.2f", (ContinuousClock.now - started).inSeconds)) s. Run `spor rebuild` to recreate the derived tables.")
        }
    }

    /// Appends `copies` copies of the municipality's records; returns the children and entries written.
    static func append(copies: Int, to store: Store) async throws -> (children: Int, entries: Int) {
        let original = try await store.readRecords()
        // Whoever wrote an entry is staff, also where a payload names them (a meeting's participants, an action's owner).
        let shared = Set(original.organisationIDs.union(original.entries.map(\.author)).map(\.uuidString))
        for copy in 1...max(1, copies) {
            try await store.appendRecords(ReplicaIDs(copy: copy, shared: shared).copied(original))
        }
        return (original.children.count * copies, original.entries.count * copies)
    }
}

extension ReplicaIDs {
    /// The records with every id of theirs replaced, inside the payloads too.
    func copied(_ records: StoredRecords) -> StoredRecords {
        var copied = records
        copied.children = records.children.map { child in
            var child = child
            child.id = map(child.id)
            child.cprHash = "copy\(copy):" + child.cprHash
            return child
        }
        copied.persons = records.persons.map { person in
            var person = person
            person.id = map(person.id)
            return person
        }
        copied.relations = records.relations.map { relation in
            var relation = relation
            relation.child = map(relation.child)
            relation.person = map(relation.person)
            return relation
        }
        copied.entries = records.entries.map { entry in
            var entry = entry
            entry.id = map(entry.id)
            entry.child = map(entry.child)
            entry.payload = remap(entry.payload)
            entry.corrects = entry.corrects.map(map)
            return entry
        }
        return copied
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

    /// Calls `found` with the range of every id (8-4-4-4-12 hexadecimal digits) in `bytes`.
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

