import Foundation

/// Netværksmøde — the policy's first response to a concern, structured by the SOS model (Signs of Safety).
public struct NetworkMeeting: Sendable, Hashable, Codable {
    /// Who took part. The policy: the child takes part ("we talk with them, not about them").
    public struct Participants: Sendable, Hashable, Codable {
        public var child: Bool
        public var parents: Bool
        public var network: Bool
        public var professions: [ConcernSource]

        public init(child: Bool, parents: Bool, network: Bool, professions: [ConcernSource]) {
            self.child = child
            self.parents = parents
            self.network = network
            self.professions = professions
        }
    }

    /// An agreed action: what, who, by when.
    public struct AgreedAction: Sendable, Hashable, Codable, Identifiable {
        public var id: UUID
        public var what: String
        /// A user of Spor.
        public var owner: UUID
        public var due: LocalDate

        public init(id: UUID = UUID(), what: String, owner: UUID, due: LocalDate) {
            self.id = id
            self.what = what
            self.owner = owner
            self.due = due
        }
    }

    /// The child's own view in the three houses (worries, good things, dreams), when the child took part.
    public struct ThreeHouses: Sendable, Hashable, Codable {
        public var worries: String
        public var goodThings: String
        public var dreams: String

        public init(worries: String, goodThings: String, dreams: String) {
            self.worries = worries
            self.goodThings = goodThings
            self.dreams = dreams
        }
    }

    public var participants: Participants
    /// Hvad er vi bekymrede for?
    public var worries: String
    /// Hvad går godt?
    public var workingWell: String
    /// Hvad skal der ske?
    public var needsToHappen: String
    /// 0 = the child cannot stay safe as things are; 10 = everyone agrees the child is safe enough to end our involvement.
    public var safetyScale: Int
    public var actions: [AgreedAction]
    public var childsView: ThreeHouses?
    /// Actions agreed at earlier meetings that this meeting records as done.
    public var completedActions: [UUID]

    public init(participants: Participants, worries: String, workingWell: String, needsToHappen: String, safetyScale: Int,
                actions: [AgreedAction] = [], childsView: ThreeHouses? = nil, completedActions: [UUID] = []) {
        self.participants = participants
        self.worries = worries
        self.workingWell = workingWell
        self.needsToHappen = needsToHappen
        self.safetyScale = safetyScale
        self.actions = actions
        self.childsView = childsView
        self.completedActions = completedActions
    }
}
