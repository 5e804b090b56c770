import Foundation

/// The deadlines of Barnets Lov (LBK nr 282 af 17/03/2025) in the course of a child after the notification:
/// investigation, plan, follow-up, leaving care and ungestøtte; and the policy's handover meeting at a transition.
extension DeadlineRule {
    /// § 20, stk. 3: a børnefaglig undersøgelse is concluded at most 4 months after the municipality became aware
    /// that the child may need special support. The 4 months run from the start's `needKnownOn`; left blank, from the
    /// notification it follows (the municipality knew of the need when the notification came); else from its own day.
    public static let investigationFourMonths = DeadlineRule(
        id: "investigation-4-months",
        paragraph: "§ 20, stk. 3",
        titleDa: "Børnefaglig undersøgelse afsluttet inden 4 måneder",
        titleEn: "Conclude the child welfare investigation within 4 months",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .investigation),
        due: .monthsFromNeedKnown(4),
        discharge: Discharge(kind: .investigationConcluded, conditions: [.refersToTrigger]),
        assignment: .childsCaseworker
    )

    /// § 20, stk. 3, 2. pkt.: an investigation that exceptionally cannot be concluded within 4 months needs a
    /// preliminary assessment (foreløbig vurdering). Owed only by an investigation not concluded by the 4 months:
    /// one concluded in time never owed it.
    /// (verify) The due time: by the 4 months, read from "hvis undersøgelsen … ikke kan afsluttes inden 4 måneder".
    public static let preliminaryAssessment = DeadlineRule(
        id: "investigation-preliminary-assessment",
        paragraph: "§ 20, stk. 3",
        titleDa: "Foreløbig vurdering, når undersøgelsen ikke kan afsluttes inden 4 måneder",
        titleEn: "Preliminary assessment when the investigation runs over 4 months",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .investigation),
        due: .monthsFromNeedKnown(4),
        discharge: Discharge(kind: .preliminaryAssessment, conditions: [.refersToTrigger]),
        assignment: .childsCaseworker,
        unverified: [.due],
        unverifiedNoteDa: "Fristen er læst som de 4 måneder (\"hvis undersøgelsen … ikke kan afsluttes inden 4 måneder\"), ikke som en frist, loven selv sætter for den foreløbige vurdering.",
        unverifiedNoteEn: "The due time is read as the 4 months (\"if the investigation … cannot be concluded within 4 months\"), not as a period the law itself sets for the preliminary assessment.",
        lapse: Discharge(kind: .investigationConcluded, conditions: [.refersToTrigger])
    )

    /// The provisions § 95, stk. 1 names: §§ 32, 46, 47 and 114–116 (and § 120, not modelled).
    public static let followedUpBases: [LegalBasis] = LegalBasis.inOrder(
        LegalBasis.supportive.union(LegalBasis.placement).union([.youngAdultSupport]))

    private static let followUpNoteDa = "Når en afdækning eller undersøgelse ved siden af afsluttes før de 3 måneder, er fristen læst som selve afslutningsdagen, uden frist derefter; det er ikke bekræftet."
    private static let followUpNoteEn = "When an afdækning or investigation alongside concludes before the 3 months, the due day is read as the day of the conclusion itself, with no time after it; this is not confirmed."

    /// § 95, stk. 2: the first follow-up on a measure is at the earlier of (1) the conclusion of an afdækning or
    /// investigation run alongside it (§ 32, stk. 4) and (2) 3 months after it started. Met by a follow-up of the
    /// measure; not owed for a measure that ended before it fell due.
    /// (verify) The due day at (1): the day of the conclusion itself, with no time after it.
    public static let firstFollowUp = DeadlineRule(
        id: "follow-up-95-first",
        paragraph: "§ 95, stk. 2",
        titleDa: "Første opfølgning på indsatsen",
        titleEn: "First follow-up on the measure",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .measureStarted, conditions: [.legalBasis(followedUpBases)]),
        due: .alongsideAssessmentEndOrMonths(3),
        discharge: Discharge(kind: .followUp, conditions: [.refersToTrigger]),
        assignment: .childsCaseworker,
        unverified: [.due],
        unverifiedNoteDa: followUpNoteDa,
        unverifiedNoteEn: followUpNoteEn,
        lapse: Discharge(kind: .measureEnded, conditions: [.refersToTrigger])
    )

    /// § 95, stk. 2, for a placement (§§ 46–47, followed up like a measure).
    public static let firstFollowUpOnPlacement = DeadlineRule(
        id: "follow-up-95-first-placement",
        paragraph: "§ 95, stk. 2",
        titleDa: "Første opfølgning på anbringelsen",
        titleEn: "First follow-up on the placement",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .placementStarted),
        due: .alongsideAssessmentEndOrMonths(3),
        discharge: Discharge(kind: .followUp, conditions: [.refersToTrigger]),
        assignment: .childsCaseworker,
        unverified: [.due],
        unverifiedNoteDa: followUpNoteDa,
        unverifiedNoteEn: followUpNoteEn,
        lapse: Discharge(kind: .placementEnded, conditions: [.refersToTrigger])
    )

    /// § 95, stk. 3–4: after the first follow-up, the caseworker decides when to follow up next and says why. Due by
    /// the end of the day the follow-up set; met by any later follow-up.
    public static let nextFollowUp = DeadlineRule(
        id: "follow-up-95-next",
        paragraph: "§ 95, stk. 3",
        titleDa: "Næste opfølgning på den fastsatte dato",
        titleEn: "Next follow-up on the date set",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .followUp),
        due: .agreedDate,
        discharge: Discharge(kind: .followUp),
        assignment: .childsCaseworker
    )

    /// § 91, stk. 2: a placement (§ 46) needs a barnets plan at most 3 months after the decision to place.
    public static let planAfterPlacement = DeadlineRule(
        id: "plan-91-placement",
        paragraph: "§ 91, stk. 2",
        titleDa: "Barnets plan senest 3 måneder efter afgørelsen om anbringelse",
        titleEn: "The child's plan within 3 months of the placement decision",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .decision, conditions: [.granted, .legalBasis([.placementWithConsent])]),
        due: .months(3),
        discharge: Discharge(kind: .plan),
        assignment: .childsCaseworker
    )

    /// § 91, stk. 2, 3. pkt. (and § 51, stk. 1, nr. 3): a placement without consent (§ 47) needs the plan before the
    /// decision. Due at the decision; met by a plan made in the look-back before it (late if made after).
    /// (verify) The look-back: a plan of the last 6 months counts as the plan for the decision.
    public static let planBeforePlacementWithoutConsent = DeadlineRule(
        id: "plan-91-before-47",
        paragraph: "§ 91, stk. 2",
        titleDa: "Barnets plan foreligger, før der træffes afgørelse om anbringelse uden samtykke",
        titleEn: "The child's plan exists before a placement without consent is decided",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .decision, conditions: [.granted, .legalBasis([.placementWithoutConsent])]),
        due: .atTrigger,
        discharge: Discharge(kind: .plan, lookbackDays: 183),
        assignment: .childsCaseworker,
        unverified: [.discharge],
        unverifiedNoteDa: "At en plan fra de seneste 183 dage (6 måneder) tæller som planen før afgørelsen, er en standard, ikke læst i loven.",
        unverifiedNoteEn: "That a plan of the last 183 days (6 months) counts as the plan before the decision is a default, not read in the law."
    )

    /// § 91, stk. 1: a § 32 decision says whether a barnets plan is to be made; if so, it exists at most 3 months after
    /// the decision.
    public static let planAfterSupport = DeadlineRule(
        id: "plan-91-support",
        paragraph: "§ 91, stk. 1",
        titleDa: "Barnets plan senest 3 måneder efter afgørelsen om støttende indsats",
        titleEn: "The child's plan within 3 months of the decision on support",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .decision, conditions: [.granted, .legalBasis(LegalBasis.inOrder(LegalBasis.supportive)), .makesChildsPlan]),
        due: .months(3),
        discharge: Discharge(kind: .plan),
        assignment: .childsCaseworker
    )

    /// § 111, stk. 1: for a young person placed, at least 6 months before the placement ends at 18 the municipality
    /// decides on ungestøtte after 18 (§§ 114–116), granting or refusing. Started by a placement of a child under 18;
    /// not owed when the placement ended before the due day (e.g. a homecoming).
    /// Born 10 August 2008 and placed: due by the end of 10 February 2026.
    /// (verify) A placement begun less than 6 months before 18 is due at once (the deadline has passed at the start).
    public static let supportAfter18Decision = DeadlineRule(
        id: "support-after-18-decision",
        paragraph: "§ 111, stk. 1",
        titleDa: "Afgørelse om ungestøtte senest 6 måneder før det 18. år",
        titleEn: "Decide on support after 18 at least 6 months before the 18th birthday",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .placementStarted, conditions: [.childUnder(age: 18)]),
        due: .birthday(age: 18, offsetMonths: -6),
        discharge: Discharge(kind: .decision, conditions: [.legalBasis([.youngAdultSupport])]),
        assignment: .childsCaseworker,
        lapse: Discharge(kind: .placementEnded, conditions: [.refersToTrigger])
    )

    /// Ungestøtte (§§ 114–116) runs from 18 up to and including 22: before the 23rd birthday it ends, or the young
    /// person is handed over to adult services.
    /// (verify) The paragraph: the age limit is read from §§ 114–116 and the policy's "until the 23rd birthday".
    public static let youngAdultSupportEnds = DeadlineRule(
        id: "young-adult-support-ends-23",
        paragraph: "§§ 114–116",
        titleDa: "Ungestøtten ophører eller overdrages til voksenområdet før det 23. år",
        titleEn: "End support, or hand over to adult services, before the 23rd birthday",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .measureStarted, conditions: [.legalBasis([.youngAdultSupport])]),
        due: .beforeBirthday(age: 23),
        discharge: Discharge(kind: .measureEnded, conditions: [.refersToTrigger],
                             alternatives: [Discharge(kind: .transition, conditions: [.transitionTo(.adultServices)])]),
        assignment: .childsCaseworker,
        unverified: [.paragraph],
        unverifiedNoteDa: "Aldersgrænsen (til og med 22 år, ophør før det 23. år) er læst af §§ 114–116 og politikkens \"indtil det 23. år\", ikke af én bekræftet bestemmelse.",
        unverifiedNoteEn: "The age limit (up to and including 22, ending before the 23rd birthday) is read from §§ 114–116 and the policy's \"until the 23rd birthday\", not from one confirmed provision."
    )

    /// The policy: every transition (health visitor → daycare → school → youth education → adult services) has a
    /// handover meeting. Met by a handover meeting for the same transition from 60 days before it to 30 days after
    /// (the `handover-meetings` indicator's window). Politik for børn og unge i udsatte positioner (2021), not a
    /// provision of Barnets Lov.
    public static let transitionHandover = DeadlineRule(
        id: "transition-handover-meeting",
        paragraph: "Politik for børn og unge i udsatte positioner (2021)",
        titleDa: "Overleveringsmøde ved overgangen",
        titleEn: "Handover meeting at the transition",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .transition),
        due: .calendarDays(30),
        discharge: Discharge(kind: .handoverMeeting, conditions: [.sameTransition], lookbackDays: 60),
        assignment: .childsCaseworker
    )
}
