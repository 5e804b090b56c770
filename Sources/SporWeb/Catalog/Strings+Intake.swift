import SporDomain

/// Every intake channel: registering a notification received by phone, letter, e-mail, the digital form or in person,
/// the notifier as the handler sees it, and the professional's form steering level 4–5 to a notification.
extension Strings {
    // MARK: Channels and notifiers
    static func channel(_ channel: NotificationChannel) -> T {
        switch channel {
        case .phone: T(da: "Telefon", en: "Phone")
        case .letter: T(da: "Brev", en: "Letter")
        case .email: T(da: "E-mail", en: "E-mail")
        case .digitalForm: T(da: "Den digitale underretningsblanket", en: "The digital notification form")
        case .inPerson: T(da: "Personligt fremmøde", en: "In person")
        case .spor: T(da: "Spor", en: "Spor")
        }
    }
    static let receivedVia = T(da: "Modtaget via {0}", en: "Received by {0}")
    static let notifierNameLabel = T(da: "Underretterens navn", en: "The notifier's name")
    static let notifierContactLabel = T(da: "Telefon, e-mail eller adresse", en: "Phone, e-mail or address")
    static let notifierWho = T(da: "Underretter: {0}", en: "Notifier: {0}")
    static let notifierHeightenedDuty = T(da: "skærpet underretningspligt – kvittering inden 6 hverdage (§ 138)",
                                          en: "heightened duty to notify – receipt within 6 working days (§ 138)")

    // MARK: Registering a received notification
    static let registerNotification = T(da: "Registrér underretning", en: "Register a notification")
    static let registerNotificationTitle = T(da: "Registrér en modtaget underretning", en: "Register a received notification")
    static let registerNotificationIntro = T(da: "En underretning, der er kommet pr. telefon, brev, e-mail, den digitale blanket eller ved personligt fremmøde. Fristerne løber fra det tidspunkt, den blev modtaget.",
                                             en: "A notification that came by phone, letter, e-mail, the digital form or in person. The deadlines run from the time it was received.")
    static let intakeChildHint = T(da: "Barnets CPR-nummer – eller barnets fulde navn og fødselsdato. Er barnet ikke i Spor, så opret det først.",
                                   en: "The child's CPR number – or the child's full name and birth date. If the child is not in Spor, register the child first.")
    static let registerChildFirst = T(da: "Opret et barn", en: "Register a child")
    static let howReceived = T(da: "Hvordan kom underretningen?", en: "How did the notification arrive?")
    static let whoNotified = T(da: "Hvem underretter?", en: "Who is notifying?")
    static let professionIfProfessional = T(da: "Faggruppe (ved en fagperson)", en: "Profession (for a professional)")
    static let chooseOne = T(da: "Vælg …", en: "Choose …")
    static let notifierKnownHint = T(da: "Kun hvis det er oplyst. Vises kun for dem, der behandler barnets sag – aldrig for familien.",
                                     en: "Only if given. Shown only to those handling the child's case – never to the family.")
    static let receivedAt = T(da: "Modtaget", en: "Received")
    static let whatWasSaid = T(da: "Hvad handler underretningen om?", en: "What is the notification about?")
    static let concernsAbuseQuestion = T(da: "Drejer underretningen sig om (mistanke om) vold eller overgreb?", en: "Does the notification concern (suspected) violence or abuse?")
    static let notificationRegistered = T(da: "Underretningen er registreret. Vurderingen inden 24 timer løber fra {0}.",
                                          en: "The notification is registered. The assessment within 24 hours runs from {0}.")
    static let notificationNotSaved = T(da: "Underretningen er ikke gemt:", en: "The notification is not saved:")
    static let errorChannelUnknown = T(da: "Vælg hvordan underretningen kom.", en: "Choose how the notification arrived.")
    static let errorNotifierKindUnknown = T(da: "Vælg hvem der underretter.", en: "Choose who is notifying.")
    static let errorProfessionMissing = T(da: "Vælg fagpersonens faggruppe.", en: "Choose the professional's profession.")
    static let errorProfessionNotProfessional = T(da: "En faggruppe hører kun til en fagperson.", en: "A profession belongs only to a professional.")
    static let errorAnonymousNamed = T(da: "En anonym underretter har intet navn. Vælg en anden slags underretter, eller lad navnet stå tomt.",
                                       en: "An anonymous notifier has no name. Choose another kind of notifier, or leave the name empty.")
    static let errorAbuseUnanswered = T(da: "Svar ja eller nej: drejer det sig om vold eller overgreb?", en: "Answer yes or no: does it concern violence or abuse?")
    static let errorReceivedInvalid = T(da: "Tidspunktet for modtagelsen kunne ikke læses. Brug formatet ÅÅÅÅ-MM-DD TT:MM.",
                                        en: "The time received could not be read. Use the format YYYY-MM-DD HH:MM.")

    // MARK: The intake queue
    static let intakeIntroOrder = T(da: "Overgreb først, derefter den korteste tid tilbage.", en: "Abuse first, then the least time left.")
    static let columnContact = T(da: "Kontakt", en: "Contact")

    // MARK: The professional's form: level 4–5 is a notification
    static let levelIsNotification = T(da: "Et barn på trin 4 eller 5 er i risiko eller truet. Det er en underretning: du har skærpet underretningspligt (Barnets Lov § 133).",
                                       en: "A child at level 4 or 5 is at risk or threatened. That is a notification: you have the heightened duty to notify (Barnets Lov § 133).")
    static let switchToNotification = T(da: "Gør det til en underretning", en: "Make it a notification")
    static let switchedToNotification = T(da: "Formularen er nu en underretning. Det, du skrev, er bevaret – læs det igennem og send.",
                                          en: "The form is now a notification. What you wrote is kept – read it through and send.")
}
