import Foundation
import SporDomain

/// What a placement in the demo says about the placed child's siblings (issue 24, item 2), from a stream of its own so that
/// the rest of the demo draws the same numbers as before. It changes only the placements' payloads, never adds or moves an
/// entry. The siblings are the family's other children, born by the placement's day. A sibling also placed within a week of
/// the child is placed together in about 7 in 10 (the rest apart); a sibling not placed together is answered *assessed* in
/// about 7 in 10, otherwise *not relevant* with a reason (an adult sibling, or one whose situation gives no cause). The
/// demo asks for no assessment, which would open an afdækning on the sibling's journal. (The seeds give no rates for
/// siblings; these are set so `siblings-placed-together` and `siblings-assessed` show something plausible.)
enum DemoSiblings {
    static let stream: UInt64 = 0x51B11265

    /// The family's children with each uncorrected placement's siblings recorded.
    static func amend(_ children: [DemoChild], configuration: DemoConfiguration) -> [DemoChild] {
        guard children.count > 1, children.contains(where: { $0.entries.contains { $0.kind == .placementStarted } }) else { return children }
        // Each child's placements: start and end (or none).
        let placements = Dictionary(uniqueKeysWithValues: children.map { member in
            (member.child.id, member.entries.filter { $0.kind == .placementStarted }.map { start in
                (start: start.occurredAt, end: member.entries.first {
                    if case .placementEnded(let end) = $0.payload { return end.placement == start.id } else { return false }
                }?.occurredAt)
            })
        })
        return children.map { member in
            var rng = SeededRandom(seed: configuration.seed, stream: stream, index: index(of: member.child.id))
            let corrected = Set(member.entries.compactMap(\.corrects))
            let entries = member.entries.map { entry -> Entry in
                guard case .placementStarted(var start) = entry.payload, !corrected.contains(entry.id) else { return entry }
                let day = DanishTime.localDate(of: entry.occurredAt)
                let myEnd = (placements[member.child.id] ?? []).first { $0.start == entry.occurredAt }?.end ?? .distantFuture
                start.siblings = children.filter { $0.child.id != member.child.id && $0.child.birthDate <= day }.map { other in
                    let theirs = placements[other.child.id] ?? []
                    let placedThen = theirs.contains { $0.start <= entry.occurredAt && ($0.end.map { $0 > entry.occurredAt } ?? true) }
                    // The two placements overlap: one begins while the other runs (the same for the two of them).
                    let placedNear = theirs.contains { $0.start <= entry.occurredAt ? ($0.end ?? .distantFuture) > entry.occurredAt
                                                                                    : $0.start < myEnd }
                    // Together or not is one answer for the two of them: drawn from the pair's own numbers.
                    var pair = SeededRandom(seed: configuration.seed, stream: stream, index: index(of: member.child.id) ^ index(of: other.child.id))
                    if placedNear && pair.chance(0.6) {
                        return SiblingAtPlacement(sibling: other.child.id, siblingPlaced: placedThen, placedTogether: true)
                    }
                    if rng.chance(0.7) {
                        return SiblingAtPlacement(sibling: other.child.id, siblingPlaced: placedThen, placedTogether: false, assessment: .assessed)
                    }
                    let adult = other.child.birthDate.age(on: day) >= 18
                    return SiblingAtPlacement(sibling: other.child.id, siblingPlaced: placedThen, placedTogether: false, assessment: .notRelevant,
                                              notRelevantReason: adult ? "Søskende er voksen og bor for sig selv"
                                                                       : "Søskendes situation giver ikke anledning til bekymring")
                }
                return Entry(id: entry.id, municipality: entry.municipality, child: entry.child, payload: .placementStarted(start),
                             occurredAt: entry.occurredAt, recordedAt: entry.recordedAt, author: entry.author, corrects: entry.corrects)
            }
            return DemoChild(child: member.child, cpr: member.cpr, entries: entries)
        }
    }

    private static func index(of id: UUID) -> UInt64 {
        let bytes = id.uuid
        return [bytes.0, bytes.1, bytes.2, bytes.3, bytes.4, bytes.5, bytes.6, bytes.7].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }
}
