import Foundation

/// One child's course read once for every indicator: one pass over the items as the course now reads them
/// (corrections applied, voided entries skipped), one fold of the case state along the way, and the obligations of
/// the rule book computed once. Each indicator's code reads this, never the timeline again.
struct IndicatorCourse: Sendable {
    let child: IndicatorChildFacts
    let settings: IndicatorSettings
    let asOf: Date
    /// The day of `asOf`: days before it have ended.
    let asOfDay: LocalDate

    /// A measure or placement started.
    struct Start: Sendable {
        let entry: UUID
        let at: Date
        let day: LocalDate
        let basis: LegalBasis
        let placement: PlacementStart?
        /// Straks-indsats by `settings.courseRules.immediateHelp`.
        var immediateHelp = false
    }

    struct ProfessionalNotification: Sendable {
        let at: Date
        let day: LocalDate
        var precededByNetworkMeeting = false
    }

    struct Meeting: Sendable {
        let at: Date
        let day: LocalDate
        let childTookPart: Bool
    }

    /// How a decision heard the child, for `child-heard`.
    enum Heard: Sendable {
        /// A child conversation held, or the child's own views, within the window before the decision.
        case heard
        /// A stated reason the child was not heard.
        case statedReason
        /// Neither: the views it rests on are too old, voided or corrected into something else.
        case neither
    }

    struct Decided: Sendable {
        let at: Date
        let day: LocalDate
        let views: ChildsViews
        var heard: Heard = .neither
    }

    /// The active measures' levels between two changes.
    struct Levels: Sendable, Hashable {
        let from: Date
        let until: Date?
        let allGeneral: Bool
        let anySpecialised: Bool
    }

    struct Rating: Sendable {
        let goal: UUID
        let day: LocalDate
        let rating: GoalRating
    }

    private(set) var starts: [Start] = []
    private(set) var notifications: [ProfessionalNotification] = []
    private(set) var meetings: [Meeting] = []
    private(set) var decisions: [Decided] = []
    /// Caseworker assignments that replaced another caseworker (`CaseState.caseworkerChanges`).
    private(set) var caseworkerChanges: [LocalDate] = []
    /// Days the case was open: from the day it opened up to, not including, the day it closed (nil: still open).
    private(set) var openCases: [(from: LocalDate, to: LocalDate?)] = []
    private(set) var firstConcernDay: LocalDate?
    private(set) var firstEarlyHelpNoteDay: LocalDate?
    private(set) var placementEnds: [(day: LocalDate, reason: EndReason)] = []
    private(set) var levels: [Levels] = []
    private(set) var obligations: [Obligation] = []
    /// In a placement, or with a fast kontaktperson, as the 18th birthday began.
    private(set) var placedAt18 = false
    private(set) var contactPersonAt18 = false
    private(set) var youngAdultSupportDecisions: [Date] = []
    private(set) var firstYoungAdultSupportStart: Date?
    private(set) var ratings: [Rating] = []
    /// School and work: statuses, absence reports and the help after them.
    private(set) var school = SchoolCourse()
    /// Each plan or follow-up that records leisure: whether the child takes part in an activity (`leisure-participation`).
    private(set) var leisure: [(at: Date, takesPart: Bool)] = []
    /// Contact visits recorded against a contact plan: the visit's day, and whether it was held (`contact-visits-held`).
    private(set) var contactVisits: [(day: LocalDate, held: Bool)] = []
    /// Notifications about abuse and when each preparedness step followed (`abuse-preparedness-steps`).
    private(set) var preparedness = PreparednessReading()
    /// Who wrote in the course, and the caseworkers assigned, by day.
    private(set) var people: [(day: LocalDate, person: UUID)] = []
    /// The earliest instant after `asOf` at which the contributions change without a new entry; nil: never.
    private(set) var refreshAt: Date?

    var birthday18: LocalDate { child.birthDate.birthday(turning: 18) }
    var birthday23: LocalDate { child.birthDate.birthday(turning: settings.courseRules.youngAdultSupportAges.upperBound + 1) }

    init(child: IndicatorChildFacts, timeline fullTimeline: Timeline, settings: IndicatorSettings, asOf: Date) {
        self.child = child
        self.settings = settings
        self.asOf = asOf
        self.asOfDay = DanishTime.localDate(of: asOf)
        // Nothing after `asOf` is counted; a timeline is rebuilt only when it holds something later.
        let timeline = (fullTimeline.entries.last?.occurredAt ?? .distantPast) > asOf
            ? Timeline(fullTimeline.entries.filter { $0.occurredAt <= asOf }) : fullTimeline
        read(timeline)
        obligations = settings.settingsHistory.map {
            $0.obligations(for: timeline, child: child.id, birthDate: child.birthDate, now: asOf, caseworker: nil)
        } ?? settings.ruleBook.obligations(for: timeline, child: child.id, birthDate: child.birthDate,
                                           calendar: settings.calendar, now: asOf, caseworker: nil)
        for obligation in obligations where obligation.status == .open { refresh(at: obligation.due) }
    }

