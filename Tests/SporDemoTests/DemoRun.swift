import Foundation
import SporDomain
@testable import SporDemo

/// One pass over a generated municipality, counting what the magnitude tests check. The default run is
/// made once (`DemoRun.standard`) and shared by the tests that read it.
struct DemoRun: Sendable {
    static let standard = DemoRun(DemoConfiguration(end: DemoFixture.end))

    let config: DemoConfiguration
    /// Seconds spent in the generator alone, and in the whole pass (generator, timelines and rules).
    var generationSeconds = 0.0
    var passSeconds = 0.0

    var families = 0, children = 0, entries = 0
    var byKind: [EntryKind: Int] = [:]
    var concernsByYear: [Int]
    var childrenByYear: [Set<UUID>]
    var levels = [Int](repeating: 0, count: 6)
    var openByCaseworker: [UUID: Int] = [:]
    var coursesWithAssignment = 0, changes = 0, courses = 0, openCases = 0

    // Notifications, counted in years back from the end (0 = the latest year).
    var notificationsByYear: [Int]
    var notifiedChildrenByYear: [Set<UUID>]
    var professionalByYear: [Int]
    var dialogBasedByYear: [Int]
    var precededByConcernByYear: [Int]
    /// Notifications with a network meeting about the child in the half year before.
    var precededByMeetingByYear: [Int]
    var byNotifier: [NotifierKind: Int] = [:]
    var concernsAbuse = 0
    var nextSteps: [NextStep: Int] = [:]
    /// Steps judged by the deadline rules' own due computations, over every year (also before the rules
    /// applied): discharged by the due instant, after it, or not by the end although due.
    var assessments = Tally()
    var receipts = Tally()
    var feedback = Tally()
    /// Notifications of the last year without an assessment at the end, by district: within 24 hours (open)
    /// or past them.
    var unassessedOpen: [String: Int] = [:]
    var unassessedOverdue: [String: Int] = [:]
    /// Professional notifications whose receipt was not sent by the end: not yet due, or past due.
    var receiptsOpen = 0, receiptsOverdue = 0
    /// `RuleBook.barnetsLov` over every course at the end: rule id → status → count.
    var obligations: [String: [Obligation.Status: Int]] = [:]
    /// Open and overdue obligations of the course's rules (`DemoRun.courseRules`) at the end, per caseworker.
    var courseOpenByCaseworker: [UUID: Int] = [:]
    var courseOverdueByCaseworker: [UUID: Int] = [:]
    /// Of the open ones, those due within 30 days of the end: the top of a caseworker's worklist.
    var courseDueSoonByCaseworker: [UUID: Int] = [:]

    // The course after the notification, counted in years back from the end.
    /// Measures and placements started, and those of them that are immediate help (`ImmediateHelpDefinition.standard`).
    var measuresByYear: [Int]
    /// Participation in the initiatives' offers (`InitiativeParticipation.offers`: BRUS, skilsmissegrupper, …), the
    /// course's own and `DemoGroups`' alike: counted apart, not in `measuresByYear`.
    var enrolments = 0
    var immediateByYear: [Int]
    var measuresByBasis: [LegalBasis: Int] = [:]
    var placementsByYear: [Int]
    var networkPlacementsByYear: [Int]
    var nearHomeByYear: [Int]
    var schoolKeptByYear: [Int]
    var placementsByKind: [PlacementKind: Int] = [:]
    var placementsWithoutConsent = 0
    var placementEnds: [EndReason: Int] = [:]
    /// Children ever placed in the journal, and minors placed on the last day.
    var childrenPlaced = 0, placedAtEnd = 0, minorsAtEnd = 0
    /// Decisions, and how they heard the child: a held conversation in the 90 days before (the `child-heard`
    /// indicator's window), or a stated reason.
    var decisions = 0, refusals = 0, heardInConversation = 0, notHeard = 0
    var conversationsHeld = 0, conversationsNotHeld = 0, withBisidder = 0
    var youngAdultDecisions = 0, youngAdultRefusals = 0, youngAdultMeasures = 0, youngAdultsSupportedAtEnd = 0
    var ratings: [GoalRating: Int] = [:]
    var planVersions = 0, laterPlanVersions = 0

