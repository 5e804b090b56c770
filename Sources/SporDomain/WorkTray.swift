import Foundation

/// How the work tray sorts a person's work: what counts as backlog, and which children must have an owner.
public struct WorkSettings: Sendable, Hashable {
    /// A deadline that fell due more than this many days ago is backlog (*Efterslæb*), shown apart from today's work.
    public var backlogAfterDays: Int
    /// A concern at this level or above, with no caseworker, puts the child on the team's *Ufordelte* list.
    public var unassignedConcernLevel: ConcernLevel

    public init(backlogAfterDays: Int = 90, unassignedConcernLevel: ConcernLevel = .vulnerable) {
        self.backlogAfterDays = backlogAfterDays
        self.unassignedConcernLevel = unassignedConcernLevel
    }

    public static let standard = WorkSettings()
}

/// Why a child without a caseworker needs one, read from the open case.
public struct OwnerNeed: Sendable, Hashable {
    /// The first entry of the open case, since it was last without a caseworker, that asks for one.
    public let since: Date
    /// How strongly it asks: a concern's level, or `OwnerNeed.always` for a notification or any step of a case
    /// (an investigation, a decision, a measure). Compared with `WorkSettings.unassignedConcernLevel` when read.
    public let level: Int

    /// The level of a notification or a step of the case: above every concern level.
    public static let always = 6

    public init(since: Date, level: Int) {
        self.since = since
        self.level = level
    }
}

extension Timeline {
    /// Whether, and since when, the child's open case needs a caseworker: nil when the case is closed or has one.
    ///
    /// Early help alone — a consultation with the outreach counsellor, a network meeting, a note — asks for no
    /// caseworker; a concern asks with its level, a notification or any other step of a case always.
    public func ownerNeed() -> OwnerNeed? {
        var state = CaseState()
        var need: OwnerNeed?
        for item in items {
            guard let payload = item.effective else { continue }
            state.apply(payload, at: item.entry.occurredAt, entry: item.entry.id)
            guard state.isOpen, state.caseworker == nil else {
                need = nil
                continue
            }
            guard let level = payload.ownerNeedLevel else { continue }
            need = OwnerNeed(since: need?.since ?? item.entry.occurredAt, level: max(need?.level ?? 0, level))
        }
        return need
    }

    /// Whether the child's latest assessment of a notification found the child in danger or needing acute measures,
    /// in the open case: the child's work goes first on every list.
    public func isInDanger() -> Bool {
        var danger = false
        for item in items {
            switch item.effective {
            case .urgencyAssessment(let assessment)?: danger = assessment.inDanger || assessment.acuteMeasures
            case .caseClosed?: danger = false
            default: break
            }
        }
        return danger
    }
}

extension EntryPayload {
    /// How strongly this entry asks for a caseworker (see `OwnerNeed.level`); nil for early help and notes.
    var ownerNeedLevel: Int? {
        switch self {
        case .concern(let concern): concern.level.rawValue
        case .consultation, .networkMeeting, .journalNote, .correction, .caseworkerAssigned, .caseClosed, .ownViews: nil
        default: kind.opensCase ? OwnerNeed.always : nil
        }
    }
}

/// Where a piece of work sits on the tray, by its due instant seen from `now` in Danish time.
public enum TrayGroup: String, Sendable, Hashable, CaseIterable {
    /// Due before now.
    case overdue
    /// Due later today, or within the next 24 hours: a 24-hour deadline is today's work whenever it came in.
    case today
    /// Due after today, by the end of this week's Sunday.
    case thisWeek
    case later

    public init(due: Date, now: Date) {
        let today = DanishTime.localDate(of: now)
        if due < now {
            self = .overdue
        } else if due <= max(DanishTime.endOfDay(today), now.addingTimeInterval(24 * 3600)) {
            self = .today
        } else if due <= DanishTime.endOfDay(today.adding(days: 7 - today.isoWeekday)) {
            self = .thisWeek
        } else {
            self = .later
        }
    }
}
