import Foundation
import SporDomain

/// Writes one child's journal over the demo period.
///
/// Concerns arrive as a Poisson process whose rate depends on the period, the child's age and the
/// family's risk group. A concern that finds no open case opens a course; concerns arriving while
/// the course runs join it. A course gets 1–8 journal notes, a caseworker when a concern reaches
/// level 3 (sometimes later changes of caseworker), now and then a correction of a concern, and a
/// closure at its planned end if that lies before the end of the demo.
///
/// Ordering rules kept here, so the journal passes `JournalRules` when appended in recorded order
/// and `Timeline.state()` reads the courses as written:
/// - every entry of a closed course is recorded before the closure occurs;
/// - the next course starts (occurs) more than a day after the closure was recorded;
/// - a correction occurs after its target was recorded.
struct CourseWriter {
    struct Draft {
        let entry: Entry
        let recorded: Int
        let occurred: Int
        let sequence: Int
    }

    private let context: DemoContext
    private let child: Child
    private let birthDay: Int
    private let districtIndex: Int
    private let teamIndex: Int
    private let risk: RiskGroup
    private var drafts: [Draft] = []
    private var previousCaseworker: UUID?

    private static let day = DemoClock.minutesPerDay

    init(context: DemoContext, child: Child, districtIndex: Int, teamIndex: Int, risk: RiskGroup) {
        self.context = context
        self.child = child
        self.birthDay = child.birthDate.dayNumber
        self.districtIndex = districtIndex
        self.teamIndex = teamIndex
        self.risk = risk
    }

    /// The journal in recorded order.
    ///
    /// `openCases` counts, per caseworker, the cases written so far that are still open at the end;
    /// a case that will be open at the end goes to the less busy of two colleagues, so the
    /// caseworkers' loads at the end stay even.
    mutating func write(openCases: inout [UUID: Int], _ rng: inout SeededRandom) -> [Entry] {
        var concerns = concernMinutes(&rng)
        var index = 0
        while index < concerns.count {
            index = writeCourse(from: index, in: &concerns, openCases: &openCases, &rng)
        }
        return drafts
            .sorted { ($0.recorded, $0.occurred, $0.sequence) < ($1.recorded, $1.occurred, $1.sequence) }
            .map(\.entry)
    }

    // MARK: - Concerns

    private func band(atDay day: Int) -> AgeBand { AgeBand.of(ageInDays: day - birthDay) }

    /// When concerns arrive, as local minutes, oldest first.
    private func concernMinutes(_ rng: inout SeededRandom) -> [Int] {
        let clock = context.clock
        let firstDay = max(context.startDay, birthDay + 14)
        var minutes: [Int] = []
        let bands = AgeBand.allCases.count, risks = RiskGroup.allCases.count
        for period in 0..<context.periodCount {
            let last = clock.endDay - period * DemoContext.periodDays
            let first = last - DemoContext.periodDays + 1
            if last < firstDay { break }
            let from = max(first, firstDay)
            let band = band(atDay: (from + last) / 2)
            let index = (period * bands + band.rawValue) * risks + risk.rawValue
            var mean = context.periodMeans[index]
            var expNegMean = context.periodExpNegMeans[index]
            if from > first {
                mean *= Double(last - from + 1) / Double(DemoContext.periodDays)
                expNegMean = portableExp(-mean)
            }
            let count = rng.poisson(mean: mean, expNegMean: expNegMean)
            for _ in 0..<count {
                var day = clock.workingDay(onOrAfter: from + rng.below(last - from + 1))
                if day > clock.endDay { day = clock.workingDay(onOrBefore: clock.endDay) }
                guard day >= firstDay else { continue }
                let minute = DemoClock.officeMinute(day, &rng, from: 7 * 60 + 30, to: 15 * 60 + 30)
                if minute <= clock.endMinute { minutes.append(minute) }
            }
        }
        return minutes.sorted()
    }

