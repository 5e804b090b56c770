import Foundation

/// A task that is not a legal deadline, finished (or not) by someone who owns it: an action agreed at a network
/// meeting, or a message a family sent from *Min side*. The task's obligation reads it (`RuleBook.obligations`).
public struct TaskCompletion: Sendable, Hashable {
    /// What is completed.
    public enum Task: Sendable, Hashable {
        /// An action agreed at the network meeting `meeting` (SOS: "What needs to happen?").
        case agreedAction(meeting: UUID, action: UUID)
        /// A message the family sent from *Min side* (an `ownViews` entry sent from the portal).
        case portalMessage(entry: UUID)

        /// The entry that started the task's obligation.
        public var trigger: UUID {
            switch self {
            case .agreedAction(let meeting, _): meeting
            case .portalMessage(let entry): entry
            }
        }

        /// The agreed action, for an agreed action.
        public var action: UUID? {
            if case .agreedAction(_, let action) = self { action } else { nil }
        }
    }

    /// How it went.
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        /// *Udført*: the task leaves every list.
        case done
        /// *Ikke udført*: the task stays open and moves to the child's caseworker (or the district's team), with the
        /// comment saying why.
        case notDone
        /// *Annulleret* by the child's caseworker: no longer to be done, with the comment saying why. It leaves every
        /// list without having been done.
        case cancelled
    }

    public var task: Task
    public var outcome: Outcome
    /// The day it was done (or found not done); not after the day it is recorded, not before the task began.
    public var completedOn: LocalDate
    /// Why, for an action not done or cancelled (required); optional when done.
    public var comment: String

    public init(task: Task, outcome: Outcome, completedOn: LocalDate, comment: String = "") {
        self.task = task
        self.outcome = outcome
        self.completedOn = completedOn
        self.comment = comment
    }

    /// Whether it takes the task off every list (done or cancelled); not done leaves it open.
    public var closesTask: Bool { outcome != .notDone }
}

/// *Ikke relevant*: a deadline that the caseworker judges does not apply to this child, with the reason. A legal
/// deadline is never just dismissed: the mark takes it off the lists, the team lead sees it with its reason, and the
/// `deadlines-met` indicator counts it as missed unless its rule allows it (`DeadlineRule.mayBeNotRelevant`).
public struct DeadlineNotRelevant: Sendable, Hashable, Codable {
    /// The rule's id, e.g. "receipt-6-working-days".
    public var rule: String
    /// The entry that started the obligation.
    public var trigger: UUID
    /// The agreed action, for a rule of scope `eachAgreedAction`.
    public var action: UUID?
    public var reason: String

    public init(rule: String, trigger: UUID, action: UUID? = nil, reason: String) {
        self.rule = rule
        self.trigger = trigger
        self.action = action
        self.reason = reason
    }
}

/// Stored flat, so the JSON reads as the form did: `{"task": "agreedAction", "meeting": …, "action": …, …}`.
extension TaskCompletion: Codable {
    private enum CodingKeys: String, CodingKey { case task, meeting, action, entry, outcome, completedOn, comment }
    private enum TaskKind: String, Codable { case agreedAction, portalMessage }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(TaskKind.self, forKey: .task) {
        case .agreedAction:
            task = .agreedAction(meeting: try container.decode(UUID.self, forKey: .meeting),
                                 action: try container.decode(UUID.self, forKey: .action))
        case .portalMessage:
            task = .portalMessage(entry: try container.decode(UUID.self, forKey: .entry))
        }
        outcome = try container.decode(Outcome.self, forKey: .outcome)
        completedOn = try container.decode(LocalDate.self, forKey: .completedOn)
        comment = try container.decodeIfPresent(String.self, forKey: .comment) ?? ""
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch task {
        case .agreedAction(let meeting, let action):
            try container.encode(TaskKind.agreedAction, forKey: .task)
            try container.encode(meeting, forKey: .meeting)
            try container.encode(action, forKey: .action)
        case .portalMessage(let entry):
            try container.encode(TaskKind.portalMessage, forKey: .task)
            try container.encode(entry, forKey: .entry)
        }
        try container.encode(outcome, forKey: .outcome)
        try container.encode(completedOn, forKey: .completedOn)
        try container.encode(comment, forKey: .comment)
    }
}
