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
        case concernLevelInvalid
        case correctionTargetMissing
        case correctionOfCorrection
        case correctionKindMismatch
        case correctionOtherChild
        case caseworkerUnknown
        case caseworkerNotCaseworker
        case caseAlreadyClosed
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
        case safetyScaleInvalid
        case childsViewWithoutChild
        case actionOwnerUnknown
        case actionDueBeforeMeeting
        case consultationMissing
    }

    public let code: Code
    /// Which form field the error belongs to, if any.
    public let field: String?

    public init(_ code: Code, field: String? = nil) {
        self.code = code
        self.field = field
    }
}