    private mutating func refresh(at instant: Date) {
        guard instant > asOf else { return }
        refreshAt = min(refreshAt ?? instant, instant)
    }

    // MARK: - The pass

    private mutating func read(_ timeline: Timeline) {
        let offers = settings.offerIndex
        var state = CaseState()
        var voices: [UUID: (at: Date, childsOwn: Bool)] = [:]
        var conclusions: [Date] = []
        let ruledOut = settings.courseRules.immediateHelp.ruledOutBy
        var openedOn: LocalDate?
        var levelsSince: Date?
        var currentLevels: LevelState?
        let birthday18Start = DanishTime.startOfDay(birthday18)
        var readAt18 = false

        for item in timeline.items where item.entry.child == child.id {
            guard let payload = item.effective else { continue }
            let at = item.entry.occurredAt
            let day = DanishTime.localDate(of: at)
            if !readAt18, at >= birthday18Start {
                readAt18 = true
                readBirthday18(state, offers: offers)
            }
            people.append((day, item.entry.author))
            school.read(payload, day: day)
            preparedness.read(payload, entry: item.entry.id, at: at)

            switch payload {
            case .concern:
                if firstConcernDay == nil { firstConcernDay = day }
            case .notification(let notification):
                if firstConcernDay == nil { firstConcernDay = day }
                if notification.notifierKind == .professional { notifications.append(ProfessionalNotification(at: at, day: day)) }
            case .networkMeeting(let meeting):
                meetings.append(Meeting(at: at, day: day, childTookPart: meeting.participants.child))
            case .childConversation(let conversation):
                voices[item.entry.id] = (at, conversation.wasHeld)
            case .ownViews(let views):
                voices[item.entry.id] = (at, views.hearsTheChild)
            case .decision(let decision):
                decisions.append(Decided(at: at, day: day, views: decision.childsViews))
                if decision.legalBasis == .youngAdultSupport { youngAdultSupportDecisions.append(at) }
            case .measureStarted(let start):
                starts.append(Start(entry: item.entry.id, at: at, day: day, basis: start.legalBasis, placement: nil))
                if start.legalBasis == .youngAdultSupport, firstYoungAdultSupportStart == nil { firstYoungAdultSupportStart = at }
            case .placementStarted(let start):
                starts.append(Start(entry: item.entry.id, at: at, day: day, basis: start.legalBasis, placement: start))
            case .placementEnded(let end):
                // An end of a placement the course does not hold (voided) ends nothing.
                if state.activeMeasures.contains(where: { $0.entry == end.placement && $0.isPlacement }) {
                    placementEnds.append((day, end.reason))
                }
            case .plan(let plan):
                if let activities = plan.leisure { leisure.append((at, activities.takesPart)) }
            case .followUp(let followUp):
                if let activities = followUp.leisure { leisure.append((at, activities.takesPart)) }
                // Only goals of the plan in force are rated, as the case page reads them.
                let goals = Set(state.plan?.goals.map(\.goal.id) ?? [])
                for rating in followUp.ratings where goals.contains(rating.goal) {
                    ratings.append(Rating(goal: rating.goal, day: day, rating: rating.rating))
                }
            case .journalNote(let note):
                if note.earlyHelp, firstEarlyHelpNoteDay == nil { firstEarlyHelpNoteDay = day }
            case .caseworkerAssigned(let assignment):
                people.append((day, assignment.caseworker))
            case .contactVisit(let visit):
                contactVisits.append((visit.day, visit.wasHeld))
            default:
                break
            }
            if ruledOut.contains(payload.kind) { conclusions.append(at) }

            let wasOpen = state.isOpen
            let changesBefore = state.caseworkerChanges
            state.apply(payload, at: at, entry: item.entry.id)
            if state.caseworkerChanges > changesBefore { caseworkerChanges.append(day) }
            if !wasOpen, state.isOpen { openedOn = day }
            if wasOpen, !state.isOpen, let from = openedOn {
                openCases.append((from, day))
                openedOn = nil
            }

            let now = levelSummary(state, offers: offers)
            if now != currentLevels {
                if let current = currentLevels, let since = levelsSince {
                    levels.append(Levels(from: since, until: at, allGeneral: current.allGeneral, anySpecialised: current.anySpecialised))
                }
                currentLevels = now
                levelsSince = now == nil ? nil : at
            }
        }

        if !readAt18, birthday18Start <= asOf { readBirthday18(state, offers: offers) }
        if let from = openedOn {
            openCases.append((from, nil))
            refresh(at: DanishTime.startOfDay(asOfDay.adding(days: 1)))
        }
        if let current = currentLevels, let since = levelsSince {
            levels.append(Levels(from: since, until: nil, allGeneral: current.allGeneral, anySpecialised: current.anySpecialised))
            refresh(at: DanishTime.startOfDay(LocalDate(year: asOfDay.year, month: asOfDay.month, day: 1)!.adding(months: 1)))
        }
        if birthday18Start > asOf, state.activePlacement != nil || hasContactPerson(state, offers: offers) {
            refresh(at: birthday18Start)
        }
        let birthday23Start = DanishTime.startOfDay(birthday23)
        if placedAt18 || contactPersonAt18, birthday18Start <= asOf, asOf < birthday23Start {
            refresh(at: DanishTime.startOfDay(LocalDate(year: asOfDay.year, month: asOfDay.month, day: 1)!.adding(months: 1)))
        }

        markImmediateHelp(conclusions: conclusions)
        markNetworkMeetingsFirst()
        markHeard(voices: voices)
    }

