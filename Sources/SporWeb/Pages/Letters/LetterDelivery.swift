import Foundation
import SporDomain
import SporStore

/// A finalised letter handed over for sending: to whom, what, and the file that is sent (its PDF, else its DOCX).
struct OutgoingLetter: Sendable {
    let entry: UUID
    let child: UUID
    let recipients: [LetterRecipient]
    let subject: String
    let file: StoredFile
    let content: Data
    /// The child's CPR number, when the child is a recipient (Digital Post reaches a person by it); nil otherwise.
    var childCPR: String? = nil
}

/// How finalised letters leave Spor: one protocol, so that a municipality's Digital Post or print service can take the
/// place of the default outbox without the letter pages changing.
protocol LetterDelivery: Sendable {
    /// The channel's name, recorded on the `.letterHandedOver` entry.
    var channel: String { get }
    /// Hands `letter` over; answers the channel's reference (an outbox file name).
    func deliver(_ letter: OutgoingLetter) throws -> String
}

/// The default delivery: each finalised letter's file and a JSON envelope beside it in an outbox folder (mode 0700), for
/// the municipality's Digital Post or print service to pick up. The envelope names the recipients, the subject, the entry
/// and the file's SHA-256, and the child's CPR number when the letter goes to the child; a custody holder's CPR number only
/// where the register has it (it holds none for parents today).
struct OutboxDelivery: LetterDelivery {
    let directory: String
    var channel: String { "outbox" }

    struct Envelope: Codable, Sendable {
        struct Recipient: Codable, Sendable {
            let name: String
            let role: String
            let cpr: String?
        }
        let entry: UUID
        let subject: String
        let recipients: [Recipient]
        let file: String
        let mediaType: String
        let sha256: String
    }

    func deliver(_ letter: OutgoingLetter) throws -> String {
        let manager = FileManager.default
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory)
        let suffix = letter.file.mediaType == "application/pdf" ? "pdf" : "docx"
        let name = "\(letter.entry.uuidString.lowercased()).\(suffix)"
        let envelope = Envelope(entry: letter.entry, subject: letter.subject,
                                recipients: letter.recipients.map {
                                    .init(name: $0.name, role: $0.role.rawValue, cpr: $0.role == .child ? letter.childCPR : nil)
                                },
                                file: name, mediaType: letter.file.mediaType, sha256: letter.file.sha256)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let json = try encoder.encode(envelope)
        let folder = directory as NSString
        guard manager.createFile(atPath: folder.appendingPathComponent(name), contents: letter.content, attributes: [.posixPermissions: 0o600]),
              // The envelope last: a pick-up service that waits for it finds the letter whole.
              manager.createFile(atPath: folder.appendingPathComponent(name + ".json"), contents: json, attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.configuration("could not write to the outbox \(directory)")
        }
        return name
    }
}

extension Settings {
    /// The outbox: `SPOR_OUTBOX_DIR`, else `outbox` beside the files folder (`<data>/outbox`).
    var outboxDirectory: String {
        if let named = ProcessInfo.processInfo.environment["SPOR_OUTBOX_DIR"], !named.isEmpty { return named }
        return ((store.filesDirectory as NSString).deletingLastPathComponent as NSString).appendingPathComponent("outbox")
    }
}