    struct Tally: Sendable {
        var onTime = 0, late = 0, missing = 0
        var judged: Int { onTime + late + missing }
        var onTimeShare: Double { Double(onTime) / Double(max(1, judged)) }
    }

    init(_ config: DemoConfiguration) {
        self.config = config
        concernsByYear = [Int](repeating: 0, count: config.years)
        childrenByYear = [Set<UUID>](repeating: [], count: config.years)
        notificationsByYear = concernsByYear
        notifiedChildrenByYear = childrenByYear
        professionalByYear = concernsByYear
        dialogBasedByYear = concernsByYear
        precededByConcernByYear = concernsByYear
        precededByMeetingByYear = concernsByYear
        measuresByYear = concernsByYear
        immediateByYear = concernsByYear
        placementsByYear = concernsByYear
        networkPlacementsByYear = concernsByYear
        nearHomeByYear = concernsByYear
        schoolKeptByYear = concernsByYear

        let started = Date()
        let generator = DemoGenerator(config)
        var iterator = generator.families().makeIterator()
        while true {
            let before = Date()
            guard let family = iterator.next() else { break }
            generationSeconds += Date().timeIntervalSince(before)
            families += 1
            for child in family.children { count(child) }
        }
        passSeconds = Date().timeIntervalSince(started)
    }

    private func yearsBack(_ instant: Date) -> Int {
        Int(config.end.timeIntervalSince(instant) / (365.25 * 86_400))
    }

    private mutating func count(_ child: DemoChild) {
        children += 1
        entries += child.entries.count
        let timeline = Timeline(child.entries)
        var concernTimes: [Date] = []
        let meetingTimes = child.entries.filter { $0.kind == .networkMeeting }.map(\.occurredAt)
        for entry in child.entries {
            byKind[entry.kind, default: 0] += 1
            if case .concern(let concern) = entry.payload {
                levels[concern.level.rawValue] += 1
                concernsByYear[yearsBack(entry.occurredAt)] += 1
                childrenByYear[yearsBack(entry.occurredAt)].insert(child.child.id)
                concernTimes.append(entry.occurredAt)
            }
        }
        let state = timeline.state()
        if state.isOpen, let caseworker = state.caseworker { openByCaseworker[caseworker, default: 0] += 1 }
        changes += state.caseworkerChanges
        let closures = child.entries.filter { $0.kind == .caseClosed }.count
        courses += closures + (state.isOpen ? 1 : 0)
        openCases += state.isOpen ? 1 : 0
        coursesWithAssignment += child.entries.contains { $0.kind == .caseworkerAssigned } ? 1 : 0

        // Notifications and the steps on them.
        var steps: [UUID: [EntryKind: Entry]] = [:]
        for item in timeline.items {
            guard let step = item.effective?.notificationStep else { continue }
            steps[step.notification, default: [:]][item.entry.kind] = steps[step.notification]?[item.entry.kind] ?? item.entry
        }
        let end = config.end
        for item in timeline.items {
            guard case .notification(let notification) = item.effective else { continue }
            let received = item.entry.occurredAt
            let year = yearsBack(received)
            notificationsByYear[year] += 1
            notifiedChildrenByYear[year].insert(child.child.id)
            byNotifier[notification.notifierKind, default: 0] += 1
            if notification.concernsAbuse { concernsAbuse += 1 }
            if concernTimes.contains(where: { $0 < received && received.timeIntervalSince($0) <= 180 * 86_400 }) {
                precededByConcernByYear[year] += 1
            }
            if meetingTimes.contains(where: { $0 < received && received.timeIntervalSince($0) <= 180 * 86_400 }) {
                precededByMeetingByYear[year] += 1
            }
            let own = steps[item.entry.id] ?? [:]
            if case .urgencyAssessment(let assessment)? = own[.urgencyAssessment]?.payload {
                nextSteps[assessment.nextStep, default: 0] += 1
            }
            let assessmentDue = DeadlineRule.urgencyAssessment.due.due(after: received, calendar: .standard)!
            assessments.judge(done: own[.urgencyAssessment]?.occurredAt, due: assessmentDue, end: end)
            // The intake queue looks back a year.
            if own[.urgencyAssessment] == nil && end.timeIntervalSince(received) < 365 * 86_400 {
                if assessmentDue < end { unassessedOverdue[child.child.district, default: 0] += 1 }
                else { unassessedOpen[child.child.district, default: 0] += 1 }
            }
            guard notification.notifierKind == .professional else { continue }
            professionalByYear[year] += 1
            if notification.dialogBased { dialogBasedByYear[year] += 1 }
            let receiptDue = DeadlineRule.receipt.due.due(after: received, calendar: .standard)!
            receipts.judge(done: own[.receiptSent]?.occurredAt, due: receiptDue, end: end)
            if own[.receiptSent] == nil {
                if receiptDue < end { receiptsOverdue += 1 } else { receiptsOpen += 1 }
            }
            let feedbackDue = DeadlineRule.notifierFeedback.due.due(after: received, calendar: .standard)!
            feedback.judge(done: own[.notifierFeedback]?.occurredAt, due: feedbackDue, end: end)
        }

        for obligation in RuleBook.barnetsLov.obligations(for: timeline, child: child.child.id,
                                                           birthDate: child.child.birthDate, calendar: .standard,
                                                           now: end, caseworker: state.caseworker) {
            obligations[obligation.rule, default: [:]][obligation.status, default: 0] += 1
            if DemoRun.courseRules.contains(obligation.rule), case .caseworker(let caseworker) = obligation.assignee {
                if obligation.status == .open { courseOpenByCaseworker[caseworker, default: 0] += 1 }
                if obligation.status == .open && obligation.due.timeIntervalSince(end) <= 30 * 86_400 {
                    courseDueSoonByCaseworker[caseworker, default: 0] += 1
                }
                if obligation.status == .overdue { courseOverdueByCaseworker[caseworker, default: 0] += 1 }
            }
        }
        countCourse(child, timeline: timeline, state: state)
    }

