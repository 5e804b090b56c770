import SporDomain

/// Completing work: agreed actions marked done or not done, messages from Min side answered, deadlines marked not
/// relevant, and the team lead's list of those marks.
extension Strings {
    // MARK: Entry kinds and outcomes
    static func taskEntryKind(_ kind: EntryKind) -> T {
        switch kind {
        case .taskCompleted: T(da: "Opgave afsluttet", en: "Task completed")
        case .deadlineNotRelevant: T(da: "Frist markeret ikke relevant", en: "Deadline marked not relevant")
        default: entryKind(kind)
        }
    }

    static func taskOutcome(_ outcome: TaskCompletion.Outcome) -> T {
        switch outcome {
        case .done: T(da: "Udført", en: "Done")
        case .notDone: T(da: "Ikke udført", en: "Not done")
        case .cancelled: T(da: "Annulleret", en: "Cancelled")
        }
    }

    // MARK: Errors
    static func taskError(_ code: DomainError.Code) -> T {
        switch code {
        case .taskMissing: T(da: "Opgaven findes ikke på dette barn, eller den er ikke længere åben. Åbn den igen fra listen.",
                             en: "The task does not exist on this child, or it is no longer open. Open it again from the list.")
        case .taskAlreadyClosed: T(da: "Opgaven er allerede afsluttet. Den er ikke gemt igen.",
                                   en: "The task has already been completed. It was not saved again.")
        case .taskCompletedBeforeStart: T(da: "Datoen ligger før opgaven blev aftalt eller modtaget. Skriv den dag, det skete.",
                                          en: "The date is before the task was agreed or received. Write the day it happened.")
        case .taskOutcomeInvalid: T(da: "Vælg et af udfaldene. En besked fra Min side kan kun markeres som udført.",
                                    en: "Choose one of the outcomes. A message from Min side can only be marked done.")
        case .taskCommentMissing: T(da: "Skriv en kommentar: hvorfor blev det ikke udført, eller hvorfor annulleres det?",
                                    en: "Write a comment: why was it not done, or why is it cancelled?")
        case .notRelevantReasonMissing: T(da: "Skriv hvorfor fristen ikke er relevant. Teamlederen ser begrundelsen.",
                                          en: "Write why the deadline is not relevant. The team lead sees the reason.")
        default: error(code)
        }
    }

    // MARK: The controls on a list row
    static let taskComplete = T(da: "Afslut opgaven", en: "Complete the task")
    static let taskMarkAnswered = T(da: "Markér som besvaret", en: "Mark as answered")
    static let taskOutcomeLegend = T(da: "Udfald", en: "Outcome")
    static let taskCompletedOn = T(da: "Dato", en: "Date")
    static let taskComment = T(da: "Kommentar", en: "Comment")
    static let taskCommentHint = T(da: "Skal udfyldes ved »ikke udført« og »annulleret«.", en: "Required for \"not done\" and \"cancelled\".")
    static let taskSave = T(da: "Gem", en: "Save")
    static let backToList = T(da: "Tilbage", en: "Back")
    static let taskMarkNotRelevant = T(da: "Markér som ikke relevant …", en: "Mark as not relevant …")
    static let taskSaved = T(da: "Opgaven er gemt i journalen.", en: "The task was saved in the journal.")
    static let taskCompletedFor = T(da: "{0}: {1}", en: "{0}: {1}")
    static let taskNotPermitted = T(da: "Kun den, der har opgaven, barnets rådgiver eller teamets leder kan afslutte den.",
                                    en: "Only the task's owner, the child's caseworker or the team's lead can complete it.")
    static let taskCancelNotPermitted = T(da: "Kun barnets rådgiver eller teamets leder kan annullere en aftalt handling.",
                                          en: "Only the child's caseworker or the team's lead can cancel an agreed action.")
    static let taskNote = T(da: "Ikke udført: {0}", en: "Not done: {0}")
    static let portalMessageTask = T(da: "Besked fra Min side ({0})", en: "Message from Min side ({0})")

