import Foundation

/// How two children are siblings in Spor: full siblings share both their known parents, half siblings one; a sibling
/// recorded by hand (a link between two children whose parents are not in Spor) is told as recorded.
public enum SiblingKinship: String, Sendable, Hashable, Codable, CaseIterable {
    /// Helsøskende.
    case full
    /// Halvsøskende.
    case half
    /// Registered as a sibling by a caseworker; the parents that would tell full from half are not in Spor.
    case recorded

    /// The kinship of two children from their known parents (the persons related to each as mother, father, parent or
    /// step-parent): full when they share all of them, half when they share some, nil when none.
    public static func of(_ parents: Set<UUID>, _ otherParents: Set<UUID>) -> SiblingKinship? {
        if parents.isDisjoint(with: otherParents) { return nil }
        return parents == otherParents ? .full : .half
    }
}

/// Vurdering af søskende: when a child is placed without a sibling, whether the sibling's own situation was looked at.
public enum SiblingAssessment: String, Sendable, Hashable, Codable, CaseIterable {
    /// The sibling's situation has been assessed.
    case assessed
    /// An assessment is asked for: an afdækning is opened on the sibling's journal as the placement is saved.
    case askedFor
    /// Not relevant, for the reason given (an adult sibling, one living abroad …).
    case notRelevant
}

/// What a placement records about one of the child's siblings as it begins (issue 24, item 2).
public struct SiblingAtPlacement: Sendable, Hashable, Codable {
    /// The sibling (a child in Spor, of the same municipality).
    public var sibling: UUID
    /// The sibling was in a placement of its own as this one began: read from the sibling's journal, not asked.
    public var siblingPlaced: Bool
    /// Anbragt sammen: the child is placed together with this sibling.
    public var placedTogether: Bool
    /// Asked when not placed together; nil when placed together.
    public var assessment: SiblingAssessment?
    /// Why an assessment is not relevant (`SiblingAssessment.notRelevant`).
    public var notRelevantReason: String?

    public init(sibling: UUID, siblingPlaced: Bool, placedTogether: Bool, assessment: SiblingAssessment? = nil, notRelevantReason: String? = nil) {
        self.sibling = sibling
        self.siblingPlaced = siblingPlaced
        self.placedTogether = placedTogether
        self.assessment = assessment
        self.notRelevantReason = notRelevantReason
    }

    /// The form's field names for this sibling's questions.
    public static func togetherField(_ sibling: UUID) -> String { "together-\(sibling.uuidString)" }
    public static func assessmentField(_ sibling: UUID) -> String { "assessment-\(sibling.uuidString)" }
    public static func reasonField(_ sibling: UUID) -> String { "reason-\(sibling.uuidString)" }
}

/// A sibling of the child as the store knows it when a placement is written: its id and municipality.
public struct KnownSibling: Sendable, Hashable {
    public let id: UUID
    public let municipality: Int

    public init(id: UUID, municipality: Int) {
        self.id = id
        self.municipality = municipality
    }
}

extension PlacementStart {
    /// The siblings not placed together with the child whose assessment was asked for.
    public var siblingAssessmentsAskedFor: [UUID] {
        (siblings ?? []).filter { !$0.placedTogether && $0.assessment == .askedFor }.map(\.sibling)
    }
}

extension JournalRules {
    /// A placement answers for each of the child's siblings: placed together, and if not, whether the sibling's situation
    /// was assessed. An answer about a child who is not the child's sibling (another municipality's child included) is
    /// refused. With `known` nil (history loaded in bulk) only the answers themselves are checked.
    static func validateSiblings(_ answers: [SiblingAtPlacement]?, entry: Entry, known: [KnownSibling]?) throws(DomainError) {
        if let known {
            let ours = Set(known.filter { $0.municipality == entry.municipality && $0.id != entry.child }.map(\.id))
            for answer in answers ?? [] where !ours.contains(answer.sibling) {
                throw DomainError(.siblingNotOfChild, field: "siblings")
            }
            let answered = Set((answers ?? []).map(\.sibling))
            if let missing = known.map(\.id).filter(ours.contains).first(where: { !answered.contains($0) }) {
                throw DomainError(.siblingAnswerMissing, field: SiblingAtPlacement.togetherField(missing))
            }
        }
        var seen = Set<UUID>()
        for answer in answers ?? [] {
            guard answer.sibling != entry.child, seen.insert(answer.sibling).inserted else { throw DomainError(.siblingNotOfChild, field: "siblings") }
            if answer.placedTogether {
                guard answer.assessment == nil, answer.notRelevantReason == nil else {
                    throw DomainError(.siblingAssessmentInvalid, field: SiblingAtPlacement.assessmentField(answer.sibling))
                }
                continue
            }
            guard let assessment = answer.assessment else {
                throw DomainError(.siblingAnswerMissing, field: SiblingAtPlacement.assessmentField(answer.sibling))
            }
            if assessment == .notRelevant {
                try requireText(answer.notRelevantReason ?? "", field: SiblingAtPlacement.reasonField(answer.sibling))
            } else if answer.notRelevantReason != nil {
                throw DomainError(.siblingAssessmentInvalid, field: SiblingAtPlacement.reasonField(answer.sibling))
            }
        }
    }
}
