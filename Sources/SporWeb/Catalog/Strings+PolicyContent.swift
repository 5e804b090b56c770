import SporDomain

/// Policy content in the system (issue 23, item 5): policy staff add and edit initiatives, each save a new version.
extension Strings {
    static let newInitiative = T(da: "Nyt initiativ", en: "New initiative")
    static let editInitiative = T(da: "Ret initiativet", en: "Edit the initiative")
    static let initiativeEditIntro = T(da: "Hver gang du gemmer, bliver indholdet en ny version. Intet slettes, og tidligere versioner kan stadig læses. Statusopdateringerne bevares.",
                                       en: "Each save makes the content a new version. Nothing is deleted, and earlier versions can still be read. The status updates are kept.")
    static let initiativeNameLabel = T(da: "Navn", en: "Name")
    static let initiativeDescriptionLabel = T(da: "Beskrivelse", en: "Description")
    static let initiativePartnersLabel = T(da: "Samarbejdspartnere (én pr. linje)", en: "Partners (one per line)")
    static let initiativeTrackLabel = T(da: "Spor eller pejlemærke", en: "Track or pejlemærke")
    static let initiativeGoalsLabel = T(da: "Mål, som initiativet tjener (numre adskilt af komma, fx 3.2)", en: "Goals the initiative serves (numbers separated by commas, e.g. 3.2)")
    static let initiativeOwnerLabel = T(da: "Ansvarlig rolle eller enhed (aldrig en person)", en: "Responsible role or unit (never a person)")
    static let initiativeStartLabel = T(da: "Start", en: "Start")
    static let initiativeFirstStatus = T(da: "Status ved oprettelse", en: "Status when created")
    static let initiativeNoTrack = T(da: "— Intet spor —", en: "— No track —")
    static let initiativeAdded = T(da: "Initiativet er tilføjet. Politikindholdet er gemt som en ny version.", en: "The initiative is added. The policy content is saved as a new version.")
    static let initiativeEdited = T(da: "Initiativet er rettet. Politikindholdet er gemt som en ny version.", en: "The initiative is edited. The policy content is saved as a new version.")
    static let initiativeNameMissing = T(da: "Skriv initiativets navn.", en: "Write the initiative's name.")
    static let initiativeTrackUnknown = T(da: "Sporet findes ikke i politikken.", en: "The track is not in the policy.")
    static let initiativeGoalUnknown = T(da: "Målet {0} findes ikke i politikken. Skriv målets nummer, fx 3.2.", en: "Goal {0} is not in the policy. Write the goal's number, e.g. 3.2.")
    static let initiativeGoalsServing = T(da: "Initiativer:", en: "Initiatives:")
    static let policyContentVersion = T(da: "Politikindholdet er i version {0}.", en: "The policy content is at version {0}.")
    static let policyContentSeeds = T(da: "Politikindholdet er kommunens egne dokumenter; det er ikke rettet endnu.", en: "The policy content is the municipality's own documents; it has not been edited yet.")
    static let reportOtherInitiatives = T(da: "Øvrige initiativer", en: "Other initiatives")
}
