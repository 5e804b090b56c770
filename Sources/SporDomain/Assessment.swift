import Foundation

/// An afdækning (§ 19) or børnefaglig undersøgelse (§ 20) begins. The entry's kind says which.
public struct AssessmentStart: Sendable, Hashable, Codable {
    /// What it looks into and why: for an afdækning the one or more issues, for an investigation why it is needed
    /// (§ 20, stk. 1: a serious or complex case, placement considered, suspected abuse).
    public var reason: String
    /// Dialog-based: planned and carried out with the family (the Norddjurs pilot, seed 001).
    public var dialogBased: Bool
    /// When the municipality became aware that the child may need support. § 20, stk. 3: the investigation is to be
    /// concluded at most 4 months after it. Nil: the day of this entry.
    public var needKnownOn: LocalDate?
    /// The notification it follows, if any.
    public var notification: UUID?

    public init(reason: String, dialogBased: Bool = false, needKnownOn: LocalDate? = nil, notification: UUID? = nil) {
        self.reason = reason
        self.dialogBased = dialogBased
        self.needKnownOn = needKnownOn
        self.notification = notification
    }
}

/// ICS-trekanten (Integrated Children's System): the three sides a børnefaglig undersøgelse looks at (§ 22,
/// stk. 1: "udfordringer og ressourcer hos barnet eller den unge, familien og netværket").
public struct ICSTriangle: Sendable, Hashable, Codable {
    /// Barnets udvikling: health; daycare, school and learning; development and behaviour; leisure and friendships.
    public var childsDevelopment: String
    /// Forældrekompetencer: safe care; stimulation and guidance; support for relationships.
    public var parentingCapacity: String
    /// Familie og netværk: family situation; housing, work and money; social network.
    public var familyAndNetwork: String

    public init(childsDevelopment: String, parentingCapacity: String, familyAndNetwork: String) {
        self.childsDevelopment = childsDevelopment
        self.parentingCapacity = parentingCapacity
        self.familyAndNetwork = familyAndNetwork
    }
}

/// The conclusion of an afdækning or a børnefaglig undersøgelse (§ 22, stk. 6: a reasoned position on support
/// under §§ 32, 46 or 47, and how the custody holder and the child see it). The entry's kind says which.
public struct AssessmentConclusion: Sendable, Hashable, Codable {
    /// The entry that started it.
    public var start: UUID
    /// For an investigation all three sides; an afdækning looks at one or more.
    public var triangle: ICSTriangle
    public var childsViews: String
    public var parentsViews: String
    /// The reasoned conclusion: is there a basis for support, and which.
    public var conclusion: String

    public init(start: UUID, triangle: ICSTriangle, childsViews: String, parentsViews: String, conclusion: String) {
        self.start = start
        self.triangle = triangle
        self.childsViews = childsViews
        self.parentsViews = parentsViews
        self.conclusion = conclusion
    }
}

/// Foreløbig vurdering, § 20, stk. 3, 2. pkt.: when an investigation exceptionally cannot be concluded within
/// 4 months, the municipality makes a preliminary assessment and concludes the investigation as soon as possible.
public struct PreliminaryAssessment: Sendable, Hashable, Codable {
    /// The investigation it is about (its start entry).
    public var investigation: UUID
    public var assessment: String
    /// Why it could not be concluded in time.
    public var reasonForDelay: String
    public var expectedConclusion: LocalDate

    public init(investigation: UUID, assessment: String, reasonForDelay: String, expectedConclusion: LocalDate) {
        self.investigation = investigation
        self.assessment = assessment
        self.reasonForDelay = reasonForDelay
        self.expectedConclusion = expectedConclusion
    }
}
