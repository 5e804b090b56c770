import SporDomain

/// The policy tracker and the status report.
extension Strings {
    static let trackerTitle = T(da: "Politik og strategi", en: "Policy and strategy")
    static let trackerIntro = T(da: "Kommunens børne- og ungepolitik og strategi som data: spor, pejlemærker og mål, og initiativerne med deres status. Herfra skrives halvårsopfølgningen og den årlige status til udvalget.",
                                en: "The municipality's children's policy and strategy as data: tracks, pejlemærker and goals, and the initiatives with their status. The half-yearly follow-up and the committee's yearly status are written from here.")
    static let initiativesTitle = T(da: "Initiativer", en: "Initiatives")
    static let initiativeName = T(da: "Initiativ", en: "Initiative")
    static let initiativeTrack = T(da: "Spor", en: "Track")
    static let initiativeStatus = T(da: "Status", en: "Status")
    static let initiativeLatest = T(da: "Seneste opdatering", en: "Latest update")
    static let initiativePartners = T(da: "Samarbejdspartnere", en: "Partners")
    static let initiativeOwner = T(da: "Ansvarlig", en: "Owner")
    static let initiativeNextSteps = T(da: "Næste skridt", en: "Next steps")
    static func initiativeStatusName(_ status: InitiativeStatus) -> T { status.name }
    static let statusUpdates = T(da: "Statusopdateringer", en: "Status updates")
    static let noStatusUpdates = T(da: "Ingen statusopdateringer endnu.", en: "No status updates yet.")
    static let newStatusUpdate = T(da: "Ny statusopdatering", en: "New status update")
    static let statusDate = T(da: "Dato", en: "Date")
    static let statusText = T(da: "Status i ord", en: "Status in words")
    static let nextStepsOnePerLine = T(da: "Næste skridt (ét pr. linje)", en: "Next steps (one per line)")
    static let roundLabel = T(da: "Svar på opfølgningsrunde", en: "Answers the follow-up round")
    static let statusSaved = T(da: "Statusopdateringen er gemt.", en: "The status update is saved.")
    static let noOwner = T(da: "ingen ansvarlig angivet", en: "no owner given")

    static let roundsTitle = T(da: "Halvårsopfølgning", en: "Half-yearly follow-up")
    static let roundsIntro = T(da: "En runde beder hvert igangværende initiativ om en status inden fristen. Her ses, hvem der mangler.",
                               en: "A round asks every running initiative for a status by the deadline. Here you see who is missing.")
    static let roundStatus = T(da: "{0} af {1} initiativer har svaret. Frist: {2}.", en: "{0} of {1} initiatives have answered. Deadline: {2}.")
    static let roundComplete = T(da: "Alle har svaret.", en: "Everyone has answered.")
    static let roundMissing = T(da: "Mangler stadig:", en: "Still missing:")
    static let roundMissingOverdue = T(da: "⚠ Fristen er overskredet. Mangler stadig – send en påmindelse:", en: "⚠ The deadline has passed. Still missing – send a reminder:")
    static let newRound = T(da: "Ny opfølgningsrunde", en: "New follow-up round")
    static let roundHalf = T(da: "Halvår", en: "Half-year")
    static let roundYear = T(da: "År", en: "Year")
    static let roundDeadline = T(da: "Frist for svar", en: "Deadline for answers")
    static let remind = T(da: "Påmind", en: "Remind")
    static let remindedOn = T(da: "påmindet {0}", en: "reminded {0}")
    static let reminderSaved = T(da: "Påmindelsen om {0} er noteret.", en: "The reminder about {0} is recorded.")
    static let roundSaved = T(da: "Opfølgningsrunden er oprettet.", en: "The follow-up round is created.")

