import SporDomain

/// Leisure and health (issue 23, item 3): leisure activities in the plan and its follow-ups, support to take part,
/// health and leisure goals, and the open leisure offers on Min side.
extension Strings {
    // MARK: The plan and the follow-up
    static let leisureTitle = T(da: "Fritid", en: "Leisure")
    static let leisurePlanHint = T(da: "Fritidsaktiviteter, barnet går til: klub, forening eller idræt, kultur eller musik, fritidsjob. Lad en række stå tom, hvis der ikke er flere.",
                                   en: "Leisure activities the child takes part in: club, association or sport, culture or music, leisure job. Leave a row empty if there are no more.")
    static let leisureFollowUpHint = T(da: "Det, der sidst blev registreret om barnets fritid. Hvad gælder nu?",
                                       en: "What was last recorded about the child's leisure. What holds now?")
    static let leisureNoneRecorded = T(da: "Der er ikke registreret nogen fritidsaktivitet.", en: "No leisure activity is recorded.")
    static func leisureRow(_ number: Int) -> T { T(da: "Fritidsaktivitet \(number)", en: "Leisure activity \(number)") }
    static func leisureNewRow(_ number: Int) -> T { T(da: "Ny fritidsaktivitet \(number)", en: "New leisure activity \(number)") }
    static let leisureKindLabel = T(da: "Slags", en: "Kind")
    static let leisureNameLabel = T(da: "Aktivitet og sted", en: "Activity and place")
    static let leisureSupportLabel = T(da: "Støtte til at deltage", en: "Support to take part")
    static func leisureNow(_ name: String) -> T { T(da: "\(name): hvad gælder nu?", en: "\(name): what holds now?") }
    static let leisureLatest = T(da: "Fritid nu", en: "Leisure now")

    static func leisureKind(_ kind: LeisureActivity.Kind) -> T {
        switch kind {
        case .club: T(da: "Klub eller fritidsklub", en: "Club or youth club")
        case .association: T(da: "Forening eller idræt", en: "Association or sport")
        case .culture: T(da: "Kultur eller musik", en: "Culture or music")
        case .leisureJob: T(da: "Fritidsjob", en: "Leisure job")
        case .other: T(da: "Andet", en: "Other")
        }
    }

    static func leisureSupport(_ support: LeisureActivity.Support) -> T {
        switch support {
        case .none: T(da: "Ingen støtte", en: "No support")
        case .leisurePass: T(da: "Fritidspas", en: "Leisure pass (fritidspas)")
        case .leisureGuide: T(da: "Fritidsvejleder", en: "Leisure guide (fritidsvejleder)")
        case .contactPersonAlong: T(da: "Kontaktperson eller anden voksen går med", en: "A contact person or another adult goes along")
        case .other: T(da: "Anden støtte", en: "Other support")
        }
    }

    static func leisureStatus(_ status: LeisureActivity.Status) -> T {
        switch status {
        case .takesPart: T(da: "Deltager stadig", en: "Still takes part")
        case .stopped: T(da: "Er stoppet", en: "Has stopped")
        case .started: T(da: "Ny siden sidst", en: "New since last time")
        }
    }

    // MARK: Goals
    static let goalAreaLabel = T(da: "Målets område", en: "The goal's area")
    static let goalAreaNone = T(da: "Intet særligt område", en: "No particular area")
    static func goalArea(_ area: GoalArea) -> T {
        switch area {
        case .health: T(da: "Sundhed og sunde vaner", en: "Health and healthy habits")
        case .leisure: T(da: "Fritid og fællesskaber", en: "Leisure and communities")
        }
    }

    // MARK: The catalogue
    static let offerLeisureLabel = T(da: "Fritidstilbud (vises på Min side for alderen)", en: "Leisure offer (shown on Min side for the age)")
    static let offerNotLeisure = T(da: "Ikke et fritidstilbud", en: "Not a leisure offer")

    // MARK: Min side
    static let leisureOffersTitle = T(da: "Fritid for dig", en: "Leisure for you")
    static let leisureOffersIntro = T(da: "Klubber, foreninger og kultur, der passer til din alder. Du kan bare tage kontakt — de hjælper dig i gang.",
                                      en: "Clubs, associations and culture that suit your age. You can just get in touch — they will help you get started.")
    static let parentLeisureOffersTitle = T(da: "Fritidstilbud til jeres barn", en: "Leisure offers for your child")
    static let parentLeisureOffersIntro = T(da: "Klubber, foreninger og kultur, der passer til barnets alder. I kan bare tage kontakt. Spørg jeres rådgiver om fritidspas eller en fritidsvejleder, hvis barnet har brug for støtte til at komme i gang.",
                                            en: "Clubs, associations and culture that suit the child's age. You can just get in touch. Ask your caseworker about a leisure pass or a leisure guide if the child needs support to get started.")
    static let leisureOffersNone = T(da: "Der er ingen fritidstilbud på listen for denne alder lige nu.", en: "There are no leisure offers on the list for this age just now.")
    static func leisureOfferContact(_ contact: String) -> T { T(da: "Kontakt: \(contact)", en: "Contact: \(contact)") }
}
