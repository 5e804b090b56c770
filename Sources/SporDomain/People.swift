import Foundation

/// A child or young person (0–22) whose course Spor keeps.
public struct Child: Sendable, Hashable, Codable, Identifiable {
    public let id: UUID
    public var municipality: Int
    public var givenName: String
    public var familyName: String
    public var birthDate: LocalDate
    public var sex: LegalSex
    /// The district (område) of the child's address, e.g. "Område Grenaa".
    public var district: String
    /// The school or daycare the child attends, if known.
    public var institution: String?
    /// Set while the child is expected, not yet born: the due date (termin). See `ExpectedChild.swift`.
    public var dueDate: LocalDate?

    public init(id: UUID = UUID(), municipality: Int, givenName: String, familyName: String,
                birthDate: LocalDate, sex: LegalSex, district: String, institution: String? = nil, dueDate: LocalDate? = nil) {
        self.id = id
        self.municipality = municipality
        self.givenName = givenName
        self.familyName = familyName
        self.birthDate = birthDate
        self.sex = sex
        self.district = district
        self.institution = institution
        self.dueDate = dueDate
    }

    /// An expected child has no given name yet (`ExpectedChild.swift`): its name is the family name alone.
    public var fullName: String { givenName.isEmpty ? familyName : "\(givenName) \(familyName)" }

    /// A child registered today is born by today and younger than the course's last age: support to young adults
    /// ends as the 23rd birthday begins (a CPR number can name a birth in 2058 or 1858 alike).
    public static func requirePlausible(birthDate: LocalDate, today: LocalDate, rules: CourseRules = .standard) throws(DomainError) {
        guard birthDate <= today, birthDate.age(on: today) <= rules.youngAdultSupportAges.upperBound else {
            throw DomainError(.birthDateImplausible, field: "cpr")
        }
    }

    /// A child whose identity comes from a CPR number: birth date and sex are read from it.
    public init(id: UUID = UUID(), municipality: Int, cpr: CPR, givenName: String, familyName: String,
                district: String, institution: String? = nil) throws(DomainError) {
        let given = givenName.trimmingCharacters(in: .whitespacesAndNewlines)
        let family = familyName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !given.isEmpty else { throw DomainError(.nameMissing, field: "givenName") }
        guard !family.isEmpty else { throw DomainError(.nameMissing, field: "familyName") }
        self.init(id: id, municipality: municipality, givenName: given, familyName: family,
                  birthDate: cpr.birthDate, sex: cpr.sex, district: district, institution: institution)
    }
}

/// A parent or a person in the child's network.
public struct Person: Sendable, Hashable, Codable, Identifiable {
    public let id: UUID
    public var municipality: Int
    public var givenName: String
    public var familyName: String

    public init(id: UUID = UUID(), municipality: Int, givenName: String, familyName: String) {
        self.id = id
        self.municipality = municipality
        self.givenName = givenName
        self.familyName = familyName
    }

    public var fullName: String { "\(givenName) \(familyName)" }
}

/// How a person stands to a child.
public struct Relation: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case mother, father, parent, stepParent, grandparent, sibling, fosterParent, networkPerson
    }

    public var child: UUID
    public var person: UUID
    public var kind: Kind
    /// Forældremyndighed: a custody holder is a party to the case.
    public var hasCustody: Bool
    /// Bopæl: the child lives with this person. Nil: not recorded (relations registered before it was asked).
    public var livesWith: Bool?

    public init(child: UUID, person: UUID, kind: Kind, hasCustody: Bool, livesWith: Bool? = nil) {
        self.child = child
        self.person = person
        self.kind = kind
        self.hasCustody = hasCustody
        self.livesWith = livesWith
    }

    /// The kinds that make two children who share the person siblings (`SiblingKinship`).
    public static let parentKinds: [Kind] = [.mother, .father, .parent, .stepParent]
}

/// The roles of DOMAIN.md. Staff roles log in with a password; the family's roles come with the portal.
public enum Role: String, Sendable, Codable, CaseIterable {
    /// Rådgiver.
    case caseworker
    /// Fremskudt rådgiver.
    case outreach
    /// Fagperson: teacher, pædagog, health visitor, PPR, SSP, doctor.
    case professional
    /// Leder.
    case teamLead = "teamlead"
    /// Forvaltning.
    case policy
    case admin
}

/// The shared concern scale ("børnelinealen"). Level names and guidance are configuration;
/// the five steps and their order are the model.
public enum ConcernLevel: Int, Sendable, Codable, CaseIterable, Comparable {
    case thriving = 1
    case sensitive = 2
    case vulnerable = 3
    case atRisk = 4
    case threatened = 5

    public static func < (a: ConcernLevel, b: ConcernLevel) -> Bool { a.rawValue < b.rawValue }
}
