import SporDomain
import SporStore

/// The household and siblings (issue 24, item 2): who the child lives with, siblings full and half, and what a placement
/// says about each sibling.
extension Strings {
    // The child page's household part.
    static let livesWithMark = T(da: "barnet bor her", en: "the child lives here")
    static let livesElsewhereMark = T(da: "barnet bor ikke her", en: "the child does not live here")
    static let livesWithUnknown = T(da: "bopæl ikke registreret", en: "residence not recorded")
    static let siblingLivesTogether = T(da: "bor sammen med barnet", en: "lives with the child")
    static let siblingLivesApart = T(da: "bor ikke sammen med barnet", en: "does not live with the child")
    static let siblingPlacedMark = T(da: "anbragt", en: "placed")
    static let siblingHiddenShown = T(da: "{0} — ingen adgang", en: "{0} — no access")
    static let householdEdit = T(da: "Bopæl og søskende", en: "Residence and siblings")

    static func siblingKinship(_ kinship: SiblingKinship) -> T {
        switch kinship {
        case .full: T(da: "helsøskende", en: "full sibling")
        case .half: T(da: "halvsøskende", en: "half sibling")
        case .recorded: T(da: "søskende", en: "sibling")
        }
    }

    // The household page.
    static let householdPageTitle = T(da: "Bopæl og søskende", en: "Residence and siblings")
    static let householdIntro = T(da: "Hvem barnet bor hos, og hvilke børn i Spor der er barnets søskende. Søskende med fælles forældre i Spor findes af sig selv; tilknyt her et barn, hvis fælles forældre ikke er i Spor.",
                                  en: "Whom the child lives with, and which children in Spor are the child's siblings. Siblings who share parents in Spor are found by themselves; link a child here whose shared parents are not in Spor.")
    static let householdAdults = T(da: "Voksne", en: "Adults")
    static let householdNoAdults = T(da: "Ingen voksne er registreret hos barnet.", en: "No adults are registered with the child.")
    static let householdSiblings = T(da: "Søskende", en: "Siblings")
    static let householdNoSiblings = T(da: "Ingen søskende i Spor.", en: "No siblings in Spor.")
    static let livesWithQuestion = T(da: "Bor barnet hos {0}?", en: "Does the child live with {0}?")
    static let livesWithSave = T(da: "Gem bopæl", en: "Save residence")
    static let livesWithSaved = T(da: "Bopælen er gemt.", en: "The residence is saved.")
    static let siblingLinkHeading = T(da: "Tilknyt søskende", en: "Link a sibling")
    static let siblingCPR = T(da: "Søskendes CPR-nummer", en: "The sibling's CPR number")
    static let siblingLivesTogetherQuestion = T(da: "Bor de sammen?", en: "Do they live together?")
    static let notRecorded = T(da: "Ikke registreret", en: "Not recorded")
    static let siblingLinkSave = T(da: "Tilknyt søskende", en: "Link the sibling")
    static let siblingLinked = T(da: "Søskende er tilknyttet.", en: "The sibling is linked.")
    static let columnPerson = T(da: "Person", en: "Person")
    static let columnRelation = T(da: "Forhold", en: "Relation")
    static let columnLivesWith = T(da: "Bopæl", en: "Residence")
    static let columnCaseStatus = T(da: "Sag", en: "Case")

    // The placement step.
    static let placementSiblingsLegend = T(da: "Søskende", en: "Siblings")
    static let placementSiblingsHint = T(da: "Barnets søskende, som journalen kender dem. Svar for hver: anbringes de sammen, og hvis ikke, er søskendes situation vurderet?",
                                         en: "The child's siblings, as the journal knows them. Answer for each: are they placed together, and if not, has the sibling's situation been assessed?")
    static let siblingPlacedTogether = T(da: "Anbringes sammen med {0}?", en: "Placed together with {0}?")
    static let siblingAssessmentQuestion = T(da: "Hvis ikke sammen: er {0}s situation vurderet?", en: "If not together: has {0}'s situation been assessed?")
    static let siblingNotRelevantReason = T(da: "Hvorfor er en vurdering af {0} ikke relevant?", en: "Why is an assessment of {0} not relevant?")
    static let siblingWithoutName = T(da: "søskende uden for din adgang", en: "a sibling outside your access")
    /// The afdækning an "asked for" opens on the sibling's journal (the journal is written in Danish).
    static let siblingAssessmentReason = T(da: "Vurdering af søskende: et søskende blev anbragt {0} uden dette barn. Barnets egen situation skal vurderes.",
                                           en: "Assessment of a sibling: a sibling was placed on {0} without this child. The child's own situation is to be assessed.")
    static let siblingsAtPlacementShown = T(da: "Søskende ved anbringelsen:{0}", en: "Siblings at the placement:{0}")
    static let siblingPlacedTogetherShown = T(da: "anbragt sammen", en: "placed together")
    static let siblingPlacedApartShown = T(da: "ikke anbragt sammen", en: "not placed together")

    static func siblingAssessmentShown(_ assessment: SiblingAssessment) -> T {
        switch assessment {
        case .assessed: T(da: "situationen er vurderet", en: "the situation is assessed")
        case .askedFor: T(da: "vurdering bedt om (afdækning oprettet)", en: "assessment asked for (afdækning opened)")
        case .notRelevant: T(da: "vurdering ikke relevant", en: "assessment not relevant")
        }
    }

    static func siblingAssessment(_ assessment: SiblingAssessment) -> T {
        switch assessment {
        case .assessed: T(da: "Ja, vurderet", en: "Yes, assessed")
        case .askedFor: T(da: "Vurdering bedt om (afdækning oprettes)", en: "Assessment asked for (an afdækning is opened)")
        case .notRelevant: T(da: "Ikke relevant (begrundes)", en: "Not relevant (give the reason)")
        }
    }

    static let householdAuditAction = T(da: "Ændrede husstanden", en: "Changed the household")

    static func householdError(_ code: DomainError.Code) -> T {
        switch code {
        case .siblingNotOfChild: T(da: "Barnet er ikke søskende til dette barn i kommunen. Vælg et af barnets søskende.",
                                   en: "That child is not this child's sibling in the municipality. Choose one of the child's siblings.")
        case .siblingAnswerMissing: T(da: "Svar for hvert søskende: anbringes de sammen, og hvis ikke, er søskendes situation vurderet?",
                                      en: "Answer for each sibling: are they placed together, and if not, has the sibling's situation been assessed?")
        case .siblingAssessmentInvalid: T(da: "Søskende, der anbringes sammen, har ingen vurdering at svare på. Fjern svaret.",
                                          en: "A sibling placed together has no assessment to answer. Remove the answer.")
        case .relationMissing: T(da: "Personen er ikke registreret hos barnet.", en: "The person is not registered with the child.")
        default: error(code)
        }
    }
}
