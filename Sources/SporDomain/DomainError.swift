/// An error a user can act on. Its message lives in the web layer's string catalog under `code`,
/// in Danish and English; nothing here holds user-facing text.
public struct DomainError: Error, Sendable, Hashable {
    public enum Code: String, Sendable, CaseIterable {
        case cprFormat
        case cprDate
        case nameMissing
        case textMissing
        case textTooLong
        case occurredInFuture
        case occurredBeforeBirth
        /// A time before `JournalRules.earliestEvent`: a typo of the year, not a fact of a course.
        case occurredTooEarly
        /// A child whose birth date (from the CPR number) is in the future or too far back for Spor's course (0–22).
        case birthDateImplausible
        case concernLevelInvalid
        case correctionTargetMissing
        case correctionOfCorrection
        case correctionKindMismatch
        case correctionOtherChild
        case caseworkerUnknown
        case caseworkerNotCaseworker
        case caseAlreadyClosed
        /// A case is closed once its measures and placement have ended; `names` holds the offers still running.
        case caseHasRunningMeasures
        case childNotFound
        case cprAlreadyRegistered
        case usernameTaken
        case passwordTooShort
        case passwordTooCommon
        case roleUnknown
        case dateInvalid
        case entryKindNotWritable
        case notificationMissing
        case alreadyDone
        case notProfessionalNotifier
        case beforeNotification
        case reassessmentNeedsNewPerson
        /// Feedback to a notifier that says the notification did (or did not) lead to an afdækning or investigation
        /// when the journal says otherwise (§ 138).
        case feedbackContradictsJournal
        case safetyScaleInvalid
        case childsViewWithoutChild
        case actionOwnerUnknown
        case actionDueBeforeMeeting
        case consultationMissing
        // The course of a child: assessments, the child's voice, decisions, measures, plans, transitions.
        case birthDateUnknown
        case assessmentMissing
        case bisidderTooYoung
        case childsWordsOrReasonMissing
        case ownViewsEmpty
        case scaleAnswerInvalid
        case childsViewsMissing
        case childsViewsNotFound
        case childsViewsTooOld
        case consentBelowAge
        case consentMissing
        case complaintGuidanceMissing
        case reasonsMissing
        case recipientMissing
        case fileInvalid
        case entryMissing
        case offersMissing
        case offerUnknown
        case decisionMissing
        case offerNotInDecision
        case legalBasisMismatch
        case youngAdultSupportAge
        case measureMissing
        case endBeforeStart
        case placementKindMismatch
        case placementAlreadyActive
        case goalsMissing
        case goalIncomplete
        case planVersionOutdated
        case goalNotRated
        case goalUnknown
        case nextFollowUpMissing
        case transitionInvalid
        // The offers catalogue.
        case offerIdInvalid
        case offerIdTaken
        case ageRangeInvalid
        // The family's portal.
        case familyAccountTooYoung
        case familyAccountNoCustody
        case familyAccountExists
        case familyAccountUnknown
        case activationCodeUnknown
        case activationCodeExpired
        case activationCodeUsed
        case usernameInvalid
        case passwordsDiffer
        // Tasks: agreed actions, messages from Min side, deadlines marked not relevant.
        case taskMissing
        case taskAlreadyClosed
        case taskCompletedBeforeStart
        case taskOutcomeInvalid
        case taskCommentMissing
        case notRelevantReasonMissing
        // School and work (issue 23, item 2).
        case schoolingInvalid
        case absenceShareInvalid
        case absencePeriodInvalid
        // Expected children (issue 23, item 1).
        case dueDateImplausible
        case birthOutsideDueWindow
        case childAlreadyBorn
        case notBeforeBirth
        case expectantParentMissing
        // The homecoming and foster carers (issue 24, item 3).
        case homecomingDecisionWithOffers
        case homecomingDecisionMissing
        case homecomingFollowUpPeriodInvalid
        case homecomingPlanMissing
        case homecomingMissing
        case fosterCarersNotAFamily
        case fosterCarerTwice
        case networkRelationUnanswered
        // Contact plans and visits of a placed child (issue 24, item 3).
        case placementNotRunning
        case contactPlanMissing
        case contactPlanOutdated
        case contactPersonMissing
        case contactFrequencyInvalid
        case supervisionUnanswered
        case visitCancellationInvalid
        // The municipality's settings (issue 25, item 2).
        case settingUnknown
        /// `names`: the law's least value.
        case settingBelowLawMinimum
        /// `names`: the law's most value.
        case settingAboveLawMaximum
        /// `names`: the least and the most value.
        case settingOutOfRange
        case targetOutOfRange
        /// `names`: the date.
        case settingDateOutOfRange
        // Abuse preparedness (issue 24, item 1).
        case notAbuseNotification
        case suspicionUnanswered
        case conversationMissing
        case preparednessOutcomeMissing
        case preparednessStepInvalid
        // The household and siblings (issue 24, item 2).
        case siblingNotOfChild
        case siblingAnswerMissing
        case siblingAssessmentInvalid
        case relationMissing
    }

    public let code: Code
    /// Which form field the error belongs to, if any.
    public let field: String?
    /// What the message names, filled into its `{0}` (the measures a case cannot be closed while they run).
    public let names: [String]

    public init(_ code: Code, field: String? = nil) {
        self.init(code, field: field, names: [])
    }

    public init(_ code: Code, field: String? = nil, names: [String]) {
        self.code = code
        self.field = field
        self.names = names
    }
}
