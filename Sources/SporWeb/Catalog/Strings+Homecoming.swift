import SporDomain

/// The homecoming (hjemgivelse) as a course of its own, and a placement's foster carers (issue 24, item 3).
extension Strings {
    static let homecomingHeading = T(da: "Hjemgivelse", en: "Homecoming")
    static let homecomingNone = T(da: "Der er endnu ikke truffet afgørelse om hjemgivelse.", en: "No decision on a homecoming has been made yet.")
    static let homecomingCourseOf = T(da: "Anbringelsen {0}, fra {1}", en: "The placement {0}, from {1}")
    static let homecomingStepDecision = T(da: "1. Afgørelse om hjemgivelse", en: "1. Decision on the homecoming")
    static let homecomingStepPlan = T(da: "2. Plan for hjemgivelsen", en: "2. The homecoming plan")
    static let homecomingStepEnd = T(da: "3. Anbringelsen ophører", en: "3. The placement ends")
    static let homecomingStepFollowUp = T(da: "4. Opfølgning efter hjemgivelsen", en: "4. Follow-up after the homecoming")
    static let homecomingNotYet = T(da: "Ikke endnu.", en: "Not yet.")
    static let homecomingDecisionShown = T(da: "{0}: {1} — hjemgivelse {2}", en: "{0}: {1} — homecoming on {2}")
    static let homecomingPlanShown = T(da: "Hjemgivelse {0}. Opfølgningsperiode: {1} måneder.", en: "Homecoming on {0}. Follow-up period: {1} months.")
    static let homecomingSupportShown = T(da: "Støtte efter hjemgivelsen: {0}", en: "Support after the homecoming: {0}")
    static let homecomingFamilyShown = T(da: "Kontakt med familien: {0}", en: "Contact with the family: {0}")
    static let homecomingSchoolShown = T(da: "Dagtilbud/skole: {0}", en: "Daycare/school: {0}")
    static let homecomingEndShown = T(da: "Hjemgivet {0}.", en: "Moved home on {0}.")
    static let homecomingPeriodShown = T(da: "Opfølgningsperioden løber til og med {0}.", en: "The follow-up period runs up to and including {0}.")
    static let homecomingClosedShown = T(da: "Opfølgningsperioden er afsluttet.", en: "The follow-up period is over.")
    static let homecomingFollowUpShown = T(da: "{0}: {1}", en: "{0}: {1}")
    static let homecomingNextShown = T(da: "Næste opfølgning senest {0}.", en: "Next follow-up by {0}.")

    // MARK: The forms
    static let homecomingDecisionNew = T(da: "Træf afgørelse om hjemgivelse", en: "Decide on the homecoming")
    static let homecomingDecisionHint = T(da: "Afgørelsen træffes på anbringelsens bestemmelse; støtten efter hjemgivelsen planlægges i næste trin.",
                                          en: "The decision is made on the placement's provision; the support after the homecoming is planned in the next step.")
    static let homecomingPurpose = T(da: "Formål", en: "Purpose")
    static let homecomingPurposeDefault = T(da: "Barnet flytter hjem til forældrene.", en: "The child moves home to the parents.")
    static let homecomingDay = T(da: "Dag for hjemgivelsen", en: "Day of the homecoming")
    static let homecomingReasons = T(da: "Begrundelse", en: "Reasons")
    static let homecomingPlanNew = T(da: "Læg planen for hjemgivelsen", en: "Make the homecoming plan")
    static let homecomingPlanChange = T(da: "Ny plan for hjemgivelsen (erstatter den gældende)", en: "New homecoming plan (replaces the one in force)")
    static let homecomingPlanHint = T(da: "Hvilken støtte følger hjemgivelsen: tilbud fra tilbudsviften, kontakten med familien og skolen.",
                                      en: "What support follows the homecoming: offers from the catalogue, the contact with the family, the school.")
    static let homecomingSupport = T(da: "Støtte efter hjemgivelsen (tilbud)", en: "Support after the homecoming (offers)")
    static let homecomingFamily = T(da: "Kontakt med og støtte til familien", en: "Contact with and support for the family")
    static let homecomingSchool = T(da: "Dagtilbud eller skole efter hjemgivelsen", en: "Daycare or school after the homecoming")
    static let homecomingFollowUpMonths = T(da: "Opfølgningsperiode (måneder, mindst 6)", en: "Follow-up period (months, at least 6)")
    static let homecomingNote = T(da: "Bemærkning (valgfri)", en: "Note (optional)")
    static let homecomingEndNew = T(da: "Afslut anbringelsen: barnet er hjemgivet", en: "End the placement: the child has moved home")
    static let homecomingEndHint = T(da: "Anbringelsen ophører med årsagen hjemgivelse efter den gældende plan; opfølgningen begynder.",
                                     en: "The placement ends with the reason homecoming, following the plan in force; the follow-up begins.")
    static let homecomingFollowUpNew = T(da: "Registrér opfølgning efter hjemgivelsen", en: "Record a follow-up after the homecoming")
    static let homecomingAssessment = T(da: "Hvordan går det barnet hjemme?", en: "How is the child doing at home?")
    static let homecomingNextFollowUp = T(da: "Næste opfølgning (kræves, mens perioden løber)", en: "Next follow-up (required while the period runs)")
    static let homecomingPlanRequired = T(da: "Hjemgivelse kræver en afgørelse og en plan for hjemgivelsen. Brug afsnittet Hjemgivelse på barnets side.",
                                          en: "A homecoming needs a decision and a homecoming plan. Use the Homecoming section on the child's page.")

