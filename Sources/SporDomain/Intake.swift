import Foundation

/// Who made a notification. The raw values are stored in journals: add cases, never rename one.
public enum NotifierKind: String, Sendable, Codable, CaseIterable {
    /// A professional with skærpet underretningspligt (§ 133): gets a receipt and feedback.
    case professional
    /// A private person: not a party, gets no feedback.
    case privatePerson
    case anonymous
    /// The child or young person.
    case child
    /// The police (§ 133: public employees and authorities).
    case police
    /// A hospital or general practitioner (§ 133: health services).
    case healthcare
    /// Another municipality, e.g. where the family lived before or the child is placed.
    case otherMunicipality

    /// Skærpet underretningspligt (§ 133): professionals and authorities. Only they are owed a receipt and feedback
    /// (§ 138); a private person, an anonymous caller and the child are not parties.
    public var hasHeightenedDuty: Bool {
        switch self {
        case .professional, .police, .healthcare, .otherMunicipality: true
        case .privatePerson, .anonymous, .child: false
        }
    }
}

/// How a notification reached the municipality. The raw values are stored in journals.
public enum NotificationChannel: String, Sendable, Codable, CaseIterable {
    case phone
    case letter
    case email
    /// The national digital notification form (underretningsportalen).
    case digitalForm
    case inPerson
    /// Submitted in Spor by a professional, or through the API (every notification before channels were recorded).
    case spor
}

/// Underretning. Barnets Lov § 133–137. The time received is the entry's `occurredAt`: the deadlines run from it.
public struct Notification: Sendable, Hashable, Codable {
    public var notifierKind: NotifierKind
    /// The professional who submitted it in Spor, if they did.
    public var notifierUser: UUID?
    public var profession: ConcernSource?
    public var description: String
    /// Dialog-based: the family was told or took part before it was sent (a Norddjurs pilot).
    public var dialogBased: Bool
    /// Concerns (suspected) abuse: a conversation with the child is mandatory.
    public var concernsAbuse: Bool
    public var channel: NotificationChannel
    /// Who notified, where known: shown only to those handling the child, never to the family.
    public var notifierName: String?
    /// A phone number, an e-mail or an address, where known; as private as the name.
    public var notifierContact: String?

    /// The longest notifier name or contact accepted.
    public static let maximumNotifierTextLength = 200

    public init(notifierKind: NotifierKind, notifierUser: UUID? = nil, profession: ConcernSource? = nil,
                description: String, dialogBased: Bool = false, concernsAbuse: Bool = false, channel: NotificationChannel = .spor,
                notifierName: String? = nil, notifierContact: String? = nil) {
        self.notifierKind = notifierKind
        self.notifierUser = notifierUser
        self.profession = profession
        self.description = description
        self.dialogBased = dialogBased
        self.concernsAbuse = concernsAbuse
        self.channel = channel
        self.notifierName = notifierName
        self.notifierContact = notifierContact
    }

    /// A notification stored before channels were recorded has none: it came through Spor.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        notifierKind = try container.decode(NotifierKind.self, forKey: .notifierKind)
        notifierUser = try container.decodeIfPresent(UUID.self, forKey: .notifierUser)
        profession = try container.decodeIfPresent(ConcernSource.self, forKey: .profession)
        description = try container.decode(String.self, forKey: .description)
        dialogBased = try container.decode(Bool.self, forKey: .dialogBased)
        concernsAbuse = try container.decode(Bool.self, forKey: .concernsAbuse)
        channel = try container.decodeIfPresent(NotificationChannel.self, forKey: .channel) ?? .spor
        notifierName = try container.decodeIfPresent(String.self, forKey: .notifierName)
        notifierContact = try container.decodeIfPresent(String.self, forKey: .notifierContact)
    }

    /// The notification without who notified: what the family, an export and a reader outside the case see.
    public var withoutNotifier: Notification {
        var copy = self
        copy.notifierName = nil
        copy.notifierContact = nil
        copy.notifierUser = nil
        return copy
    }
}

/// What the caseworker decides to do next after assessing a notification.
public enum NextStep: String, Sendable, Codable, CaseIterable {
    case noAction
    /// Afdækning, § 19.
    case focusedAssessment
    /// Børnefaglig undersøgelse, § 20.
    case investigation
    /// Straks-indsats.
    case immediateHelp
    /// Revurdering af et kendt barn, § 137.
    case reassessment
}

