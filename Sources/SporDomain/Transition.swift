import Foundation

/// The stages a child passes on the way to adult life (DOMAIN.md step 13).
public enum TransitionStage: String, Sendable, Hashable, Codable, CaseIterable {
    /// Sundhedspleje.
    case healthVisitor
    /// Dagtilbud.
    case daycare
    /// Skole.
    case school
    /// Ungdomsuddannelse.
    case youthEducation
    /// Voksenområdet: adult social services, after ungestøtte or at 18.
    case adultServices
}

/// Overgang: the child moves from one stage to the next. The policy: every transition has a handover meeting.
public struct Transition: Sendable, Hashable, Codable {
    public var from: TransitionStage
    public var to: TransitionStage
    public var note: String?

    public init(from: TransitionStage, to: TransitionStage, note: String? = nil) {
        self.from = from
        self.to = to
        self.note = note
    }
}

/// Overleveringsmøde: the meeting that hands the child over from one stage to the next, with a plan made with the
/// child and the family (Politik for børn og unge i udsatte positioner, 2021, "overgange").
public struct HandoverMeeting: Sendable, Hashable, Codable {
    public var from: TransitionStage
    public var to: TransitionStage
    /// Who took part, e.g. "sundhedsplejerske", "pædagog fra Børnehuset Solsikken".
    public var participants: [String]
    public var childPresent: Bool
    public var familyPresent: Bool
    /// What was agreed for the transition.
    public var plan: String

    public init(from: TransitionStage, to: TransitionStage, participants: [String], childPresent: Bool, familyPresent: Bool,
                plan: String) {
        self.from = from
        self.to = to
        self.participants = participants
        self.childPresent = childPresent
        self.familyPresent = familyPresent
        self.plan = plan
    }
}
