import SporDomain

/// Early help: consultations, early-help notes, the concern scale's configuration, the owner's worklist.
extension Strings {
    // MARK: Consultations and early-help notes
    static let navConsultations = T(da: "Sparring", en: "Consultations")
    static let consultationsTitle = T(da: "Sparring og tidlig indsats", en: "Consultations and early help")
    static let consultationsIntro = T(da: "Skriv en sparring ned – med barnets navn, eller anonymt, hvis fagpersonen ikke vil eller må nævne barnet endnu. En anonym sparring kan knyttes til barnet senere.",
                                      en: "Write down a consultation – with the child's name, or anonymously if the professional will not or may not name the child yet. An anonymous consultation can be linked to the child later.")
    static let newConsultation = T(da: "Ny sparring", en: "New consultation")
    static let anonymousHint = T(da: "Lad felterne om barnet stå tomme for en anonym sparring.", en: "Leave the fields about the child empty for an anonymous consultation.")
    static let askedBy = T(da: "Hvem spurgte", en: "Asked by")
    static let question = T(da: "Hvad er fagpersonen bekymret for?", en: "What is the professional worried about?")
    static let advice = T(da: "Rådgivning og næste skridt", en: "Advice and next step")
    static let consultationSaved = T(da: "Sparringen er gemt.", en: "The consultation is saved.")
    static let consultationSavedAnonymous = T(da: "Den anonyme sparring er gemt. Du kan knytte den til barnet senere.", en: "The anonymous consultation is saved. You can link it to the child later.")
    static let consultationLinked = T(da: "først holdt anonymt", en: "first held anonymously")
    static let anonymousConsultations = T(da: "Dine anonyme sparringer", en: "Your anonymous consultations")
    static let noAnonymousConsultations = T(da: "Du har ingen anonyme sparringer.", en: "You have no anonymous consultations.")
    static let linkToChild = T(da: "Knyt til barnet", en: "Link to the child")
    static let linkedToChild = T(da: "Knyttet til barnet {0}", en: "Linked to the child {0}")
    static let consultationLinkedNotice = T(da: "Sparringen er knyttet til barnet og står nu i barnets forløb.", en: "The consultation is linked to the child and is now in the child's course.")
    static let heldAt = T(da: "Holdt", en: "Held")
    static let earlyHelpTitle = T(da: "Notat om tidlig indsats", en: "Early-help note")
    static let earlyHelpIntro = T(da: "Hjælp givet før eller i stedet for en sag: hvad blev gjort, med hvem, og hvad blev aftalt.",
                                  en: "Help given before, or instead of, a case: what was done, with whom, and what was agreed.")
    static let earlyHelpNote = T(da: "Tidlig indsats", en: "Early help")
    static let earlyHelpSaved = T(da: "Notatet om tidlig indsats er gemt i barnets forløb.", en: "The early-help note is saved in the child's course.")
    static let notSaved = T(da: "Ikke gemt:", en: "Not saved:")

    // MARK: The concern scale's configuration
    static let scaleTitle = T(da: "Bekymringsskalaen", en: "The concern scale")
    static let scaleIntro = T(da: "Skalaens fem trin er faste – alle bekymringer graderes 1–5, og tallene tæller på dem – men navnene og vejledningen for hvert trin og hver aldersgruppe er kommunens egne. Hver gemt udgave bevares.",
                              en: "The scale's five levels are fixed – every concern is graded 1–5 and the indicators count on them – but the names and the guidance for each level and age band are the municipality's own. Every saved version is kept.")
    static let scaleLevel = T(da: "Trin {0}", en: "Level {0}")
    static let scaleNameDa = T(da: "Navn (dansk)", en: "Name (Danish)")
    static let scaleNameEn = T(da: "Navn (engelsk)", en: "Name (English)")
    static let scaleGuidance = T(da: "Vejledning, {0} år", en: "Guidance, ages {0}")
    static let scaleSaved = T(da: "Bekymringsskalaen er gemt (udgave {0}).", en: "The concern scale is saved (version {0}).")
    static let scaleVersions = T(da: "Gemte udgaver: {0}. Uden en gemt udgave gælder standardskalaen.", en: "Saved versions: {0}. Without a saved version the default scale applies.")
    static let scaleGuidanceFor = T(da: "Hvad betyder trinene? (vejledning for {0} år)", en: "What do the levels mean? (guidance for ages {0})")
    static let scaleGuidanceAll = T(da: "Hvad betyder trinene? Vejledning efter alder", en: "What do the levels mean? Guidance by age")
    static let navConcernScale = T(da: "Bekymringsskalaen", en: "Concern scale")

    // MARK: The worklist of those who own agreed actions
    static let myActionsTitle = T(da: "Mine aftalte handlinger", en: "My agreed actions")
    static let myActionsIntro = T(da: "Handlinger, du har påtaget dig på et netværksmøde. De er klaret, når et senere møde noterer dem som gjort.",
                                  en: "Actions you took on at a network meeting. They are done when a later meeting records them as done.")
    static let myActionsEmpty = T(da: "Du har ingen åbne handlinger.", en: "You have no open actions.")
    static let columnChild = T(da: "Barn", en: "Child")
    /// A deadline at the end of a day.
    static let endOfDay = T(da: "udgangen af {0}", en: "end of {0}")
}

/// The child page at a glance, and the timeline's filter.
extension Strings {
    static let glanceTitle = T(da: "Overblik", en: "At a glance")
    static let glanceDeadlines = T(da: "Næste frister", en: "Next deadlines")
    static let glanceNoDeadlines = T(da: "Ingen åbne frister.", en: "No open deadlines.")
    static let glancePeople = T(da: "Omkring barnet", en: "Around the child")
    static let custody = T(da: "har forældremyndighed", en: "has custody")
    static let caseworkerOrdinal = T(da: "{0}. rådgiver på 2 år", en: "caseworker no. {0} in 2 years")
    static func relationKind(_ kind: Relation.Kind) -> T {
        switch kind {
        case .mother: T(da: "mor", en: "mother")
        case .father: T(da: "far", en: "father")
        case .parent: T(da: "forælder", en: "parent")
        case .stepParent: T(da: "papforælder", en: "step-parent")
        case .grandparent: T(da: "bedsteforælder", en: "grandparent")
        case .sibling: T(da: "søskende", en: "sibling")
        case .fosterParent: T(da: "plejeforælder", en: "foster parent")
        case .networkPerson: T(da: "netværk", en: "network")
        }
    }
    static let filterKind = T(da: "Slags", en: "Kind")
    static let filterAllKinds = T(da: "Alle slags", en: "All kinds")
    static let filterFrom = T(da: "Fra", en: "From")
    static let filterTo = T(da: "Til", en: "To")
    static let filterSignificant = T(da: "Kun vendepunkter (uden notater, kvitteringer og rettelser)", en: "Turning points only (no notes, receipts or corrections)")
    static let filterApply = T(da: "Vis", en: "Show")
    static let filterReset = T(da: "Vis alt", en: "Show everything")
    static let filterShowing = T(da: "Viser {0} af {1} indførsler.", en: "Showing {0} of {1} entries.")
}
