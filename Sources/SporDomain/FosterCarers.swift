import Foundation

/// How a carer of a network foster family (netværksplejefamilie) is related to the child.
public enum NetworkRelation: String, Sendable, Hashable, Codable, CaseIterable {
    case grandparent
    /// Moster, faster, morbror, farbror.
    case auntOrUncle
    /// An adult sibling or half sibling.
    case sibling
    /// Another relative.
    case otherRelative
    /// A friend of the family, a teacher, a neighbour: the child's network, not family.
    case network
}

/// A foster carer (plejeforælder): a person, named in the journal, who cares for the child in a placement. The store keeps
/// the person with the relation `fosterParent` to the child, so the household shows them and a carer is found with their
/// placements.
public struct FosterCarer: Sendable, Hashable, Codable {
    /// The person's id: new for a carer named the first time, the same when a later entry names them again.
    public var person: UUID
    public var givenName: String
    public var familyName: String
    /// For a network foster family: how the carer is related to the child (asked, never preset).
    public var networkRelation: NetworkRelation?

    public init(person: UUID, givenName: String, familyName: String, networkRelation: NetworkRelation? = nil) {
        self.person = person
        self.givenName = givenName
        self.familyName = familyName
        self.networkRelation = networkRelation
    }

    public var fullName: String { "\(givenName) \(familyName)" }
}

/// Plejefamilien: the foster carers of a placement, named when it starts or later; a later entry for the same placement
/// names them anew (replacing those named before).
public struct FosterCarers: Sendable, Hashable, Codable {
    /// The placement's start entry.
    public var placement: UUID
    public var carers: [FosterCarer]

    public static let maximumCarers = 4
    public static let maximumNameLength = 200

    public init(placement: UUID, carers: [FosterCarer]) {
        self.placement = placement
        self.carers = carers
    }
}

extension Timeline {
    /// The foster carers last named for each placement (corrections applied), by the placement's start entry.
    public var fosterCarers: [UUID: [FosterCarer]] {
        var named: [UUID: [FosterCarer]] = [:]
        for item in items {
            if case .fosterCarers(let carers)? = item.effective { named[carers.placement] = carers.carers }
        }
        return named
    }
}

extension JournalRules {
    /// Foster carers are named for a placement of this child in a foster family (the kind of placement that has them),
    /// running when they are named: one to four people, each with a given and a family name; for a network foster family
    /// each carer's relation to the child is answered.
    static func validateFosterCarers(_ named: FosterCarers, course: CourseReader) throws(DomainError) {
        guard let start = course.earlier(named.placement, kind: .placementStarted), case .placementStarted(let placement)? = start.effective,
              course.stateBefore.activeMeasures.contains(where: { $0.entry == named.placement && $0.isPlacement }) else {
            throw DomainError(.placementNotRunning, field: "placement")
        }
        guard placement.kind.hasFosterCarers else { throw DomainError(.fosterCarersNotAFamily, field: "placement") }
        guard (1...FosterCarers.maximumCarers).contains(named.carers.count) else { throw DomainError(.nameMissing, field: "carers") }
        guard Set(named.carers.map(\.person)).count == named.carers.count else { throw DomainError(.fosterCarerTwice, field: "carers") }
        for (index, carer) in named.carers.enumerated() {
            guard !carer.givenName.isBlank else { throw DomainError(.nameMissing, field: "givenName\(index)") }
            guard !carer.familyName.isBlank else { throw DomainError(.nameMissing, field: "familyName\(index)") }
            guard carer.givenName.count <= FosterCarers.maximumNameLength, carer.familyName.count <= FosterCarers.maximumNameLength else {
                throw DomainError(.textTooLong, field: "givenName\(index)")
            }
            if placement.kind == .networkFosterFamily, carer.networkRelation == nil {
                throw DomainError(.networkRelationUnanswered, field: "relation\(index)")
            }
        }
    }
}

extension PlacementKind {
    /// A foster family of any kind: the placements that have foster carers (a children's home or an own room has staff).
    public var hasFosterCarers: Bool {
        switch self {
        case .networkFosterFamily, .fosterFamily, .reinforcedFosterFamily, .specialisedFosterFamily: true
        default: false
        }
    }
}
