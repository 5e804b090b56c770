import SporDomain

/// Closing a case: what is still open (deadlines, measures and placement, family accounts), the reason, and the
/// refusal while a measure or placement runs.
extension Strings {
    static let closingTitle = T(da: "Luk sagen for {0}", en: "Close the case of {0}")
    static let closingIntro = T(da: "At lukke en sag er et bevidst valg. Se først, hvad der stadig er åbent på sagen.",
                                en: "Closing a case is a deliberate act. First see what is still open on the case.")
    static let closingNotOpen = T(da: "Sagen er ikke åben, så der er intet at lukke.", en: "The case is not open, so there is nothing to close.")
    static let closingMeasures = T(da: "Indsatser og anbringelse, der kører", en: "Measures and placement still running")
    static let closingNoMeasures = T(da: "Ingen indsatser eller anbringelse kører.", en: "No measure or placement is running.")
    static let closingBlocked = T(da: "Sagen kan ikke lukkes, mens en indsats eller anbringelse kører. Afslut hver af dem herover med sin begrundelse først.",
                                  en: "The case cannot be closed while a measure or placement runs. End each of them above, with its reason, first.")
    static let closingPlacement = T(da: "Anbringelse: {0}", en: "Placement: {0}")
    static let closingEndMeasure = T(da: "Afslut indsatsen", en: "End the measure")
    static let closingEndPlacement = T(da: "Afslut anbringelsen", en: "End the placement")
    static let closingDeadlines = T(da: "Åbne frister og opgaver", en: "Open deadlines and tasks")
    static let closingNoDeadlines = T(da: "Ingen åbne frister eller opgaver.", en: "No open deadlines or tasks.")
    static let closingDeadlinesHint = T(da: "Åbne frister forhindrer ikke, at sagen lukkes, men de bliver ikke opfyldt af, at den lukkes.",
                                        en: "Open deadlines do not stop the case from being closed, but closing it does not meet them.")
    static let closingAccounts = T(da: "Aktive adgange til Min side", en: "Active accounts on My page")
    static let closingNoAccounts = T(da: "Ingen aktive adgange til Min side.", en: "No active accounts on My page.")
    static let closingAccountsHint = T(da: "Adgangene lukkes ikke sammen med sagen. Luk dem under familiens adgang, hvis de ikke længere skal bruges.",
                                       en: "The accounts are not closed with the case. Close them under the family's access if they are no longer needed.")
    static let closingAccountsLink = T(da: "Familiens adgang til Min side", en: "The family's access to My page")
    static let closingReasonLabel = T(da: "Begrundelse for at lukke sagen", en: "Reason for closing the case")
    static let closingConfirm = T(da: "Luk sagen", en: "Close the case")
    static let caseClosedNotice = T(da: "Sagen er lukket.", en: "The case is closed.")
    static let closingRunningMeasures = T(da: "Sagen kan ikke lukkes, mens disse indsatser kører: {0}. Afslut dem først.",
                                          en: "The case cannot be closed while these measures run: {0}. End them first.")
}
