import SporDomain

/// A placed child's contact plan and visits (samvær, issue 24, item 3).
extension Strings {
    static let contactHeading = T(da: "Samvær", en: "Contact visits")
    static let contactNone = T(da: "Der er endnu ingen samværsplan for anbringelsen.", en: "There is no contact plan for the placement yet.")
    static let contactPlanShown = T(da: "Samværsplan med {0}: {1}, {2}, fra {3}", en: "Contact plan with {0}: {1}, {2}, from {3}")
    static let contactFrequencyShown = T(da: "{0} gang(e) {1}", en: "{0} time(s) {1}")
    static let contactSupervisedShown = T(da: "overvåget", en: "supervised")
    static let contactUnsupervisedShown = T(da: "ikke overvåget", en: "not supervised")
    static let contactTally = T(da: "Gennemført: {0} · Aflyst: {1} · Forventet indtil i dag efter planen: {2}",
                                en: "Held: {0} · Cancelled: {1} · Due up to today by the plan: {2}")
    static let contactKept = T(da: "Planen er overholdt.", en: "The plan is kept.")
    static let contactNotKept = T(da: "Planen er ikke overholdt: færre samvær gennemført end planen foreskriver.",
                                   en: "The plan is not kept: fewer visits held than the plan calls for.")
    static let contactNoVisits = T(da: "Ingen samvær registreret endnu.", en: "No visits recorded yet.")
    static let contactVisitHeldShown = T(da: "{0}: gennemført", en: "{0}: held")
    static let contactVisitCancelledShown = T(da: "{0}: aflyst af {1} ({2})", en: "{0}: cancelled by {1} ({2})")
    static let contactUnknownPerson = T(da: "en person i husstanden", en: "a person of the household")

    // MARK: The plan's form
    static let contactPlanNew = T(da: "Lav en samværsplan", en: "Make a contact plan")
    static let contactPlanChange = T(da: "Ny samværsplan (erstatter den gældende)", en: "New contact plan (replaces the one in force)")
    static let contactPlanHint = T(da: "Anbringelsen og personerne i barnets husstand er dem, journalen kender.",
                                   en: "The placement and the people of the child's household are those the journal knows.")
    static let contactPlacement = T(da: "Anbringelse", en: "Placement")
    static let contactPlacementShown = T(da: "{0}, fra {1}", en: "{0}, from {1}")
    static let contactPerson = T(da: "Samvær med", en: "Contact with")
    static let contactOtherPerson = T(da: "En anden (skriv navnet)", en: "Someone else (write the name)")
    static let contactOtherName = T(da: "Navn (når det er en anden)", en: "Name (when someone else)")
    static let contactVisits = T(da: "Antal samvær pr. periode", en: "Visits per period")
    static let contactPeriodLabel = T(da: "Periode", en: "Period")
    static let contactSupervised = T(da: "Overvåget samvær?", en: "Supervised contact?")
    static let contactFrom = T(da: "Gælder fra", en: "Holds from")
    static let contactNote = T(da: "Bemærkning (valgfri)", en: "Note (optional)")

    static func contactPeriod(_ period: ContactPeriod) -> T {
        switch period {
        case .week: T(da: "hver uge", en: "every week")
        case .fortnight: T(da: "hver 14. dag", en: "every 14 days")
        case .month: T(da: "hver måned", en: "every month")
        }
    }

    // MARK: The visit's form
    static let contactVisitNew = T(da: "Registrér samvær", en: "Record a contact visit")
    static let contactVisitPlan = T(da: "Samværsplan", en: "Contact plan")
    static let contactVisitDay = T(da: "Dagen for samværet", en: "The day of the visit")
    static let contactVisitOutcome = T(da: "Blev samværet gennemført?", en: "Was the visit held?")
    static let contactVisitHeld = T(da: "Gennemført", en: "Held")
    static let contactVisitReason = T(da: "Årsag (når det er aflyst)", en: "Reason (when cancelled)")

    static func contactCancelledBy(_ canceller: ContactCanceller) -> T {
        switch canceller {
        case .parent: T(da: "Aflyst af forælderen", en: "Cancelled by the parent")
        case .child: T(da: "Aflyst af barnet", en: "Cancelled by the child")
        case .placement: T(da: "Aflyst af anbringelsesstedet", en: "Cancelled by the placement")
        case .municipality: T(da: "Aflyst af kommunen", en: "Cancelled by the municipality")
        }
    }

    static func contactCanceller(_ canceller: ContactCanceller) -> T {
        switch canceller {
        case .parent: T(da: "forælderen", en: "the parent")
        case .child: T(da: "barnet", en: "the child")
        case .placement: T(da: "anbringelsesstedet", en: "the placement")
        case .municipality: T(da: "kommunen", en: "the municipality")
        }
    }

    static func contactEntryKind(_ kind: EntryKind) -> T {
        kind == .contactPlan ? T(da: "Samværsplan", en: "Contact plan") : T(da: "Samvær", en: "Contact visit")
    }

    static func contactError(_ code: DomainError.Code) -> T {
        switch code {
        case .placementNotRunning: T(da: "Samvær hører til en anbringelse, der er i gang. Vælg barnets igangværende anbringelse.",
                                     en: "Contact belongs to a placement that is running. Choose the child's running placement.")
        case .contactPlanMissing: T(da: "Samværsplanen findes ikke for dette barn. Vælg en af barnets samværsplaner.",
                                    en: "The contact plan does not exist for this child. Choose one of the child's contact plans.")
        case .contactPlanOutdated: T(da: "Samværsplanen er ændret, mens du skrev. Læs den gældende plan og prøv igen.",
                                     en: "The contact plan changed while you were writing. Read the plan in force and try again.")
        case .contactPersonMissing: T(da: "Vælg, hvem samværet er med — en person i husstanden, eller skriv navnet på en anden.",
                                      en: "Choose who the contact is with — a person of the household, or write the name of someone else.")
        case .contactFrequencyInvalid: T(da: "Skriv antal samvær pr. periode som et helt tal fra 1 til 31.",
                                         en: "Write the visits per period as a whole number from 1 to 31.")
        case .supervisionUnanswered: T(da: "Svar på, om samværet er overvåget.", en: "Answer whether the contact is supervised.")
        case .visitCancellationInvalid: T(da: "Et gennemført samvær har ingen årsag til aflysning. Vælg, hvem der aflyste, eller slet årsagen.",
                                          en: "A visit held has no reason for cancelling. Choose who cancelled, or remove the reason.")
        default: error(code)
        }
    }
}
