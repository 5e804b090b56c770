import Foundation

/// Beredskabsplan: the municipality's preparedness to prevent and handle abuse of children and young people (seed 000:
/// "Beredskab og handlevejledninger ved mistanke eller viden om overgreb mod børn og unge", an action plan of the policy).
/// Seed 003 says the plans are revised "som loven kræver, herunder den lovbestemte minimumsrevision hvert fjerde år": at
/// least every fourth year. The paragraph (Barnets Lov § 141, as the issue names it) is not confirmed by DOMAIN.md or the
/// seeds: unverified.
public struct PreparednessPlan: Sendable, Hashable, Codable {
    public var title: String
    /// The day the municipal council (or the committee) adopted it.
    public var adoptedOn: LocalDate
    /// Where the adopted plan is kept: a web address, or the municipality's own case or document number.
    public var reference: String
    public var note: String?

    /// Seed 003: "minimumsrevision hvert fjerde år".
    public static let revisionYears = 4
    public static let maximumTitleLength = 200
    public static let maximumReferenceLength = 2_000

    public init(title: String, adoptedOn: LocalDate, reference: String, note: String? = nil) {
        self.title = title
        self.adoptedOn = adoptedOn
        self.reference = reference
        self.note = note
    }

    /// The last day of the revision the law sets: four years after it was adopted.
    public var revisionDue: LocalDate { adoptedOn.adding(years: Self.revisionYears) }

    public func isOverdue(on day: LocalDate) -> Bool { day > revisionDue }

    /// A title and a reference, each within its length; adopted from 2000 up to today.
    public func validate(today: LocalDate) throws(DomainError) {
        try JournalRules.requireText(title, field: "title")
        guard title.count <= Self.maximumTitleLength else { throw DomainError(.textTooLong, field: "title") }
        try JournalRules.requireText(reference, field: "reference")
        guard reference.count <= Self.maximumReferenceLength else { throw DomainError(.textTooLong, field: "reference") }
        guard adoptedOn.year >= 2000, adoptedOn <= today else { throw DomainError(.dateInvalid, field: "adoptedOn") }
        if let note { guard note.count <= JournalRules.maximumTextLength else { throw DomainError(.textTooLong, field: "note") } }
    }
}