    // MARK: Not relevant
    static let notRelevantTitle = T(da: "Markér fristen som ikke relevant", en: "Mark the deadline as not relevant")
    static let notRelevantIntro = T(da: "En lovbestemt frist afvises ikke: den opfyldes af sit skridt, eller den markeres som ikke relevant med en begrundelse. Teamlederen ser markeringen, og medmindre reglen tillader det, tæller fristen som ikke overholdt i indikatorerne.",
                                    en: "A legal deadline is never dismissed: it is met by its step, or marked not relevant with a reason. The team lead sees the mark, and unless the rule allows it, the deadline counts as missed in the indicators.")
    static let notRelevantAllowed = T(da: "Reglen tillader, at fristen ikke er relevant: den tæller ikke med i indikatoren.",
                                      en: "The rule allows the deadline not to be relevant: it is not counted in the indicator.")
    static let notRelevantCountsMissed = T(da: "Fristen tæller som ikke overholdt i indikatoren »Lovens frister overholdt«.",
                                           en: "The deadline counts as missed in the indicator \"Legal deadlines met\".")
    static let notRelevantReason = T(da: "Hvorfor er fristen ikke relevant?", en: "Why is the deadline not relevant?")
    static let notRelevantSave = T(da: "Markér som ikke relevant", en: "Mark as not relevant")
    static let notRelevantDeadline = T(da: "Frist", en: "Deadline")
    static let notRelevantChild = T(da: "Barn", en: "Child")
    static let notRelevantDue = T(da: "Frist udløber", en: "Due")
    static let notRelevantSaved = T(da: "Fristen er markeret som ikke relevant. Teamlederen kan se det.",
                                    en: "The deadline is marked not relevant. The team lead can see it.")
    static let notRelevantNotPermitted = T(da: "Kun barnets rådgiver og barnets team kan markere en frist som ikke relevant.",
                                           en: "Only the child's caseworker and the child's team can mark a deadline as not relevant.")

    // MARK: The team lead's list
    static let teamNotRelevantTitle = T(da: "Frister markeret ikke relevant", en: "Deadlines marked not relevant")
    static let teamNotRelevantIntro = T(da: "Frister på teamets børn, som en medarbejder har markeret som ikke relevante, med begrundelse, hvem og hvornår. Nyeste først.",
                                        en: "Deadlines on the team's children that someone marked as not relevant, with the reason, who and when. Newest first.")
    static let teamNotRelevantEmpty = T(da: "Ingen frister er markeret som ikke relevante.", en: "No deadlines are marked not relevant.")
    static let columnMarkedBy = T(da: "Markeret af", en: "Marked by")
    static let columnMarkedAt = T(da: "Hvornår", en: "When")
    static let columnReason = T(da: "Begrundelse", en: "Reason")
    static let columnCounts = T(da: "Tæller som", en: "Counts as")
    static let countsMissed = T(da: "Ikke overholdt", en: "Missed")
    static let countsNotCounted = T(da: "Tælles ikke", en: "Not counted")

    // MARK: My agreed actions
    static let myActionsIntroTasks = T(da: "Handlinger, du har påtaget dig på et netværksmøde. Markér dem som udført eller ikke udført her; ikke udført går videre til barnets rådgiver med din kommentar.",
                                       en: "Actions you took on at a network meeting. Mark them done or not done here; not done passes to the child's caseworker with your comment.")

    // MARK: The child page
    static let taskEntryAgreedAction = T(da: "Aftalt handling: {0}", en: "Agreed action: {0}")
    static let taskEntryPortalMessage = T(da: "Besked fra Min side besvaret", en: "Message from Min side answered")
    static let taskEntryCompletedOn = T(da: "Dato: {0}", en: "Date: {0}")
    static let openTasksTitle = T(da: "Aftalte handlinger, der ikke er udført", en: "Agreed actions not done")
    static let notRelevantEntry = T(da: "{0} ({1})", en: "{0} ({1})")
}
