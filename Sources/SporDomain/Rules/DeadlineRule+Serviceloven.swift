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

    /// The previous act's first follow-up on a measure: by 3 months after it started (Barnets Lov § 95, stk. 2 kept
    /// the period). Met by a follow-up of the measure; not owed for a measure that ended before it fell due.
    public static let servicelovenFirstFollowUp = DeadlineRule(
        id: "sel-follow-up-first",
        paragraph: "Serviceloven § 70, stk. 1",
        titleDa: "Første opfølgning på indsatsen (serviceloven)",
        titleEn: "First follow-up on the measure (Serviceloven)",
        appliesFrom: servicelovenCountedFrom,
        validTo: servicelovenValidTo,
        trigger: Trigger(kind: .measureStarted, conditions: [.legalBasis(followedUpBases)]),
        due: .alongsideAssessmentEndOrMonths(3),
        discharge: Discharge(kind: .followUp, conditions: [.refersToTrigger]),
        assignment: .childsCaseworker,
        unverified: [.paragraph, .due],
        unverifiedNoteDa: servicelovenNoteDa,
        unverifiedNoteEn: servicelovenNoteEn,
        lapse: Discharge(kind: .measureEnded, conditions: [.refersToTrigger])
    )

    /// The previous act's first follow-up on a placement, as on a measure.
    public static let servicelovenFirstFollowUpOnPlacement = DeadlineRule(
        id: "sel-follow-up-first-placement",
        paragraph: "Serviceloven § 70, stk. 1",
        titleDa: "Første opfølgning på anbringelsen (serviceloven)",
        titleEn: "First follow-up on the placement (Serviceloven)",
        appliesFrom: servicelovenCountedFrom,
        validTo: servicelovenValidTo,
        trigger: Trigger(kind: .placementStarted),
        due: .alongsideAssessmentEndOrMonths(3),
        discharge: Discharge(kind: .followUp, conditions: [.refersToTrigger]),
        assignment: .childsCaseworker,
        unverified: [.paragraph, .due],
        unverifiedNoteDa: servicelovenNoteDa,
        unverifiedNoteEn: servicelovenNoteEn,
        lapse: Discharge(kind: .placementEnded, conditions: [.refersToTrigger])
    )

    /// The previous act's next follow-up, on the date a follow-up before 2024 set. A follow-up from 2024 on sets its
    /// next date under Barnets Lov (`nextFollowUp`).
    public static let servicelovenNextFollowUp = DeadlineRule(
        id: "sel-follow-up-next",
        paragraph: "Serviceloven § 70, stk. 2",
        titleDa: "Næste opfølgning på den fastsatte dato (serviceloven)",
        titleEn: "Next follow-up on the date set (Serviceloven)",
        appliesFrom: servicelovenCountedFrom,
        validTo: servicelovenValidTo,
        trigger: Trigger(kind: .followUp),
        due: .agreedDate,
        discharge: Discharge(kind: .followUp),
        assignment: .childsCaseworker,
        unverified: [.paragraph],
        unverifiedNoteDa: servicelovenNoteDa,
        unverifiedNoteEn: servicelovenNoteEn
    )

    /// The previous act's børnefaglig undersøgelse: concluded at most 4 months after the need became known, as under
    /// Barnets Lov § 20, stk. 3.
    public static let servicelovenInvestigationFourMonths = DeadlineRule(
        id: "sel-investigation-4-months",
        paragraph: "Serviceloven § 50, stk. 7",
        titleDa: "Børnefaglig undersøgelse afsluttet inden 4 måneder (serviceloven)",
        titleEn: "Conclude the child welfare investigation within 4 months (Serviceloven)",
        appliesFrom: servicelovenCountedFrom,
        validTo: servicelovenValidTo,
        trigger: Trigger(kind: .investigation),
        due: .monthsFromNeedKnown(4),
        discharge: Discharge(kind: .investigationConcluded, conditions: [.refersToTrigger]),
        assignment: .childsCaseworker,
        unverified: [.paragraph],
        unverifiedNoteDa: servicelovenNoteDa,
        unverifiedNoteEn: servicelovenNoteEn
    )

    /// The previous act's rules, for what began before 2024 and still runs.
    public static let serviceloven: [DeadlineRule] = [
        servicelovenInvestigationFourMonths, servicelovenFirstFollowUp, servicelovenFirstFollowUpOnPlacement, servicelovenNextFollowUp,
    ]
}
