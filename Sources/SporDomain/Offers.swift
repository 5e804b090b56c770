import Foundation

/// The provision a measure or an offer is granted under (Barnets Lov, LBK nr 282 af 17/03/2025).
///
/// Checked against the consolidated text: § 30 (tidligt forebyggende indsatser: konsulentbistand,
/// netværks- eller samtalegrupper, rådgivning om familieplanlægning, andre indsatser), § 32, stk. 1, nr. 1–8
/// and stk. 4, § 39 (børne- og ungepålæg, 10–17 år), §§ 46 and 47 (cited so by § 91 and § 95) and §§ 114–116
/// (ungestøtte, cited so by § 111). (verify) `general` is not a provision: it marks an almen offer that
/// needs no decision under Barnets Lov.
public enum LegalBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// An almen offer anyone may use; no decision under Barnets Lov.
    case general
    /// Tidligt forebyggende indsats, § 30.
    case earlyHelp
    /// § 32, stk. 1, nr. 1: ophold i dagtilbud, fritidshjem, ungdomsklub, uddannelsessted el.lign.
    case daycareOrClubPlace
    /// § 32, stk. 1, nr. 2: praktisk, pædagogisk eller anden støtte i hjemmet.
    case helpInTheHome
    /// § 32, stk. 1, nr. 3: fast kontaktperson for barnet, den unge eller hele familien.
    case contactPerson
    /// § 32, stk. 1, nr. 4: praktiktilbud.
    case workPlacement
    /// § 32, stk. 1, nr. 5: familiebehandling eller behandling af barnet eller den unge.
    case treatment
    /// § 32, stk. 1, nr. 6: familieanbringelse (døgnophold for forældre, barn og familie).
    case familyPlacement
    /// § 32, stk. 1, nr. 7: støtteophold (formerly aflastning).
    case supportStay
    /// § 32, stk. 1, nr. 8: anden hjælp (rådgivning, behandling, praktisk og pædagogisk støtte).
    case otherSupport
    /// § 32, stk. 4: a supportive measure started on an afdækning or alongside an investigation (straks-indsats).
    case alongsideAssessment
    /// Børne- og ungepålæg, § 39 (10–17 år, without the custody holder's consent).
    case youthOrder
    /// Anbringelse med samtykke, § 46.
    case placementWithConsent
    /// Anbringelse uden samtykke, § 47, decided by Børne- og ungeudvalget.
    case placementWithoutConsent
    /// Ungestøtte for 18–22-årige, §§ 114–116.
    case youngAdultSupport

    /// As shown beside a decision, e.g. "§ 32, stk. 1, nr. 5".
    public var paragraph: String {
        switch self {
        case .general: "Almen indsats"
        case .earlyHelp: "§ 30"
        case .daycareOrClubPlace: "§ 32, stk. 1, nr. 1"
        case .helpInTheHome: "§ 32, stk. 1, nr. 2"
        case .contactPerson: "§ 32, stk. 1, nr. 3"
        case .workPlacement: "§ 32, stk. 1, nr. 4"
        case .treatment: "§ 32, stk. 1, nr. 5"
        case .familyPlacement: "§ 32, stk. 1, nr. 6"
        case .supportStay: "§ 32, stk. 1, nr. 7"
        case .otherSupport: "§ 32, stk. 1, nr. 8"
        case .alongsideAssessment: "§ 32, stk. 4"
        case .youthOrder: "§ 39"
        case .placementWithConsent: "§ 46"
        case .placementWithoutConsent: "§ 47"
        case .youngAdultSupport: "§§ 114–116"
        }
    }

    /// Støttende indsatser, § 32 (stk. 1 and stk. 4).
    public static let supportive: Set<LegalBasis> = [
        .daycareOrClubPlace, .helpInTheHome, .contactPerson, .workPlacement, .treatment, .familyPlacement, .supportStay,
        .otherSupport, .alongsideAssessment,
    ]

    /// Anbringelse, §§ 46 and 47.
    public static let placement: Set<LegalBasis> = [.placementWithConsent, .placementWithoutConsent]

    /// The provisions a decision may name for a measure. § 32, stk. 4 is not among them: a measure started alongside
    /// an afdækning or an investigation is granted under its own § 32, stk. 1 provision; *when* it started is on the
    /// journal (the straks-indsats mark), not in its basis.
    public static let decidable: [LegalBasis] = allCases.filter { $0 != .alongsideAssessment }

    /// Klagevejledning (forvaltningsloven § 25) for a decision on this provision: Barnets Lov § 168 and
    /// retssikkerhedsloven § 67 — to Ankestyrelsen within four weeks, sent to the municipality, which reconsiders the
    /// decision first. A § 47 decision is made by Børne- og ungeudvalget and complained of to Ankestyrelsen too
    /// (§ 169). An almen or § 30 offer is not a decision with a right to complain under Barnets Lov (verify).
    public var complaint: ComplaintRoute? {
        switch self {
        case .general, .earlyHelp: nil
        case .placementWithoutConsent: ComplaintRoute(body: .ankestyrelsen, weeks: 4, reconsideredBy: .childrenAndYouthCommittee)
        default: ComplaintRoute(body: .ankestyrelsen, weeks: 4, reconsideredBy: .municipality)
        }
    }

    /// The members of `bases` in the order of `allCases`: a list that encodes the same way every time.
    public static func inOrder(_ bases: Set<LegalBasis>) -> [LegalBasis] { allCases.filter(bases.contains) }
}