    private func initialLevel(_ rng: inout SeededRandom) -> ConcernLevel {
        ConcernLevel(rawValue: 2 + rng.weighted(risk.initialLevelWeights))!
    }

    /// A later concern in the same course: the same, one step better or one step worse.
    private func nextLevel(after level: ConcernLevel, _ rng: inout SeededRandom) -> ConcernLevel {
        let step = rng.weighted([0.35, 0.45, 0.20]) - 1
        return ConcernLevel(rawValue: min(5, max(1, level.rawValue + step)))!
    }

    /// Planned length of a course in days, by its highest level.
    private func plannedDays(_ level: ConcernLevel, _ rng: inout SeededRandom) -> Int {
        if level >= .vulnerable && rng.chance(0.02) { return rng.int(in: 1_095...2_920) } // long-running
        switch level {
        case .thriving, .sensitive: return rng.int(in: 20...120)
        case .vulnerable: return rng.int(in: 60...365)
        case .atRisk: return rng.int(in: 120...730)
        case .threatened: return rng.int(in: 180...1_095)
        }
    }

    private func closingMinute(afterDay day: Int, days: Int, _ rng: inout SeededRandom) -> Int {
        DemoClock.officeMinute(context.clock.workingDay(onOrAfter: day + days), &rng, from: 9 * 60, to: 15 * 60)
    }

    private func source(for band: AgeBand, _ rng: inout SeededRandom) -> ConcernSource {
        let sources = band.sources
        return sources[rng.weighted(sources.map(\.weight))].source
    }

    private func author(of source: ConcernSource, _ rng: inout SeededRandom) -> UUID {
        if let profession = DemoContext.professions.firstIndex(of: source) {
            return rng.pick(context.professionalsByDistrict[districtIndex][profession])
        }
        return rng.pick(context.outreachByDistrict[districtIndex])
    }

    // MARK: - Courses

