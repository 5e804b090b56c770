import Foundation
import SporDomain

/// A placed child's contact (samvær) in the demo's journals (issue 24, item 3), from a stream of its own so that the rest
/// of the demo draws the same numbers as before. It adds to a journal already written, never moving what is there:
/// - about 85 % of placements get a contact plan 2–14 days after they start, with a parent holding custody (the mother
///   first): every 14 days in about 6 in 10, weekly in 2 in 10, monthly otherwise; supervised in about 1 in 4, and in
///   about 6 in 10 placed without consent (§ 47);
/// - a placement running over a year gets a new plan replacing the old one a year before it ends (or before the demo's
///   end), and the visits of the last year are recorded: about 9 in 10 of those due, about 8 in 10 of them held, the
///   others cancelled by the parent, the child, the placement or the municipality with a reason. (The seeds give no rates
///   for contact; these are set so the child page and `contact-visits-held` show something plausible.)
enum DemoContact {
    static let stream: UInt64 = 0xC0A7AC7

    static let reasons: [ContactCanceller: [String]] = [
        .parent: ["Forælderen meldte afbud (sygdom)", "Forælderen mødte ikke op", "Forælderen havde arbejde"],
        .child: ["Barnet ønskede ikke at komme", "Barnet var sygt", "Barnet havde en fødselsdag i klassen"],
        .placement: ["Plejefamilien var på ferie", "Anbringelsesstedet havde en tur", "Sygdom på anbringelsesstedet"],
        .municipality: ["Ingen ledig samværsstøtte", "Kørslen var ikke bestilt"],
    ]

    /// `entries` (in recorded order) with contact plans and visits added after each placement, still in recorded order.
    static func amend(_ entries: [Entry], child: Child, parents: [(person: Person, kind: Relation.Kind, custody: Bool)],
                      configuration: DemoConfiguration) -> [Entry] {
        guard entries.contains(where: { $0.kind == .placementStarted }) else { return entries }
        var rng = SeededRandom(seed: configuration.seed, stream: stream, index: index(of: child.id))
        let end = configuration.end
        let corrected = Set(entries.compactMap(\.corrects))
        let custody = parents.filter(\.custody).sorted { ($0.kind == .mother ? 0 : 1) < ($1.kind == .mother ? 0 : 1) }
        var added: [Entry] = []
        for start in entries where start.kind == .placementStarted && !corrected.contains(start.id) {
            guard case .placementStarted(let placement) = start.payload, let parent = custody.first, rng.chance(0.85) else { continue }
            // The placement runs until its end entry (the visits stop the day before) or the demo's end.
            let ended = entries.first {
                if case .placementEnded(let placementEnd) = $0.payload { return placementEnd.placement == start.id } else { return false }
            }?.occurredAt
            let until = min(ended ?? end, end)
            let periodDraw = rng.unit()
            let period: ContactPeriod = periodDraw < 0.6 ? .fortnight : (periodDraw < 0.8 ? .week : .month)
            let supervised = rng.chance(placement.withoutConsent ? 0.6 : 0.25)
            var planAt = start.occurredAt.addingTimeInterval(Double(rng.int(in: 2...14)) * 86_400 + Double(rng.int(in: 0...300)) * 60)
            guard planAt < until else { continue }
            var plan = ContactPlan(placement: start.id, person: parent.person.id, visits: 1, period: period, supervised: supervised,
                                   from: DanishTime.localDate(of: planAt))
            var planEntry = entry(.contactPlan(plan), at: planAt, child: child, author: start.author, &rng)
            added.append(planEntry)
            // A year before the end: a new plan, whose visits are recorded.
            let yearBefore = until.addingTimeInterval(-365 * 86_400)
            if yearBefore > planAt.addingTimeInterval(30 * 86_400) {
                planAt = yearBefore
                plan = ContactPlan(placement: start.id, supersedes: planEntry.id, person: parent.person.id, visits: 1,
                                   period: rng.chance(0.7) ? period : .fortnight, supervised: supervised && rng.chance(0.7),
                                   from: DanishTime.localDate(of: planAt))
                planEntry = entry(.contactPlan(plan), at: planAt, child: child, author: start.author, &rng)
                added.append(planEntry)
            }
            var day = plan.from.adding(days: rng.int(in: 1...plan.period.days))
            while true {
                // Recorded the day after, in the morning; not after the placement ended or the demo's end.
                let recorded = DanishTime.instant(day.adding(days: 1), hour: 8, minute: rng.int(in: 0...59))
                guard recorded < until else { break }
                if rng.chance(0.9) {
                    let visit: ContactVisit
                    if rng.chance(0.8) {
                        visit = ContactVisit(plan: planEntry.id, day: day)
                    } else {
                        let canceller = ContactCanceller.allCases[rng.weighted([0.5, 0.2, 0.15, 0.15])]
                        visit = ContactVisit(plan: planEntry.id, day: day, cancelledBy: canceller, reason: rng.pick(reasons[canceller]!))
                    }
                    added.append(entry(.contactVisit(visit), at: recorded, child: child, author: start.author, &rng))
                }
                day = day.adding(days: plan.period.days)
            }
        }
        let ordered = entries.enumerated().map { ($0.element, Double($0.offset)) } + added.map { ($0, Double(entries.count)) }
        return ordered.sorted { ($0.0.recordedAt, $0.1) < ($1.0.recordedAt, $1.1) }.map(\.0)
    }

    private static func entry(_ payload: EntryPayload, at: Date, child: Child, author: UUID, _ rng: inout SeededRandom) -> Entry {
        Entry(id: rng.uuid(), municipality: child.municipality, child: child.id, payload: payload, occurredAt: at, recordedAt: at, author: author)
    }

    private static func index(of id: UUID) -> UInt64 {
        let bytes = id.uuid
        return [bytes.0, bytes.1, bytes.2, bytes.3, bytes.4, bytes.5, bytes.6, bytes.7].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }
}
