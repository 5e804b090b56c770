import SporDomain

/// What the interface says when it refuses input or access for safety's sake.
extension Strings {
    static let errorStatedReasonDoesNotReach = T(
        da: "Du har adgang til barnet med begrundelse: du kan læse og skrive notater, men ikke tildele, lukke eller arbejde i sagens forløb. Kontakt barnets team.",
        en: "You have access to this child with a stated reason: you can read and write notes, but not assign, close or work on the course. Contact the child's team.")

    static let searchCPRByForm = T(da: "Søg på CPR-nummer i feltet herunder: så kommer nummeret ikke med i adresselinjen.",
                                   en: "Search for a CPR number in the field below: then the number stays out of the address bar.")
    static let searchNotInYourCases = T(da: "Ikke i dine sager", en: "Not in your cases")

    static let errorPeriodInvalid = T(da: "Perioden kan ikke læses. Skriv et år (2025), et kvartal (2025-Q3) eller en måned (2025-08).",
                                      en: "The period cannot be read. Write a year (2025), a quarter (2025-Q3) or a month (2025-08).")

    static func errorInputText(_ reason: InputTextRefused.Reason) -> T {
        switch reason {
        case .notUTF8, .controlCharacter:
            T(da: "Teksten indeholder et tegn, der ikke kan gemmes (et styretegn eller ugyldig tegnkodning). Fjern det og prøv igen — intet er gemt.",
              en: "The text holds a character that cannot be saved (a control character or invalid encoding). Remove it and try again — nothing was saved.")
        case .duplicateKey:
            T(da: "JSON-objektet nævner den samme nøgle to gange. Send hver nøgle én gang — intet er gemt.",
              en: "The JSON object names the same key twice. Send each key once — nothing was saved.")
        case .malformedJSON:
            T(da: "JSON-indholdet kunne ikke læses — intet er gemt.", en: "The JSON body could not be read — nothing was saved.")
        }
    }
}
