import Foundation

/// A file Spor keeps for a child's journal (a finalised letter's PDF or DOCX, an attachment), sealed at rest and
/// addressed by the SHA-256 of its content. The journal holds this reference; the bytes live in the file store.
public struct StoredFile: Sendable, Hashable, Codable {
    /// Lower-case hex SHA-256 of the file's content (before sealing): what the journal vouches for.
    public var sha256: String
    /// Bytes, before sealing.
    public var size: Int
    /// The media type found from the content (never from the name), e.g. "application/pdf".
    public var mediaType: String
    /// The name it is shown and downloaded by.
    public var name: String

    public init(sha256: String, size: Int, mediaType: String, name: String) {
        self.sha256 = sha256
        self.size = size
        self.mediaType = mediaType
        self.name = name
    }
}

/// What a letter is for: each kind has its template, and is drafted from the step that needs it.
public enum LetterKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Kvittering til en fagperson, der har underrettet (§ 138): drafted from the notification.
    case receipt
    /// Tilbagemelding til underretteren (§ 138): drafted from the notification.
    case notifierFeedback
    /// Afgørelsesbrev (forvaltningsloven §§ 22–25): drafted from the decision; grant, partial grant or refusal.
    case decision
    /// Invitation til børnesamtale eller netværksmøde.
    case invitation
    /// Barnets plan til forældrene.
    case plan
    /// Et frit brev.
    case free
}

/// Whom a letter goes to.
public struct LetterRecipient: Sendable, Hashable, Codable {
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// A parent with custody (a party to the case).
        case custodyHolder
        /// The child or young person (a party from 10): the plain-language variant.
        case child
        /// The professional who notified.
        case notifier
        case other
    }

    public var role: Role
    public var name: String
    /// The person in the register, when the recipient is one.
    public var person: UUID?

    public init(role: Role, name: String, person: UUID? = nil) {
        self.role = role
        self.name = name
        self.person = person
    }
}

/// Et brev: a letter finalised from a template and filed in the journal as it was sent. Its text is kept whole, and
/// its files (the PDF where a PDF engine is installed, always the DOCX) by their SHA-256. A correction writes a new
/// letter; the first stays.
public struct Letter: Sendable, Hashable, Codable {
    public var kind: LetterKind
    /// The template and its version the draft started from.
    public var template: String
    public var templateVersion: Int
    /// The entry it was drafted from (the notification, the decision, the plan …), if any.
    public var concerns: UUID?
    public var recipients: [LetterRecipient]
    /// Letters to a child use the template's plain-language variant.
    public var plainLanguage: Bool
    public var subject: String
    /// The letter's text as sent: paragraphs separated by a blank line.
    public var body: String
    public var files: [StoredFile]

    /// A letter's text may be longer than a note's (a decision with its reasons and complaint guidance).
    public static let maximumBodyLength = 40_000

    public init(kind: LetterKind, template: String, templateVersion: Int, concerns: UUID?, recipients: [LetterRecipient],
                plainLanguage: Bool, subject: String, body: String, files: [StoredFile]) {
        self.kind = kind
        self.template = template
        self.templateVersion = templateVersion
        self.concerns = concerns
        self.recipients = recipients
        self.plainLanguage = plainLanguage
        self.subject = subject
        self.body = body
        self.files = files
    }
}

/// A finalised letter handed over for sending (to the outbox for Digital Post or print): when, and by which channel.
public struct LetterHandover: Sendable, Hashable, Codable {
    public var letter: UUID
    /// The delivery's name, e.g. "outbox".
    public var channel: String
    /// What the channel answered (an outbox file name, a receipt number), if anything.
    public var reference: String?

    public init(letter: UUID, channel: String, reference: String? = nil) {
        self.letter = letter
        self.channel = channel
        self.reference = reference
    }
}

/// Et bilag: a document that came in (a school statement, a doctor's letter, a psychologist's report), attached to the
/// child's journal with a title, the day it is dated and who sent it.
public struct Attachment: Sendable, Hashable, Codable {
    public var title: String
    /// The day the document is dated (or was received).
    public var dated: LocalDate
    /// Who sent it, e.g. "Skolen, klasselærer".
    public var sender: String
    public var file: StoredFile

    public init(title: String, dated: LocalDate, sender: String, file: StoredFile) {
        self.title = title
        self.dated = dated
        self.sender = sender
        self.file = file
    }
}
