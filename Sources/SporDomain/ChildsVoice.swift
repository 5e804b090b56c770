import Foundation

/// Bisidder, § 6: someone the child brings for support. § 6, stk. 4: a bisidder must be 15 or older.
///
/// The age is recorded as told, in whole years on the day of the conversation: it is all the rule needs, and Spor
/// keeps no birth date of a person outside the family.
public struct Bisidder: Sendable, Hashable, Codable {
    public var name: String
    /// How the bisidder stands to the child, e.g. "morbror", "lærer", "ven".
    public var relation: String
    /// Age in whole years on the day of the conversation.
    public var age: Int

    public init(name: String, relation: String, age: Int) {
        self.name = name
        self.relation = relation
        self.age = age
    }
}

/// Børnesamtale, § 5, stk. 3: the child's views are gathered before any decision, and the conversation is skipped
/// only for a stated reason. The entry's time is when it was held (or found impossible).
public struct ChildConversation: Sendable, Hashable, Codable {
    /// Either the child's own words, or why the conversation was not held — never neither.
    public enum Outcome: Sendable, Hashable {
        /// What the child said, in the child's words.
        case childsWords(String)
        /// Why it was not held (e.g. the child's age or maturity, or the child declined).
        case notHeld(reason: String)
    }

    /// The user who held it (or decided it could not be held).
    public var heldBy: UUID
    /// Where, e.g. "på skolen", "i hjemmet".
    public var place: String
    public var bisidder: Bisidder?
    public var outcome: Outcome

    public init(heldBy: UUID, place: String, bisidder: Bisidder? = nil, outcome: Outcome) {
        self.heldBy = heldBy
        self.place = place
        self.bisidder = bisidder
        self.outcome = outcome
    }

    /// From a form's two fields: the child's words, or the reason it was not held. Throws
    /// `childsWordsOrReasonMissing` when neither has text.
    public init(heldBy: UUID, place: String, bisidder: Bisidder? = nil, childsWords: String?,
                notHeldReason: String?) throws(DomainError) {
        let outcome: Outcome
        if let words = childsWords, !words.isBlank {
            outcome = .childsWords(words)
        } else if let reason = notHeldReason, !reason.isBlank {
            outcome = .notHeld(reason: reason)
        } else {
            throw DomainError(.childsWordsOrReasonMissing, field: "childsWords")
        }
        self.init(heldBy: heldBy, place: place, bisidder: bisidder, outcome: outcome)
    }

    public var wasHeld: Bool {
        if case .childsWords = outcome { true } else { false }
    }
}

/// The child's or a parent's own views, told before a meeting (the family's portal, issue 8): free text or an
/// answer on a simple scale, or both.
public struct OwnViews: Sendable, Hashable, Codable {
    public enum Who: String, Sendable, Hashable, Codable, CaseIterable {
        case child, parent
    }

    /// An answer on a simple scale, e.g. 1–5 smileys for "Hvordan har du det i skolen?".
    public struct ScaleAnswer: Sendable, Hashable, Codable {
        public var question: String
        public var value: Int
        /// The top of the scale; the bottom is 1.
        public var maximum: Int

        public init(question: String, value: Int, maximum: Int = 5) {
            self.question = question
            self.value = value
            self.maximum = maximum
        }
    }

    public var who: Who
    /// The parent (a `Person`), when a parent told them.
    public var parent: UUID?
    /// The meeting they were told for, if known.
    public var meetingOn: LocalDate?
    public var text: String?
    public var scale: [ScaleAnswer]
    /// Sent by the family from *Min side*, so a message the caseworker owes an answer (`DeadlineRule.portalMessage`);
    /// false when staff recorded views they were told. Views stored before this was kept read as false.
    public var sentFromPortal: Bool

    /// Whether these views can be the hearing of a decision (§ 5, stk. 3, DOMAIN.md step 7: "the child's views must be
    /// gathered"; issue 24: a conversation or direct contact): the child's own views told to staff. A message the child
    /// sent from *Min side* is recorded as views, not as the hearing.
    public var hearsTheChild: Bool { who == .child && !sentFromPortal }

    public init(who: Who, parent: UUID? = nil, meetingOn: LocalDate? = nil, text: String? = nil, scale: [ScaleAnswer] = [],
                sentFromPortal: Bool = false) {
        self.who = who
        self.parent = parent
        self.meetingOn = meetingOn
        self.text = text
        self.scale = scale
        self.sentFromPortal = sentFromPortal
    }

    private enum CodingKeys: String, CodingKey { case who, parent, meetingOn, text, scale, sentFromPortal }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        who = try container.decode(Who.self, forKey: .who)
        parent = try container.decodeIfPresent(UUID.self, forKey: .parent)
        meetingOn = try container.decodeIfPresent(LocalDate.self, forKey: .meetingOn)
        text = try container.decodeIfPresent(String.self, forKey: .text)
        scale = try container.decode([ScaleAnswer].self, forKey: .scale)
        sentFromPortal = try container.decodeIfPresent(Bool.self, forKey: .sentFromPortal) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(who, forKey: .who)
        try container.encodeIfPresent(parent, forKey: .parent)
        try container.encodeIfPresent(meetingOn, forKey: .meetingOn)
        try container.encodeIfPresent(text, forKey: .text)
        try container.encode(scale, forKey: .scale)
        if sentFromPortal { try container.encode(true, forKey: .sentFromPortal) }
    }
}

/// How a decision heard the child (§ 5, stk. 3): a recent child conversation or the child's own views, or the
/// stated reason the child was not heard. A decision without either cannot be built (STYLE.md).
public enum ChildsViews: Sendable, Hashable {
    /// The child conversation (held) or the child's own-views entry the decision rests on.
    case heardIn(UUID)
    case notHeard(reason: String)

    /// From a form's two fields. Throws `childsViewsMissing` when neither is given.
    public init(heardIn entry: UUID?, notHeardReason: String?) throws(DomainError) {
        if let entry {
            self = .heardIn(entry)
        } else if let reason = notHeardReason, !reason.isBlank {
            self = .notHeard(reason: reason)
        } else {
            throw DomainError(.childsViewsMissing, field: "childsViews")
        }
    }
}

extension ChildConversation.Outcome: Codable {
    private enum CodingKeys: String, CodingKey { case childsWords, notHeldReason }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let words = try container.decodeIfPresent(String.self, forKey: .childsWords) {
            self = .childsWords(words)
        } else {
            self = .notHeld(reason: try container.decode(String.self, forKey: .notHeldReason))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .childsWords(let words): try container.encode(words, forKey: .childsWords)
        case .notHeld(let reason): try container.encode(reason, forKey: .notHeldReason)
        }
    }
}

extension ChildsViews: Codable {
    private enum CodingKeys: String, CodingKey { case heardIn, notHeardReason }

    public init(from decoder: any Decoder) throws {
        // Read as the form is: neither a reference nor a reason is the domain's refusal, not a malformed body.
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(heardIn: try container.decodeIfPresent(UUID.self, forKey: .heardIn),
                      notHeardReason: try container.decodeIfPresent(String.self, forKey: .notHeardReason))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .heardIn(let entry): try container.encode(entry, forKey: .heardIn)
        case .notHeard(let reason): try container.encode(reason, forKey: .notHeardReason)
        }
    }
}

extension String {
    /// Nothing but spaces and line breaks.
    var isBlank: Bool { trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}
