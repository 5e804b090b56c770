import Foundation

/// What the indicators need to know about a child besides its course: who (to read the course), the birth date (ages,
/// the 18th birthday), sex and district (the breakdowns). Aggregates never hold more than these.
public struct IndicatorChildFacts: Sendable, Hashable, Codable {
    public let id: UUID
    public let birthDate: LocalDate
    public let sex: LegalSex
    /// The district of the child's address (e.g. "Område Grenaa"). The journal keeps no address history: every
    /// period counts the child in the district it lives in now.
    public let district: String

    public init(id: UUID, birthDate: LocalDate, sex: LegalSex, district: String) {
        self.id = id
        self.birthDate = birthDate
        self.sex = sex
        self.district = district
    }

    public init(_ child: Child) {
        self.init(id: child.id, birthDate: child.birthDate, sex: child.sex, district: child.district)
    }

    /// The age band on `day`.
    public func ageGroup(on day: LocalDate) -> AgeGroup { AgeGroup.of(birthDate: birthDate, on: day) }
}
