/// Everything the policy tracker holds: the policies with their tracks and goals, and the
/// initiatives that carry them out. `PolicyContent.standard` is Norddjurs' own, from the seeds.
public struct PolicyContent: Sendable, Hashable, Codable {
    public private(set) var policies: [Policy]
    public private(set) var initiatives: [Initiative]

    /// Checks that ids are unique and that every initiative's track and goals exist.
    public init(policies: [Policy], initiatives: [Initiative]) throws(PolicyError) {
        try Self.checkUnique(policies.map(\.id.rawValue), field: "policy")
        try Self.checkUnique(policies.flatMap(\.tracks).map(\.id.rawValue), field: "track")
        try Self.checkUnique(policies.flatMap(\.goals).map(\.id.rawValue), field: "goal")
        try Self.checkUnique(initiatives.map(\.id.rawValue), field: "initiative")
        for policy in policies {
            guard !policy.title.isBlank else { throw PolicyError(.textMissing, field: "title") }
            for track in policy.tracks {
                guard !track.title.isBlank else { throw PolicyError(.textMissing, field: "track-\(track.id)") }
                for goal in track.goals where goal.text.isBlank {
                    throw PolicyError(.textMissing, field: "goal-\(goal.id)")
                }
            }
        }
        let tracks = Set(policies.flatMap(\.tracks).map(\.id))
        let goals = Set(policies.flatMap(\.goals).map(\.id))
        for initiative in initiatives {
            if let track = initiative.track, !tracks.contains(track) {
                throw PolicyError(.trackUnknown, field: "initiative-\(initiative.id)")
            }
            if initiative.goals.contains(where: { !goals.contains($0) }) {
                throw PolicyError(.goalUnknown, field: "initiative-\(initiative.id)")
            }
        }
        self.policies = policies
        self.initiatives = initiatives
    }

    private static func checkUnique(_ ids: [String], field: String) throws(PolicyError) {
        var seen = Set<String>()
        for id in ids {
            guard !id.isBlank else { throw PolicyError(.textMissing, field: field) }
            guard seen.insert(id).inserted else { throw PolicyError(.duplicateID, field: "\(field)-\(id)") }
        }
    }

    public func policy(_ id: PolicyID) -> Policy? { policies.first { $0.id == id } }

    public func track(_ id: TrackID) -> PolicyTrack? {
        policies.lazy.flatMap(\.tracks).first { $0.id == id }
    }

    public func goal(_ id: GoalID) -> PolicyGoal? {
        policies.lazy.flatMap(\.goals).first { $0.id == id }
    }

    public func initiative(_ id: InitiativeID) -> Initiative? { initiatives.first { $0.id == id } }

    /// The track that holds the goal.
    public func track(holding goal: GoalID) -> PolicyTrack? {
        policies.lazy.flatMap(\.tracks).first { $0.goals.contains { $0.id == goal } }
    }

    /// Initiatives that serve the track: placed on it, or serving one of its goals.
    public func initiatives(serving track: PolicyTrack) -> [Initiative] {
        let goals = Set(track.goals.map(\.id))
        return initiatives.filter { $0.track == track.id || $0.goals.contains(where: goals.contains) }
    }

    /// Adds an initiative after the same checks as `init`.
    public mutating func add(_ initiative: Initiative) throws(PolicyError) {
        self = try PolicyContent(policies: policies, initiatives: initiatives + [initiative])
    }

    /// Records a status update on an initiative; see `Initiative.record(_:)` for what is refused.
    public mutating func record(_ update: StatusUpdate, on id: InitiativeID) throws(PolicyError) {
        guard let index = initiatives.firstIndex(where: { $0.id == id }) else {
            throw PolicyError(.initiativeUnknown, field: "initiative")
        }
        try initiatives[index].record(update)
    }

    private enum CodingKeys: String, CodingKey { case policies, initiatives }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            policies: c.decode([Policy].self, forKey: .policies),
            initiatives: c.decode([Initiative].self, forKey: .initiatives)
        )
    }
}
