import Foundation

/// The deadlines of Barnets Lov (in force 1 January 2024; § numbers follow the 2025 consolidation, LBK nr 282 af
/// 17/03/2025 — DOMAIN.md) on a notification (underretning).
extension DeadlineRule {
    /// Barnets Lov took effect on 1 January 2024.
    public static let barnetsLovInForce = LocalDate(year: 2024, month: 1, day: 1)!

    /// § 136: within 24 hours of receiving a notification the municipality assesses whether the child's
    /// health or development is in danger and whether acute measures are needed. 24 real hours, so a
    /// notification received the day before a clock change is due an hour later or earlier on the wall clock.
    public static let urgencyAssessment = DeadlineRule(
        id: "assessment-24h",
        paragraph: "§ 136",
        titleDa: "Vurdering af underretningen inden 24 timer",
        titleEn: "Assess the notification within 24 hours",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .notification),
        due: .realHours(24),
        discharge: Discharge(kind: .urgencyAssessment, conditions: [.stepOnTrigger]),
        assignment: .childsCaseworker
    )

    /// A notifier with skærpet underretningspligt (§ 133: a professional, the police, a hospital or GP, another
    /// municipality) gets an acknowledgement of receipt within 6 working days: by the end of the 6th working day after
    /// the day of receipt. A private person, an anonymous caller and the child are not owed one.
    /// (verify) The paragraph. Read indirectly: the duty was Serviceloven § 155 b, stk. 1 before Barnets Lov,
    /// and the ministry's guidance (VEJ nr 9471 af 21/06/2024) treats § 138 with the duty to notify
    /// (§§ 132–135), apart from the municipality's handling of a notification (§§ 136–137).
    public static let receipt = DeadlineRule(
        id: "receipt-6-working-days",
        paragraph: "§ 138, stk. 1",
        titleDa: "Kvittering til fagperson inden 6 hverdage",
        titleEn: "Acknowledge receipt to the professional within 6 working days",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .notification, conditions: [.notifierHasHeightenedDuty]),
        due: .endOfWorkingDay(afterWorkingDays: 6),
        discharge: Discharge(kind: .receiptSent, conditions: [.stepOnTrigger]),
        assignment: .childsCaseworker,
        unverified: [.paragraph],
        unverifiedNoteDa: "Paragraffen er læst indirekte (før Barnets Lov: serviceloven § 155 b, stk. 1); fristen på 6 hverdage står i DOMAIN.md.",
        unverifiedNoteEn: "The paragraph is read indirectly (before Barnets Lov: Serviceloven § 155 b, stk. 1); the 6 working days are in DOMAIN.md."
    )

    /// A notifier with skærpet underretningspligt (§ 133) is told whether the notification led to an investigation
    /// or a measure; a private notifier is not a party and is told nothing.
    /// (verify) The paragraph (read as the receipt's, see `receipt`) and the due time: 3 months after
    /// receipt is a default, not a period read in the law.
    public static let notifierFeedback = DeadlineRule(
        id: "notifier-feedback",
        paragraph: "§ 138, stk. 2",
        titleDa: "Tilbagemelding til fagperson om underretningens betydning",
        titleEn: "Tell the professional whether the notification led to an investigation or measure",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .notification, conditions: [.notifierHasHeightenedDuty]),
        due: .months(3),
        discharge: Discharge(kind: .notifierFeedback, conditions: [.stepOnTrigger]),
        assignment: .childsCaseworker,
        unverified: [.paragraph, .due],
        unverifiedNoteDa: "Paragraffen er læst som kvitteringens (DOMAIN.md: \"(verify §)\"), og 3 måneder efter modtagelsen er en standard, ikke en frist læst i loven.",
        unverifiedNoteEn: "The paragraph is read as the receipt's (DOMAIN.md: \"(verify §)\"), and 3 months after receipt is a default, not a period read in the law."
    )

    /// § 137: a notification about a child who already receives help is reassessed with at least one person new to the
    /// case (DOMAIN.md: "a notification on a child who already receives help must be reassessed with at least one person
    /// new to the case (§ 137)"). Owed only where help has already started — a § 32 measure or a placement running when
    /// the notification came — not for any open case with a caseworker. Met by an urgency assessment of the notification
    /// choosing reassessment, signed by someone who had neither written in the course nor been its caseworker before it.
    /// (verify) The due time: 24 hours, as the § 136 assessment.
    public static let reassessment = DeadlineRule(
        id: "reassessment-137",
        paragraph: "§ 137",
        titleDa: "Revurdering med mindst én ny medarbejder",
        titleEn: "Reassess with at least one person new to the case",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .notification, conditions: [.childAlreadyReceivesHelp]),
        due: .realHours(24),
        discharge: Discharge(kind: .urgencyAssessment,
                             conditions: [.stepOnTrigger, .nextStep(.reassessment), .authorNewToCase]),
        assignment: .childsCaseworker,
        unverified: [.due],
        unverifiedNoteDa: "Fristen på 24 timer er læst som § 136-vurderingens, ikke af § 137.",
        unverifiedNoteEn: "The 24 hours are read as the § 136 assessment's, not from § 137."
    )

    /// A notification about (suspected) abuse makes a conversation with the child mandatory. DOMAIN.md (step 4, the
    /// notification) places the duty with the handling of the notification under § 137: "a notification on a child who
    /// already receives help must be reassessed with at least one person new to the case (§ 137); if it concerns abuse, a
    /// conversation with the child is mandatory". It is not the conversation before a decision (§ 5, stk. 3) nor the
    /// investigation (§ 20), which the rule cited before. Met by any child conversation after the notification.
    /// (verify) The paragraph: DOMAIN.md gives § 137 for the bullet, not the paragraph's own words; that the conversation
    /// is held without the parents where they are suspected is not in DOMAIN.md and could not be checked here. The due
    /// time: 7 days is a default, not a period read in the law.
    public static let childConversationOnAbuse = DeadlineRule(
        id: "child-conversation-abuse",
        paragraph: "§ 137",
        titleDa: "Samtale med barnet ved mistanke om overgreb",
        titleEn: "Talk with the child when abuse is suspected",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .notification, conditions: [.concernsAbuse]),
        due: .calendarDays(7),
        discharge: Discharge(kind: .childConversation),
        assignment: .childsCaseworker,
        unverified: [.paragraph, .due],
        unverifiedNoteDa: "Paragraffen er læst af DOMAIN.md (samtalen hører til behandlingen af underretningen, § 137), ikke af lovteksten; at samtalen holdes uden forældrene, når de er mistænkt, er ikke bekræftet. De 7 dage er en standard, ikke en frist læst i loven.",
        unverifiedNoteEn: "The paragraph is read from DOMAIN.md (the conversation belongs to handling the notification, § 137), not from the act's text; that it is held without the parents where they are suspected is not confirmed. The 7 days are a default, not a period read in the law."
    )

    /// An action agreed at a network meeting (SOS: "What needs to happen?") is due on its agreed date and
    /// lands on its owner's list. One obligation per agreed action; it is met when its owner or the child's caseworker
    /// marks it done (`TaskCompletion`), or a later network meeting records it as done. Marked *ikke udført* it stays
    /// open on the child's caseworker's list with the comment; cancelled by the caseworker it leaves the lists undone.
    /// It is the municipality's policy (DOMAIN.md step 3), not a provision of Barnets Lov.
    public static let networkMeetingAction = DeadlineRule(
        id: "network-meeting-action",
        paragraph: "Politik for børn og unge i udsatte positioner (2021)",
        titleDa: "Aftalt handling fra netværksmøde",
        titleEn: "Action agreed at a network meeting",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .networkMeeting, scope: .eachAgreedAction),
        due: .agreedDate,
        discharge: Discharge(kind: .networkMeeting, conditions: [.agreedActionDone]),
        assignment: .actionOwner
    )

    /// A message the child or a parent sent from *Min side* is answered, or acted on, by the end of the 2nd working
    /// day after it arrived, by the child's caseworker (the district's team while the child has none). Met when it is
    /// marked done (`TaskCompletion.Task.portalMessage`). The municipality's own service promise, not a provision of
    /// Barnets Lov: configuration, like every rule here.
    public static let portalMessage = DeadlineRule(
        id: "portal-message",
        paragraph: "Kommunens servicemål for Min side",
        titleDa: "Besvar besked fra Min side inden 2 hverdage",
        titleEn: "Answer a message from Min side within 2 working days",
        appliesFrom: barnetsLovInForce,
        trigger: Trigger(kind: .ownViews, conditions: [.sentFromPortal]),
        due: .endOfWorkingDay(afterWorkingDays: 2),
        discharge: Discharge(kind: .taskCompleted, conditions: [.completesTrigger]),
        assignment: .childsCaseworker
    )

    /// The policy's and the municipality's own rules: not legal deadlines, so not counted by `deadlines-met`.
    public static let policyRuleIDs: Set<String> = [networkMeetingAction.id, transitionHandover.id, portalMessage.id]
}
