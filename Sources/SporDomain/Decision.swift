import Foundation

/// An answer to a request for consent.
public enum ConsentAnswer: String, Sendable, Hashable, Codable, CaseIterable {
    case given, refused
}

/// Samtykke. § 32, stk. 2: a supportive measure is decided with the custody holder's consent (except §§ 37–39);
/// § 46: a placement with consent needs the custody holder's and that of a young person who is 15 or older;
/// §§ 114–116: ungestøtte needs the young person's acceptance. § 47 and § 39 are decided without consent.
public struct Consent: Sendable, Hashable, Codable {
    /// Forældremyndighedsindehaveren. Nil: not asked (a § 47 or § 39 decision, or a young adult).
    public var custodyHolders: ConsentAnswer?
    /// The young person's own answer; recorded only from 15 (`CourseRules.consentAge`).
    public var youngPerson: ConsentAnswer?

    public init(custodyHolders: ConsentAnswer? = nil, youngPerson: ConsentAnswer? = nil) {
        self.custodyHolders = custodyHolders
        self.youngPerson = youngPerson
    }
}

/// Afgørelse on measures from the offers catalogue. § 32, stk. 3: it states the purpose and the expected
/// duration; it records consent, how the child was heard (§ 5, stk. 3) and, from the child's 10th year, that the
/// child was given complaint guidance (§ 3: the child is a party). A decision on ungestøtte (§§ 114–116) is the
/// decision on support after 18 that § 111 requires; refusing support is a decision too.
public struct Decision: Sendable, Hashable, Codable {
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        /// Bevilling.
        case granted
        /// Delvis bevilling: some of what was asked is granted, the rest refused (the reasons say what and why).
        case partiallyGranted
        /// Afslag.
        case refused

        /// Whether the decision grants measures (in full or in part).
        public var grants: Bool { self != .refused }
    }

    public var outcome: Outcome
    /// Offer ids from the catalogue; at least one when granted.
    public var offers: [String]
    /// The provision of the first granted offer; each offer's own is `basis(of:)`. Kept whole so that a reader of
    /// an older decision (one provision for all its measures) reads it the same way.
    public var legalBasis: LegalBasis
    /// Each granted offer's own provision, where the decision names them one by one.
    public var bases: [String: LegalBasis]?
    /// Begrundelse (forvaltningsloven §§ 22–24): required when the decision refuses, grants in part, or is made
    /// without consent (`requiresReasons`).
    public var reasons: String?
    /// Formålet med indsatsen.
    public var purpose: String
    /// Forventet varighed, as the day it is expected to end; required when granted.
    public var expectedEnd: LocalDate?
    public var consent: Consent
    public var childsViews: ChildsViews
    /// Klagevejledning given to the child. Required from the child's 10th year (§ 3).
    public var complaintGuidanceToChild: Bool
    /// § 91, stk. 1: for a § 32 decision, whether a barnets plan is to be made (then within 3 months).
    public var makesChildsPlan: Bool?
    /// Afgørelse om hjemgivelse (§§ 99–102): the placement (its start entry) the child goes home from. The decision is on
    /// that placement's provision and grants no offer; `expectedEnd` is the day of the homecoming. Nil for every other.
    public var homecoming: UUID?

    public init(outcome: Outcome = .granted, offers: [String], legalBasis: LegalBasis, bases: [String: LegalBasis]? = nil, reasons: String? = nil,
                purpose: String, expectedEnd: LocalDate?,
                consent: Consent, childsViews: ChildsViews, complaintGuidanceToChild: Bool, makesChildsPlan: Bool? = nil,
                homecoming: UUID? = nil) {
        self.homecoming = homecoming
        self.outcome = outcome
        self.offers = offers
        self.legalBasis = legalBasis
        self.bases = bases
        self.reasons = reasons
        self.purpose = purpose
        self.expectedEnd = expectedEnd
        self.consent = consent
        self.childsViews = childsViews
        self.complaintGuidanceToChild = complaintGuidanceToChild
        self.makesChildsPlan = makesChildsPlan
    }

    /// The provision `offer` is granted under.
    public func basis(of offer: String) -> LegalBasis { bases?[offer] ?? legalBasis }

    /// Every provision the decision grants under, in the order of `LegalBasis.allCases`.
    public var allBases: [LegalBasis] { LegalBasis.inOrder(Set([legalBasis] + offers.map(basis(of:)))) }

    /// Forvaltningsloven § 22: a decision that does not give the party everything asked for is reasoned. Here: a
    /// refusal, a partial grant, and a grant without the consent of the custody holder or the young person.
    public var requiresReasons: Bool {
        outcome != .granted || (consent.custodyHolders != .given && consent.youngPerson != .given)
    }

    /// Whose consent the decision needs for a child of `age`: that of every provision it grants under.
    public func requiredConsent(age: Int, rules: CourseRules = .standard) -> (custodyHolders: Bool, youngPerson: Bool) {
        allBases.reduce((false, false)) { sum, basis in
            let one = Decision.requiredConsent(for: basis, age: age, rules: rules)
            return (sum.0 || one.custodyHolders, sum.1 || one.youngPerson)
        }
    }

    /// Whether a decision about a child of `age` must give the child complaint guidance (§ 3: a party from 10).
    public static func requiresComplaintGuidanceToChild(age: Int, rules: CourseRules = .standard) -> Bool {
        age >= rules.partyAge
    }

    /// Whose consent a granted decision on `basis` needs for a child of `age`.
    public static func requiredConsent(for basis: LegalBasis, age: Int, rules: CourseRules = .standard)
        -> (custodyHolders: Bool, youngPerson: Bool) {
        switch basis {
        case .placementWithConsent: (true, age >= rules.consentAge)
        case .youngAdultSupport: (false, true)
        case .placementWithoutConsent, .youthOrder, .general, .earlyHelp: (false, false)
        default: (LegalBasis.supportive.contains(basis), false)
        }
    }

    /// The last day ungestøtte can run for someone born on `birthDate`: the day before the 23rd birthday.
    public static func lastDayOfYoungAdultSupport(birthDate: LocalDate, rules: CourseRules = .standard) -> LocalDate {
        birthDate.birthday(turning: rules.youngAdultSupportAges.upperBound + 1).adding(days: -1)
    }
}
