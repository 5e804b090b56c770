import SporDomain

/// Steps that carry forward what the journal knows (issue 21): the 24-hour assessment starting what it names, the
/// feedback to the notifier saying what followed, a network meeting opened from the child page.
extension Strings {
    // MARK: The 24-hour assessment starts what it names
    static let assessmentStartsHint = T(
        da: "Vælger du afdækning eller børnefaglig undersøgelse, starter den, når vurderingen gemmes – med underretningens dag, {0}, som dagen behovet blev kendt.",
        en: "If you choose a focused assessment or a child welfare investigation, it starts when the assessment is saved – with the notification's day, {0}, as the day the need became known.")
    static let savesAndStartsFocusedAssessment = T(da: "Gemmer vurderingen og starter afdækningen (§ 19).",
                                                    en: "Saves the assessment and starts the focused assessment (§ 19).")
    static let savesAndStartsInvestigation = T(
        da: "Gemmer vurderingen og starter den børnefaglige undersøgelse (§ 20), som skal være afsluttet senest {0}.",
        en: "Saves the assessment and starts the child welfare investigation (§ 20), to be concluded by {0}.")
    static let assessmentAlreadyOpen = T(
        da: "{0} efter denne underretning er allerede i gang (startet {1}); der startes ikke en ny.",
        en: "{0} following this notification is already running (started {1}); no second one is started.")

    // MARK: Feedback states what followed
    static let whatFollowed = T(da: "Hvad underretningen førte til", en: "What followed the notification")
    static let followedAssessment = T(da: "Vurderet {0}: {1}", en: "Assessed {0}: {1}")
    static let followedStart = T(da: "{0} startet {1}", en: "{0} started {1}")
    static let followedNothing = T(da: "Der er ikke startet en afdækning eller en børnefaglig undersøgelse efter underretningen.",
                                   en: "No focused assessment or child welfare investigation has been started following the notification.")
    static let feedbackFromJournal = T(da: "{0}: {1} (ifølge journalen)", en: "{0}: {1} (as the journal shows)")
    static let feedbackDraftInvestigation = T(
        da: "Din underretning om {0}, modtaget {1}, har ført til en børnefaglig undersøgelse. Venlig hilsen Børne- og Familieafdelingen",
        en: "Your notification about {0}, received {1}, has led to a child welfare investigation. Kind regards, Children and Family services")
    static let feedbackDraftFocusedAssessment = T(
        da: "Din underretning om {0}, modtaget {1}, har ført til en afdækning af barnets situation. Venlig hilsen Børne- og Familieafdelingen",
        en: "Your notification about {0}, received {1}, has led to a focused assessment of the child's situation. Kind regards, Children and Family services")
    static let feedbackDraftNothing = T(
        da: "Din underretning om {0}, modtaget {1}, har ikke ført til en børnefaglig undersøgelse. Venlig hilsen Børne- og Familieafdelingen",
        en: "Your notification about {0}, received {1}, has not led to a child welfare investigation. Kind regards, Children and Family services")

    // MARK: A network meeting opened from the child page
    static let meetingLink = T(da: "Netværksmøde", en: "Network meeting")
    static let meetingAboutChild = T(da: "Mødet om {0}, født {1}", en: "The meeting about {0}, born {1}")
}
