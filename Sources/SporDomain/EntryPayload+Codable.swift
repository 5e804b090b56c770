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
        }
        return String(decoding: data, as: UTF8.self)
    }

    public static func decode(kind: EntryKind, json: String) throws -> EntryPayload {
        let decoder = JSONDecoder()
        let data = Data(json.utf8)
        switch kind {
        case .concern: return .concern(try decoder.decode(Concern.self, from: data))
        case .consultation: return .consultation(try decoder.decode(Consultation.self, from: data))
        case .notification: return .notification(try decoder.decode(Notification.self, from: data))
        case .urgencyAssessment: return .urgencyAssessment(try decoder.decode(UrgencyAssessment.self, from: data))
        case .receiptSent: return .receiptSent(try decoder.decode(Receipt.self, from: data))
        case .notifierFeedback: return .notifierFeedback(try decoder.decode(NotifierFeedback.self, from: data))
        case .networkMeeting: return .networkMeeting(try decoder.decode(NetworkMeeting.self, from: data))
        case .journalNote: return .journalNote(try decoder.decode(JournalNote.self, from: data))
        case .caseworkerAssigned: return .caseworkerAssigned(try decoder.decode(CaseworkerAssignment.self, from: data))
        case .caseClosed: return .caseClosed(try decoder.decode(CaseClosure.self, from: data))
        case .correction: return .correction(try decoder.decode(Correction.self, from: data))
        case .focusedAssessment: return .focusedAssessment(try decoder.decode(AssessmentStart.self, from: data))
        case .focusedAssessmentConcluded: return .focusedAssessmentConcluded(try decoder.decode(AssessmentConclusion.self, from: data))
        case .investigation: return .investigation(try decoder.decode(AssessmentStart.self, from: data))
        case .investigationConcluded: return .investigationConcluded(try decoder.decode(AssessmentConclusion.self, from: data))
        case .preliminaryAssessment: return .preliminaryAssessment(try decoder.decode(PreliminaryAssessment.self, from: data))
        case .childConversation: return .childConversation(try decoder.decode(ChildConversation.self, from: data))
        case .ownViews: return .ownViews(try decoder.decode(OwnViews.self, from: data))
        case .decision: return .decision(try decoder.decode(Decision.self, from: data))
        case .measureStarted: return .measureStarted(try decoder.decode(MeasureStart.self, from: data))
        case .measureEnded: return .measureEnded(try decoder.decode(MeasureEnd.self, from: data))
        case .placementStarted: return .placementStarted(try decoder.decode(PlacementStart.self, from: data))
        case .placementEnded: return .placementEnded(try decoder.decode(PlacementEnd.self, from: data))
        case .plan: return .plan(try decoder.decode(ChildsPlan.self, from: data))
        case .followUp: return .followUp(try decoder.decode(FollowUp.self, from: data))
        case .transition: return .transition(try decoder.decode(Transition.self, from: data))
        case .handoverMeeting: return .handoverMeeting(try decoder.decode(HandoverMeeting.self, from: data))
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