    /// Writes the course that starts with `concerns[start]`; returns the index of the first concern
    /// left for the next course.
    private mutating func writeCourse(from start: Int, in concerns: inout [Int], openCases: inout [UUID: Int],
                                      _ rng: inout SeededRandom) -> Int {
        let clock = context.clock
        let day = CourseWriter.day
        let team = context.caseworkersByTeam[teamIndex]
        let intake = rng.pick(team)

        // Which concerns belong to the course, and when it closes.
        let openedAt = concerns[start]
        var levels = [initialLevel(&rng)]
        var highest = levels[0]
        var closesAt = closingMinute(afterDay: DemoClock.day(of: openedAt), days: plannedDays(highest, &rng), &rng)
        var next = start + 1
        while next < concerns.count && (concerns[next] < closesAt - 10 * day || closesAt > clock.endMinute) {
            let level = nextLevel(after: levels.last!, &rng)
            if level > highest {
                highest = level
                let extended = closingMinute(afterDay: DemoClock.day(of: concerns[next]),
                                             days: plannedDays(level, &rng) / 2, &rng)
                closesAt = max(closesAt, extended)
            }
            levels.append(level)
            next += 1
        }
        let isClosed = closesAt <= clock.endMinute
        // Nothing of a closed course may be recorded after its closure occurred.
        let limit = isClosed ? closesAt - 60 : clock.endMinute
        // Notes and corrections of a closed course occur a few days before it closes.
        let lastNote = isClosed ? closesAt - 2 * day : clock.endMinute
        let lastCorrection = isClosed ? closesAt - day : clock.endMinute

        // Concerns.
        var concernDrafts: [(draft: Draft, concern: Concern)] = []
        for (offset, level) in levels.enumerated() {
            let occurred = concerns[start + offset]
            let band = band(atDay: DemoClock.day(of: occurred))
            let source = source(for: band, &rng)
            let concern = Concern(level: level, source: source,
                                  description: DemoTexts.concern(source: source, level: level, band: band,
                                                                 followUp: offset > 0, &rng))
            let draft = add(.concern(concern), occurred: occurred, limit: limit, author: author(of: source, &rng), &rng)
            concernDrafts.append((draft, concern))
        }

        // Caseworker: when a concern first reaches level 3.
        var assignments: [(minute: Int, caseworker: UUID)] = []
        if let first = levels.firstIndex(where: { $0 >= .vulnerable }) {
            let concernRecorded = concernDrafts[first].draft.recorded
            var minute = DemoClock.officeMinute(
                clock.adding(workingDays: rng.int(in: 1...8), to: DemoClock.day(of: concernRecorded)), &rng)
            // A short closed course gets its caseworker the same day; a recent open one may still wait.
            if isClosed && minute > limit - 3 * day { minute = concernRecorded + rng.int(in: 10...120) }
            if minute <= limit {
                // Same caseworker as last time, mostly (the policy wants few changes).
                func pick(besides current: UUID?) -> UUID {
                    let candidates = team.count > 1 ? team.filter { $0 != current } : team
                    let a = rng.pick(candidates), b = rng.pick(candidates)
                    guard !isClosed else { return a }
                    return openCases[b, default: 0] < openCases[a, default: 0] ? b : a
                }
                var caseworker = pick(besides: nil)
                if let previous = previousCaseworker, team.contains(previous), rng.chance(0.85),
                   isClosed || openCases[previous, default: 0] <= openCases[caseworker, default: 0] + 4 {
                    caseworker = previous
                }
                assignments.append((minute, caseworker))
                // Later changes of caseworker: few, as the policy wants.
                let changesFrom = minute + 30 * day
                let changesTo = min(closesAt - 14 * day, clock.endMinute)
                if changesTo - changesFrom > 60 * day && team.count > 1 {
                    let changes = rng.weighted([0.85, 0.11, 0.03, 0.01])
                    var minutes = (0..<changes).map { _ in changesFrom + rng.below(changesTo - changesFrom) }
                    minutes.sort()
                    for changeMinute in minutes {
                        let workday = clock.workingDay(onOrAfter: DemoClock.day(of: changeMinute))
                        let at = DemoClock.officeMinute(workday, &rng)
                        guard at <= limit - 3 * day, at > assignments.last!.minute else { continue }
                        assignments.append((at, pick(besides: assignments.last!.caseworker)))
                    }
                }
                for assignment in assignments {
                    _ = add(.caseworkerAssigned(CaseworkerAssignment(caseworker: assignment.caseworker)),
                            occurred: assignment.minute, limit: limit, author: assignment.caseworker, &rng,
                            sameDay: true)
                }
                previousCaseworker = assignments.last!.caseworker
                if !isClosed { openCases[assignments.last!.caseworker, default: 0] += 1 }
            }
        }
        func caseworker(at minute: Int) -> UUID {
            assignments.last(where: { $0.minute <= minute })?.caseworker ?? intake
        }

        // Journal notes over the following weeks and months, once the first concern is in the journal.
        let notesFrom = concernDrafts[0].draft.recorded
        let span = closesAt - notesFrom
        let months = span / (30 * day)
        let noteCount = 1 + rng.below(min(7, months) + 1)
        var notesWritten = 0
        for attempt in 0..<noteCount {
            let u = rng.unit()
            let offset = day + Int(u * u * Double(max(0, span - 4 * day)))
            let noteDay = clock.workingDay(onOrAfter: DemoClock.day(of: notesFrom + offset))
            var minute = DemoClock.officeMinute(noteDay, &rng)
            if minute > lastNote && isClosed && attempt == noteCount - 1 && notesWritten == 0 {
                // A closed course has at least one note: written soon after the first concern.
                minute = max(openedAt, min(notesFrom + rng.int(in: 10...120), lastNote))
            }
            guard minute <= lastNote else { continue }
            notesWritten += 1
            let text = DemoTexts.note(band: band(atDay: noteDay), &rng)
            _ = add(.journalNote(JournalNote(text: text)), occurred: minute, limit: limit,
                    author: caseworker(at: minute), &rng)
        }

        // Now and then a concern's level is corrected.
        for (draft, concern) in concernDrafts where rng.chance(0.011) {
            let correctionDay = clock.workingDay(onOrAfter: DemoClock.day(of: draft.recorded) + 1 + rng.below(20))
            let minute = DemoClock.officeMinute(correctionDay, &rng)
            guard minute <= lastCorrection else { continue }
            var replacement = concern
            let level = concern.level.rawValue
            let newLevel = level == 5 ? 4 : level == 1 ? 2 : level + (rng.chance(0.5) ? 1 : -1)
            replacement.level = ConcernLevel(rawValue: newLevel)!
            let correction = Correction(reason: rng.pick(DemoTexts.correctionReasons),
                                        replacement: .concern(replacement))
            _ = add(.correction(correction), occurred: minute, limit: limit, author: caseworker(at: minute), &rng,
                    corrects: draft.entry.id)
        }

        guard isClosed else {
            // An open case without an assignment has no caseworker yet; for balancing loads it still counts
            // against the caseworker of the child's earlier course, who is likely to take it.
            if assignments.isEmpty, let previous = previousCaseworker { openCases[previous, default: 0] += 1 }
            return concerns.count
        }

        let recorded = min(closesAt + rng.below(90), clock.endMinute)
        _ = add(.caseClosed(CaseClosure(reason: rng.pick(DemoTexts.closureReasons))), occurred: closesAt,
                recorded: recorded, author: caseworker(at: closesAt), &rng)

        // Concerns that arrive while the course is being closed wait until after it.
        var moved = false
        for k in next..<concerns.count where concerns[k] <= recorded + day {
            let laterDay = clock.workingDay(onOrAfter: DemoClock.day(of: recorded) + 2 + rng.below(14))
            concerns[k] = DemoClock.officeMinute(laterDay, &rng, from: 7 * 60 + 30, to: 15 * 60 + 30)
            moved = true
        }
        if moved {
            let rest = concerns[next...].filter { $0 <= clock.endMinute }.sorted()
            concerns.replaceSubrange(next..., with: rest)
        }
        return next
    }