    /// The rules of the course after the notification (`DeadlineRule+Course.swift`).
    static let courseRules: Set<String> = Set([
        DeadlineRule.investigationFourMonths, .preliminaryAssessment, .firstFollowUp, .firstFollowUpOnPlacement, .nextFollowUp,
        .planAfterPlacement, .planBeforePlacementWithoutConsent, .planAfterSupport, .supportAfter18Decision,
        .youngAdultSupportEnds, .transitionHandover,
    ].map(\.id))

    private mutating func countCourse(_ child: DemoChild, timeline: Timeline, state: CaseState) {
        let age = child.child.birthDate.age(on: DanishTime.localDate(of: config.end))
        if age < 18 {
            minorsAtEnd += 1
            if state.activePlacement != nil { placedAtEnd += 1 }
        }
        if state.activeMeasures.contains(where: { $0.legalBasis == .youngAdultSupport }) { youngAdultsSupportedAtEnd += 1 }
        var placed = false
        for item in timeline.items {
            guard let payload = item.effective else { continue }
            let year = yearsBack(item.entry.occurredAt)
            switch payload {
            case .measureStarted(let start) where InitiativeParticipation.allOffers.contains(start.offer):
                enrolments += 1
            case .measureStarted(let start):
                measuresByYear[year] += 1
                measuresByBasis[start.legalBasis, default: 0] += 1
                if start.legalBasis == .youngAdultSupport { youngAdultMeasures += 1 }
                if ImmediateHelpDefinition.standard.isImmediateHelp(item.entry, in: timeline) { immediateByYear[year] += 1 }
            case .placementStarted(let start):
                placed = true
                measuresByYear[year] += 1
                measuresByBasis[start.legalBasis, default: 0] += 1
                if ImmediateHelpDefinition.standard.isImmediateHelp(item.entry, in: timeline) { immediateByYear[year] += 1 }
                placementsByYear[year] += 1
                placementsByKind[start.kind, default: 0] += 1
                if start.kind == .networkFosterFamily { networkPlacementsByYear[year] += 1 }
                if start.nearHome { nearHomeByYear[year] += 1 }
                if start.schoolKept { schoolKeptByYear[year] += 1 }
                if start.withoutConsent { placementsWithoutConsent += 1 }
            case .placementEnded(let placementEnd):
                placementEnds[placementEnd.reason, default: 0] += 1
            case .decision(let decision):
                decisions += 1
                if decision.outcome == .refused { refusals += 1 }
                if decision.legalBasis == .youngAdultSupport {
                    youngAdultDecisions += 1
                    if decision.outcome == .refused { youngAdultRefusals += 1 }
                }
                switch decision.childsViews {
                case .heardIn(let id):
                    if let heard = timeline.entry(id: id), heard.kind == .childConversation,
                       item.entry.occurredAt.timeIntervalSince(heard.occurredAt) <= 90 * 86_400 {
                        heardInConversation += 1
                    }
                case .notHeard:
                    notHeard += 1
                }
            case .childConversation(let conversation):
                if conversation.wasHeld { conversationsHeld += 1 } else { conversationsNotHeld += 1 }
                if conversation.bisidder != nil { withBisidder += 1 }
            case .plan(let plan):
                planVersions += 1
                if plan.supersedes != nil { laterPlanVersions += 1 }
            case .followUp(let followUp):
                for rating in followUp.ratings { ratings[rating.rating, default: 0] += 1 }
            default:
                break
            }
        }
        if placed { childrenPlaced += 1 }
    }

