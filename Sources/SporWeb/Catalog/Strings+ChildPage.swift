import SporDomain

/// The child page that scales: the overview's phase, last contact, household and professionals, the timeline by year
/// and phase, and the print layout.
extension Strings {
    // MARK: The overview
    static let overviewCase = T(da: "Sagen nu", en: "The case now")
    static let phaseLabel = T(da: "Fase", en: "Phase")
    static func casePhase(_ phase: CasePhase) -> T {
        switch phase {
        case .earlyHelp: T(da: "Tidlig indsats", en: "Early help")
        case .notification: T(da: "Underretning", en: "Notification")
        case .assessment: T(da: "Afdækning / undersøgelse", en: "Focused assessment / investigation")
        case .measure: T(da: "Indsats", en: "Measure")
        case .placement: T(da: "Anbringelse", en: "Placement")
        case .afterCare: T(da: "Efterværn / ungestøtte (18–22 år)", en: "After-care / young adult support (18–22)")
        case .closed: T(da: "Sagen er lukket", en: "Case closed")
        }
    }
    static let abuseSuspected = T(da: "Mistanke om overgreb", en: "Abuse suspected")
    static let abuseNotifiedOn = T(da: "(underretning {0})", en: "(notification {0})")
    static let lastContactLabel = T(da: "Seneste direkte kontakt med barnet", en: "Last direct contact with the child")
    static let noDirectContact = T(da: "Ingen børnesamtale, egne synspunkter eller møde med barnet i journalen.",
                                   en: "No child conversation, own views or meeting with the child in the journal.")
    static func directContact(_ kind: DirectContact.Kind) -> T {
        switch kind {
        case .conversation: T(da: "Børnesamtale", en: "Child conversation")
        case .ownViews: T(da: "Barnets egne synspunkter", en: "The child's own views")
        case .meeting: T(da: "Møde med barnet til stede", en: "Meeting with the child present")
        }
    }
    static let agoToday = T(da: "i dag", en: "today")
    static let agoDays = T(da: "for {0} dage siden", en: "{0} days ago")
    static let agoMonths = T(da: "for {0} måneder siden", en: "{0} months ago")
    static let agoYears = T(da: "for {0} år siden", en: "{0} years ago")

    static let householdTitle = T(da: "Husstand", en: "Household")
    static let noHousehold = T(da: "Ingen forældre eller søskende registreret.", en: "No parents or siblings registered.")
    static let siblingLabel = T(da: "søskende", en: "sibling")
    static let siblingNoAccess = T(da: "søskende — ingen adgang", en: "sibling — no access")
    static let siblingCaseOpen = T(da: "åben sag", en: "open case")
    static let siblingCaseClosed = T(da: "ingen åben sag", en: "no open case")

    static let professionalsTitle = T(da: "Fagpersoner omkring barnet", en: "Professionals around the child")
    static let noProfessionals = T(da: "Journalen nævner ingen fagpersoner endnu.", en: "The journal names no professionals yet.")
    static let institutionMark = T(da: "institution", en: "institution")
    static let agreedActionOwner = T(da: "ansvarlig for en aftalt handling", en: "owns an agreed action")
    static let lastNamed = T(da: "senest {0}", en: "last {0}")

    // MARK: The timeline by year and phase
    static let timelineYears = T(da: "År", en: "Years")
    static let timelineYearShown = T(da: "Viser {0}: {1} af {2} indførsler. Nyeste først.", en: "Showing {0}: {1} of {2} entries. Newest first.")
    static let timelineSearchShown = T(da: "Søgningen gælder alle år.", en: "The search covers every year.")
    static let timelineYearEmpty = T(da: "Ingen indførsler i {0}.", en: "No entries in {0}.")

    // MARK: Print
    static let printLink = T(da: "Udskriv", en: "Print")
    static let printBack = T(da: "Tilbage til barnets side", en: "Back to the child's page")
    static let printedAt = T(da: "Udskrevet {0} af {1}", en: "Printed {0} by {1}")
}
