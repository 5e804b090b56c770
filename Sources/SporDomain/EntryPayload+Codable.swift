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
