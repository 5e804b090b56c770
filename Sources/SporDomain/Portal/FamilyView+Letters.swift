import Foundation

/// A letter as the family reads it on Min side: a decision letter or a plan sent to this reader.
public struct FamilyLetter: Sendable, Hashable {
    public let entry: UUID
    public let sentAt: Date
    public let subject: String
    public let files: [StoredFile]
}

extension FamilyView {
    /// Decision letters and plans sent to `reader`, newest first: to a parent, those addressed to that person as a custody
    /// holder; to the child, those addressed to the child. No other letter (a receipt to a notifier, a free letter) and
    /// none addressed to someone else.
    public static func letters(_ timeline: Timeline, reader: FamilyReader) -> [FamilyLetter] {
        timeline.entries.compactMap { entry -> FamilyLetter? in
            guard case .letter(let letter) = entry.payload, letter.kind == .decision || letter.kind == .plan,
                  letter.isAddressed(to: reader) else { return nil }
            return FamilyLetter(entry: entry.id, sentAt: entry.recordedAt, subject: letter.subject, files: letter.files)
        }.reversed()
    }
}

extension Letter {
    /// Whether `reader` is one of the letter's recipients.
    public func isAddressed(to reader: FamilyReader) -> Bool {
        recipients.contains { recipient in
            switch reader {
            case .child: recipient.role == .child
            case .parent(let person): recipient.role == .custodyHolder && recipient.person == person
            }
        }
    }
}
