import Foundation

/// The steps of the municipality's preparedness against abuse (*beredskab*, seeds 000 and 003; Barnets Lov § 141) that a
/// caseworker records on a notification about (suspected) abuse. The investigation the suspicion makes mandatory (§ 20) is
/// not one of them: it is its own entry, and the checklist reads it from the journal. The raw values are stored in journals.
public enum PreparednessStepKind: String, Sendable, Codable, CaseIterable {
    /// Samtale med barnet uden forældrene, når de (eller en af dem) er mistænkt: the step refers to the child conversation.
    case childConversation
    /// Samråd med politiet, or a report to the police (politianmeldelse).
    case police
    /// Børnehuset: the child referred to the children's house, or why that is not relevant.
    case childrensHouse
    /// The decision not to inform the parents yet, with its reason.
    case parentsNotInformed
}

/// What came of the consultation with the police.
public enum PoliceOutcome: String, Sendable, Codable, CaseIterable {
    /// Politianmeldelse.
    case reported
    /// Samråd held, not reported.
    case consultedNotReported
}

/// What came of the børnehus step.
public enum ChildrensHouseOutcome: String, Sendable, Codable, CaseIterable {
    case referred
    /// Not relevant here: the reason is required.
    case notRelevant
}

/// One step of the preparedness on one notification about abuse. The entry's time is when it was done: never before the
/// notification, never ahead of now. Only the fields of its own step are set.
public struct PreparednessStep: Sendable, Hashable, Codable {
    /// The notification about abuse it acts on.
    public var notification: UUID
    public var step: PreparednessStepKind
    /// `childConversation`: are the parents (or one of them) suspected? A legal question, nil while unanswered (refused so).
    public var parentsSuspected: Bool?
    /// `childConversation`: the child conversation entry in which the child was heard (offered from the journal).
    public var conversation: UUID?
    /// `police`.
    public var police: PoliceOutcome?
    /// `childrensHouse`.
    public var childrensHouse: ChildrensHouseOutcome?
    /// Why the børnehus is not relevant, or why the parents are not informed yet (required for those).
    public var reason: String?
    public var note: String?

    public init(notification: UUID, step: PreparednessStepKind, parentsSuspected: Bool? = nil, conversation: UUID? = nil,
                police: PoliceOutcome? = nil, childrensHouse: ChildrensHouseOutcome? = nil, reason: String? = nil, note: String? = nil) {
        self.notification = notification
        self.step = step
        self.parentsSuspected = parentsSuspected
        self.conversation = conversation
        self.police = police
        self.childrensHouse = childrensHouse
        self.reason = reason
        self.note = note
    }
}

/// The preparedness checklist of one notification about abuse, as the course now reads it (corrections applied).
public struct PreparednessChecklist: Sendable {
    /// The notification about abuse.
    public let notification: Entry
    /// Each recorded step, the first of its kind.
    public let steps: [PreparednessStepKind: (entry: Entry, step: PreparednessStep)]
    /// The first § 20 investigation started at or after the notification (the mandatory investigation), if any.
    public let investigation: Entry?
    /// Child conversations at or after the notification, oldest first: what the conversation step may refer to.
    public let conversations: [Entry]

    /// The steps that make the checklist complete: the decision not to inform the parents is taken only where it applies.
    public static let required: [PreparednessStepKind] = [.childConversation, .police, .childrensHouse]

    public var isComplete: Bool { Self.required.allSatisfy { steps[$0] != nil } && investigation != nil }

    /// When each step was done (the investigation's start under `nil`).
    public var doneAt: [(step: PreparednessStepKind?, at: Date)] {
        PreparednessStepKind.allCases.compactMap { kind in steps[kind].map { (kind, $0.entry.occurredAt) } }
            + [investigation.map { (nil, $0.occurredAt) }].compactMap { $0 }
    }
}

extension Timeline {
    /// Notifications about abuse in the course (corrections applied), oldest first.
    public var abuseNotifications: [Entry] {
        items.compactMap { item in
            guard case .notification(let notification)? = item.effective, notification.concernsAbuse else { return nil }
            return item.entry
        }
    }

