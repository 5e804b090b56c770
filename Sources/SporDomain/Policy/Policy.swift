/// A policy or strategy of the municipality, held as data so initiatives, follow-up rounds and the
/// yearly status report can point into it.
public struct Policy: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Politik, adopted by the municipal council (Kommunalbestyrelsen).
        case policy
        /// Strategi: the administration's longer-term direction under a policy.
        case strategy
    }

    public var id: PolicyID
    public var kind: Kind
    public var title: String
    /// The day it was adopted, where the sources give it.
    public var adopted: LocalDate?
    /// Who adopted it, e.g. "Kommunalbestyrelsen".
    public var adoptedBy: String?
    /// The vision, in the policy's own words, one statement a line.
    public var vision: [String]
    /// Strategiske spor (policy) or pejlemærker (strategy), in the document's order.
    public var tracks: [PolicyTrack]
    /// The years it is in force, where it is given (a new policy is added with its period; one it replaces keeps its
    /// own and stays readable).
    public var period: PolicyPeriod?

    public init(
        id: PolicyID, kind: Kind, title: String, adopted: LocalDate? = nil, adoptedBy: String? = nil,
        vision: [String] = [], tracks: [PolicyTrack], period: PolicyPeriod? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.adopted = adopted
        self.adoptedBy = adoptedBy
        self.vision = vision
        self.tracks = tracks
        self.period = period
    }

    public var goals: [PolicyGoal] { tracks.flatMap(\.goals) }
}

/// A strategic track (strategisk spor) of a policy, or a pejlemærke of a strategy: what it promises
/// and, for a strategy, its numbered goals.
public struct PolicyTrack: Sendable, Hashable, Codable, Identifiable {
    public var id: TrackID
    /// 1, 2, 3: the order in the document and the first part of its goals' numbers.
    public var number: Int
    public var title: String
    /// The track's motto, quoted in the document.
    public var statement: String
    /// What the document says the track is about ("Om pejlemærket"), in paragraphs.
    public var about: [String]
    /// What the municipality promises under the track ("… vil vi:" / "Det skal sikres, at:").
    public var promises: [String]
    /// Nøgleord, where the document lists them.
    public var keywords: [String]
    /// The document's further sections under the track (e.g. "Anbringelser"), with what they promise.
    public var themes: [PolicyTheme]
    public var goals: [PolicyGoal]
    /// Indicators that follow the track as a whole; the goals carry their own.
    public var indicators: [IndicatorID]

    public init(
        id: TrackID, number: Int, title: String, statement: String, about: [String] = [], promises: [String] = [],
        keywords: [String] = [], themes: [PolicyTheme] = [], goals: [PolicyGoal] = [], indicators: [IndicatorID] = []
    ) {
        self.id = id
        self.number = number
        self.title = title
        self.statement = statement
        self.about = about
        self.promises = promises
        self.keywords = keywords
        self.themes = themes
        self.goals = goals
        self.indicators = indicators
    }

    /// The track's own indicators, then its goals' in goal order, each once.
    public var allIndicators: [IndicatorID] {
        var seen = Set<IndicatorID>()
        return (indicators + goals.flatMap(\.indicators)).filter { seen.insert($0).inserted }
    }
}

/// A goal (målsætning) of a strategy's pejlemærke, e.g. 2.1 "Vi løser 70 procent af indsatserne …
/// som straks-indsatser".
public struct PolicyGoal: Sendable, Hashable, Codable, Identifiable {
    /// The goal's number, e.g. "1.1".
    public var id: GoalID
    public var text: String
    /// The indicators that measure the goal, by id.
    public var indicators: [IndicatorID]

    public init(id: GoalID, text: String, indicators: [IndicatorID] = []) {
        self.id = id
        self.text = text
        self.indicators = indicators
    }
}

/// A section of a policy under one of its tracks, e.g. "Anbringelser": its text and the points it
/// lists ("Det skal sikres, at: …").
public struct PolicyTheme: Sendable, Hashable, Codable {
    /// The section's heading; nil for a list in the track's own text.
    public var title: String?
    public var about: [String]
    /// The words that lead into the list, e.g. "Det skal sikres, at:".
    public var lead: String?
    public var points: [String]

    public init(title: String? = nil, about: [String] = [], lead: String? = nil, points: [String] = []) {
        self.title = title
        self.about = about
        self.lead = lead
        self.points = points
    }
}
