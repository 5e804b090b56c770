import Foundation

/// Payloads are stored as JSON beside their kind; the kind column says how to read them.
extension EntryPayload {
    public func encodedJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data: Data = switch self {
        case .concern(let value): try encoder.encode(value)
        case .consultation(let value): try encoder.encode(value)
        case .notification(let value): try encoder.encode(value)
        case .urgencyAssessment(let value): try encoder.encode(value)
        case .receiptSent(let value): try encoder.encode(value)
        case .notifierFeedback(let value): try encoder.encode(value)
        case .networkMeeting(let value): try encoder.encode(value)
        case .journalNote(let value): try encoder.encode(value)
        case .caseworkerAssigned(let value): try encoder.encode(value)
        case .caseClosed(let value): try encoder.encode(value)
        case .correction(let value): try encoder.encode(value)
        case .focusedAssessment(let value): try encoder.encode(value)
        case .focusedAssessmentConcluded(let value): try encoder.encode(value)
        case .investigation(let value): try encoder.encode(value)
        case .investigationConcluded(let value): try encoder.encode(value)
        case .preliminaryAssessment(let value): try encoder.encode(value)
        case .childConversation(let value): try encoder.encode(value)
        case .ownViews(let value): try encoder.encode(value)
        case .decision(let value): try encoder.encode(value)
        case .measureStarted(let value): try encoder.encode(value)
        case .measureEnded(let value): try encoder.encode(value)
        case .placementStarted(let value): try encoder.encode(value)
        case .placementEnded(let value): try encoder.encode(value)
        case .homecomingPlan(let value): try encoder.encode(value)
        case .homecomingFollowUp(let value): try encoder.encode(value)
        case .fosterCarers(let value): try encoder.encode(value)
        case .plan(let value): try encoder.encode(value)
        case .followUp(let value): try encoder.encode(value)
        case .transition(let value): try encoder.encode(value)
        case .handoverMeeting(let value): try encoder.encode(value)
        case .taskCompleted(let value): try encoder.encode(value)
        case .deadlineNotRelevant(let value): try encoder.encode(value)
        case .letter(let value): try encoder.encode(value)
        case .letterHandedOver(let value): try encoder.encode(value)
        case .attachment(let value): try encoder.encode(value)
        case .schooling(let value): try encoder.encode(value)
        case .contactPlan(let value): try encoder.encode(value)
        case .contactVisit(let value): try encoder.encode(value)
        case .preparednessStep(let value): try encoder.encode(value)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads a payload of `kind` from any decoder: the Codable form of each kind. A store with its own JSON reader hands
    /// its decoder here.
    public init(kind: EntryKind, from decoder: any Decoder) throws {
        switch kind {
        case .concern: self = .concern(try Concern(from: decoder))
        case .consultation: self = .consultation(try Consultation(from: decoder))
        case .notification: self = .notification(try Notification(from: decoder))
        case .urgencyAssessment: self = .urgencyAssessment(try UrgencyAssessment(from: decoder))
        case .receiptSent: self = .receiptSent(try Receipt(from: decoder))
        case .notifierFeedback: self = .notifierFeedback(try NotifierFeedback(from: decoder))
        case .networkMeeting: self = .networkMeeting(try NetworkMeeting(from: decoder))
        case .journalNote: self = .journalNote(try JournalNote(from: decoder))
        case .caseworkerAssigned: self = .caseworkerAssigned(try CaseworkerAssignment(from: decoder))
        case .caseClosed: self = .caseClosed(try CaseClosure(from: decoder))
        case .correction: self = .correction(try Correction(from: decoder))
        case .focusedAssessment: self = .focusedAssessment(try AssessmentStart(from: decoder))
        case .focusedAssessmentConcluded: self = .focusedAssessmentConcluded(try AssessmentConclusion(from: decoder))
        case .investigation: self = .investigation(try AssessmentStart(from: decoder))
        case .investigationConcluded: self = .investigationConcluded(try AssessmentConclusion(from: decoder))
        case .preliminaryAssessment: self = .preliminaryAssessment(try PreliminaryAssessment(from: decoder))
        case .childConversation: self = .childConversation(try ChildConversation(from: decoder))
        case .ownViews: self = .ownViews(try OwnViews(from: decoder))
        case .decision: self = .decision(try Decision(from: decoder))
        case .measureStarted: self = .measureStarted(try MeasureStart(from: decoder))
        case .measureEnded: self = .measureEnded(try MeasureEnd(from: decoder))
        case .placementStarted: self = .placementStarted(try PlacementStart(from: decoder))
        case .placementEnded: self = .placementEnded(try PlacementEnd(from: decoder))
        case .homecomingPlan: self = .homecomingPlan(try HomecomingPlan(from: decoder))
        case .homecomingFollowUp: self = .homecomingFollowUp(try HomecomingFollowUp(from: decoder))
        case .fosterCarers: self = .fosterCarers(try FosterCarers(from: decoder))
        case .plan: self = .plan(try ChildsPlan(from: decoder))
        case .followUp: self = .followUp(try FollowUp(from: decoder))
        case .transition: self = .transition(try Transition(from: decoder))
        case .handoverMeeting: self = .handoverMeeting(try HandoverMeeting(from: decoder))
        case .taskCompleted: self = .taskCompleted(try TaskCompletion(from: decoder))
        case .deadlineNotRelevant: self = .deadlineNotRelevant(try DeadlineNotRelevant(from: decoder))
        case .letter: self = .letter(try Letter(from: decoder))
        case .letterHandedOver: self = .letterHandedOver(try LetterHandover(from: decoder))
        case .attachment: self = .attachment(try Attachment(from: decoder))
        case .schooling: self = .schooling(try Schooling(from: decoder))
        case .contactPlan: self = .contactPlan(try ContactPlan(from: decoder))
        case .contactVisit: self = .contactVisit(try ContactVisit(from: decoder))
        case .preparednessStep: self = .preparednessStep(try PreparednessStep(from: decoder))
        default: throw DomainError(.entryKindNotWritable)
        }
    }

    /// Reads what `encodedJSON()` wrote, through `JSONDecoder` (a correction's replacement is kept so inside it).
    public static func decode(kind: EntryKind, json: String) throws -> EntryPayload {
        let decoder = JSONDecoder()
        decoder.userInfo[OfKind.kind] = kind
        return try decoder.decode(OfKind.self, from: Data(json.utf8)).payload
    }

    /// A payload whose kind the decoder's `userInfo` names: `JSONDecoder` hands its `Decoder` only to a type it decodes.
    private struct OfKind: Decodable {
        static let kind = CodingUserInfoKey(rawValue: "spor.entryKind")!
        let payload: EntryPayload

        init(from decoder: any Decoder) throws {
            guard let kind = decoder.userInfo[Self.kind] as? EntryKind else { throw DomainError(.entryKindNotWritable) }
            payload = try EntryPayload(kind: kind, from: decoder)
        }
    }
}

extension Correction: Codable {
    private enum CodingKeys: String, CodingKey { case reason, replacementKind, replacement }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        reason = try container.decode(String.self, forKey: .reason)
        if let kind = try container.decodeIfPresent(EntryKind.self, forKey: .replacementKind),
           let json = try container.decodeIfPresent(String.self, forKey: .replacement) {
            replacement = try EntryPayload.decode(kind: kind, json: json)
        } else {
            replacement = nil
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reason, forKey: .reason)
        if let replacement {
            try container.encode(replacement.kind, forKey: .replacementKind)
            try container.encode(try replacement.encodedJSON(), forKey: .replacement)
        }
    }
}