    // MARK: Foster carers
    static let fosterHeading = T(da: "Plejefamilie", en: "Foster family")
    static let fosterShown = T(da: "Plejefamilie: {0} ({1})", en: "Foster family: {0} ({1})")
    static let fosterNone = T(da: "Plejeforældrene er ikke navngivet endnu.", en: "The foster carers are not named yet.")
    static let fosterNew = T(da: "Navngiv plejeforældrene", en: "Name the foster carers")
    static let fosterChange = T(da: "Navngiv plejeforældrene igen (erstatter de navngivne)", en: "Name the foster carers again (replaces those named)")
    static let fosterCarerLegend = T(da: "Plejeforælder {0}", en: "Foster carer {0}")
    static let fosterGivenName = T(da: "Fornavn", en: "Given name")
    static let fosterFamilyName = T(da: "Efternavn", en: "Family name")
    static let fosterRelation = T(da: "Relation til barnet (netværksplejefamilie)", en: "Relation to the child (network foster family)")
    static let fosterOnStartLegend = T(da: "Plejefamilie (valgfrit)", en: "Foster family (optional)")
    static let fosterOnStartHint = T(da: "Den første plejeforælder kan navngives her; flere navngives på barnets side.",
                                     en: "The first foster carer may be named here; more are named on the child's page.")
    static let fosterHint = T(da: "Plejeforælder 2 kan stå tom.", en: "Foster carer 2 may be left empty.")

    static func networkRelation(_ relation: NetworkRelation) -> T {
        switch relation {
        case .grandparent: T(da: "bedsteforælder", en: "grandparent")
        case .auntOrUncle: T(da: "moster, faster, morbror eller farbror", en: "aunt or uncle")
        case .sibling: T(da: "voksen søskende", en: "adult sibling")
        case .otherRelative: T(da: "anden slægtning", en: "other relative")
        case .network: T(da: "netværk (ikke familie)", en: "network (not family)")
        }
    }

    // MARK: The foster carers' list
    static let fosterListLink = T(da: "Alle plejefamilier og børnene anbragt hos dem", en: "All foster families and the children placed with them")
    static let fosterListTitle = T(da: "Plejefamilier", en: "Foster families")
    static let fosterListHint = T(da: "Plejeforældre og de børn, der er anbragt hos dem — kun børn, du har adgang til.",
                                  en: "Foster carers and the children placed with them — only children you have access to.")
    static let fosterListEmpty = T(da: "Ingen plejeforældre er navngivet for børn, du har adgang til.",
                                   en: "No foster carers are named for children you have access to.")
    static let fosterListCarer = T(da: "Plejeforælder", en: "Foster carer")
    static let fosterListChild = T(da: "Barn", en: "Child")
    static let fosterListPlacement = T(da: "Anbringelse", en: "Placement")
    static let fosterListRunning = T(da: "i gang", en: "running")
    static let fosterListEnded = T(da: "ophørt", en: "ended")

    static func homecomingEntryKind(_ kind: EntryKind) -> T {
        switch kind {
        case .homecomingPlan: T(da: "Plan for hjemgivelse", en: "Homecoming plan")
        case .homecomingFollowUp: T(da: "Opfølgning efter hjemgivelse", en: "Follow-up after homecoming")
        default: T(da: "Plejefamilie", en: "Foster family")
        }
    }

    static func homecomingError(_ code: DomainError.Code) -> T {
        switch code {
        case .homecomingDecisionWithOffers:
            T(da: "En afgørelse om hjemgivelse bevilger ikke selv tilbud. Læg støtten i planen for hjemgivelsen.",
              en: "A decision on a homecoming grants no offers itself. Put the support in the homecoming plan.")
        case .homecomingDecisionMissing:
            T(da: "Planen kræver en bevilget afgørelse om hjemgivelse fra denne anbringelse. Træf afgørelsen først.",
              en: "The plan needs a granted decision on the homecoming from this placement. Make the decision first.")
        case .homecomingFollowUpPeriodInvalid:
            T(da: "Opfølgningsperioden skal være mellem 6 og 24 måneder.", en: "The follow-up period must be between 6 and 24 months.")
        case .homecomingPlanMissing:
            T(da: "Hjemgivelse kræver en afgørelse og en plan for hjemgivelsen. Brug afsnittet Hjemgivelse på barnets side.",
              en: "A homecoming needs a decision and a homecoming plan. Use the Homecoming section on the child's page.")
        case .homecomingMissing:
            T(da: "Opfølgningen hører til en hjemgivelse efter en plan for dette barn.", en: "The follow-up belongs to a homecoming of this child that followed a plan.")
        case .fosterCarersNotAFamily:
            T(da: "Kun en anbringelse i en plejefamilie har plejeforældre.", en: "Only a placement in a foster family has foster carers.")
        case .fosterCarerTwice:
            T(da: "Den samme person er nævnt to gange.", en: "The same person is named twice.")
        default:
            T(da: "Svar på, hvordan plejeforælderen er i familie med barnet.", en: "Answer how the foster carer is related to the child.")
        }
    }
}
