import SporDomain

/// Abuse preparedness (beredskab, issue 24, item 1): the checklist on the child page and the plan on the tracker.
extension Strings {
    static let preparednessEntryKind = T(da: "Beredskab ved overgreb", en: "Abuse preparedness")
    static let preparednessHeading = T(da: "Beredskab: mistanke om overgreb", en: "Preparedness: suspected abuse")
    static let preparednessIntro = T(da: "Underretningen modtaget {0} handler om overgreb. Gør trinene efter kommunens beredskab; hvert trin skrives i journalen med sit tidspunkt.",
                                     en: "The notification received {0} concerns abuse. Work through the steps of the municipality's preparedness; each step is written in the journal with its time.")
    static let preparednessComplete = T(da: "Alle trin, der kræves, er gjort.", en: "Every required step is done.")
    static let preparednessDoneAt = T(da: "Gjort {0}", en: "Done {0}")
    static let preparednessPending = T(da: "Mangler", en: "Pending")
    static let preparednessOptional = T(da: "Kun når forældrene ikke skal orienteres endnu.", en: "Only when the parents are not to be informed yet.")
    static let preparednessInvestigation = T(da: "Børnefaglig undersøgelse (§ 20), som mistanken gør obligatorisk",
                                             en: "Child welfare investigation (§ 20), which the suspicion makes mandatory")
    static let preparednessStartInvestigation = T(da: "Start undersøgelsen (underretningen er valgt)", en: "Start the investigation (the notification is chosen)")
    static let preparednessRecord = T(da: "Skriv trinet", en: "Record the step")

    static func preparednessStep(_ step: PreparednessStepKind) -> T {
        switch step {
        case .childConversation: T(da: "Samtale med barnet uden forældrene, når de er mistænkt", en: "Conversation with the child without the parents where they are suspected")
        case .police: T(da: "Samråd med politiet", en: "Consultation with the police")
        case .childrensHouse: T(da: "Børnehuset", en: "The children's house (børnehus)")
        case .parentsNotInformed: T(da: "Beslutning om ikke at orientere forældrene endnu", en: "Decision not to inform the parents yet")
        }
    }

    // MARK: The forms
    static let preparednessParentsSuspected = T(da: "Er forældrene (eller en af dem) mistænkt?", en: "Are the parents (or one of them) suspected?")
    static let preparednessConversation = T(da: "Børnesamtalen", en: "The child conversation")
    static let preparednessNoConversation = T(da: "Der er ingen børnesamtale efter underretningen i journalen endnu. Skriv samtalen først; den tilbydes så her.",
                                              en: "The journal holds no child conversation after the notification yet. Record the conversation first; it is then offered here.")
    static let preparednessWriteConversation = T(da: "Skriv børnesamtalen", en: "Record the child conversation")
    static let preparednessPoliceOutcome = T(da: "Hvad kom der ud af samrådet?", en: "What came of the consultation?")
    static let preparednessHouseOutcome = T(da: "Børnehuset", en: "The children's house")
    static let preparednessReason = T(da: "Begrundelse", en: "Reason")
    static let preparednessHouseReason = T(da: "Hvorfor er børnehuset ikke relevant? (kræves, når det ikke er)",
                                           en: "Why is the children's house not relevant? (required when it is not)")
    static let preparednessParentsReason = T(da: "Hvorfor orienteres forældrene ikke endnu?", en: "Why are the parents not informed yet?")
    static let preparednessNote = T(da: "Bemærkning", en: "Note")
    static let preparednessTime = T(da: "Tidspunkt (ikke før underretningen, ikke i fremtiden)", en: "Time (not before the notification, not in the future)")

    static func policeOutcome(_ outcome: PoliceOutcome) -> T {
        switch outcome {
        case .reported: T(da: "Politianmeldt", en: "Reported to the police")
        case .consultedNotReported: T(da: "Samråd holdt, ikke politianmeldt", en: "Consulted, not reported")
        }
    }

    static func childrensHouseOutcome(_ outcome: ChildrensHouseOutcome) -> T {
        switch outcome {
        case .referred: T(da: "Henvist til børnehuset", en: "Referred to the children's house")
        case .notRelevant: T(da: "Ikke relevant", en: "Not relevant")
        }
    }