    /// The checklist of the notification about abuse `notification` (nil: no such notification in the course).
    public func preparedness(for notification: UUID) -> PreparednessChecklist? {
        guard let received = abuseNotifications.first(where: { $0.id == notification }) else { return nil }
        // Times typed in a form have whole minutes: the minute of the notification itself is not before it.
        let from = received.occurredAt.addingTimeInterval(-60)
        var steps: [PreparednessStepKind: (entry: Entry, step: PreparednessStep)] = [:]
        var investigation: Entry?
        var conversations: [Entry] = []
        for item in items {
            switch item.effective {
            case .preparednessStep(let step)? where step.notification == notification:
                if steps[step.step] == nil { steps[step.step] = (item.entry, step) }
            case .investigation? where item.entry.occurredAt > from:
                if investigation == nil { investigation = item.entry }
            case .childConversation? where item.entry.occurredAt > from:
                conversations.append(item.entry)
            default:
                break
            }
        }
        return PreparednessChecklist(notification: received, steps: steps, investigation: investigation, conversations: conversations)
    }

    /// The checklist the child page shows: the latest notification about abuse in the case as it stands.
    public var currentPreparedness: PreparednessChecklist? {
        guard let since = abuseSuspectedSince, let latest = abuseNotifications.last(where: { $0.occurredAt == since }) else { return nil }
        return preparedness(for: latest.id)
    }
}

extension JournalRules {
    /// A preparedness step acts on a notification about abuse of this child, is done at or after it (never ahead of now:
    /// `requirePlausible`), once per step, and carries its own step's answer: the conversation step answers whether the
    /// parents are suspected and names a child conversation held since the notification; the police step its outcome; the
    /// børnehus step its outcome, with the reason when it is not relevant; the decision not to inform the parents its reason.
    static func validatePreparednessStep(_ step: PreparednessStep, course: CourseReader) throws(DomainError) {
        guard let item = course.item(step.notification), case .notification(let notification)? = item.effective else {
            throw DomainError(.notificationMissing, field: "notification")
        }
        guard notification.concernsAbuse else { throw DomainError(.notAbuseNotification, field: "notification") }
        guard course.entry.occurredAt > item.entry.occurredAt.addingTimeInterval(-60) else {
            throw DomainError(.beforeNotification, field: "occurredAt")
        }
        let done = course.timeline.items.contains { other in
            guard other.entry.id != course.entry.id, case .preparednessStep(let earlier)? = other.effective else { return false }
            return earlier.notification == step.notification && earlier.step == step.step
        }
        guard !done else { throw DomainError(.alreadyDone) }
        let invalid = DomainError(.preparednessStepInvalid, field: "step")
        switch step.step {
        case .childConversation:
            guard step.police == nil, step.childrensHouse == nil, step.reason == nil else { throw invalid }
            guard step.parentsSuspected != nil else { throw DomainError(.suspicionUnanswered, field: "parentsSuspected") }
            guard let id = step.conversation, let conversation = course.earlier(id, kind: .childConversation),
                  conversation.entry.occurredAt > item.entry.occurredAt.addingTimeInterval(-60) else {
                throw DomainError(.conversationMissing, field: "conversation")
            }
        case .police:
            guard step.parentsSuspected == nil, step.conversation == nil, step.childrensHouse == nil, step.reason == nil else { throw invalid }
            guard step.police != nil else { throw DomainError(.preparednessOutcomeMissing, field: "police") }
        case .childrensHouse:
            guard step.parentsSuspected == nil, step.conversation == nil, step.police == nil else { throw invalid }
            switch step.childrensHouse {
            case nil: throw DomainError(.preparednessOutcomeMissing, field: "childrensHouse")
            case .referred?: guard step.reason == nil else { throw invalid }
            case .notRelevant?:
                guard let reason = step.reason, !reason.isBlank else { throw DomainError(.textMissing, field: "reason") }
                try requireText(reason, field: "reason")
            }
        case .parentsNotInformed:
            guard step.parentsSuspected == nil, step.conversation == nil, step.police == nil, step.childrensHouse == nil else { throw invalid }
            guard let reason = step.reason, !reason.isBlank else { throw DomainError(.textMissing, field: "reason") }
            try requireText(reason, field: "reason")
        }
        try optionalText(step.note, field: "note")
    }
}
