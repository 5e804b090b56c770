import Foundation

/// How often a contact plan's visits come round.
public enum ContactPeriod: String, Sendable, Codable, CaseIterable {
    case week
    /// Every 14 days.
    case fortnight
    /// A month counts as 30 days when the visits due are counted.
    case month

    public var days: Int {
        switch self {
        case .week: 7
        case .fortnight: 14
        case .month: 30
        }
    }
}

/// Samvær og kontakt (Barnets Lov, the chapter on contact during a placement, §§ 103–107): with whom a placed child has
/// visits, how often, whether they are supervised (*overvåget samvær*) and from which day. A new plan for the same
/// placement supersedes the one before (as a child's plan's new version does).
public struct ContactPlan: Sendable, Hashable, Codable {
    /// The placement's start entry.
    public var placement: UUID
    /// The plan for the same placement this one replaces; nil for the placement's first.
    public var supersedes: UUID?
    /// A person of the child's household (a relation's person id), or …
    public var person: UUID?
    /// … someone else, named.
    public var otherName: String?
    /// Visits per period.
    public var visits: Int
    public var period: ContactPeriod
    /// Overvåget samvær: a legal question, nil while unanswered (refused so).
    public var supervised: Bool?
    /// From which day.
    public var from: LocalDate
    public var note: String?

    public static let maximumNameLength = 200
    public static let maximumVisits = 31

    public init(placement: UUID, supersedes: UUID? = nil, person: UUID? = nil, otherName: String? = nil, visits: Int,
                period: ContactPeriod, supervised: Bool?, from: LocalDate, note: String? = nil) {
        self.placement = placement
        self.supersedes = supersedes
        self.person = person
        self.otherName = otherName
        self.visits = visits
        self.period = period
        self.supervised = supervised
        self.from = from
        self.note = note
    }

    /// The visits due from `from` up to and including `day` (and not after `end`, when the plan stopped): one set of
    /// `visits` for every whole period passed.
    public func visitsDue(through day: LocalDate, end: LocalDate? = nil) -> Int {
        let last = end.map { min($0, day) } ?? day
        guard last >= from else { return 0 }
        return (last.dayNumber - from.dayNumber + 1) / period.days * visits
    }
}

/// Who cancelled a contact visit.
public enum ContactCanceller: String, Sendable, Codable, CaseIterable {
    case parent, child, placement, municipality
}

/// A contact visit recorded against a contact plan: held on its day, or cancelled (by whom, and why).
public struct ContactVisit: Sendable, Hashable, Codable {
    /// The contact plan's entry.
    public var plan: UUID
    /// The day it was held, or was to be held.
    public var day: LocalDate
    /// Nil: the visit was held.
    public var cancelledBy: ContactCanceller?
    /// Why it was cancelled (required when cancelled).
    public var reason: String?
    public var note: String?

    public init(plan: UUID, day: LocalDate, cancelledBy: ContactCanceller? = nil, reason: String? = nil, note: String? = nil) {
        self.plan = plan
        self.day = day
        self.cancelledBy = cancelledBy
        self.reason = reason
        self.note = note
    }

    public var wasHeld: Bool { cancelledBy == nil }
}

/// A contact plan as the course reads it, with the visits recorded against it.
public struct ContactPlanReading: Sendable {
    public let entry: Entry
    public let plan: ContactPlan
    /// The plan that replaced it, if any.
    public let supersededBy: UUID?
    /// The day the plan stopped: its successor's first day, or the day its placement ended; nil while it runs.
    public let end: LocalDate?
    /// Oldest first by day.
    public let visits: [(entry: Entry, visit: ContactVisit)]

    public var held: Int { visits.filter(\.visit.wasHeld).count }
    public var cancelled: Int { visits.count - held }

    /// The plan is kept when the visits held reach those due by its frequency up to `day`.
    public func isKept(through day: LocalDate) -> Bool { held >= plan.visitsDue(through: day, end: end) }
}

