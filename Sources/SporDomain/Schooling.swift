import Foundation

/// Where a child spends its days: daycare, school, education or work — or none of them. The strategy's "kontinuerlig
/// skolegang og/eller beskæftigelse" (seed 002) and school for children in care (seed 003).
public enum SchoolingSetting: String, Sendable, Codable, CaseIterable {
    /// Dagtilbud (vuggestue, dagpleje, børnehave).
    case daycare
    /// Grundskole (folkeskole, friskole, efterskole).
    case primarySchool
    /// Specialskole or specialklasse.
    case specialSchool
    /// Ungdomsuddannelse (gymnasium, erhvervsuddannelse, FGU).
    case youthEducation
    /// In work (employment; a fritidsjob beside school is not work status).
    case work
    /// Neither in daycare, school, education nor work.
    case none

    /// In a school or education: the class or grade is asked.
    public var isSchool: Bool { self == .primarySchool || self == .specialSchool || self == .youthEducation }
    /// At a named place: a daycare, a school, an education or a workplace.
    public var hasInstitution: Bool { self != .none }
}

/// Skole og beskæftigelse: the child's setting from a day on, until a later entry says otherwise.
public struct Schooling: Sendable, Hashable, Codable {
    public var setting: SchoolingSetting
    /// The daycare's, school's, education's or workplace's name.
    public var institution: String?
    /// Klasse or årgang, in school.
    public var grade: String?
    /// From which day.
    public var from: LocalDate

    public static let maximumNameLength = 200
    public static let maximumGradeLength = 40

    public init(setting: SchoolingSetting, institution: String?, grade: String?, from: LocalDate) {
        self.setting = setting
        self.institution = institution
        self.grade = grade
        self.from = from
    }

    /// In daycare or school before the 16th birthday; in school, education or work from 16 up to and including 22.
    public func counts(atAge age: Int) -> Bool {
        switch setting {
        case .daycare, .primarySchool, .specialSchool, .youthEducation: true
        case .work: age >= 16
        case .none: false
        }
    }

    /// A named place for every setting but none, a grade only in school, each within its length; the day no earlier
    /// than the child's birth (when known) and no later than a year ahead of `today` (a start already agreed).
    public func validate(birthDate: LocalDate?, today: LocalDate) throws(DomainError) {
        if setting.hasInstitution {
            try JournalRules.requireText(institution ?? "", field: "institution")
            guard (institution ?? "").count <= Self.maximumNameLength else { throw DomainError(.textTooLong, field: "institution") }
        } else if institution != nil {
            throw DomainError(.schoolingInvalid, field: "institution")
        }
        if let grade {
            guard setting.isSchool else { throw DomainError(.schoolingInvalid, field: "grade") }
            try JournalRules.requireText(grade, field: "grade")
            guard grade.count <= Self.maximumGradeLength else { throw DomainError(.textTooLong, field: "grade") }
        }
        if let birthDate, from < birthDate { throw DomainError(.occurredBeforeBirth, field: "from") }
        guard from >= LocalDate(year: 2000, month: 1, day: 1)!, from <= today.adding(years: 1) else { throw DomainError(.dateInvalid, field: "from") }
    }
}

/// Skolefravær: a school reports the share of lessons the child was absent over a stated period — a concern of its
/// own category, so the team sees it and the policy can count the help that followed.
public struct SchoolAbsence: Sendable, Hashable, Codable {
    /// Percent of the period's lessons, 0–100.
    public var share: Int
    public var from: LocalDate
    public var to: LocalDate

    public init(share: Int, from: LocalDate, to: LocalDate) {
        self.share = share
        self.from = from
        self.to = to
    }

    /// The share 0–100; the period forwards and not after the day it is reported.
    public func validate(reportedOn day: LocalDate) throws(DomainError) {
        guard (0...100).contains(share) else { throw DomainError(.absenceShareInvalid, field: "absenceShare") }
        guard from <= to else { throw DomainError(.absencePeriodInvalid, field: "absenceFrom") }
        guard to <= day.adding(days: 1), from >= LocalDate(year: 2000, month: 1, day: 1)! else {
            throw DomainError(.absencePeriodInvalid, field: "absenceTo")
        }
    }
}

extension Timeline {
    /// The child's school or work status over time as the course now reads it (corrections applied, voided entries
    /// left out), ordered by the day each holds from; the latest last.
    public var schoolingHistory: [(entry: Entry, schooling: Schooling)] {
        items.compactMap { item -> (Entry, Schooling)? in
            guard case .schooling(let schooling)? = item.effective else { return nil }
            return (item.entry, schooling)
        }.enumerated().sorted { ($0.element.1.from, $0.offset) < ($1.element.1.from, $1.offset) }.map(\.element)
    }

    /// The status on `day`: the latest entry whose day has come.
    public func schooling(on day: LocalDate) -> Schooling? {
        schoolingHistory.last { $0.schooling.from <= day }?.schooling
    }
}

extension JournalRules {
    /// The school's parts of an entry (or of a correction's replacement): a schooling status, an absence's share and
    /// period, the day schooling began at a placement's new place (on or after the placement, not when the school is kept).
    static func validateSchool(_ entry: Entry, now: Date, context: JournalContext) throws(DomainError) {
        let today = DanishTime.localDate(of: now)
        var payload = entry.payload
        if case .correction(let correction) = payload {
            guard let replacement = correction.replacement else { return }
            payload = replacement
        }
        switch payload {
        case .schooling(let schooling):
            try schooling.validate(birthDate: context.birthDate, today: today)
        case .concern(let concern):
            try concern.absence?.validate(reportedOn: today)
        case .placementStarted(let start):
            guard let started = start.schoolingStarted else { return }
            guard !start.schoolKept else { throw DomainError(.schoolingInvalid, field: "schoolingStarted") }
            guard started >= DanishTime.localDate(of: entry.occurredAt).adding(days: -JournalRules.schoolingStartSlackDays),
                  started <= today.adding(days: 1) else { throw DomainError(.dateInvalid, field: "schoolingStarted") }
        default:
            return
        }
    }

    /// A placement's schooling may have begun a little before the placement's recorded start (a planned move).
    static let schoolingStartSlackDays = 14
}
