/// Where an initiative (tiltag, indsats or projekt) stands.
public enum InitiativeStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Planlagt: decided or under way, not yet started.
    case planned
    /// Igangværende.
    case running
    /// Under forankring: delivered, now being made part of everyday practice.
    case beingAnchored
    /// Forankret: part of everyday practice; no longer followed up as a project.
    case anchored
    /// Stoppet. Final: a stopped initiative takes no more status updates.
    case stopped

    /// Statuses whose owner is asked for a status in each half-yearly follow-up round.
    public var isFollowedUp: Bool { self == .running || self == .beingAnchored }
}

/// A dated status on an initiative, as its owner reports it in a follow-up round or as a status note
/// to the committee states it.
public struct StatusUpdate: Sendable, Hashable, Codable {
    public var date: LocalDate
    /// The initiative's status from this day.
    public var status: InitiativeStatus
    /// The status in words.
    public var text: String
    /// Næste skridt, as of this update; empty when none are named.
    public var nextSteps: [String]
    /// The follow-up round the update answers, if any.
    public var round: FollowUpRoundID?
    /// Where the update comes from when it is not a round's answer, e.g. the status note it quotes.
    public var source: String?

    public init(
        date: LocalDate, status: InitiativeStatus, text: String, nextSteps: [String] = [],
        round: FollowUpRoundID? = nil, source: String? = nil
    ) {
        self.date = date
        self.status = status
        self.text = text
        self.nextSteps = nextSteps
        self.round = round
        self.source = source
    }
}

/// An initiative that carries out a policy: a local project, a cross-sector measure, a method
/// being introduced. Its status and next steps are its latest update's, or, before any update, the
/// ones it was first described with.
public struct Initiative: Sendable, Hashable, Codable, Identifiable {
    public var id: InitiativeID
    public var name: String
    public var description: String
    /// Samarbejdspartnere: units and organisations, as the source names them.
    public var partners: [String]
    /// The strategic track it serves, where the source places it.
    public var track: TrackID?
    /// The goals it serves, where the source names them.
    public var goals: [GoalID]
    /// The role or unit that answers for it (never a person), where the source names one.
    public var owner: String?
    public var start: LocalDate?
    /// The status it was first described with, before any dated update; nil when the source
    /// describes it only through its updates.
    public var initialStatus: InitiativeStatus?
    public var initialNextSteps: [String]
    /// Where the first description comes from.
    public var source: String?
    /// Oldest first.
    public private(set) var updates: [StatusUpdate]

    public init(
        id: InitiativeID, name: String, description: String, partners: [String] = [], track: TrackID? = nil,
        goals: [GoalID] = [], owner: String? = nil, start: LocalDate? = nil, status: InitiativeStatus? = nil,
        nextSteps: [String] = [], source: String? = nil, updates: [StatusUpdate] = []
    ) throws(PolicyError) {
        guard !id.rawValue.isBlank else { throw PolicyError(.textMissing, field: "id") }
        guard !name.isBlank else { throw PolicyError(.textMissing, field: "name") }
        guard status != nil || !updates.isEmpty else { throw PolicyError(.textMissing, field: "status") }
        self.id = id
        self.name = name
        self.description = description
        self.partners = partners
        self.track = track
        self.goals = goals
        self.owner = owner
        self.start = start
        self.initialStatus = status
        self.initialNextSteps = nextSteps
        self.source = source
        self.updates = []
        for update in updates { try record(update) }
    }

    /// Every initiative has an initial status or at least one update (`init` sees to it).
    public var status: InitiativeStatus { updates.last?.status ?? initialStatus ?? .planned }
    public var nextSteps: [String] { updates.last?.nextSteps ?? initialNextSteps }
    public var latestUpdate: StatusUpdate? { updates.last }

    /// The latest update dated on or before `day`.
    public func latestUpdate(onOrBefore day: LocalDate) -> StatusUpdate? {
        updates.last { $0.date <= day }
    }

    /// The status in force at the end of `day`; nil before the first update of an initiative that
    /// has no initial status.
    public func status(on day: LocalDate) -> InitiativeStatus? {
        latestUpdate(onOrBefore: day)?.status ?? initialStatus
    }

    public func nextSteps(on day: LocalDate) -> [String] {
        latestUpdate(onOrBefore: day)?.nextSteps ?? initialNextSteps
    }

    /// Adds a status update. Updates come in date order and not before the start; a stopped
    /// initiative takes none (restart it as a new initiative instead).
    public mutating func record(_ update: StatusUpdate) throws(PolicyError) {
        guard (updates.last?.status ?? initialStatus) != .stopped else { throw PolicyError(.initiativeStopped, field: "status") }
        guard !update.text.isBlank else { throw PolicyError(.textMissing, field: "text") }
        if let start, update.date < start { throw PolicyError(.updateBeforeStart, field: "date") }
        if let latest = updates.last, update.date < latest.date {
            throw PolicyError(.updateBeforeLatest, field: "date")
        }
        updates.append(update)
    }

    /// The initiative with `update` recorded.
    public func recording(_ update: StatusUpdate) throws(PolicyError) -> Initiative {
        var copy = self
        try copy.record(update)
        return copy
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, description, partners, track, goals, owner, start, initialStatus, initialNextSteps, source, updates
    }

    /// Decoding checks like `init`, so a stored initiative cannot hold an update after its stop.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            id: c.decode(InitiativeID.self, forKey: .id),
            name: c.decode(String.self, forKey: .name),
            description: c.decode(String.self, forKey: .description),
            partners: c.decode([String].self, forKey: .partners),
            track: c.decodeIfPresent(TrackID.self, forKey: .track),
            goals: c.decode([GoalID].self, forKey: .goals),
            owner: c.decodeIfPresent(String.self, forKey: .owner),
            start: c.decodeIfPresent(LocalDate.self, forKey: .start),
            status: c.decodeIfPresent(InitiativeStatus.self, forKey: .initialStatus),
            nextSteps: c.decode([String].self, forKey: .initialNextSteps),
            source: c.decodeIfPresent(String.self, forKey: .source),
            updates: c.decode([StatusUpdate].self, forKey: .updates)
        )
    }
}

extension InitiativeStatus {
    /// The status's name, as the tracker, the initiative page and the status report write it.
    public var name: LocalizedText {
        switch self {
        case .planned: LocalizedText(da: "Planlagt", en: "Planned")
        case .running: LocalizedText(da: "Igangværende", en: "Running")
        case .beingAnchored: LocalizedText(da: "Under forankring", en: "Being anchored")
        case .anchored: LocalizedText(da: "Forankret", en: "Anchored")
        case .stopped: LocalizedText(da: "Stoppet", en: "Stopped")
        }
    }
}
