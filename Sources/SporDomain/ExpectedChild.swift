import Foundation

/// An expected child (forventet barn, issue 23 item 1): a child not yet born, known by its due date (termin), its
/// district and its expectant parents, with no CPR number. It is a `Child` from the start, so its journal (a concern, a
/// notification before birth under § 133, stk. 3, support to the expectant parents) is the same journal the child has
/// after birth: at birth the record is given the child's CPR number, name and birth date, and keeps its id.
///
/// Until birth, `birthDate` holds the due date and `sex` is not known (it reads `.female`): read neither of an
/// expected child; read `dueDate`.
extension Child {
    /// Registers an expected child: no CPR number, no name of its own yet (the family name may be a parent's).
    public static func expected(id: UUID = UUID(), municipality: Int, dueDate: LocalDate, district: String,
                                familyName: String = "", today: LocalDate, rules: ExpectedChildRules = .standard) throws(DomainError) -> Child {
        try rules.requirePlausible(dueDate: dueDate, today: today)
        return Child(id: id, municipality: municipality, givenName: "",
                     familyName: familyName.trimmingCharacters(in: .whitespacesAndNewlines),
                     birthDate: dueDate, sex: .female, district: district, dueDate: dueDate)
    }

    /// True until the child is born (the record has no CPR number yet).
    public var isExpected: Bool { dueDate != nil }

    /// The child at birth: the same record (same id, same district) with the CPR number's birth date and sex and the
    /// child's name. Refused when this child is already born, or the birth date is outside the window around the due
    /// date or after today.
    public func born(cpr: CPR, givenName: String, familyName: String, today: LocalDate,
                     rules: ExpectedChildRules = .standard) throws(DomainError) -> Child {
        guard let dueDate else { throw DomainError(.childAlreadyBorn) }
        try rules.requirePlausible(birthDate: cpr.birthDate, dueDate: dueDate, today: today)
        return try Child(id: id, municipality: municipality, cpr: cpr, givenName: givenName, familyName: familyName,
                         district: district, institution: institution)
    }
}

/// The windows an expected child's dates must fall in. Defaults of ours (a pregnancy is about 40 weeks; a birth from
/// week 22 is recorded), not the law's.
public struct ExpectedChildRules: Sendable, Hashable, Codable {
    /// A due date may lie this many days before today (an expected child registered a little late)…
    public var dueDateDaysBefore: Int
    /// …and at most this many days after today (42 weeks from conception).
    public var dueDateDaysAfter: Int
    /// A birth may come this many days before the due date (week 22 of 40)…
    public var bornDaysBeforeDue: Int
    /// …and this many days after it (week 44).
    public var bornDaysAfterDue: Int

    public init(dueDateDaysBefore: Int = 30, dueDateDaysAfter: Int = 294, bornDaysBeforeDue: Int = 126, bornDaysAfterDue: Int = 28) {
        self.dueDateDaysBefore = dueDateDaysBefore
        self.dueDateDaysAfter = dueDateDaysAfter
        self.bornDaysBeforeDue = bornDaysBeforeDue
        self.bornDaysAfterDue = bornDaysAfterDue
    }

    public static let standard = ExpectedChildRules()

    public func requirePlausible(dueDate: LocalDate, today: LocalDate) throws(DomainError) {
        guard dueDate >= today.adding(days: -dueDateDaysBefore), dueDate <= today.adding(days: dueDateDaysAfter) else {
            throw DomainError(.dueDateImplausible, field: "dueDate")
        }
    }

    public func requirePlausible(birthDate: LocalDate, dueDate: LocalDate, today: LocalDate) throws(DomainError) {
        guard birthDate <= today else { throw DomainError(.birthDateImplausible, field: "cpr") }
        guard birthDate >= dueDate.adding(days: -bornDaysBeforeDue), birthDate <= dueDate.adding(days: bornDaysAfterDue) else {
            throw DomainError(.birthOutsideDueWindow, field: "cpr")
        }
    }
}

extension EntryKind {
    /// What an unborn child's journal may hold: the work with the expectant parents before birth (a concern, a
    /// consultation, a network meeting, a notification before birth and its steps, support on an open offer), and
    /// what any journal holds (a note, a correction, a letter, an attachment, a task done, a caseworker, closing).
    /// Nothing that needs the child itself (a conversation, an investigation, a decision, a placement, a plan).
    public static let allowedBeforeBirth: Set<EntryKind> = [
        .concern, .consultation, .networkMeeting,
        .notification, .urgencyAssessment, .receiptSent, .notifierFeedback,
        .journalNote, .caseworkerAssigned, .measureStarted, .measureEnded,
        .correction, .caseClosed, .letter, .letterHandedOver, .attachment, .taskCompleted,
    ]
}

extension JournalRules {
    /// An unborn child's journal holds only `EntryKind.allowedBeforeBirth`; a measure on it is support on an open
    /// offer, started without a decision (no decision can be made on an unborn child).
    static func validateBeforeBirth(_ entry: Entry, context: JournalContext) throws(DomainError) {
        guard context.unborn else { return }
        guard EntryKind.allowedBeforeBirth.contains(entry.kind) else { throw DomainError(.notBeforeBirth) }
        var payload = entry.payload
        if case .correction(let correction) = payload, let replacement = correction.replacement { payload = replacement }
        // A school reports absence of a child at school; an unborn child's concern carries none.
        if case .concern(let concern) = payload, concern.absence != nil { throw DomainError(.notBeforeBirth, field: "absenceShare") }
        if case .measureStarted(let start) = payload {
            guard start.decision == nil, context.offers[start.offer]?.access == .open else {
                throw DomainError(.notBeforeBirth, field: "offer")
            }
        }
    }
}
