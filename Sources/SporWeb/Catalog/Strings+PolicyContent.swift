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

/// Policies, tracks and goals added and edited (issue 23, item 5).
extension Strings {
    static let newPolicy = T(da: "Ny politik eller strategi", en: "New policy or strategy")
    static let editPolicy = T(da: "Ret politikken", en: "Edit the policy")
    static let newTrack = T(da: "Nyt spor", en: "New track")
    static let editTrack = T(da: "Ret sporet", en: "Edit the track")
    static let newGoal = T(da: "Nyt mål", en: "New goal")
    static let editGoal = T(da: "Ret målet", en: "Edit the goal")
    static let edit = T(da: "Ret", en: "Edit")
    static let contentEditIntro = T(da: "Hver gang du gemmer, bliver politikindholdet en ny version. Intet slettes: en politik, som en ny afløser, kan stadig læses med sin periode.",
                                    en: "Each save makes the policy content a new version. Nothing is deleted: a policy that a new one replaces can still be read with its period.")
    static let policyTitleLabel = T(da: "Navn", en: "Name")
    static let policyKindLabel = T(da: "Art", en: "Kind")
    static func policyKindName(_ kind: Policy.Kind) -> T {
        switch kind {
        case .policy: T(da: "Politik (vedtaget af kommunalbestyrelsen)", en: "Policy (adopted by the municipal council)")
        case .strategy: T(da: "Strategi", en: "Strategy")
        }
    }
    static let policyStartLabel = T(da: "Gælder fra", en: "In force from")
    static let policyEndLabel = T(da: "Gælder til", en: "In force until")
    static let policyPeriodMissing = T(da: "Skriv både den første og den sidste dag, politikken gælder.", en: "Write both the first and the last day the policy is in force.")
    static let policyPeriod = T(da: "Gælder {0}–{1}", en: "In force {0}–{1}")
    static let trackTitleLabel = T(da: "Overskrift", en: "Heading")
    static let trackStatementLabel = T(da: "Sporets udsagn", en: "The track's statement")
    static let goalNumberLabel = T(da: "Målets nummer (fx 3.4)", en: "The goal's number (e.g. 3.4)")
    static let goalTextLabel = T(da: "Målet i ord", en: "The goal in words")
    static let goalIndicatorsLabel = T(da: "Indikatorer, der måler målet", en: "Indicators that measure the goal")
    static let contentSaved = T(da: "Politikindholdet er gemt som en ny version.", en: "The policy content is saved as a new version.")
    static let goalNumberInvalid = T(da: "Skriv målets nummer som tal med punktum, fx 3.4.", en: "Write the goal's number as numbers with a dot, e.g. 3.4.")
}

/// The policy content's versions (issue 23, item 5).
extension Strings {
    static let policyVersionsTitle = T(da: "Politikindholdets versioner", en: "The policy content's versions")
    static let policyVersionsIntro = T(da: "Hver ændring af politikker, spor, mål og initiativer er gemt som en ny version. Ingen version slettes; vælg en for at læse den, som den blev gemt.",
                                       en: "Each change to policies, tracks, goals and initiatives is saved as a new version. No version is deleted; choose one to read it as it was saved.")
    static let policyVersionLine = T(da: "Version {0}, gemt {1}", en: "Version {0}, saved {1}")
    static let policyVersionHeading = T(da: "Version {0}", en: "Version {0}")
}
