extension PolicyContent {
    /// Norddjurs' policy tracker as the seeds describe it: the 2021 policy and its three strategic
    /// tracks, the strategy "Godt fra start – og ind i voksenlivet" with its pejlemærker and goals
    /// 1.1–3.3, the initiatives of the 2021 status and those of the 2025 status with their updates.
    public static let standard: PolicyContent = {
        do {
            return try PolicyContent(
                policies: [norddjursPolicy2021, strategyGodtFraStartPolicy],
                initiatives: initiatives2021 + initiatives2025
            )
        } catch {
            fatalError("The standard policy content does not hold together: \(error)")
        }
    }()
}

extension StatusReportTemplate {
    /// The texts of the yearly status to Børne- og Ungdomsudvalget, from the 2025 status note.
    public static let standard = StatusReportTemplate(
        title: "Status {år} på Politik for børn og unge i udsatte positioner",
        opening: [
            Text(
                title: "Sagsfremstilling",
                body: "Kommunalbestyrelsen godkendte den 20. april 2021 politikken for børn og unge i udsatte positioner med tilhørende handleplaner. Det blev samtidig besluttet, at der årligt skal udarbejdes en status på, hvordan politikken omsættes i praksis.\n\nStatus for {år} forelægges hermed Børne- og Ungdomsudvalget."
            ),
        ],
        closing: [
            Text(
                title: "Sammenhæng til andre politikker/strategier og fagområder",
                body: "Punktet har sammenhæng til øvrige politikker og handleplaner på børne- og ungeområdet, herunder Norddjurs Kommunes Politik for Tidlig Indsats og Inklusion – Fællesskaber for alle. Der er et tæt samarbejde mellem Børne- og Familieområdet og Skole- og Dagtilbudsområdet om realiseringen af de to politikker – Politik for børn og unge i udsatte positioner og Fællesskaber for alle – inden for rammerne af PÅ TVÆRS."
            ),
            Text(title: "Økonomiske konsekvenser", body: "Punktet har ingen økonomiske konsekvenser."),
            Text(
                title: "Lovgrundlag",
                body: "Barnets Lov § 15: Kommunalbestyrelsen skal udarbejde en sammenhængende børnepolitik, der har til formål at sikre sammenhængen mellem det generelle og forebyggende arbejde og den målrettede indsats for børn og unge med behov for særlig støtte. Den sammenhængende børnepolitik skal udformes skriftligt, vedtages af kommunalbestyrelsen og offentliggøres."
            ),
            Text(
                title: "Indstilling",
                body: "Velfærdsdirektøren indstiller, at status på arbejdet med implementering af Norddjurs Kommunes Politik for Børn og Unge i Udsatte Positioner tages til efterretning."
            ),
        ]
    )
}