    /// Immediate help as a share of the measures started, per year (latest first).
    var immediateShareByYear: [Double] {
        zip(immediateByYear, measuresByYear).map { Double($0) / Double(max(1, $1)) }
    }

    var notifications: Int { notificationsByYear.reduce(0, +) }

    /// A printable account of the run, for the test log (and the report of a change to the generator).
    var report: String {
        let staff = DemoGenerator(config).staff()
        let teams = DemoGenerator(config).teams()
        let caseworkers = staff.filter { $0.role == .caseworker }
        let loads = caseworkers.map { openByCaseworker[$0.id] ?? 0 }
        let meanLoad = Double(loads.reduce(0, +)) / Double(max(1, loads.count))
        func percent(_ part: Int, _ whole: Int) -> String { String(format: "%.0f %%", 100 * Double(part) / Double(max(1, whole))) }
        let rules = obligations.keys.sorted().map { rule in
            "\(rule): " + Obligation.Status.allCases.map { "\($0.rawValue) \(obligations[rule]?[$0] ?? 0)" }.joined(separator: ", ")
        }
        return """
            Demo (\(config.children) children, \(config.years) years): \(families) families, \(children) children, \
            \(entries) entries; generated in \(String(format: "%.1f", generationSeconds)) s \
            (pass with timelines and rules \(String(format: "%.1f", passSeconds)) s)
            entries by kind: \(EntryKind.allCases.compactMap { k in byKind[k].map { "\(k.rawValue) \($0)" } }.joined(separator: ", "))
            concerns per year (latest first): \(concernsByYear)
            distinct children per year: \(childrenByYear.map(\.count))
            concern levels 1–5: \(levels.dropFirst().map(String.init).joined(separator: " / "))
            staff by role: \(Role.allCases.map { r in "\(r.rawValue) \(staff.filter { $0.role == r }.count)" }.joined(separator: ", "))
            teams: \(teams.map(\.name).joined(separator: ", "))
            open cases per caseworker: mean \(String(format: "%.1f", meanLoad)), min \(loads.min() ?? 0), max \(loads.max() ?? 0)
            by team: \(teams.map { team in "\(team.name) \(caseworkers.filter { $0.team == team.name }.map { openByCaseworker[$0.id] ?? 0 })" }.joined(separator: "; "))
            courses: \(courses), open at the end: \(openCases)
            children ever assigned: \(coursesWithAssignment), caseworker changes: \(changes)
            notifications per year (latest first): \(notificationsByYear)
            distinct children notified per year: \(notifiedChildrenByYear.map(\.count))
            by notifier: \(NotifierKind.allCases.map { "\($0.rawValue) \(byNotifier[$0] ?? 0) (\(percent(byNotifier[$0] ?? 0, notifications)))" }.joined(separator: ", "))
            about abuse: \(concernsAbuse) (\(percent(concernsAbuse, notifications)))
            dialog-based share of professional notifications per year: \(zip(dialogBasedByYear, professionalByYear).map { percent($0, $1) })
            preceded by a concern (180 days) per year: \(zip(precededByConcernByYear, notificationsByYear).map { percent($0, $1) })
            preceded by a network meeting (180 days) per year: \(zip(precededByMeetingByYear, notificationsByYear).map { percent($0, $1) })
            next steps: \(NextStep.allCases.map { "\($0.rawValue) \(nextSteps[$0] ?? 0)" }.joined(separator: ", "))
            assessments within 24 h: \(assessments.onTime) of \(assessments.judged) (\(percent(assessments.onTime, assessments.judged))), late \(assessments.late), missing \(assessments.missing)
            receipts within 6 working days: \(receipts.onTime) of \(receipts.judged) (\(percent(receipts.onTime, receipts.judged))), late \(receipts.late), missing \(receipts.missing)
            feedback within 3 months: \(feedback.onTime) of \(feedback.judged) (\(percent(feedback.onTime, feedback.judged))), late \(feedback.late), missing \(feedback.missing)
            unassessed at the end, open (< 24 h): \(unassessedOpen.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            unassessed at the end, overdue: \(unassessedOverdue.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            receipts not sent at the end: open \(receiptsOpen), overdue \(receiptsOverdue)
            measures and placements started per year (latest first): \(measuresByYear)
            immediate help share per year (latest first): \(zip(immediateByYear, measuresByYear).map { percent($0, $1) })
            measures by provision: \(LegalBasis.allCases.compactMap { b in measuresByBasis[b].map { "\(b.rawValue) \($0)" } }.joined(separator: ", "))
            placements per year (latest first): \(placementsByYear); children ever placed \(childrenPlaced) \
            (\(percent(childrenPlaced, children))), minors placed at the end \(placedAtEnd) (\(String(format: "%.2f %%", 100 * Double(placedAtEnd) / Double(max(1, minorsAtEnd)))))
            placements by kind: \(PlacementKind.allCases.map { "\($0.rawValue) \(placementsByKind[$0] ?? 0)" }.joined(separator: ", ")); without consent \(placementsWithoutConsent)
            network foster family share per year: \(zip(networkPlacementsByYear, placementsByYear).map { percent($0, $1) })
            near home per year: \(zip(nearHomeByYear, placementsByYear).map { percent($0, $1) }); school kept: \(zip(schoolKeptByYear, placementsByYear).map { percent($0, $1) })
            placements ended: \(EndReason.allCases.compactMap { r in placementEnds[r].map { "\(r.rawValue) \($0)" } }.joined(separator: ", "))
            decisions \(decisions) (refused \(refusals)): child heard in a conversation (90 days) \(heardInConversation) \
            (\(percent(heardInConversation, decisions))), not heard with a reason \(notHeard) (\(percent(notHeard, decisions)))
            child conversations: held \(conversationsHeld), not held \(conversationsNotHeld), with a bisidder \(withBisidder)
            ungestøtte: decisions \(youngAdultDecisions) (refused \(youngAdultRefusals)), measures \(youngAdultMeasures), running at the end \(youngAdultsSupportedAtEnd)
            plan versions \(planVersions) (later versions \(laterPlanVersions)); goal ratings: \(GoalRating.allCases.map { "\($0.rawValue) \(ratings[$0] ?? 0)" }.joined(separator: ", "))
            course obligations per caseworker, open: \(caseworkers.map { courseOpenByCaseworker[$0.id] ?? 0 })
              of them due within 30 days: \(caseworkers.map { courseDueSoonByCaseworker[$0.id] ?? 0 })
              overdue: \(caseworkers.map { courseOverdueByCaseworker[$0.id] ?? 0 })
            obligations (RuleBook.barnetsLov, at the end):
              \(rules.joined(separator: "\n  "))
            """
    }
}

extension DemoRun.Tally {
    /// Counts a step due at `due` and done at `done` (nil: not done by `end`); a step not done and not yet
    /// due is not counted.
    mutating func judge(done: Date?, due: Date, end: Date) {
        if let done {
            if done <= due { onTime += 1 } else { late += 1 }
        } else if due < end {
            missing += 1
        }
    }
}
