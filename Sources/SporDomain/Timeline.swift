import Foundation

/// One child's course: its entries in the order they happened, with corrections applied.
public struct Timeline: Sendable {
    /// An entry as the course now reads it.
    public struct Item: Sendable, Hashable {
        public let entry: Entry
        /// Corrections of this entry, oldest first.
        public let corrections: [Entry]
        /// What the course holds now: the original, the latest replacement, or nil when voided.
        public let effective: EntryPayload?

        public var isCorrected: Bool { !corrections.isEmpty }
    }

    /// All entries, corrections included, oldest first.
    public let entries: [Entry]
    /// Entries other than corrections, oldest first, each with its corrections.
    public let items: [Item]

    /// A full recompute of the indicators makes a timeline for every child: corrections are rare, so the items are made
    /// without a look-up by id unless the course has one.
    public init(_ entries: [Entry]) {
        let sorted = entries.sorted(by: Timeline.happenedBefore)
        self.entries = sorted
        var corrections: [UUID: [Entry]] = [:]
        for entry in sorted {
            if let target = entry.corrects { corrections[target, default: []].append(entry) }
        }
        guard !corrections.isEmpty else {
            self.items = sorted.compactMap { $0.kind == .correction ? nil : Item(entry: $0, corrections: [], effective: $0.payload) }
            return
        }
        self.items = sorted.filter { $0.kind != .correction }.map { entry in
            // The latest correction decides, by when it was recorded.
            let own = (corrections[entry.id] ?? []).sorted { $0.recordedAt < $1.recordedAt }
            var effective: EntryPayload? = entry.payload
            if let latest = own.last, case .correction(let correction) = latest.payload {
                effective = correction.replacement
            }
            return Item(entry: entry, corrections: own, effective: effective)
        }
    }

    /// The entry with this id, if the course has it: found by going through the course, which is cheaper than keeping
    /// a look-up for the few callers (in the demo, a course has 18 entries on average and at most 204).
    public func entry(id: UUID) -> Entry? { entries.last { $0.id == id } }

    /// The course's order: when it happened, then when it was recorded, then the id's text (only for exact ties, so the
    /// text is rarely made).
    static func happenedBefore(_ a: Entry, _ b: Entry) -> Bool {
        if a.occurredAt != b.occurredAt { return a.occurredAt < b.occurredAt }
        if a.recordedAt != b.recordedAt { return a.recordedAt < b.recordedAt }
        return a.id.uuidString < b.id.uuidString
    }

    /// The fold: the state of the case after every entry. `immediateHelp` tells which active measures began as
    /// immediate help.
    public func state(immediateHelp: ImmediateHelpDefinition = .standard) -> CaseState {
        var state = CaseState()
        for item in items {
            guard let payload = item.effective else { continue }
            state.apply(payload, at: item.entry.occurredAt, entry: item.entry.id)
        }
        for index in state.activeMeasures.indices {
            if let start = entry(id: state.activeMeasures[index].entry) {
                state.activeMeasures[index].immediateHelp = immediateHelp.isImmediateHelp(start, in: self)
            }
        }
        state.entryCount = entries.count
        state.lastEntryAt = entries.map(\.recordedAt).max()
        return state
    }
}

/// What the journal says about a child's case now.
public struct CaseState: Sendable, Hashable {
    public var isOpen = false
    public var openedAt: Date?
    public var closedAt: Date?
    public var caseworker: UUID?
    /// Assignments that replaced another caseworker.
    public var caseworkerChanges = 0
    public var concernLevel: ConcernLevel?
    public var concernHistory: [ConcernReading] = []
    public var entryCount = 0
    public var lastEntryAt: Date?
    /// Every caseworker the child has had, oldest first, across cases.
    public var caseworkerHistory: [CaseworkerPeriod] = []
    /// Measures and placements running now, oldest first.
    public var activeMeasures: [ActiveMeasure] = []
    public var activePlacement: ActivePlacement?
    /// The plan in force (its latest version), with each goal's latest rating.
    public var plan: PlanState?
    /// The day the latest follow-up set for the next one (nil once a follow-up ends the measures).
    public var nextFollowUp: LocalDate?

    public struct ConcernReading: Sendable, Hashable {
        public let at: Date
        public let level: ConcernLevel
    }

    public init() {}

    mutating func apply(_ payload: EntryPayload, at instant: Date, entry: UUID) {
        if case .caseClosed = payload {
            isOpen = false
            closedAt = instant
            // A closed case has no caseworker; the next case starts without one.
            caseworker = nil
            closeCourse(at: instant)
            return
        }
        if !isOpen {
            // A note after the closure records a fact; only a new worry or an assignment opens a case again.
            guard payload.kind.opensCase else { return }
            isOpen = true
            openedAt = instant
            closedAt = nil
        }
        switch payload {
        case .concern(let concern):
            concernLevel = concern.level
            concernHistory.append(ConcernReading(at: instant, level: concern.level))
        case .caseworkerAssigned(let assignment):
            if let current = caseworker, current != assignment.caseworker { caseworkerChanges += 1 }
            assign(assignment.caseworker, at: instant)
            caseworker = assignment.caseworker
        case .measureStarted, .measureEnded, .placementStarted, .placementEnded, .plan, .followUp:
            applyCourse(payload, at: instant, entry: entry)
        case .homecomingPlan, .homecomingFollowUp, .fosterCarers:
            // Read by `Timeline.homecomings` and `Timeline.fosterCarers`.
            break
        case .journalNote, .consultation, .caseClosed, .correction, .notification, .urgencyAssessment, .receiptSent, .notifierFeedback,
             .networkMeeting, .focusedAssessment, .focusedAssessmentConcluded, .investigation, .investigationConcluded,
             .preliminaryAssessment, .childConversation, .ownViews, .decision, .transition, .handoverMeeting, .taskCompleted,
             .deadlineNotRelevant, .letter, .letterHandedOver, .attachment, .schooling,
             .contactPlan, .contactVisit, .preparednessStep:
            break
        }
    }
}