    static let reportTitle = T(da: "Årlig status til udvalget", en: "Yearly status to the committee")
    static let reportNoData = T(da: "Der er hverken indikatorværdier eller statusopdateringer for {0}, så der er intet at skrive status på. Vælg et andet år.",
                                en: "There are neither indicator values nor status updates for {0}, so there is nothing to report. Choose another year.")
    static let reportVersion = T(da: "Udgave {0}, gemt {1}", en: "Version {0}, saved {1}")
    static let reportPolicy = T(da: "Følger politikken: {0}", en: "Follows the policy: {0}")
    static let reportSections = T(da: "Tekstafsnit", en: "Text sections")
    static let reportSection = T(da: "Afsnit {0}", en: "Section {0}")
    static let reportNewSection = T(da: "Nyt afsnit (valgfrit)", en: "New section (optional)")
    static let reportSectionTitle = T(da: "Overskrift", en: "Heading")
    static let reportSectionBody = T(da: "Tekst (tom linje mellem afsnit)", en: "Text (a blank line between paragraphs)")
    static let reportSave = T(da: "Gem som ny udgave", en: "Save as a new version")
    static let reportSaved = T(da: "Rapporten er gemt som udgave {0}. Tidligere udgaver bevares.", en: "The report is saved as version {0}. Earlier versions are kept.")
    static let exportPrint = T(da: "Udskriftsvenlig side", en: "Print view")
    static let exportDocx = T(da: "Hent som Word (DOCX)", en: "Download as Word (DOCX)")
    static let exportMarkdown = T(da: "Hent som Markdown", en: "Download as Markdown")
    static let indicatorsTitle = T(da: "Indikatorer", en: "Indicators")
    static let indicatorName = T(da: "Indikator", en: "Indicator")
    static let indicatorTarget = T(da: "Mål", en: "Target")
    static let indicatorValue = T(da: "Værdi", en: "Value")
    static let indicatorNoData = T(da: "ingen data", en: "no data")
    static let targetRising = T(da: "stigende", en: "rising")
    static let targetFalling = T(da: "faldende", en: "falling")
    static let navTracker = T(da: "Politik og strategi", en: "Policy and strategy")

    static func policyError(_ code: PolicyError.Code) -> T {
        switch code {
        case .textMissing: T(da: "Skriv en tekst.", en: "Write a text.")
        case .policyUnknown: T(da: "Politikken findes ikke.", en: "The policy does not exist.")
        case .duplicateID: T(da: "Den findes allerede.", en: "It already exists.")
        case .trackUnknown: T(da: "Sporet findes ikke.", en: "The track does not exist.")
        case .goalUnknown: T(da: "Målet findes ikke.", en: "The goal does not exist.")
        case .initiativeUnknown: T(da: "Initiativet findes ikke.", en: "The initiative does not exist.")
        case .initiativeStopped: T(da: "Initiativet er stoppet og kan ikke få flere statusopdateringer. Start det igen som et nyt initiativ.",
                                   en: "The initiative is stopped and takes no more status updates. Restart it as a new initiative.")
        case .updateBeforeStart: T(da: "Datoen ligger før initiativets start.", en: "The date is before the initiative started.")
        case .updateBeforeLatest: T(da: "Datoen ligger før den seneste statusopdatering.", en: "The date is before the latest status update.")
        case .periodInvalid: T(da: "Perioden eller fristen passer ikke sammen.", en: "The period or the deadline does not fit.")
        case .sectionTitleMissing: T(da: "Et afsnit skal have en overskrift.", en: "A section needs a heading.")
        case .noDataForYear: T(da: "Der er ingen data for året.", en: "There is no data for the year.")
        case .versionOutOfOrder: T(da: "Udgaverne er ikke i rækkefølge.", en: "The versions are out of order.")
        }
    }
}

/// The policy in numbers.
extension Strings {
    static let dashboardTitle = T(da: "Politik i tal", en: "Policy in numbers")
    static let dashboardIntro = T(da: "Tallene tælles af rådgivernes egen journal og holdes opdateret ved hver indførsel. Celler med færre end 5 børn vises som \"<5\", og en anden celle skjules, hvor den første ellers kunne regnes ud.",
                                  en: "The numbers are counted from the caseworkers' own journal and kept current on every entry. Cells with fewer than 5 children read \"<5\", and a second cell is hidden where the first could otherwise be worked out.")
    static let periodLabel = T(da: "Periode (fx 2025, 2025-Q3 eller 2025-08)", en: "Period (e.g. 2025, 2025-Q3 or 2025-08)")
    static let exportCsv = T(da: "Hent som CSV (Excel)", en: "Download as CSV (Excel)")
    static let goalsServed = T(da: "Strategiens mål", en: "Strategy goals")
    static let definitionLink = T(da: "Sådan tælles det", en: "How it is counted")
    static let trendLabel = T(da: "Udvikling år for år", en: "Year by year")
    static let numerator = T(da: "Tæller", en: "Numerator")
    static let denominator = T(da: "Nævner", en: "Denominator")
    static let exclusions = T(da: "Undtaget", en: "Excluded")
    static let sourceLabel = T(da: "Kilde", en: "Source")
    static let childrenBehind = T(da: "Børnene bag tallet (dit team)", en: "The children behind the number (your team)")
    static let childrenBehindIntro = T(da: "Dit teams børn, der tælles med i {0}. Hvert opslag logges.", en: "Your team's children counted in {0}. Every look is logged.")
    static let days = T(da: "dage", en: "days")
}
