import Foundation
import SporDomain

/// Writes one child's journal over the demo period.
///
/// Concerns and notifications arrive as Poisson processes whose rates depend on the period, the child's
/// age and the family's risk group; a concern may also be followed by a notification from the same
/// professional (`DemoIntake`). An arrival that finds no open case opens a course; arrivals while the
/// course runs join it. A course gets 1–8 journal notes, a caseworker when a concern reaches level 3 or a
/// notification is found to need an afdækning, investigation or immediate help (sometimes later changes
/// of caseworker), now and then a correction of a concern, and a closure at its planned end if that lies
/// before the end of the demo. Each notification gets its urgency assessment (a reassessment by someone
/// new to the case when the child already receives help — a § 32 measure or a placement running, or for a child
/// never helped an open case with a caseworker —, § 137), and a professional's its receipt and
/// feedback, each at its planned time if that is not after the end. The first notification found to need an
/// afdækning, an investigation or immediate help starts the course's help (`CourseHelpPlanner`): assessments, the
/// child heard, decisions, measures or a placement, plans and follow-ups — the course stays open until it is over and
/// a while after —, and a child whose case is open passes its transitions with handover meetings.
///
/// Ordering rules kept here, so the journal passes `JournalRules` when appended in recorded order
/// and `Timeline.state()` reads the courses as written:
/// - every entry of a closed course is recorded before the closure occurs, and a course stays open until
///   the last step planned on its notifications is done;
/// - the next course starts (occurs) more than a day after the closure was recorded;
/// - a correction occurs after its target was recorded;
/// - a step on a notification is recorded after the notification;
/// - the help's steps are written in their planned order, each recorded after the one before, at minutes no
///   notification of the course shares (so § 137 reads which came first).
struct CourseWriter {
    struct Draft {
        let entry: Entry
        let recorded: Int
        let occurred: Int
        let sequence: Int
    }

    /// Something that reaches the services about the child.
    struct Arrival {
        enum Kind {
            case concern
            case notification
            /// A notification left unassessed at the end.
            case backlog(Backlog)
        }

        var minute: Int
        var kind: Kind
        /// For a notification that follows a concern: the concern.
        var follows: IntakePlanner.Follows?

        var rank: Int {
            switch kind {
            case .concern: 0
            case .notification: 1
            case .backlog: 2
            }
        }
    }

    /// An arrival as the course plans it.
    enum Event {
        case concern(Concern, author: UUID, minute: Int)
        case notification(NotificationPlan, backlog: Bool)

        var minute: Int {
            switch self {
            case .concern(_, _, let minute): minute
            case .notification(let plan, _): plan.minute
            }
        }

        var level: ConcernLevel {
            switch self {
            case .concern(let concern, _, _): concern.level
            case .notification(let plan, _): plan.level
            }
        }
    }

    let context: DemoContext
    private let child: Child
    private let birthDay: Int
    /// The 18th birthday: notifications concern minors.
    private let adultDay: Int
    private let districtIndex: Int
    private let teamIndex: Int
    private let risk: RiskGroup
    private let backlog: Backlog?
    private let planner: IntakePlanner
    private var drafts: [Draft] = []
    private var previousCaseworker: UUID?
    /// The measures and placements written so far, in every course: what § 137 reads to tell whether the child
    /// already receives help.
    var helpPeriods: [HelpPeriod] = []
    /// When the child's investigations were concluded, in every course written so far.
    var investigationsConcluded: [Int] = []
    /// Whether the requested backlog notification was written.
    private(set) var backlogWritten = false

    private static let day = DemoClock.minutesPerDay

    init(context: DemoContext, child: Child, districtIndex: Int, teamIndex: Int, risk: RiskGroup,
         backlog: Backlog? = nil) {
        self.context = context
        self.child = child
        self.birthDay = child.birthDate.dayNumber
        self.adultDay = child.birthDate.adding(years: 18).dayNumber
        self.districtIndex = districtIndex
        self.teamIndex = teamIndex
        self.risk = risk
        self.backlog = backlog
        self.planner = IntakePlanner(context: context, districtIndex: districtIndex, risk: risk, birthDay: birthDay)
    }

