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
        case .plan(let value): try encoder.encode(value)
        case .followUp(let value): try encoder.encode(value)
        case .transition(let value): try encoder.encode(value)
        case .handoverMeeting(let value): try encoder.encode(value)
        case .taskCompleted(let value): try encoder.encode(value)
        case .deadlineNotRelevant(let value): try encoder.encode(value)
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads a stored payload: by hand (`readDirectly`) when it is as expected, else through Codable over
    /// `PayloadJSONDecoder` (a full recompute reads every payload of the municipality).
    public static func decode(kind: EntryKind, json: String) throws -> EntryPayload {
        var json = json
        return try json.withUTF8 { try decode(kind: kind, utf8: $0) }
    }

    /// The same, from the payload's UTF-8 bytes (as a database hands them over, without making a String of them). The
    /// bytes must be valid UTF-8, as `PayloadJSONDecoder.parse(utf8:)` says.
    public static func decode(kind: EntryKind, utf8 json: UnsafeBufferPointer<UInt8>) throws -> EntryPayload {
        let value = try PayloadJSONDecoder.parse(utf8: json)
        if let payload = try? readDirectly(kind: kind, value) { return payload }
        func read<T: Decodable>(_ type: T.Type) throws -> T { try PayloadJSONDecoder.decode(T.self, from: value) }
        switch kind {
        case .concern: return .concern(try read(Concern.self))
        case .consultation: return .consultation(try read(Consultation.self))
        case .notification: return .notification(try read(Notification.self))
        case .urgencyAssessment: return .urgencyAssessment(try read(UrgencyAssessment.self))
        case .receiptSent: return .receiptSent(try read(Receipt.self))
        case .notifierFeedback: return .notifierFeedback(try read(NotifierFeedback.self))
        case .networkMeeting: return .networkMeeting(try read(NetworkMeeting.self))
        case .journalNote: return .journalNote(try read(JournalNote.self))
        case .caseworkerAssigned: return .caseworkerAssigned(try read(CaseworkerAssignment.self))
        case .caseClosed: return .caseClosed(try read(CaseClosure.self))
        case .correction: return .correction(try read(Correction.self))
        case .focusedAssessment: return .focusedAssessment(try read(AssessmentStart.self))
        case .focusedAssessmentConcluded: return .focusedAssessmentConcluded(try read(AssessmentConclusion.self))
        case .investigation: return .investigation(try read(AssessmentStart.self))
        case .investigationConcluded: return .investigationConcluded(try read(AssessmentConclusion.self))
        case .preliminaryAssessment: return .preliminaryAssessment(try read(PreliminaryAssessment.self))
        case .childConversation: return .childConversation(try read(ChildConversation.self))
        case .ownViews: return .ownViews(try read(OwnViews.self))
        case .decision: return .decision(try read(Decision.self))
        case .measureStarted: return .measureStarted(try read(MeasureStart.self))
        case .measureEnded: return .measureEnded(try read(MeasureEnd.self))
        case .placementStarted: return .placementStarted(try read(PlacementStart.self))
        case .placementEnded: return .placementEnded(try read(PlacementEnd.self))
        case .plan: return .plan(try read(ChildsPlan.self))
        case .followUp: return .followUp(try read(FollowUp.self))
        case .transition: return .transition(try read(Transition.self))
        case .handoverMeeting: return .handoverMeeting(try read(HandoverMeeting.self))
        case .taskCompleted: return .taskCompleted(try read(TaskCompletion.self))
        case .deadlineNotRelevant: return .deadlineNotRelevant(try read(DeadlineNotRelevant.self))
        default: throw DomainError(.entryKindNotWritable)
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