    // MARK: - Entries

    /// Usually recorded the same day, sometimes a few working days later; never after `limit`.
    private func recordedMinute(occurred: Int, limit: Int, sameDay: Bool, _ rng: inout SeededRandom) -> Int {
        let candidate: Int
        if sameDay || rng.chance(0.8) {
            candidate = occurred + rng.int(in: 2...180)
        } else {
            let later = context.clock.adding(workingDays: rng.chance(0.8) ? rng.int(in: 1...3) : rng.int(in: 4...10),
                                             to: DemoClock.day(of: occurred))
            candidate = DemoClock.officeMinute(later, &rng)
        }
        return max(occurred, min(candidate, limit))
    }

    private mutating func add(_ payload: EntryPayload, occurred: Int, limit: Int, author: UUID,
                              _ rng: inout SeededRandom, sameDay: Bool = false, corrects: UUID? = nil) -> Draft {
        let recorded = recordedMinute(occurred: occurred, limit: limit, sameDay: sameDay, &rng)
        return add(payload, occurred: occurred, recorded: recorded, author: author, &rng, corrects: corrects)
    }

    private mutating func add(_ payload: EntryPayload, occurred: Int, recorded: Int, author: UUID,
                              _ rng: inout SeededRandom, corrects: UUID? = nil) -> Draft {
        let entry = Entry(id: rng.uuid(), municipality: context.configuration.municipality.code, child: child.id,
                          payload: payload,
                          occurredAt: DemoClock.instant(ofLocalMinute: occurred),
                          recordedAt: DemoClock.instant(ofLocalMinute: recorded),
                          author: author, corrects: corrects)
        let draft = Draft(entry: entry, recorded: recorded, occurred: occurred, sequence: drafts.count)
        drafts.append(draft)
        return draft
    }
}
