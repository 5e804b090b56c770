import Foundation

/// Who made a notification.
public enum NotifierKind: String, Sendable, Codable, CaseIterable {
    /// A professional with skærpet underretningspligt (§ 133): gets a receipt and feedback.
    case professional
    /// A private person: not a party, gets no feedback.
    case privatePerson
    case anonymous
    /// The child or young person.
    case child
}

/// Underretning. Barnets Lov § 133–137.
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

    public init(notifierKind: NotifierKind, notifierUser: UUID? = nil, profession: ConcernSource? = nil,
                description: String, dialogBased: Bool = false, concernsAbuse: Bool = false) {
        self.notifierKind = notifierKind
        self.notifierUser = notifierUser
        self.profession = profession
        self.description = description
        self.dialogBased = dialogBased
        self.concernsAbuse = concernsAbuse
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
