import SporDomain

/// Amending an entry (issue 21, item 3): the step's own form with the entry's values, and the timeline's account of what
/// changed.
extension Strings {
    static func amendHeading(_ step: T) -> T { T(da: "Ret denne indførsel: \(step.da)", en: "Amend this entry: \(step.en)") }
    static let amendReason = T(da: "Hvorfor rettes indførslen?", en: "Why is the entry amended?")
    static let amendHint = T(da: "Ret felterne og skriv hvorfor. Den oprindelige indførsel kan stadig læses på barnets side.",
                             en: "Change the fields and say why. The original entry stays readable on the child's page.")
    static let voidHeading = T(da: "Annullér indførslen", en: "Void the entry")
    static let voidHint = T(da: "Kun hvis indførslen er skrevet ved en fejl: den gælder så ikke længere, men kan stadig læses.",
                            en: "Only if the entry was made in error: it then no longer counts, but stays readable.")
    static let voidButton = T(da: "Annullér indførslen", en: "Void the entry")
    /// "Rettet 26.11.2026 kl. 10.00 af Sara Sagsbehandler: <reason>".
    static let amendedBy = T(da: "Rettet {0} af {1}: {2}", en: "Amended {0} by {1}: {2}")
    static let voidedBy = T(da: "Annulleret {0} af {1}: {2}", en: "Voided {0} by {1}: {2}")
    static let originalEntry = T(da: "Oprindelig indførsel", en: "Original entry")
    static let changedFields = T(da: "Ændrede felter", en: "Changed fields")
    static let noFieldChanged = T(da: "Ingen felter ændret", en: "No field changed")
    static let noValue = T(da: "(tom)", en: "(empty)")
    /// A goal's or a row's field: "Mål 2: Hvad".
    static func numbered(_ list: T, _ number: Int, _ field: T) -> T {
        T(da: "\(list.da) \(number): \(field.da)", en: "\(list.en) \(number): \(field.en)")
    }
    static let amendReasonsLabel = T(da: "Begrundelse", en: "Reasons")
    static let amendBisidderName = T(da: "Bisidderens navn", en: "The bisidder's name")
    static let amendGoalId = T(da: "Målets id", en: "The goal's id")
    static let amendRating = T(da: "Vurdering", en: "Rating")
    static let amendStartDate = T(da: "Startdato", en: "Start date")
}