    private mutating func readBirthday18(_ state: CaseState, offers: OfferIndex) {
        placedAt18 = state.activePlacement != nil
        contactPersonAt18 = hasContactPerson(state, offers: offers)
    }

    private func hasContactPerson(_ state: CaseState, offers: OfferIndex) -> Bool {
        state.activeMeasures.contains { $0.legalBasis == .contactPerson || offers.contactPersonOffers.contains($0.offer) }
    }

    /// Whether all active measures are almen or forebyggende, and whether any is specialiseret; nil without any. An offer
    /// the catalogue does not hold is neither almen nor specialiseret, unless it is a placement (always specialiseret).
    private func levelSummary(_ state: CaseState, offers: OfferIndex) -> LevelState? {
        guard !state.activeMeasures.isEmpty else { return nil }
        var allGeneral = true
        var anySpecialised = false
        for measure in state.activeMeasures {
            switch offers.levels[measure.offer] {
            case .general?, .preventive?:
                break
            case .specialised?:
                allGeneral = false
                anySpecialised = true
            case nil:
                allGeneral = false
                if measure.isPlacement { anySpecialised = true }
            }
        }
        return LevelState(allGeneral: allGeneral, anySpecialised: anySpecialised)
    }

    struct LevelState: Sendable, Hashable {
        let allGeneral: Bool
        let anySpecialised: Bool
    }

    /// `ImmediateHelpDefinition.isImmediateHelp`, for every start at once: a start is immediate help unless a
    /// ruling-out conclusion happened at or before it (and within the look-back). Starts and conclusions are both in
    /// time order, so one walk over each suffices.
    private mutating func markImmediateHelp(conclusions: [Date]) {
        let lookbackMonths = settings.courseRules.immediateHelp.lookbackMonths
        var next = 0
        var latest: Date?
        for index in starts.indices {
            let startedAt = starts[index].at
            while next < conclusions.count, conclusions[next] <= startedAt {
                latest = conclusions[next]
                next += 1
            }
            let earliest = lookbackMonths.map { DanishTime.startOfDay(starts[index].day.adding(months: -$0)) } ?? .distantPast
            starts[index].immediateHelp = latest.map { $0 < earliest } ?? true
        }
    }

    /// A professional notification is preceded by a network meeting held before it, no earlier than the window's first
    /// day.
    private mutating func markNetworkMeetingsFirst() {
        var next = 0
        var latest: Date?
        for index in notifications.indices {
            let receivedAt = notifications[index].at
            while next < meetings.count, meetings[next].at < receivedAt {
                latest = meetings[next].at
                next += 1
            }
            let earliest = DanishTime.startOfDay(notifications[index].day.adding(days: -settings.networkMeetingWindowDays))
            notifications[index].precededByNetworkMeeting = latest.map { $0 >= earliest } ?? false
        }
    }

    /// A decision heard the child when the entry it names is a held conversation or the child's own views (as the course
    /// now reads it) from the window before the decision — or within the journal's clock tolerance after it, as the
    /// decision was accepted.
    private mutating func markHeard(voices: [UUID: (at: Date, childsOwn: Bool)]) {
        for index in decisions.indices {
            let decision = decisions[index]
            switch decision.views {
            case .notHeard:
                decisions[index].heard = .statedReason
            case .heardIn(let id):
                let earliest = DanishTime.startOfDay(decision.day.adding(days: -settings.childsViewsWindowDays))
                if let voice = voices[id], voice.childsOwn, voice.at >= earliest,
                   voice.at <= decision.at.addingTimeInterval(JournalRules.clockTolerance) {
                    decisions[index].heard = .heard
                }
            }
        }
    }
}