extension Timeline {
    /// Every contact plan the course holds (corrections applied, voided entries left out), oldest first, each with its
    /// visits, its successor and the day it stopped.
    public var contactPlans: [ContactPlanReading] {
        var plans: [(Entry, ContactPlan)] = []
        var visits: [UUID: [(entry: Entry, visit: ContactVisit)]] = [:]
        var placementEnds: [UUID: LocalDate] = [:]
        for item in items {
            switch item.effective {
            case .contactPlan(let plan)?: plans.append((item.entry, plan))
            case .contactVisit(let visit)?: visits[visit.plan, default: []].append((item.entry, visit))
            case .placementEnded(let end)?: placementEnds[end.placement] = DanishTime.localDate(of: item.entry.occurredAt)
            default: break
            }
        }
        return plans.map { entry, plan in
            let successor = plans.first { $0.1.supersedes == entry.id }
            let end = [successor.map { $0.1.from.adding(days: -1) }, placementEnds[plan.placement]].compactMap { $0 }.min()
            return ContactPlanReading(entry: entry, plan: plan, supersededBy: successor?.0.id, end: end,
                                      visits: (visits[entry.id] ?? []).sorted { $0.visit.day < $1.visit.day })
        }
    }

    /// The plan in force for a placement: the latest, not superseded.
    public func currentContactPlan(placement: UUID) -> ContactPlanReading? {
        contactPlans.last { $0.plan.placement == placement && $0.supersededBy == nil }
    }
}

extension JournalRules {
    /// A contact plan is made for a placement of this child running when it is made, replaces the plan in force for that
    /// placement (none for the first), names one person, a frequency and a first day, and answers whether the visits are
    /// supervised.
    static func validateContactPlan(_ plan: ContactPlan, course: CourseReader) throws(DomainError) {
        guard let placement = course.earlier(plan.placement, kind: .placementStarted) else {
            throw DomainError(.placementNotRunning, field: "placement")
        }
        let before = course.timelineBefore
        guard before.state().activeMeasures.contains(where: { $0.entry == plan.placement && $0.isPlacement }) else {
            throw DomainError(.placementNotRunning, field: "placement")
        }
        let current = before.currentContactPlan(placement: plan.placement)
        guard plan.supersedes == current?.entry.id else { throw DomainError(.contactPlanOutdated, field: "supersedes") }
        switch (plan.person, plan.otherName) {
        case (_?, nil): break
        case (nil, let name?):
            try requireText(name, field: "otherName")
            guard name.count <= ContactPlan.maximumNameLength else { throw DomainError(.textTooLong, field: "otherName") }
        default: throw DomainError(.contactPersonMissing, field: "person")
        }
        guard (1...ContactPlan.maximumVisits).contains(plan.visits) else { throw DomainError(.contactFrequencyInvalid, field: "visits") }
        guard plan.supervised != nil else { throw DomainError(.supervisionUnanswered, field: "supervised") }
        let placedOn = DanishTime.localDate(of: placement.entry.occurredAt)
        guard plan.from >= placedOn, plan.from <= course.day.adding(years: 1) else { throw DomainError(.dateInvalid, field: "from") }
        try optionalText(plan.note, field: "note")
    }

    /// A visit is recorded against a contact plan of this child whose placement still runs, on a day from the plan's first
    /// day up to the day it is recorded; a cancelled visit says why, a held one has no reason.
    static func validateContactVisit(_ visit: ContactVisit, course: CourseReader) throws(DomainError) {
        guard let item = course.earlier(visit.plan, kind: .contactPlan), case .contactPlan(let plan)? = item.effective else {
            throw DomainError(.contactPlanMissing, field: "plan")
        }
        guard course.stateBefore.activeMeasures.contains(where: { $0.entry == plan.placement && $0.isPlacement }) else {
            throw DomainError(.placementNotRunning, field: "plan")
        }
        guard visit.day >= plan.from, visit.day <= course.day else { throw DomainError(.dateInvalid, field: "day") }
        if visit.cancelledBy != nil {
            guard let reason = visit.reason, !reason.isBlank else { throw DomainError(.textMissing, field: "reason") }
            try requireText(reason, field: "reason")
        } else if visit.reason != nil {
            throw DomainError(.visitCancellationInvalid, field: "reason")
        }
        try optionalText(visit.note, field: "note")
    }
}