    // MARK: The timeline
    static let preparednessShown = T(da: "{0} (underretningen {1})", en: "{0} (the notification of {1})")
    static let preparednessSuspectedShown = T(da: "Forældrene mistænkt: {0}", en: "Parents suspected: {0}")
    static let preparednessConversationShown = T(da: "Børnesamtalen {0}", en: "The child conversation of {0}")

    static func preparednessError(_ code: DomainError.Code) -> T {
        switch code {
        case .notAbuseNotification: T(da: "Beredskabets trin hører til en underretning om overgreb. Vælg barnets underretning om overgreb.",
                                      en: "The preparedness steps belong to a notification about abuse. Choose the child's notification about abuse.")
        case .suspicionUnanswered: T(da: "Svar på, om forældrene (eller en af dem) er mistænkt.", en: "Answer whether the parents (or one of them) are suspected.")
        case .conversationMissing: T(da: "Vælg den børnesamtale efter underretningen, som trinet var. Skriv samtalen først, hvis den mangler.",
                                     en: "Choose the child conversation after the notification that the step was. Record the conversation first if it is missing.")
        case .preparednessOutcomeMissing: T(da: "Vælg, hvad der kom ud af trinet.", en: "Choose what came of the step.")
        case .preparednessStepInvalid: T(da: "Trinet har svar, der hører til et andet trin. Udfyld kun trinets egne felter.",
                                         en: "The step carries answers of another step. Fill in only the step's own fields.")
        default: error(code)
        }
    }
}

/// The municipality's preparedness plan against abuse (beredskabsplan) on the tracker and its own page.
extension Strings {
    static let preparednessPlanTitle = T(da: "Beredskabsplan mod overgreb", en: "Preparedness plan against abuse")
    static let preparednessPlanIntro = T(da: "Kommunens beredskab og handlevejledninger ved mistanke eller viden om overgreb mod børn og unge. Planen revideres mindst hvert fjerde år (byrådssag 003: \"den lovbestemte minimumsrevision hvert fjerde år\"). Hver gemt udgave bevares med hvem og hvornår.",
                                         en: "The municipality's preparedness and guidance on suspected or known abuse of children and young people. The plan is revised at least every fourth year (council paper 003: \"the statutory minimum revision every fourth year\"). Every saved version is kept with who and when.")
    static let preparednessPlanNone = T(da: "Der er ikke gemt nogen beredskabsplan endnu.", en: "No preparedness plan has been saved yet.")
    static let preparednessPlanAdopted = T(da: "Vedtaget {0}", en: "Adopted {0}")
    static let preparednessPlanRevisionDue = T(da: "Revision senest {0}", en: "Revision due {0}")
    static let preparednessPlanOverdue = T(da: "Revisionen er overskredet: den skulle være sket senest {0}.", en: "The revision is overdue: it was due by {0}.")
    static let preparednessPlanEdit = T(da: "Gem en ny udgave", en: "Save a new version")
    static let preparednessPlanAdd = T(da: "Gem kommunens beredskabsplan", en: "Save the municipality's preparedness plan")
    static let preparednessPlanName = T(da: "Titel", en: "Title")
    static let preparednessPlanAdoptedOn = T(da: "Vedtaget den", en: "Adopted on")
    static let preparednessPlanReference = T(da: "Hvor planen findes (webadresse eller sags-/dokumentnummer)", en: "Where the plan is kept (web address or case/document number)")
    static let preparednessPlanNote = T(da: "Bemærkning", en: "Note")
    static let preparednessPlanSaved = T(da: "Beredskabsplanen er gemt som en ny udgave.", en: "The preparedness plan is saved as a new version.")
    static let preparednessPlanVersions = T(da: "Udgaver", en: "Versions")
    static let preparednessPlanVersion = T(da: "Udgave", en: "Version")
    static let preparednessPlanSavedAt = T(da: "Gemt", en: "Saved")
    static let preparednessPlanSavedBy = T(da: "Gemt af", en: "Saved by")
    /// The export page's warning while a decision not to inform the parents stands (`ExportModel.parentsNotInformedSince`).
    static let exportParentsNotInformed = T(
        da: "Journalen har en beslutning af {0} om endnu ikke at orientere forældrene om mistanken om overgreb. Udtrækket viser alt, også den beslutning: vurdér, hvad der skal undtages fra aktindsigt, før det udleveres til forældrene.",
        en: "The journal holds a decision of {0} not to inform the parents of the suspected abuse yet. This export shows everything, that decision included: assess what must be withheld from access before it is handed to the parents.")
}
