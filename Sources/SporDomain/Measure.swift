import Foundation

/// Indsats begynder: an instance of an offer from the catalogue starts for the child.
public struct MeasureStart: Sendable, Hashable, Codable {
    /// The offer's id in the catalogue.
    public var offer: String
    /// The decision granting it; required unless the offer is open (no referral).
    public var decision: UUID?
    /// The provision: the decision's, or for an open offer one of the offer's.
    public var legalBasis: LegalBasis
    /// The group an open offer's participants were enrolled in together (a skilsmissegruppe): every start of the group
    /// carries the same id. Nil for a measure started alone (and for every measure written before groups existed).
    public var group: UUID?
    /// The parent (a person related to the child) who takes part in an open offer with the child, if one does.
    public var parent: UUID?

    public init(offer: String, decision: UUID?, legalBasis: LegalBasis, group: UUID? = nil, parent: UUID? = nil) {
        self.offer = offer
        self.decision = decision
        self.legalBasis = legalBasis
        self.group = group
        self.parent = parent
    }
}

/// Why a measure or a placement ended.
public enum EndReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// The goals were reached.
    case goalsReached
    /// Hjemgivelse (§§ 99–102): a placed child moves home.
    case homecoming
    /// Another measure or placement takes over.
    case replaced
    /// The family or the young person no longer wants it.
    case declined
    /// The child turned 18, or a young adult 23.
    case ageLimit
    /// The family moved to another municipality.
    case movedAway
    case other
}

/// Indsats ophører.
public struct MeasureEnd: Sendable, Hashable, Codable {
    /// The measure's start entry.
    public var measure: UUID
    public var reason: EndReason
    public var note: String?

    public init(measure: UUID, reason: EndReason, note: String? = nil) {
        self.measure = measure
        self.reason = reason
        self.note = note
    }
}

/// Anbringelse begynder: with consent (§ 46) or without, decided by Børne- og ungeudvalget (§ 47). A placement
/// is a measure too: it is an offer of the catalogue, granted by a decision, followed up under § 95.
public struct PlacementStart: Sendable, Hashable, Codable {
    /// A placement offer in the catalogue.
    public var offer: String
    public var kind: PlacementKind
    /// The decision placing the child.
    public var decision: UUID
    /// § 46 or § 47, as the decision says.
    public var legalBasis: LegalBasis
    /// Near the child's home (the policy wants children placed near home).
    public var nearHome: Bool
    /// The child keeps its school.
    public var schoolKept: Bool
    /// Samvær og kontakt: how the child keeps in touch with family and friends (§§ 103–107).
    public var contactArrangements: String
    /// When the school is not kept: the day schooling began at the new place, if known as the placement starts (a later
    /// schooling entry tells it too). Nil in placements stored before it was asked.
    public var schoolingStarted: LocalDate?
    /// Søskende: what the placement says about each of the child's siblings in Spor (`Household.swift`). Nil in placements
    /// stored before it was asked; empty when the child has no siblings in Spor.
    public var siblings: [SiblingAtPlacement]?

    public init(offer: String, kind: PlacementKind, decision: UUID, legalBasis: LegalBasis, nearHome: Bool, schoolKept: Bool,
                contactArrangements: String, schoolingStarted: LocalDate? = nil, siblings: [SiblingAtPlacement]? = nil) {
        self.schoolingStarted = schoolingStarted
        self.siblings = siblings
        self.offer = offer
        self.kind = kind
        self.decision = decision
        self.legalBasis = legalBasis
        self.nearHome = nearHome
        self.schoolKept = schoolKept
        self.contactArrangements = contactArrangements
    }

    /// Anbragt uden samtykke (§ 47).
    public var withoutConsent: Bool { legalBasis == .placementWithoutConsent }
}

/// Anbringelse ophører: hjemgivelse (§§ 99–102), a move to another placement, the 18th birthday, or another reason.
public struct PlacementEnd: Sendable, Hashable, Codable {
    /// The placement's start entry.
    public var placement: UUID
    public var reason: EndReason
    public var note: String?
    /// The homecoming plan a homecoming follows (`HomecomingPlan`). Nil in ends stored before the homecoming had a course
    /// of its own, and for other reasons.
    public var homecomingPlan: UUID?

    public init(placement: UUID, reason: EndReason, note: String? = nil, homecomingPlan: UUID? = nil) {
        self.placement = placement
        self.reason = reason
        self.note = note
        self.homecomingPlan = homecomingPlan
    }

    public var isHomecoming: Bool { reason == .homecoming }
}

extension EntryPayload {
    /// The provision of a decision, measure or placement.
    public var legalBasis: LegalBasis? {
        switch self {
        case .decision(let decision): decision.legalBasis
        case .measureStarted(let start): start.legalBasis
        case .placementStarted(let start): start.legalBasis
        default: nil
        }
    }

    /// The earlier entries this one acts on: the start an assessment conclusion closes, the investigation a
    /// preliminary assessment is about, the decision a measure follows, the measure or placement an end closes,
    /// the measures a follow-up follows up, the plan version a plan supersedes.
    public var references: [UUID] {
        switch self {
        case .focusedAssessmentConcluded(let conclusion), .investigationConcluded(let conclusion): [conclusion.start]
        case .preliminaryAssessment(let preliminary): [preliminary.investigation]
        case .measureStarted(let start): start.decision.map { [$0] } ?? []
        case .placementStarted(let start): [start.decision]
        case .measureEnded(let end): [end.measure]
        case .placementEnded(let end): [end.placement]
        case .homecomingPlan(let plan): [plan.placement, plan.decision]
        case .homecomingFollowUp(let followUp): [followUp.homecoming]
        case .followUp(let followUp): followUp.measures
        case .plan(let plan): plan.supersedes.map { [$0] } ?? []
        default: []
        }
    }
}
