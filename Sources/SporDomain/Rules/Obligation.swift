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
    /// The entry that met it, if one did, or that marked it not relevant (`Status.notRelevant`): nil while it is on a list.
    public let dischargedBy: UUID?
    /// When that entry happened (its `occurredAt`).
    public let dischargedAt: Date?
    /// The agreed action this obligation is for (rules of scope `eachAgreedAction`).
    public let action: UUID?
    /// What the list says beside it: why an agreed action was not done (the latest *ikke udført* comment), or why a
    /// deadline was marked not relevant.
    public let note: String?

    public init(rule: String, child: UUID, trigger: UUID, triggeredAt: Date, due: Date, assignee: Assignee,
                status: Status, dischargedBy: UUID?, dischargedAt: Date?, action: UUID? = nil, note: String? = nil) {
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
        self.note = note
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
        /// Marked *ikke relevant* with a reason, or (an agreed action) cancelled by the child's caseworker: off every
        /// list, `dischargedBy` the entry that marked it, but not met. `deadlines-met` counts it as missed unless the
        /// rule allows it (`DeadlineRule.mayBeNotRelevant`).
        case notRelevant
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
