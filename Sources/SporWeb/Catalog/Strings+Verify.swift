import SporDomain

/// The tamper check's page for the administrator (issue 26, item 1).
extension Strings {
    static let verifyTitle = T(da: "Kontrol mod manipulation", en: "Tamper check")
    static let verifyLink = T(da: "Kontrol mod manipulation (journal og log)", en: "Tamper check (journal and log)")
    static let verifyIntro = T(da: "Journalen og adgangsloggen er kæder, hvor hver række bærer et fingeraftryk af sig selv og rækken før. Kontrollen gennemgår begge kæder og peger på den første række, der ikke passer: en række ændret, fjernet eller indsat uden om Spor. Den læser et øjebliksbillede af databasen og er derfor rigtig, mens der skrives.",
                              en: "The journal and the access log are chains in which every row carries a fingerprint of itself and the row before it. The check walks both chains and names the first row that does not fit: a row altered, removed or inserted outside Spor. It reads one snapshot of the database, so it is right while writes go on.")
    static let verifyEvery = T(da: "Serveren kører kontrollen {0} (SPOR_VERIFY_EVERY).", en: "The server runs the check {0} (SPOR_VERIFY_EVERY).")
    static let verifyOff = T(da: "Serveren kører ikke kontrollen (SPOR_VERIFY_EVERY=0). Den kan køres med »spor audit verify«.",
                             en: "The server does not run the check (SPOR_VERIFY_EVERY=0). It can be run with \"spor audit verify\".")
    static let verifyHourly = T(da: "hver time", en: "every hour")
    static let verifyHours = T(da: "hver {0}. time", en: "every {0} hours")
    static let verifyMinutes = T(da: "hvert {0}. minut", en: "every {0} minutes")
    static let verifySeconds = T(da: "hvert {0}. sekund", en: "every {0} seconds")
    static let verifyNotYet = T(da: "Kontrollen er ikke kørt endnu, siden serveren startede.", en: "The check has not run yet since the server started.")
    static let verifyFailed = T(da: "Kontrollen {0} kunne ikke gennemføres: databasen svarede ikke. Se serverens log.",
                                en: "The check at {0} could not be completed: the database did not answer. See the server's log.")
    static let verifyIntact = T(da: "Seneste kontrol {0}: begge kæder er hele", en: "Last check {0}: both chains are intact")
    static let verifyBroken = T(da: "Seneste kontrol {0}: BRUD FUNDET", en: "Last check {0}: A BREAK WAS FOUND")
    static let verifyColumnChain = T(da: "Kæde", en: "Chain")
    static let verifyColumnRows = T(da: "Rækker", en: "Rows")
    static let verifyColumnState = T(da: "Resultat", en: "Result")
    static let verifyStateIntact = T(da: "Hel", en: "Intact")
    static let verifyStateUnanchored = T(da: "Hel, men ikke holdt op mod et kontrolpunkt uden for databasen (»spor audit checkpoint« skriver et)",
                                         en: "Intact, but not checked against a checkpoint outside the database (\"spor audit checkpoint\" writes one)")
    static let verifyStateBrokenAt = T(da: "Brud ved række {0}", en: "Broken at row {0}")
    static let verifyStateBrokenCheckpoint = T(da: "Brud: kontrolpunktet uden for databasen passer ikke", en: "Broken: the checkpoint outside the database does not fit")

    static func verifyChainName(_ table: String) -> LocalizedText {
        switch table {
        case "journal_entries": T(da: "Journalen", en: "The journal")
        case "audit_log": T(da: "Adgangsloggen", en: "The access log")
        default: T(da: table, en: table)
        }
    }
}