/// The level of an offer in the tilbudsvifte (DOMAIN.md step 9).
public enum OfferLevel: String, Sendable, Hashable, Codable, CaseIterable {
    /// Almen.
    case general
    /// Forebyggende.
    case preventive
    /// Specialiseret.
    case specialised
}

/// How a family comes to an offer.
public enum OfferAccess: String, Sendable, Hashable, Codable, CaseIterable {
    /// Åbent tilbud: no referral and no decision.
    case open
    /// By referral (visitation): a decision grants it.
    case referral
}

/// Where a placed child lives (DOMAIN.md step 12).
public enum PlacementKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Netværksplejefamilie.
    case networkFosterFamily
    /// Almen plejefamilie.
    case fosterFamily
    /// Forstærket plejefamilie.
    case reinforcedFosterFamily
    /// Specialiseret plejefamilie.
    case specialisedFosterFamily
    /// Børne- og ungehjem (døgninstitution).
    case childrensHome
    /// Eget værelse, kollegium el.lign.
    case ownRoom
}

/// Where and by when a decision may be complained of.
public struct ComplaintRoute: Sendable, Hashable {
    public enum Body: String, Sendable, Hashable { case ankestyrelsen }
    public enum Reconsideration: String, Sendable, Hashable {
        /// The municipality reconsiders the decision within four weeks before it goes on.
        case municipality
        /// Børne- og ungeudvalget, which made the decision.
        case childrenAndYouthCommittee
    }

    public let body: Body
    /// The time limit, in weeks from the day the party received the decision.
    public let weeks: Int
    public let reconsideredBy: Reconsideration
}

/// Tilbud: one offer in the municipality's catalogue (tilbudsvifte). Every measure is an instance of one.
public struct Offer: Sendable, Hashable, Codable, Identifiable {
    /// A stable slug, e.g. "familiebehandling". Measures refer to an offer by it.
    public let id: String
    public var name: String
    /// Who delivers it, e.g. "FTI og Familiehuset".
    public var provider: String
    public var description: String
    /// Målgruppe, in the municipality's words.
    public var targetGroup: String
    /// Youngest age in whole years the offer is meant for, if any.
    public var minimumAge: Int?
    /// Oldest age in whole years, inclusive ("18–22" means up to and including 22).
    public var maximumAge: Int?
    public var level: OfferLevel
    /// The provisions it may be granted under; the first is the usual one.
    public var legalBases: [LegalBasis]
    public var access: OfferAccess
    /// Places, where the offer has a fixed number.
    public var capacity: Int?
    /// For a placement offer: where the child lives.
    public var placementKind: PlacementKind?
    /// For a leisure offer (a club, an association, culture, a leisure job): its kind. Leisure offers are shown to the
    /// family on Min side for the child's age, not granted or enrolled in as measures.
    public var leisure: LeisureActivity.Kind?

    public init(id: String, name: String, provider: String, description: String, targetGroup: String,
                minimumAge: Int? = nil, maximumAge: Int? = nil, level: OfferLevel, legalBases: [LegalBasis],
                access: OfferAccess, capacity: Int? = nil, placementKind: PlacementKind? = nil, leisure: LeisureActivity.Kind? = nil) {
        self.leisure = leisure
        self.id = id
        self.name = name
        self.provider = provider
        self.description = description
        self.targetGroup = targetGroup
        self.minimumAge = minimumAge
        self.maximumAge = maximumAge
        self.level = level
        self.legalBases = legalBases
        self.access = access
        self.capacity = capacity
        self.placementKind = placementKind
    }

    /// Whether a child of `age` is within the offer's age range.
    public func isFor(age: Int) -> Bool {
        (minimumAge.map { age >= $0 } ?? true) && (maximumAge.map { age <= $0 } ?? true)
    }
}

/// The tilbudsvifte: the municipality's offers, edited by the administrator.
public struct OfferCatalogue: Sendable, Hashable, Codable {
    public private(set) var offers: [Offer]

    /// Checks that each offer has a slug id used once, a name, a provider, legal bases and a sensible age range.
    public init(offers: [Offer]) throws(DomainError) {
        var seen: Set<String> = []
        for offer in offers {
            guard Self.isSlug(offer.id) else { throw DomainError(.offerIdInvalid, field: offer.id) }
            guard seen.insert(offer.id).inserted else { throw DomainError(.offerIdTaken, field: offer.id) }
            try JournalRules.requireText(offer.name, field: "name-\(offer.id)")
            try JournalRules.requireText(offer.provider, field: "provider-\(offer.id)")
            guard !offer.legalBases.isEmpty else { throw DomainError(.legalBasisMismatch, field: "legalBases-\(offer.id)") }
            if let minimum = offer.minimumAge, let maximum = offer.maximumAge, minimum > maximum {
                throw DomainError(.ageRangeInvalid, field: offer.id)
            }
            if (offer.minimumAge ?? 0) < 0 || (offer.capacity ?? 0) < 0 { throw DomainError(.ageRangeInvalid, field: offer.id) }
        }
        self.offers = offers
    }

    public subscript(id: String) -> Offer? { offers.first { $0.id == id } }

    /// Lower-case letters, digits and single hyphens, as in "faa-styr-paa-angsten".
    static func isSlug(_ text: String) -> Bool {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        return !text.isEmpty && text.count <= 60 && text.allSatisfy(allowed.contains)
            && !text.hasPrefix("-") && !text.hasSuffix("-") && !text.contains("--")
    }

    private enum CodingKeys: String, CodingKey { case offers }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(offers: try container.decode([Offer].self, forKey: .offers))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(offers, forKey: .offers)
    }
}