    /// The journal in recorded order.
    ///
    /// `openCases` counts, per caseworker, the cases written so far that are still open at the end;
    /// a case that will be open at the end goes to the less busy of two colleagues, so the
    /// caseworkers' loads at the end stay even.
    mutating func write(openCases: inout [UUID: Int], _ rng: inout SeededRandom) -> [Entry] {
        var arrivals = arrivals(&rng)
        var index = 0
        while index < arrivals.count {
            index = writeCourse(from: index, in: &arrivals, openCases: &openCases, &rng)
        }
        return drafts
            .sorted { ($0.recorded, $0.occurred, $0.sequence) < ($1.recorded, $1.occurred, $1.sequence) }
            .map(\.entry)
    }

    // MARK: - Arrivals

    private func band(atDay day: Int) -> AgeBand { AgeBand.of(ageInDays: day - birthDay) }

    /// When concerns and notifications arrive, oldest first.
    private func arrivals(_ rng: inout SeededRandom) -> [Arrival] {
        let clock = context.clock
        let firstDay = max(context.startDay, birthDay + 14)
        var arrivals: [Arrival] = []
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
                if minute <= clock.endMinute { arrivals.append(Arrival(minute: minute, kind: .concern)) }
            }
            // Notifications on their own: about minors only.
            guard from < adultDay else { continue }
            let middle = ((from + last) / 2) * CourseWriter.day
            let notificationMean = mean * DemoIntake.independentShare(progress: context.progress(ofMinute: middle))
            let notifications = rng.poisson(mean: notificationMean, expNegMean: portableExp(-notificationMean))
            for _ in 0..<notifications {
                var day = clock.workingDay(onOrAfter: from + rng.below(last - from + 1))
                if day > clock.endDay { day = clock.workingDay(onOrBefore: clock.endDay) }
                guard day >= firstDay, day < adultDay else { continue }
                let minute = DemoClock.officeMinute(day, &rng, from: 7 * 60 + 30, to: 15 * 60 + 30)
                if minute <= clock.endMinute { arrivals.append(Arrival(minute: minute, kind: .notification)) }
            }
        }
        if let backlog, let minute = planner.backlogMinute(backlog, &rng), DemoClock.day(of: minute) < adultDay {
            arrivals.append(Arrival(minute: minute, kind: .backlog(backlog)))
        }
        return arrivals.sorted { ($0.minute, $0.rank) < ($1.minute, $1.rank) }
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

    /// Plans `arrivals[index]`. A concern may be followed by a notification, inserted among the arrivals
    /// to come. Returns the event and the minute the course must stay open until.
    private func plan(_ index: Int, after previous: ConcernLevel?, arrivals: inout [Arrival],
                      _ rng: inout SeededRandom) -> (event: Event, holdOpenUntil: Int) {
        let arrival = arrivals[index]
        let minute = arrival.minute
        let dayNumber = DemoClock.day(of: minute)
        switch arrival.kind {
        case .concern:
            let level = previous.map { nextLevel(after: $0, &rng) } ?? initialLevel(&rng)
            let band = band(atDay: dayNumber)
            let source = source(for: band, &rng)
            let concern = Concern(level: level, source: source,
                                  description: DemoTexts.concern(source: source, level: level, band: band,
                                                                 followUp: previous != nil, &rng))
            let author = author(of: source, &rng)
            var hold = Int.min
            if dayNumber < adultDay && rng.chance(DemoIntake.followChance(level, progress: context.progress(ofMinute: minute))) {
                let followDay = context.clock.workingDay(onOrAfter: dayNumber + DemoIntake.followDelay(level, &rng))
                let at = DemoClock.officeMinute(followDay, &rng, from: 7 * 60 + 30, to: 15 * 60 + 30)
                if at <= context.clock.endMinute && followDay < adultDay {
                    let follows = IntakePlanner.Follows(source: source, author: author, level: level)
                    let position = arrivals[(index + 1)...].firstIndex { $0.minute > at } ?? arrivals.count
                    arrivals.insert(Arrival(minute: at, kind: .notification, follows: follows), at: position)
                    hold = at + 11 * CourseWriter.day
                }
            }
            return (.concern(concern, author: author, minute: minute), hold)
        case .notification, .backlog:
            var backlog: Backlog?
            if case .backlog(let kind) = arrival.kind { backlog = kind }
            let plan = planner.plan(at: minute, follows: arrival.follows, backlog: backlog,
                                    investigated: investigatedBefore(minute), &rng)
            return (.notification(plan, backlog: backlog != nil), plan.holdOpenUntil)
        }
    }

    // MARK: - Courses

    /// Writes the course that starts with `arrivals[start]`; returns the index of the first arrival
    /// left for the next course.
    private mutating func writeCourse(from start: Int, in arrivals: inout [Arrival], openCases: inout [UUID: Int],
                                      _ rng: inout SeededRandom) -> Int {
        let clock = context.clock
        let day = CourseWriter.day
        let team = context.caseworkersByTeam[teamIndex]
        // Who takes the course in until a caseworker is assigned (registers and assesses its notifications):
        // the child's last caseworker if still on the team, so few colleagues come to know the child and
        // someone new to the case is left for a § 137 reassessment.
        let intake = previousCaseworker.flatMap { team.contains($0) ? $0 : nil } ?? rng.pick(team)

        // Which arrivals belong to the course, and when it closes.
        let openedAt = arrivals[start].minute
        // What follows the notifications: assessments, decisions, measures, plans and follow-ups. The course stays
        // open until the last of it.
        var help = CourseHelpPlanner(context: context, birthDay: birthDay)
        let first = plan(start, after: nil, arrivals: &arrivals, &rng)
        var events = [first.event]
        var highest = first.event.level
        var closesAt = max(first.holdOpenUntil,
                           closingMinute(afterDay: DemoClock.day(of: openedAt), days: plannedDays(highest, &rng), &rng))
        closesAt = max(closesAt, holdOpen(for: first.event, help: &help, &rng))
        var next = start + 1
        while next < arrivals.count && (arrivals[next].minute < closesAt - 10 * day || closesAt > clock.endMinute) {
            let planned = plan(next, after: events.last!.level, arrivals: &arrivals, &rng)
            let level = planned.event.level
            if level > highest {
                highest = level
                let extended = closingMinute(afterDay: DemoClock.day(of: arrivals[next].minute),
                                             days: plannedDays(level, &rng) / 2, &rng)
                closesAt = max(closesAt, extended)
            }
            closesAt = max(closesAt, planned.holdOpenUntil, holdOpen(for: planned.event, help: &help, &rng))
            events.append(planned.event)
            next += 1
        }
        let isClosed = closesAt <= clock.endMinute
        // Nothing of a closed course may be recorded after its closure occurred.
        let limit = isClosed ? closesAt - 60 : clock.endMinute
        // Notes and corrections of a closed course occur a few days before it closes.
        let lastNote = isClosed ? closesAt - 2 * day : clock.endMinute
        let lastCorrection = isClosed ? closesAt - day : clock.endMinute

        // Concerns and notifications.
        var eventDrafts: [Draft] = []
        for event in events {
            switch event {
            case .concern(let concern, let author, let minute):
                eventDrafts.append(add(.concern(concern), occurred: minute, limit: limit, author: author, &rng))
            case .notification(let plan, let backlog):
                // A professional submits it in Spor; anyone else through a caseworker, who registers it.
                let professional = plan.notification.notifierKind == .professional
                let author = plan.notification.notifierUser ?? intake
                let recorded = plan.minute + (professional ? rng.int(in: 0...3) : rng.int(in: 5...90))
                eventDrafts.append(add(.notification(plan.notification), occurred: plan.minute,
                                       recorded: max(plan.minute, min(recorded, limit)), author: author, &rng, id: plan.id))
                if backlog { backlogWritten = true }
            }
        }

        // Caseworker: when a concern first reaches level 3, or after the assessment of a notification
        // that needs more than no action.
        var assignments: [(minute: Int, caseworker: UUID)] = []
        let needsCaseworker = events.firstIndex { event in
            switch event {
            case .concern(let concern, _, _): concern.level >= .vulnerable
            case .notification(let plan, _): plan.level >= .vulnerable && plan.assessment != nil
            }
        }
        if let first = needsCaseworker {
            let shown: Int
            let workingDays: ClosedRange<Int>
            switch events[first] {
            case .concern:
                shown = eventDrafts[first].recorded
                workingDays = 1...8
            case .notification(let plan, _):
                shown = plan.assessment! + 30
                workingDays = 1...5
            }
            var minute = DemoClock.officeMinute(
                clock.adding(workingDays: rng.int(in: workingDays), to: DemoClock.day(of: shown)), &rng)
            // A short closed course gets its caseworker the same day; a recent open one may still wait.
            if isClosed && minute > limit - 3 * day { minute = shown + rng.int(in: 10...120) }
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
                // An assignment never shares its minute with a notification, so which came first is clear.
                let notificationMinutes = Set(events.compactMap { event -> Int? in
                    if case .notification(let plan, _) = event { plan.minute } else { nil }
                })
                for index in assignments.indices {
                    while notificationMinutes.contains(assignments[index].minute) { assignments[index].minute += 1 }
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

        // Journal notes over the following weeks and months, once the first arrival is in the journal.
        let notesFrom = eventDrafts[0].recorded
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
                // A closed course has at least one note: written soon after the first arrival.
                minute = max(openedAt, min(notesFrom + rng.int(in: 10...120), lastNote))
            }
            guard minute <= lastNote else { continue }
            notesWritten += 1
            let text = DemoTexts.note(band: band(atDay: noteDay), &rng)
            _ = add(.journalNote(JournalNote(text: text)), occurred: minute, limit: limit,
                    author: caseworker(at: minute), &rng)
        }

        writeEarlyHelp(events: events, drafts: eventDrafts, limit: limit, isClosed: isClosed, caseworker: caseworker(at:), &rng)

        // Now and then a concern's level is corrected.
        for (event, draft) in zip(events, eventDrafts) {
            guard case .concern(let concern, _, _) = event, rng.chance(0.011) else { continue }
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

        // Transitions while the case is open with a caseworker, and the help planned on the notifications.
        if let firstAssignment = assignments.first {
            let lastDay = isClosed ? DemoClock.day(of: closesAt) - 3 : clock.endDay
            help.planTransitions(from: DemoClock.day(of: firstAssignment.minute) + 1, through: lastDay, &rng)
        }
        let notificationMinutes = Set(events.compactMap { event -> Int? in
            if case .notification(let plan, _) = event { plan.minute } else { nil }
        })
        writeHelp(help.steps, limit: limit, avoiding: notificationMinutes, caseworker: caseworker(at:), &rng)

        // The steps on each notification, oldest first, after everything else that happened before them.
        for (event, draft) in zip(events, eventDrafts) {
            guard case .notification(let plan, _) = event else { continue }
            // § 137: the child already receives help, so someone new to the case reassesses.
            let known = receivesHelp(before: plan.minute)
            var assessor: UUID?
            if let at = plan.assessment {
                // With nobody new left (a small municipality, a child known for years), the child's caseworker
                // assesses and the § 137 duty stays open.
                let fresh = known ? newToCase(before: plan.minute, team: team, &rng) : nil
                let author = fresh ?? caseworker(at: plan.minute)
                let nextStep = fresh != nil ? NextStep.reassessment : plan.severity
                let assessment = UrgencyAssessment(
                    notification: draft.entry.id, inDanger: plan.inDanger, acuteMeasures: plan.acuteMeasures,
                    nextStep: nextStep,
                    reasoning: DemoTexts.assessment(nextStep: nextStep, severity: plan.severity, inDanger: plan.inDanger,
                                                    acuteMeasures: plan.acuteMeasures, joinsHelp: help.joiningHelp.contains(plan.id), &rng))
                if addStep(.urgencyAssessment(assessment), occurred: at, after: draft, delay: 1...30, limit: limit,
                           author: author, &rng) {
                    assessor = author
                }
            }
            if let at = plan.receipt {
                let receipt = Receipt(notification: draft.entry.id, text: rng.pick(DemoTexts.receiptTexts))
                _ = addStep(.receiptSent(receipt), occurred: at, after: draft, delay: 0...5, limit: limit,
                            author: assessor ?? caseworker(at: at), &rng)
            }
            if let at = plan.feedback {
                let author = caseworker(at: at)
                if let recorded = stepRecorded(occurred: at, after: draft, delay: 0...30, limit: limit, &rng) {
                    // The feedback says what the journal shows when it is written (§ 138; the domain refuses otherwise):
                    // the afdækning or investigation started following the notification, if any.
                    let journal = Timeline(drafts.filter { ($0.recorded, $0.occurred) <= (recorded, at) }.map(\.entry))
                    let started = Set(journal.assessmentsStarted(following: draft.entry.id).map(\.item.entry.kind))
                    let feedback = NotifierFeedback(notification: draft.entry.id, ledToInvestigation: !started.isEmpty,
                                                    text: DemoTexts.feedback(severity: plan.severity, started: started))
                    _ = add(.notifierFeedback(feedback), occurred: at, recorded: recorded, author: author, &rng)
                }
            }
        }

        guard isClosed else {
            // An open case without an assignment has no caseworker yet; for balancing loads it still counts
            // against the caseworker of the child's earlier course, who is likely to take it.
            if assignments.isEmpty, let previous = previousCaseworker { openCases[previous, default: 0] += 1 }
            return arrivals.count
        }

        let recorded = min(closesAt + rng.below(90), clock.endMinute)
        _ = add(.caseClosed(CaseClosure(reason: rng.pick(DemoTexts.closureReasons))), occurred: closesAt,
                recorded: recorded, author: caseworker(at: closesAt), &rng)

        // Arrivals while the course is being closed wait until after it.
        var moved = false
        for k in next..<arrivals.count where arrivals[k].minute <= recorded + day {
            let laterDay = clock.workingDay(onOrAfter: DemoClock.day(of: recorded) + 2 + rng.below(14))
            arrivals[k].minute = DemoClock.officeMinute(laterDay, &rng, from: 7 * 60 + 30, to: 15 * 60 + 30)
            moved = true
        }
        if moved {
            // A notification moved past the 18th birthday is dropped: notifications concern minors.
            let rest = arrivals[next...]
                .filter { $0.minute <= clock.endMinute && ($0.rank == 0 || DemoClock.day(of: $0.minute) < adultDay) }
                .sorted { ($0.minute, $0.rank) < ($1.minute, $1.rank) }
            arrivals.replaceSubrange(next..., with: rest)
        }
        return next
    }

    /// A caseworker who has written nothing in the child's course before `before` (and so was never its
    /// caseworker before then): of the team if one is left, else of another team; nil if nobody is left.
    private func newToCase(before: Int, team: [UUID], _ rng: inout SeededRandom) -> UUID? {
        let known = Set(drafts.lazy.filter { $0.occurred < before }.map(\.entry.author))
        let fresh = team.filter { !known.contains($0) }
        if !fresh.isEmpty { return rng.pick(fresh) }
        let district = context.teamsByDistrict[districtIndex].flatMap { context.caseworkersByTeam[$0] }
            .filter { !known.contains($0) }
        if !district.isEmpty { return rng.pick(district) }
        let all = context.caseworkersByTeam.flatMap { $0 }.filter { !known.contains($0) }
        return all.isEmpty ? nil : rng.pick(all)
    }

    // MARK: - Entries

    /// Early help, the policy's first response to a concern from a professional: the outreach counsellor is
    /// consulted, writes early-help notes and — more often each year — calls a network meeting (SOS) with
    /// the family and the network before anyone notifies. Actions agreed at a meeting are done at a follow-up
    /// meeting; in a course still open at the end they may be open, on their owners' lists.
    private mutating func writeEarlyHelp(events: [Event], drafts eventDrafts: [Draft], limit: Int, isClosed: Bool,
                                         caseworker: (Int) -> UUID, _ rng: inout SeededRandom) {
        let clock = context.clock
        let day = CourseWriter.day
        for (event, draft) in zip(events, eventDrafts) {
            guard case .concern(let concern, let author, let minute) = event,
                  concern.level >= .sensitive, concern.level <= .atRisk,
                  DemoContext.professions.contains(concern.source) else { continue }
            let progress = context.progress(ofMinute: minute)
            let counsellor = rng.pick(context.outreachByDistrict[districtIndex])
            let startDay = DemoClock.day(of: draft.recorded)
            let band = band(atDay: startDay)
            let subject = DemoTexts.subject(band, source: concern.source)
            let text = { (items: [String], rng: inout SeededRandom) in DemoTexts.fill(rng.pick(items), subject: subject) }

            if rng.chance(DemoEarlyHelp.consultationChance(progress: progress)) {
                let at = DemoClock.officeMinute(clock.adding(workingDays: rng.int(in: 0...3), to: startDay), &rng)
                if at <= limit && at > draft.recorded {
                    let consultation = Consultation(askedBy: concern.source, question: text(DemoTexts.consultationQuestions, &rng),
                                                    advice: text(DemoTexts.consultationAdvice, &rng))
                    _ = add(.consultation(consultation), occurred: at, limit: limit, author: counsellor, &rng, sameDay: true)
                }
            }
            if rng.chance(DemoEarlyHelp.noteChance) {
                let at = DemoClock.officeMinute(clock.adding(workingDays: rng.int(in: 2...15), to: startDay), &rng)
                if at <= limit && at > draft.recorded {
                    _ = add(.journalNote(JournalNote(text: text(DemoTexts.earlyHelpNotes, &rng), earlyHelp: true)),
                            occurred: at, limit: limit, author: counsellor, &rng)
                }
            }
            guard rng.chance(DemoEarlyHelp.meetingChance(concern.level, progress: progress)) else { continue }
            let meetingDay = clock.adding(workingDays: rng.int(in: 3...12), to: startDay)
            let meetingAt = DemoClock.officeMinute(meetingDay, &rng, from: 8 * 60, to: 15 * 60)
            guard meetingAt <= limit, meetingAt > draft.recorded else { continue }
            let age = (meetingDay - birthDay) * 100 / 36_525
            let childTakesPart = age >= 6 && rng.chance(DemoEarlyHelp.childTakesPart(progress: progress))
            var professions = [concern.source]
            if rng.chance(0.3) { professions.append(rng.pick([ConcernSource.ppr, .healthVisitor, .ssp].filter { $0 != concern.source })) }
            var owners = [author, counsellor]
            if rng.chance(0.4) { owners.append(caseworker(meetingAt)) }
            // Actions are agreed to be done by the follow-up meeting, two to five weeks on, which records them as
            // done; now and then the meeting slips and they count as late.
            let followUpDay = clock.workingDay(onOrAfter: meetingDay + rng.int(in: 14...35))
            var actions = (0..<rng.int(in: 1...3)).map { index in
                NetworkMeeting.AgreedAction(id: rng.uuid(), what: text(DemoTexts.agreedActions, &rng), owner: owners[index % owners.count],
                                            due: LocalDate(dayNumber: followUpDay))
            }
            let slip = rng.chance(0.1) ? rng.int(in: 1...10) : 0
            let followUpAt = DemoClock.officeMinute(clock.workingDay(onOrAfter: followUpDay + slip), &rng, from: 8 * 60, to: 15 * 60)
            let followUpHappens = followUpAt <= limit
            // A closed course with no room for a follow-up agreed nothing that stays open.
            if !followUpHappens && isClosed { actions = [] }
            let scale = DemoEarlyHelp.safetyScale(concern.level, &rng)
            let meeting = NetworkMeeting(
                participants: .init(child: childTakesPart, parents: rng.chance(0.92), network: rng.chance(0.35), professions: professions),
                worries: text(DemoTexts.meetingWorries, &rng), workingWell: text(DemoTexts.meetingWorkingWell, &rng),
                needsToHappen: text(DemoTexts.meetingNeeds, &rng), safetyScale: scale, actions: actions,
                childsView: childTakesPart ? .init(worries: rng.pick(DemoTexts.houseWorries), goodThings: rng.pick(DemoTexts.houseGood),
                                                   dreams: rng.pick(DemoTexts.houseDreams)) : nil)
            _ = add(.networkMeeting(meeting), occurred: meetingAt, limit: limit, author: counsellor, &rng, sameDay: true)
            guard followUpHappens, !actions.isEmpty else { continue }
            // Now and then, in the last years, one action is not done.
            let undone = progress > 0.8 && rng.chance(0.03) ? actions.last?.id : nil
            let followUp = NetworkMeeting(
                participants: .init(child: childTakesPart, parents: rng.chance(0.9), network: rng.chance(0.3), professions: [concern.source]),
                worries: text(DemoTexts.meetingWorries, &rng), workingWell: text(DemoTexts.meetingWorkingWell, &rng),
                needsToHappen: text(DemoTexts.meetingNeeds, &rng), safetyScale: min(10, scale + rng.int(in: 0...3)),
                completedActions: actions.map(\.id).filter { $0 != undone })
            _ = add(.networkMeeting(followUp), occurred: followUpAt, limit: limit, author: counsellor, &rng, sameDay: true)
        }
    }

    /// A step on a notification, recorded after it; not written if it would occur or be recorded after the
    /// end (or after `limit`).
    private mutating func addStep(_ payload: EntryPayload, occurred: Int, after notification: Draft,
                                  delay: ClosedRange<Int>, limit: Int, author: UUID, _ rng: inout SeededRandom) -> Bool {
        guard let recorded = stepRecorded(occurred: occurred, after: notification, delay: delay, limit: limit, &rng) else { return false }
        _ = add(payload, occurred: occurred, recorded: recorded, author: author, &rng)
        return true
    }

    /// When a step on `notification` that happened at `occurred` is recorded, or nil when it falls after `limit`.
    private func stepRecorded(occurred: Int, after notification: Draft, delay: ClosedRange<Int>, limit: Int,
                              _ rng: inout SeededRandom) -> Int? {
        let last = min(limit, context.clock.endMinute)
        guard occurred <= last else { return nil }
        let recorded = min(max(occurred + rng.int(in: delay), notification.recorded + 1), last)
        guard recorded >= occurred, recorded > notification.recorded else { return nil }
        return recorded
    }

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

    mutating func add(_ payload: EntryPayload, occurred: Int, limit: Int, author: UUID,
                      _ rng: inout SeededRandom, sameDay: Bool = false, corrects: UUID? = nil) -> Draft {
        let recorded = recordedMinute(occurred: occurred, limit: limit, sameDay: sameDay, &rng)
        return add(payload, occurred: occurred, recorded: recorded, author: author, &rng, corrects: corrects)
    }

    mutating func add(_ payload: EntryPayload, occurred: Int, recorded: Int, author: UUID,
                      _ rng: inout SeededRandom, corrects: UUID? = nil, id: UUID? = nil) -> Draft {
        let entryID: UUID
        if let id { entryID = id } else { entryID = rng.uuid() }
        let entry = Entry(id: entryID, municipality: context.configuration.municipality.code, child: child.id,
                          payload: payload,
                          occurredAt: DemoClock.instant(ofLocalMinute: occurred),
                          recordedAt: DemoClock.instant(ofLocalMinute: recorded),
                          author: author, corrects: corrects)
        let draft = Draft(entry: entry, recorded: recorded, occurred: occurred, sequence: drafts.count)
        drafts.append(draft)
        return draft
    }
}
