import Foundation

/// The previous act's deadlines: Serviceloven, which governed children's services before Barnets Lov took effect on
/// 1 January 2024 (DOMAIN.md). Measures and placements begun before 2024 still run under the transition rules, so a
/// measure begun in 2022 owes its follow-up under the rule of its time: each rule here has its own paragraph and is
/// valid to 31 December 2023, and Barnets Lov's rule of the same duty applies from 1 January 2024. Which act governs
/// an obligation is read from the day of its trigger (the measure's start, the follow-up that set the next date).
///
/// (verify) Every paragraph and due time here: DOMAIN.md gives none of the previous act's provisions, and there is no
/// text of it here to read them from. The due times are those Barnets Lov kept for the same duty, and the paragraphs
/// are what a lawyer should confirm before the counts are used.
extension DeadlineRule {
    /// The last day of the previous act: the day before Barnets Lov took effect.
    public static let servicelovenValidTo = LocalDate(year: 2023, month: 12, day: 31)!
    /// From when the journal counts the previous act's deadlines: the earliest history a municipality migrates.
    /// (verify) Not the act's own commencement, which is not read here; any earlier measure starts nothing.
    public static let servicelovenCountedFrom = LocalDate(year: 2014, month: 1, day: 1)!

    private static let servicelovenNoteDa = "Den tidligere lovs (serviceloven) paragraf og frist er ikke bekræftet: DOMAIN.md angiver dem ikke. Fristen er den, Barnets Lov beholdt for samme pligt. Gælder kun forløb, der begyndte før 1. januar 2024."
    private static let servicelovenNoteEn = "The previous act's (Serviceloven) paragraph and due time are not confirmed: DOMAIN.md does not give them. The due time is the one Barnets Lov kept for the same duty. Applies only to what began before 1 January 2024."

    /// The previous act's rule of the same duty as Barnets Lov's `rule`: its trigger, due time, discharge and lapse (the
    /// due times Barnets Lov kept), under its own id and paragraph, for triggers from `servicelovenCountedFrom` to
    /// `servicelovenValidTo`. Its paragraph is unverified, and so is every part the current rule leaves unverified.
    static func underServiceloven(_ rule: DeadlineRule, id: String, paragraph: String) -> DeadlineRule {
        DeadlineRule(
            id: id, paragraph: "Serviceloven \(paragraph)",
            titleDa: "\(rule.titleDa) (serviceloven)", titleEn: "\(rule.titleEn) (Serviceloven)",
            appliesFrom: servicelovenCountedFrom, validTo: servicelovenValidTo,
            trigger: rule.trigger, due: rule.due, discharge: rule.discharge, assignment: rule.assignment,
            unverified: rule.unverified.union([.paragraph]),
            unverifiedNoteDa: servicelovenNoteDa, unverifiedNoteEn: servicelovenNoteEn,
            lapse: rule.lapse, mayBeNotRelevant: rule.mayBeNotRelevant)
    }

    /// The previous act's first follow-up on a measure (by 3 months after it started; Barnets Lov § 95, stk. 2 kept the
    /// period). Met by a follow-up of the measure; not owed for a measure that ended before it fell due.
    public static let servicelovenFirstFollowUp = underServiceloven(firstFollowUp, id: "sel-follow-up-first", paragraph: "§ 70, stk. 1")

    /// The previous act's first follow-up on a placement, as on a measure.
    public static let servicelovenFirstFollowUpOnPlacement =
        underServiceloven(firstFollowUpOnPlacement, id: "sel-follow-up-first-placement", paragraph: "§ 70, stk. 1")

    /// The previous act's next follow-up, on the date a follow-up before 2024 set. A follow-up from 2024 on sets its
    /// next date under Barnets Lov (`nextFollowUp`).
    public static let servicelovenNextFollowUp = underServiceloven(nextFollowUp, id: "sel-follow-up-next", paragraph: "§ 70, stk. 2")

    /// The previous act's børnefaglig undersøgelse: concluded at most 4 months after the need became known, as under
    /// Barnets Lov § 20, stk. 3.
    public static let servicelovenInvestigationFourMonths =
        underServiceloven(investigationFourMonths, id: "sel-investigation-4-months", paragraph: "§ 50, stk. 7")

    /// The previous act's rules, for what began before 2024 and still runs.
    public static let serviceloven: [DeadlineRule] = [
        servicelovenInvestigationFourMonths, servicelovenFirstFollowUp, servicelovenFirstFollowUpOnPlacement, servicelovenNextFollowUp,
    ]
}
