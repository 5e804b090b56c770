import Foundation
import SporDomain

/// School and work in the demo's journals (issue 23, item 2), from a stream of its own so that the rest of the demo
/// draws the same numbers as before. It adds to a journal already written, never moving what is there:
/// - a school or work status when a caseworker takes a case (and again when the status is a year old): most children
///   in daycare or school for their age, about 10 % of school children in a special school or class, from 16 most in
///   youth education, some in work and some in neither (more so from 18);
/// - school absence on a teacher's concern: the seeds give no rates for Skolevægringsprojektet (seed 001), so about one
///   teacher's concern in three about a child of 6–16 is the school's report of absence, 10–60 % over the month before;
/// - a placed child's schooling when the school is not kept: begun the day of the placement (said on the placement) in
///   about 45 %, otherwise a new status recorded 3–60 days later in most cases.
enum DemoSchool {
    static let stream: UInt64 = 0x5C400

    /// `entries` (in recorded order) with the school's parts added, still in recorded order.
    static func amend(_ entries: [Entry], child: Child, context: DemoContext) -> [Entry] {
        guard !entries.isEmpty else { return entries }
        var rng = SeededRandom(seed: context.configuration.seed, stream: stream, index: index(of: child.id))
        let end = context.configuration.end
        let professionals = Set(context.staff.filter { $0.role == .professional }.map(\.id))
        let district = context.districts.first { $0.name == child.district }
        var absences: [UUID: SchoolAbsence] = [:]
        var amended: [(entry: Entry, order: Double)] = []
        var lastStatus: Date?

        for (position, entry) in entries.enumerated() {
            let order = Double(position)
            let day = DanishTime.localDate(of: entry.occurredAt)
            let age = child.birthDate.age(on: day)
            switch entry.payload {
            case .concern(let concern) where concern.source == .teacher && professionals.contains(entry.author) && (6...16).contains(age):
                guard rng.chance(0.33) else { break }
                let to = day.adding(days: -rng.int(in: 1...7))
                let absence = SchoolAbsence(share: 10 + rng.int(in: 0...25) + (rng.chance(0.3) ? rng.int(in: 0...25) : 0),
                                            from: to.adding(days: -rng.int(in: 20...40)), to: to)
                absences[entry.id] = absence
                amended.append((replacing(entry, with: .concern(Concern(level: concern.level, source: concern.source,
                                                                      description: concern.description, absence: absence))), order))
                continue
            case .correction(let correction):
                // A corrected report keeps its share.
                if let target = entry.corrects, let absence = absences[target], case .concern(let concern)? = correction.replacement {
                    var kept = concern
                    kept.absence = absence
                    amended.append((replacing(entry, with: .correction(Correction(reason: correction.reason, replacement: .concern(kept)))), order))
                    continue
                }
            case .caseworkerAssigned:
                if lastStatus.map({ entry.occurredAt.timeIntervalSince($0) > 365 * 86_400 }) ?? true {
                    let at = entry.occurredAt.addingTimeInterval(Double(rng.int(in: 30...240)) * 60)
                    if at <= end, let schooling = status(age: age, on: day, child: child, district: district, &rng) {
                        amended.append((entry, order))
                        amended.append((status(schooling, at: at, child: child, author: entry.author, &rng), order + 0.5))
                        lastStatus = at
                        continue
                    }
                }
            case .placementStarted(let start) where !start.schoolKept:
                if rng.chance(0.45) {
                    var started = start
                    started.schoolingStarted = day
                    amended.append((replacing(entry, with: .placementStarted(started)), order))
                    continue
                }
                let at = entry.occurredAt.addingTimeInterval(Double(rng.int(in: 3...60)) * 86_400)
                if rng.chance(0.8), at <= end, age >= 1,
                   let schooling = status(age: age, on: DanishTime.localDate(of: at), child: child, district: district, inPlacement: true, &rng) {
                    amended.append((entry, order))
                    amended.append((status(schooling, at: at, child: child, author: entry.author, &rng), order + 0.5))
                    lastStatus = at
                    continue
                }
            default:
                break
            }
            amended.append((entry, order))
        }
        return amended.sorted { ($0.entry.recordedAt, $0.order) < ($1.entry.recordedAt, $1.order) }.map(\.entry)
    }

    private static func index(of id: UUID) -> UInt64 {
        let bytes = id.uuid
        return [bytes.0, bytes.1, bytes.2, bytes.3, bytes.4, bytes.5, bytes.6, bytes.7].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    private static func replacing(_ entry: Entry, with payload: EntryPayload) -> Entry {
        Entry(id: entry.id, municipality: entry.municipality, child: entry.child, payload: payload, occurredAt: entry.occurredAt,
              recordedAt: entry.recordedAt, author: entry.author, corrects: entry.corrects)
    }

    private static func status(_ schooling: Schooling, at: Date, child: Child, author: UUID, _ rng: inout SeededRandom) -> Entry {
        Entry(id: rng.uuid(), municipality: child.municipality, child: child.id, payload: .schooling(schooling), occurredAt: at,
              recordedAt: at, author: author)
    }

    static let workplaces = ["Grenaa Havn", "Djurslands Bageri", "Auning Maskinstation", "Ørsted Brugs", "Kattegatcentret",
                             "Glesborg Tømrerforretning"]

    /// A status for a child of `age` on `day`; nil for a baby at home.
    private static func status(age: Int, on day: LocalDate, child: Child, district: DemoDistrict?, inPlacement: Bool = false,
                               _ rng: inout SeededRandom) -> Schooling? {
        let schools = district?.schools ?? ["Skolen"]
        let daycares = district?.daycares ?? ["Børnehuset"]
        // School years start in the second week of August.
        let august = LocalDate(year: day.month >= 8 ? day.year : day.year - 1, month: 8, day: 10)!
        let since = inPlacement ? day : max(august, child.birthDate.adding(years: 1))
        switch age {
        case ..<1:
            return nil
        case ..<6:
            return rng.chance(0.92) ? Schooling(setting: .daycare, institution: rng.pick(daycares), grade: nil, from: inPlacement ? day : since)
                                    : Schooling(setting: .none, institution: nil, grade: nil, from: day)
        case ..<16:
            let grade = String(max(0, age - 6))
            let draw = rng.unit()
            if draw < 0.86 { return Schooling(setting: .primarySchool, institution: rng.pick(schools), grade: grade, from: since) }
            if draw < 0.97 { return Schooling(setting: .specialSchool, institution: rng.pick(schools) + ", specialklasse", grade: grade, from: since) }
            return Schooling(setting: .none, institution: nil, grade: nil, from: day)
        case ..<18:
            let draw = rng.unit()
            if draw < 0.66 { return Schooling(setting: .youthEducation, institution: rng.pick(DemoPlaces.youthEducations), grade: "1", from: since) }
            if draw < 0.78 { return Schooling(setting: .primarySchool, institution: rng.pick(schools), grade: "10", from: since) }
            if draw < 0.86 { return Schooling(setting: .work, institution: rng.pick(workplaces), grade: nil, from: day) }
            return Schooling(setting: .none, institution: nil, grade: nil, from: day)
        default:
            let draw = rng.unit()
            if draw < 0.48 { return Schooling(setting: .youthEducation, institution: rng.pick(DemoPlaces.youthEducations), grade: nil, from: since) }
            if draw < 0.72 { return Schooling(setting: .work, institution: rng.pick(workplaces), grade: nil, from: day) }
            return Schooling(setting: .none, institution: nil, grade: nil, from: day)
        }
    }
}