/// Vurdering inden 24 timer (§ 136): is the child's health or development in danger, are acute measures needed.
public struct UrgencyAssessment: Sendable, Hashable, Codable {
    public var notification: UUID
    public var inDanger: Bool
    public var acuteMeasures: Bool
    public var nextStep: NextStep
    public var reasoning: String

    public init(notification: UUID, inDanger: Bool, acuteMeasures: Bool, nextStep: NextStep, reasoning: String) {
        self.notification = notification
        self.inDanger = inDanger
        self.acuteMeasures = acuteMeasures
        self.nextStep = nextStep
        self.reasoning = reasoning
    }
}

/// Kvittering: the receipt sent to a professional notifier (within 6 working days).
public struct Receipt: Sendable, Hashable, Codable {
    public var notification: UUID
    public var text: String

    public init(notification: UUID, text: String) {
        self.notification = notification
        self.text = text
    }
}

/// Tilbagemelding: whether the notification led to an investigation (professional notifiers only).
public struct NotifierFeedback: Sendable, Hashable, Codable {
    public var notification: UUID
    public var ledToInvestigation: Bool
    public var text: String

    public init(notification: UUID, ledToInvestigation: Bool, text: String) {
        self.notification = notification
        self.ledToInvestigation = ledToInvestigation
        self.text = text
    }
}

/// An entry that acts on one notification.
public protocol NotificationStep: Sendable {
    var notification: UUID { get }
}

extension UrgencyAssessment: NotificationStep {}
extension Receipt: NotificationStep {}
extension NotifierFeedback: NotificationStep {}

extension EntryPayload {
    /// The step on a notification this payload is, if it is one.
    public var notificationStep: (any NotificationStep)? {
        switch self {
        case .urgencyAssessment(let step): step
        case .receiptSent(let step): step
        case .notifierFeedback(let step): step
        default: nil
        }
    }
}

extension EntryPayload {
    /// The payload as someone outside the case may read it: a notification (or a correction's replacement of one)
    /// without who notified. Every other payload as it is.
    public var withoutNotifier: EntryPayload {
        switch self {
        case .notification(let notification):
            return .notification(notification.withoutNotifier)
        case .correction(var correction):
            correction.replacement = correction.replacement?.withoutNotifier
            return .correction(correction)
        default:
            return self
        }
    }
}

extension UrgencyAssessment {
    /// The kind of entry the next step starts at once: an afdækning (§ 19) or a børnefaglig undersøgelse (§ 20).
    public var startsKind: EntryKind? {
        switch nextStep {
        case .focusedAssessment: .focusedAssessment
        case .investigation: .investigation
        case .noAction, .immediateHelp, .reassessment: nil
        }
    }

    /// The afdækning or investigation the next step names, following the notification received on `receivedOn`: the
    /// need became known that day (§ 20, stk. 3: the 4 months run from it), and the assessment's reasoning is its reason.
    public func start(notificationReceivedOn receivedOn: LocalDate) -> EntryPayload? {
        let start = AssessmentStart(reason: reasoning, needKnownOn: receivedOn, notification: notification)
        switch startsKind {
        case .focusedAssessment?: return .focusedAssessment(start)
        case .investigation?: return .investigation(start)
        default: return nil
        }
    }
}

extension Timeline {
    /// The afdækninger and investigations started following `notification` (linked to it), as the course now reads.
    public func assessmentsStarted(following notification: UUID) -> [(item: Item, start: AssessmentStart)] {
        items.compactMap { item in
            switch item.effective {
            case .focusedAssessment(let start)?, .investigation(let start)?:
                start.notification == notification ? (item, start) : nil
            default: nil
            }
        }
    }

    /// The afdækning or investigation following `notification` that is not concluded yet: a second one is not started.
    public func openAssessment(following notification: UUID) -> Item? {
        let concluded = Set(items.compactMap { item -> UUID? in
            switch item.effective {
            case .focusedAssessmentConcluded(let conclusion)?, .investigationConcluded(let conclusion)?: conclusion.start
            default: nil
            }
        })
        return assessmentsStarted(following: notification).first { !concluded.contains($0.item.entry.id) }?.item
    }

    /// What the feedback to the notifier says (§ 138): whether the notification led to an afdækning or a børnefaglig
    /// undersøgelse. Read from the journal, never typed: a feedback that says otherwise is refused.
    public func ledToInvestigation(_ notification: UUID) -> Bool {
        !assessmentsStarted(following: notification).isEmpty
    }
}
