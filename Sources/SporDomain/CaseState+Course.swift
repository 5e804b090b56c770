import Foundation

extension CaseState {
    /// One caseworker's time on the child's case.
    public struct CaseworkerPeriod: Sendable, Hashable {
        public let caseworker: UUID
        public let from: Date
        /// When another caseworker took over or the case closed; nil while it lasts.
        public internal(set) var until: Date?
    }

    /// A measure or placement running now.
    public struct ActiveMeasure: Sendable, Hashable {
        /// Its start entry.
        public let entry: UUID
        public let offer: String
        public let since: Date
        public let legalBasis: LegalBasis
        public let isPlacement: Bool
        /// Began as immediate help (straks-indsats), by the definition `Timeline.state(immediateHelp:)` was given.
        public internal(set) var immediateHelp: Bool
    }

    /// The placement running now (anbringelse).
    public struct ActivePlacement: Sendable, Hashable {
        public let entry: UUID
        public let offer: String
        public let kind: PlacementKind
        public let since: Date
        /// § 47.
        public let withoutConsent: Bool
        public let nearHome: Bool
        public let schoolKept: Bool
    }

    /// The plan in force.
    public struct PlanState: Sendable, Hashable {
        /// The latest version's entry.
        public let entry: UUID
        public let kind: ChildsPlan.Kind
        /// 1 for the case's first plan.
        public let version: Int
        public let madeAt: Date
        public let childsHopes: String?
        public internal(set) var goals: [GoalState]
    }

    public struct GoalState: Sendable, Hashable {
        public let goal: ChildsPlan.Goal
        /// The latest rating at a follow-up, from any version of the plan the goal was in.
        public internal(set) var latestRating: GoalRating?
        public internal(set) var ratedAt: Date?
    }

    /// The caseworkers the child had at any time in the `months` before `now`, in the order they came: "3rd
    /// caseworker in 2 years" is `caseworkers(withinMonths: 24, now:).count` when the last is the current one.
    public func caseworkers(withinMonths months: Int, now: Date) -> [UUID] {
        let windowStart = DanishTime.startOfDay(DanishTime.localDate(of: now).adding(months: -months))
        var seen: [UUID] = []
        for period in caseworkerHistory where period.from <= now && (period.until ?? .distantFuture) > windowStart {
            if !seen.contains(period.caseworker) { seen.append(period.caseworker) }
        }
        return seen
    }

    public func caseworkerCount(withinMonths months: Int, now: Date) -> Int {
        caseworkers(withinMonths: months, now: now).count
    }

    mutating func assign(_ newCaseworker: UUID, at instant: Date) {
        if let last = caseworkerHistory.last, last.until == nil {
            if last.caseworker == newCaseworker { return }
            caseworkerHistory[caseworkerHistory.count - 1].until = instant
        }
        caseworkerHistory.append(CaseworkerPeriod(caseworker: newCaseworker, from: instant, until: nil))
    }

    /// A closed case has no caseworker, help, plan or follow-up; a new case starts from nothing.
    mutating func closeCourse(at instant: Date) {
        if let last = caseworkerHistory.last, last.until == nil { caseworkerHistory[caseworkerHistory.count - 1].until = instant }
        activeMeasures = []
        activePlacement = nil
        plan = nil
        nextFollowUp = nil
    }

    mutating func applyCourse(_ payload: EntryPayload, at instant: Date, entry: UUID) {
        switch payload {
        case .measureStarted(let start):
            activeMeasures.append(ActiveMeasure(entry: entry, offer: start.offer, since: instant, legalBasis: start.legalBasis,
                                                isPlacement: false, immediateHelp: false))
        case .placementStarted(let start):
            activeMeasures.append(ActiveMeasure(entry: entry, offer: start.offer, since: instant, legalBasis: start.legalBasis,
                                                isPlacement: true, immediateHelp: false))
            activePlacement = ActivePlacement(entry: entry, offer: start.offer, kind: start.kind, since: instant,
                                              withoutConsent: start.withoutConsent, nearHome: start.nearHome, schoolKept: start.schoolKept)
        case .measureEnded(let end):
            activeMeasures.removeAll { $0.entry == end.measure }
        case .placementEnded(let end):
            activeMeasures.removeAll { $0.entry == end.placement }
            if activePlacement?.entry == end.placement { activePlacement = nil }
        case .plan(let newPlan):
            let earlier = plan?.goals ?? []
            let goals = newPlan.goals.map { goal in
                let before = earlier.first { $0.goal.id == goal.id }
                return GoalState(goal: goal, latestRating: before?.latestRating, ratedAt: before?.ratedAt)
            }
            plan = PlanState(entry: entry, kind: newPlan.kind, version: (plan?.version ?? 0) + 1, madeAt: instant,
                             childsHopes: newPlan.childsHopes, goals: goals)
        case .followUp(let followUp):
            for rating in followUp.ratings {
                guard let index = plan?.goals.firstIndex(where: { $0.goal.id == rating.goal }) else { continue }
                plan?.goals[index].latestRating = rating.rating
                plan?.goals[index].ratedAt = instant
            }
            nextFollowUp = followUp.outcome == .end ? nil : followUp.nextFollowUp
        default:
            break
        }
    }
}
