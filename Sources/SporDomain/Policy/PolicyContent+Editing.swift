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
