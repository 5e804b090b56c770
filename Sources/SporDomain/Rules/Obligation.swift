import Foundation

/// One instance of a deadline rule: what one triggering entry obliges the municipality to do, by when,
/// and whether it was done.
public struct Obligation: Sendable, Hashable, Identifiable {
    /// The rule's id, e.g. "assessment-24h".
    public let rule: String
    public let child: UUID
    /// The entry that started it.
    public let trigger: UUID
    public let triggeredAt: Date
    /// The deadline. Met when discharged at or before it ("discharged by their due instant", `deadlines-met`).
    public let due: Date
    public let assignee: Assignee
    public let status: Status
    /// The entry that met it, if one did.
    public let dischargedBy: UUID?
    /// When that entry happened (its `occurredAt`).
    public let dischargedAt: Date?
    /// The agreed action this obligation is for (rules of scope `eachAgreedAction`).
    public let action: UUID?

    public init(rule: String, child: UUID, trigger: UUID, triggeredAt: Date, due: Date, assignee: Assignee,
                status: Status, dischargedBy: UUID?, dischargedAt: Date?, action: UUID? = nil) {
        self.rule = rule
        self.child = child
        self.trigger = trigger
        self.triggeredAt = triggeredAt
        self.due = due
        self.assignee = assignee
        self.status = status
        self.dischargedBy = dischargedBy
        self.dischargedAt = dischargedAt
        self.action = action
    }

    /// One rule starts at most one obligation per triggering entry.
    public var id: String { "\(rule)/\(trigger.uuidString)" + (action.map { "/\($0.uuidString)" } ?? "") }

    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Not yet discharged, and `now` is not past the due instant.
        case open
        /// Not discharged, and `now` is past the due instant.
        case overdue
        case dischargedOnTime
        case dischargedLate
    }

    /// Whose list it is on.
    public enum Assignee: Sendable, Hashable {
        /// The child's caseworker.
        case caseworker(UUID)
        /// The team of the child's district (the child has no caseworker).
        case districtTeam
        /// A named user: the owner of an agreed action, or the notifier.
        case user(UUID)
    }

    public var isDischarged: Bool { status == .dischargedOnTime || status == .dischargedLate }
}
