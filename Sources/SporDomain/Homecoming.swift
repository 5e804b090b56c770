import Foundation

/// Hjemgivelsesplan (Barnets Lov, the chapter on homecoming, §§ 99–102): before a placed child moves home, the
/// municipality has decided on the homecoming (a `Decision` whose `homecoming` names the placement) and plans the
/// support that follows — offers from the catalogue, the contact with the family, the school — the day of the homecoming,
/// and for how long it follows up after it. A later plan for the same placement replaces the one before.
public struct HomecomingPlan: Sendable, Hashable, Codable {
    /// The placement's start entry.
    public var placement: UUID
    /// The granted decision on the homecoming.
    public var decision: UUID
    /// The day the child is to move home.
    public var homecomingOn: LocalDate
    /// Offer ids from the catalogue: the support after the homecoming (each granted by its own decision when it starts).
    public var support: [String]
    /// How the family is supported and kept in contact with around the homecoming.
    public var familyContact: String
    /// Daycare or school after the homecoming.
    public var school: String
    /// The follow-up period after the homecoming, in months.
    public var followUpMonths: Int
    public var note: String?

    /// (verify) The shortest follow-up period: read as 6 months (see `DeadlineRule.homecomingFollowUp`'s note); the
    /// plan may set a longer one, up to `maximumFollowUpMonths`.
    public static let minimumFollowUpMonths = 6
    public static let maximumFollowUpMonths = 24

    public init(placement: UUID, decision: UUID, homecomingOn: LocalDate, support: [String], familyContact: String, school: String,
                followUpMonths: Int, note: String? = nil) {
        self.placement = placement
        self.decision = decision
        self.homecomingOn = homecomingOn
        self.support = support
        self.familyContact = familyContact
        self.school = school
        self.followUpMonths = followUpMonths
        self.note = note
    }
}

/// Opfølgning efter hjemgivelse: how the child is doing at home, on the homecoming (the placement's end that followed a
/// homecoming plan). Within the plan's follow-up period it sets the next follow-up; from the period's end it may close it.
public struct HomecomingFollowUp: Sendable, Hashable, Codable {
    /// The placement's end entry (the homecoming).
    public var homecoming: UUID
    public var assessment: String
    /// Required while the follow-up period runs.
    public var nextFollowUp: LocalDate?

    public init(homecoming: UUID, assessment: String, nextFollowUp: LocalDate? = nil) {
        self.homecoming = homecoming
        self.assessment = assessment
        self.nextFollowUp = nextFollowUp
    }
}

/// A placement's homecoming as the course reads it: its decisions, the plan in force, the end, the follow-ups.
public struct HomecomingReading: Sendable {
    /// The placement's start entry.
    public let placement: UUID
    /// Decisions on the homecoming, oldest first (a refusal, then a grant, …).
    public let decisions: [(entry: Entry, decision: Decision)]
    /// The latest plan.
    public let plan: (entry: Entry, plan: HomecomingPlan)?
    /// The placement's end when it followed the plan (the homecoming).
    public let end: Entry?
    /// Oldest first.
    public let followUps: [(entry: Entry, followUp: HomecomingFollowUp)]

    /// The granted decision the plan may follow: the latest grant.
    public var grantedDecision: (entry: Entry, decision: Decision)? { decisions.last { $0.decision.outcome.grants } }

    /// The last day of the follow-up period: the plan's months from the day of the homecoming.
    public var followUpUntil: LocalDate? {
        guard let end, let plan else { return nil }
        return DanishTime.localDate(of: end.occurredAt).adding(months: plan.plan.followUpMonths)
    }

    /// The follow-up period has ended with a follow-up on or after its last day that set no next one.
    public var isClosed: Bool {
        guard let until = followUpUntil, let last = followUps.last else { return false }
        return last.followUp.nextFollowUp == nil && DanishTime.localDate(of: last.entry.occurredAt) >= until
    }
}

extension Timeline {
    /// Every placement's homecoming course that has begun (a decision on it at least), oldest placement first.
    public var homecomings: [HomecomingReading] {
        var order: [UUID] = []
        var decisions: [UUID: [(entry: Entry, decision: Decision)]] = [:]
        var plans: [UUID: (entry: Entry, plan: HomecomingPlan)] = [:]
        var ends: [UUID: Entry] = [:]
        var followUps: [UUID: [(entry: Entry, followUp: HomecomingFollowUp)]] = [:]
        for item in items {
            switch item.effective {
            case .decision(let decision)?:
                guard let placement = decision.homecoming else { continue }
                if decisions[placement] == nil { order.append(placement) }
                decisions[placement, default: []].append((item.entry, decision))
            case .homecomingPlan(let plan)?: plans[plan.placement] = (item.entry, plan)
            case .placementEnded(let end)? where end.homecomingPlan != nil: ends[end.placement] = item.entry
            case .homecomingFollowUp(let followUp)?: followUps[followUp.homecoming, default: []].append((item.entry, followUp))
            default: break
            }
        }
        return order.map { placement in
            let end = ends[placement]
            return HomecomingReading(placement: placement, decisions: decisions[placement] ?? [], plan: plans[placement], end: end,
                                     followUps: end.map { followUps[$0.id] ?? [] } ?? [])
        }
    }
}

