import Foundation

/// The follow-up after a homecoming (hjemgivelse, Barnets Lov §§ 99–102): the homecoming as a course of its own — a
/// decision, a plan with a follow-up period, the placement's end, and follow-ups for the period the plan sets.
extension DeadlineRule {
    static let homecomingNoteDa = "Læst af lovens kapitel om hjemgivelse (§§ 99–102): kommunen træffer afgørelse om hjemgivelsen, "
        + "lægger en plan for støtten efter den og følger op i en periode efter den. Den præcise paragraf, opfølgningsperiodens "
        + "længde (her mindst 6 måneder, som hjemgivelsesplanen fastsætter) og fristen for den første opfølgning (her 3 måneder "
        + "efter hjemgivelsen, som den første opfølgning efter § 95) er ikke bekræftet."
    static let homecomingNoteEn = "Read from the act's chapter on homecoming (§§ 99–102): the municipality decides on the homecoming, "
        + "plans the support after it and follows up for a period after it. The exact provision, the length of the follow-up period "
        + "(here at least 6 months, as the homecoming plan sets it) and the due time of the first follow-up (here 3 months after the "
        + "homecoming, as the first follow-up under § 95) are not confirmed."

    /// §§ 99–102: after a homecoming that followed a homecoming plan, the first follow-up is owed 3 months after the
    /// child moved home. Met by a follow-up on that homecoming. Homecomings recorded before the course existed (an end
    /// naming no plan) start nothing.
    /// (verify) The provision and the due time: see `homecomingNoteDa`.
    public static let homecomingFollowUp = DeadlineRule(
        id: "homecoming-follow-up",
        paragraph: "§§ 99–102",
        titleDa: "Opfølgning efter hjemgivelse",
        titleEn: "Follow-up after the homecoming",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .placementEnded, conditions: [.homecomingCourse]),
        due: .months(3),
        discharge: Discharge(kind: .homecomingFollowUp, conditions: [.refersToTrigger]),
        assignment: .childsCaseworker,
        unverified: [.paragraph, .due],
        unverifiedNoteDa: homecomingNoteDa,
        unverifiedNoteEn: homecomingNoteEn
    )

    /// §§ 99–102: while the homecoming's follow-up period runs, each follow-up sets the next; due by the end of the day
    /// it set, met by the next follow-up after a homecoming. A follow-up from the period's end may set none: then nothing
    /// more is owed.
    /// (verify) The provision: see `homecomingNoteDa`.
    public static let homecomingNextFollowUp = DeadlineRule(
        id: "homecoming-follow-up-next",
        paragraph: "§§ 99–102",
        titleDa: "Næste opfølgning efter hjemgivelse på den fastsatte dato",
        titleEn: "Next follow-up after the homecoming on the date set",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .homecomingFollowUp),
        due: .agreedDate,
        discharge: Discharge(kind: .homecomingFollowUp),
        assignment: .childsCaseworker,
        unverified: [.paragraph],
        unverifiedNoteDa: homecomingNoteDa,
        unverifiedNoteEn: homecomingNoteEn
    )
}
