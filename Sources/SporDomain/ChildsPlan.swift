import Foundation

/// Barnets plan (§§ 91–92) or ungeplan (§§ 108–109): concrete goals for the child's well-being and development,
/// made with the child and the parents, with the child's own hopes and dreams in the child's words.
///
/// Every version is kept: a new plan entry supersedes the latest version, and a goal keeps its id from version to
/// version so its ratings at follow-up carry over.
public struct ChildsPlan: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Barnets plan, §§ 91–92.
        case childsPlan
        /// Ungeplan, §§ 108–109 (from 16).
        case youngPersonsPlan
    }

    /// A concrete goal: what, by when, and how we will know it is reached.
    public struct Goal: Sendable, Hashable, Codable, Identifiable {
        /// Stable across versions of the plan.
        public var id: UUID
        public var what: String
        public var byWhen: LocalDate
        public var howWeWillKnow: String
        /// A health or leisure goal, where marked (`Leisure.swift`); nil in plans from before goals had an area.
        public var area: GoalArea?

        public init(id: UUID = UUID(), what: String, byWhen: LocalDate, howWeWillKnow: String, area: GoalArea? = nil) {
            self.id = id
            self.what = what
            self.byWhen = byWhen
            self.howWeWillKnow = howWeWillKnow
            self.area = area
        }
    }

    public var kind: Kind
    /// The version this one replaces: the latest plan of the case; nil for the case's first plan.
    public var supersedes: UUID?
    public var goals: [Goal]
    /// The child's own hopes and dreams, in the child's words (nil for a child too young to tell them).
    public var childsHopes: String?
    /// Made with the child and with the parents (§ 92, stk. 1: "så vidt muligt").
    public var madeWithChild: Bool
    public var madeWithParents: Bool
    /// The leisure activities the child takes part in (`Leisure.swift`); nil in plans from before leisure was recorded.
    public var leisure: [LeisureActivity]?

    public init(kind: Kind = .childsPlan, supersedes: UUID? = nil, goals: [Goal], childsHopes: String? = nil,
                madeWithChild: Bool, madeWithParents: Bool, leisure: [LeisureActivity]? = nil) {
        self.kind = kind
        self.supersedes = supersedes
        self.goals = goals
        self.childsHopes = childsHopes
        self.madeWithChild = madeWithChild
        self.madeWithParents = madeWithParents
        self.leisure = leisure
    }
}

/// How far a goal has come, as rated at a follow-up.
public enum GoalRating: String, Sendable, Hashable, Codable, CaseIterable {
    /// Ikke påbegyndt.
    case notStarted
    /// I gang / fremskridt.
    case progress
    /// Nået.
    case reached
    /// Opgivet.
    case dropped
}

/// Opfølgning, § 95: rates every goal of the plan, decides to continue, adjust or end, and — unless ending — sets
/// the next follow-up and says why then (§ 95, stk. 3: the decision on how to follow up is justified to the child and
/// the parents).
public struct FollowUp: Sendable, Hashable, Codable {
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        /// Fortsæt.
        case `continue`
        /// Justér.
        case adjust
        /// Afslut.
        case end
    }

    public struct Rating: Sendable, Hashable, Codable {
        public var goal: UUID
        public var rating: GoalRating
        public var note: String?

        public init(goal: UUID, rating: GoalRating, note: String? = nil) {
            self.goal = goal
            self.rating = rating
            self.note = note
        }
    }

    /// The measures and placements followed up (their start entries); at least one.
    public var measures: [UUID]
    /// One rating for each goal of the plan in force.
    public var ratings: [Rating]
    /// How the child is doing, and how the measures work.
    public var assessment: String
    public var outcome: Outcome
    /// Required unless the outcome is to end.
    public var nextFollowUp: LocalDate?
    /// Why the next follow-up is then.
    public var nextFollowUpReason: String?
    /// What holds now of the leisure last recorded (each with its status), and any begun since; nil in follow-ups from
    /// before leisure was recorded.
    public var leisure: [LeisureActivity]?

    public init(measures: [UUID], ratings: [Rating], assessment: String, outcome: Outcome, nextFollowUp: LocalDate?,
                nextFollowUpReason: String?, leisure: [LeisureActivity]? = nil) {
        self.leisure = leisure
        self.measures = measures
        self.ratings = ratings
        self.assessment = assessment
        self.outcome = outcome
        self.nextFollowUp = nextFollowUp
        self.nextFollowUpReason = nextFollowUpReason
    }
}