extension JournalRules {
    /// A decision on a homecoming names a placement of this child running when it is made, on that placement's provision,
    /// and grants no offer itself (the support after it is planned in the homecoming plan, each offer granted when it
    /// starts).
    static func validateHomecomingDecision(_ decision: Decision, placement: UUID, course: CourseReader) throws(DomainError) {
        guard let start = course.earlier(placement, kind: .placementStarted), case .placementStarted(let placed)? = start.effective,
              course.stateBefore.activeMeasures.contains(where: { $0.entry == placement && $0.isPlacement }) else {
            throw DomainError(.placementNotRunning, field: "placement")
        }
        guard decision.legalBasis == placed.legalBasis, decision.bases == nil else { throw DomainError(.legalBasisMismatch, field: "legalBasis") }
        guard decision.offers.isEmpty else { throw DomainError(.homecomingDecisionWithOffers, field: "offers") }
    }

    /// A homecoming plan is made for a placement of this child still running, after a granted decision on its
    /// homecoming; it names offers of the catalogue, the family's contact and the school, a day of homecoming from the
    /// decision's day up to a year ahead, and a follow-up period of at least the shortest.
    static func validateHomecomingPlan(_ plan: HomecomingPlan, course: CourseReader, context: JournalContext) throws(DomainError) {
        guard course.stateBefore.activeMeasures.contains(where: { $0.entry == plan.placement && $0.isPlacement }) else {
            throw DomainError(.placementNotRunning, field: "placement")
        }
        guard let item = course.earlier(plan.decision, kind: .decision), case .decision(let decision)? = item.effective,
              decision.homecoming == plan.placement, decision.outcome.grants else {
            throw DomainError(.homecomingDecisionMissing, field: "decision")
        }
        let decided = DanishTime.localDate(of: item.entry.occurredAt)
        guard plan.homecomingOn >= decided, plan.homecomingOn <= course.day.adding(years: 1) else {
            throw DomainError(.dateInvalid, field: "homecomingOn")
        }
        for offer in plan.support where context.offers[offer] == nil { throw DomainError(.offerUnknown, field: "support") }
        try requireText(plan.familyContact, field: "familyContact")
        try requireText(plan.school, field: "school")
        guard (HomecomingPlan.minimumFollowUpMonths...HomecomingPlan.maximumFollowUpMonths).contains(plan.followUpMonths) else {
            throw DomainError(.homecomingFollowUpPeriodInvalid, field: "followUpMonths")
        }
        try optionalText(plan.note, field: "note")
    }

    /// A placement's end names the homecoming plan it follows only as a homecoming, and only a plan for that placement; once
    /// a homecoming plan exists for the placement, a homecoming ends it by naming the plan in force. (An end recorded as a
    /// homecoming before plans existed names none and reads as it was written.)
    static func validatePlacementEndAsHomecoming(_ end: PlacementEnd, course: CourseReader) throws(DomainError) {
        let plan = course.timelineBefore.homecomings.first { $0.placement == end.placement }?.plan
        if let named = end.homecomingPlan {
            guard end.reason == .homecoming else { throw DomainError(.homecomingPlanMissing, field: "reason") }
            guard let plan, plan.entry.id == named else { throw DomainError(.homecomingPlanMissing, field: "homecomingPlan") }
        } else if end.reason == .homecoming, plan != nil {
            throw DomainError(.homecomingPlanMissing, field: "homecomingPlan")
        }
    }

    /// A follow-up after a homecoming is on a homecoming of this child that followed a plan; while the plan's follow-up
    /// period runs it sets the next follow-up, after the day it is made.
    static func validateHomecomingFollowUp(_ followUp: HomecomingFollowUp, course: CourseReader) throws(DomainError) {
        guard course.earlier(followUp.homecoming, kind: .placementEnded) != nil,
              let reading = course.timelineBefore.homecomings.first(where: { $0.end?.id == followUp.homecoming }),
              let until = reading.followUpUntil else {
            throw DomainError(.homecomingMissing, field: "homecoming")
        }
        try requireText(followUp.assessment, field: "assessment")
        if let next = followUp.nextFollowUp {
            guard next > course.day, next <= course.day.adding(years: 1) else { throw DomainError(.dateInvalid, field: "nextFollowUp") }
        } else if course.day < until {
            throw DomainError(.nextFollowUpMissing, field: "nextFollowUp")
        }
    }
}
