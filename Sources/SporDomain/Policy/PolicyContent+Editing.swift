/// Policy staff add and edit initiatives (issue 23, item 5). Each save is a whole new version of the content
/// (the store keeps every earlier one); nothing is deleted, and an edited initiative keeps its status updates.
extension PolicyContent {
    /// What policy staff describe an initiative with: everything but its status updates.
    public struct InitiativeFacts: Sendable, Hashable {
        public var name: String
        public var description: String
        public var partners: [String]
        public var track: TrackID?
        public var goals: [GoalID]
        public var owner: String?
        public var start: LocalDate?

        public init(name: String, description: String, partners: [String] = [], track: TrackID? = nil, goals: [GoalID] = [],
                    owner: String? = nil, start: LocalDate? = nil) {
            self.name = name
            self.description = description
            self.partners = partners
            self.track = track
            self.goals = goals
            self.owner = owner
            self.start = start
        }
    }

    /// Refuses facts the content cannot hold, naming the form's field: an empty name, a track or goal that no
    /// policy has.
    public func check(_ facts: InitiativeFacts) throws(PolicyError) {
        guard !facts.name.isBlank else { throw PolicyError(.textMissing, field: "name") }
        if let track = facts.track, self.track(track) == nil { throw PolicyError(.trackUnknown, field: "track") }
        if facts.goals.contains(where: { goal($0) == nil }) { throw PolicyError(.goalUnknown, field: "goals") }
    }

    /// Adds a new initiative, planned, with the facts given.
    public mutating func addInitiative(_ id: InitiativeID, _ facts: InitiativeFacts, status: InitiativeStatus = .planned) throws(PolicyError) {
        try check(facts)
        guard initiative(id) == nil else { throw PolicyError(.duplicateID, field: "name") }
        try add(try Initiative(id: id, name: facts.name, description: facts.description, partners: facts.partners, track: facts.track,
                               goals: facts.goals, owner: facts.owner, start: facts.start, status: status))
    }

    /// Changes an initiative's facts; its status updates and first status stay as they were. A start after an update
    /// already recorded is refused (updates are never before the start).
    public mutating func editInitiative(_ id: InitiativeID, _ facts: InitiativeFacts) throws(PolicyError) {
        try check(facts)
        guard let index = initiatives.firstIndex(where: { $0.id == id }) else { throw PolicyError(.initiativeUnknown, field: "initiative") }
        let old = initiatives[index]
        let edited = try Initiative(id: old.id, name: facts.name, description: facts.description, partners: facts.partners,
                                    track: facts.track, goals: facts.goals, owner: facts.owner, start: facts.start,
                                    status: old.initialStatus, nextSteps: old.initialNextSteps, source: old.source, updates: old.updates)
        var list = initiatives
        list[index] = edited
        self = try PolicyContent(policies: policies, initiatives: list)
    }

    /// The initiatives that serve a goal, in the content's order.
    public func initiatives(servingGoal goal: GoalID) -> [Initiative] {
        initiatives.filter { $0.goals.contains(goal) }
    }
}

/// Policies, tracks and goals: added and edited the same way, each save a new version of the whole content. Nothing is
/// removed; a policy that a new one replaces keeps its period and stays readable.
extension PolicyContent {
    /// Adds a policy (or strategy) with its period and no tracks yet; its tracking starts at once, beside the others.
    public mutating func addPolicy(_ id: PolicyID, kind: Policy.Kind, title: String, period: PolicyPeriod) throws(PolicyError) {
        guard !title.isBlank else { throw PolicyError(.textMissing, field: "title") }
        guard policy(id) == nil else { throw PolicyError(.duplicateID, field: "title") }
        self = try PolicyContent(policies: policies + [Policy(id: id, kind: kind, title: title, tracks: [], period: period)], initiatives: initiatives)
    }

    /// Changes a policy's title and period; its tracks and goals stay.
    public mutating func editPolicy(_ id: PolicyID, title: String, period: PolicyPeriod?) throws(PolicyError) {
        guard !title.isBlank else { throw PolicyError(.textMissing, field: "title") }
        guard let index = policies.firstIndex(where: { $0.id == id }) else { throw PolicyError(.policyUnknown, field: "title") }
        var list = policies
        list[index].title = title
        list[index].period = period
        self = try PolicyContent(policies: list, initiatives: initiatives)
    }

    /// Adds a track (spor or pejlemærke) after the policy's last, numbered next.
    public mutating func addTrack(_ id: TrackID, to policyID: PolicyID, title: String, statement: String) throws(PolicyError) {
        guard !title.isBlank else { throw PolicyError(.textMissing, field: "title") }
        guard let index = policies.firstIndex(where: { $0.id == policyID }) else { throw PolicyError(.policyUnknown, field: "title") }
        guard track(id) == nil else { throw PolicyError(.duplicateID, field: "title") }
        var list = policies
        let number = (list[index].tracks.map(\.number).max() ?? 0) + 1
        list[index].tracks.append(PolicyTrack(id: id, number: number, title: title, statement: statement))
        self = try PolicyContent(policies: list, initiatives: initiatives)
    }

    /// Changes a track's title and statement; its goals stay.
    public mutating func editTrack(_ id: TrackID, title: String, statement: String) throws(PolicyError) {
        guard !title.isBlank else { throw PolicyError(.textMissing, field: "title") }
        var list = policies
        guard let (p, t) = Self.position(of: id, in: list) else { throw PolicyError(.trackUnknown, field: "title") }
        list[p].tracks[t].title = title
        list[p].tracks[t].statement = statement
        self = try PolicyContent(policies: list, initiatives: initiatives)
    }

    /// Adds a goal to a track, by its number (unique across the content), with the indicators that measure it.
    public mutating func addGoal(_ id: GoalID, to trackID: TrackID, text: String, indicators: [IndicatorID]) throws(PolicyError) {
        guard !id.rawValue.isBlank else { throw PolicyError(.textMissing, field: "number") }
        guard !text.isBlank else { throw PolicyError(.textMissing, field: "text") }
        guard goal(id) == nil else { throw PolicyError(.duplicateID, field: "number") }
        var list = policies
        guard let (p, t) = Self.position(of: trackID, in: list) else { throw PolicyError(.trackUnknown, field: "text") }
        list[p].tracks[t].goals.append(PolicyGoal(id: id, text: text, indicators: indicators))
        self = try PolicyContent(policies: list, initiatives: initiatives)
    }

    /// Changes a goal's text and indicators; its number stays, so the initiatives serving it still do.
    public mutating func editGoal(_ id: GoalID, text: String, indicators: [IndicatorID]) throws(PolicyError) {
        guard !text.isBlank else { throw PolicyError(.textMissing, field: "text") }
        var list = policies
        for p in list.indices {
            for t in list[p].tracks.indices {
                if let g = list[p].tracks[t].goals.firstIndex(where: { $0.id == id }) {
                    list[p].tracks[t].goals[g].text = text
                    list[p].tracks[t].goals[g].indicators = indicators
                    self = try PolicyContent(policies: list, initiatives: initiatives)
                    return
                }
            }
        }
        throw PolicyError(.goalUnknown, field: "number")
    }

    private static func position(of track: TrackID, in policies: [Policy]) -> (Int, Int)? {
        for p in policies.indices {
            if let t = policies[p].tracks.firstIndex(where: { $0.id == track }) { return (p, t) }
        }
        return nil
    }

    /// The policy that holds the track.
    public func policy(holding track: TrackID) -> Policy? {
        policies.first { $0.tracks.contains { $0.id == track } }
    }
}
