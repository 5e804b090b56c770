// The initiatives in the 2025 status to Børne- og Ungdomsudvalget (seed 003), placed on the 2021
// policy's three tracks as the note places them, with the note's sentences as dated status updates.
// The note gives no day of its own: it sums up the status the committee was shown at its meeting on
// 9 October 2025, so the updates carry that day. Owners and starts are not given, except that the
// administration (forvaltningen) will start the new children's policy.

extension PolicyContent {
    static let status2025Source = "Status 2025 på politikken for børn og unge i udsatte positioner (Børne- og Ungdomsudvalget)"
    static let status2025Day = LocalDate(year: 2025, month: 10, day: 9)!

    static let initiatives2025: [Initiative] = [
        // 1. Tidlig opsporing og indsats
        reported(
            "implementering-barnets-lov", "Implementering af Barnets Lov",
            "Barnets Lov trådte i kraft den 1. januar 2024.",
            track: trackEarly, status: .anchored,
            "Barnets Lov er implementeret med nye procedurer og med fokus på kompetenceudvikling."
        ),
        reported(
            "styrket-inddragelse-og-samarbejde", "Styrket Inddragelse og Samarbejde", "",
            track: trackEarly, status: .beingAnchored,
            "Projektet Styrket Inddragelse og Samarbejde har leveret nye værktøjer og metoder, som nu skal forankres i praksis.",
            nextSteps: ["De nye værktøjer og metoder skal forankres i praksis."]
        ),
        reported(
            "forebyggende-anbringelsesstrategi", "Den forebyggende strategi på anbringelsesområdet",
            "Strategien har fokus på netværksanbringelser og opkvalificering af familieplejeområdet.",
            track: trackEarly, status: .running,
            "Den forebyggende strategi på anbringelsesområdet er udarbejdet med fokus på netværksanbringelser og opkvalificering af familieplejeområdet.",
            nextSteps: ["At omsætte handleplanen til konkrete indsatser."]
        ),
        reported(
            "skolegang-for-anbragte", "Nationalt projekt om skolegang for anbragte børn og unge",
            "Norddjurs Kommune deltager som referencekommune.",
            track: trackEarly, status: .running,
            "Norddjurs Kommune deltager som referencekommune i et nationalt projekt om skolegang for anbragte børn og unge."
        ),
        reported(
            "ssp-taskforce", "SSP-taskforce", "Indsatser for kriminalitetstruede unge.",
            track: trackEarly, status: .running,
            "SSP-taskforce har igangsat indsatser for kriminalitetstruede unge, og der arbejdes videre med systematisk evaluering af effekten.",
            nextSteps: ["Systematisk evaluering af effekten."]
        ),
        // 2. Helhed og sammenhæng
        reported(
            "faelles-langsigtet-strategi", "Den fælles langsigtede strategi",
            "Godt fra start – og ind i voksenlivet: den fælles langsigtede strategi for Børne- og Familieområdet.",
            track: trackCoherence, status: .beingAnchored,
            "Den fælles langsigtede strategi er godkendt og sætter retning for arbejdet på Børne- og Familieområdet.",
            nextSteps: ["At udbrede strategien i hele organisationen.", "At forankre kulturen."]
        ),
        reported(
            "faelles-vision-skole-dagtilbud", "Fælles vision med Skole- og Dagtilbudsområdet",
            "Alle børn skal med i fællesskabet og opleve en meningsfuld hverdag.",
            partners: ["Skole- og Dagtilbudsområdet"], track: trackCoherence, status: .running,
            "Der er udviklet en fælles vision med Skole- og Dagtilbudsområdet, hvor tværfaglige workshops har styrket samarbejdet på tværs."
        ),
        reported(
            "ledelsesudvikling", "Ledelsesudvikling",
            "Fælles ledelsesgrundlag og ny mødestruktur, der skal understøtte strategisk og praksisnær ledelse.",
            track: trackCoherence, status: .running,
            "Ledelsesudvikling er påbegyndt med fælles ledelsesgrundlag og ny mødestruktur, der skal understøtte strategisk og praksisnær ledelse.",
            nextSteps: ["At sikre stabilitet i ledelsesteams."]
        ),
        // 3. Sundhed, trivsel og fællesskaber
        reported(
            "kompetenceudvikling", "Kompetenceudvikling",
            "Kurser om autisme, ADHD, samtaleteknikker og netværksinddragelse.",
            track: trackHealth, status: .beingAnchored,
            "Der er gennemført kompetenceudvikling med kurser om autisme, ADHD, samtaleteknikker og netværksinddragelse.",
            nextSteps: ["At omsætte den nye viden til praksis."]
        ),
        reported(
            "fritidsliv-i-anbringelsesstrategien", "Fritidsliv og sociale fællesskaber i anbringelsesstrategien",
            "I tråd med den fælles vision: Alle børn skal med i fællesskabet og opleve en meningsfuld hverdag.",
            track: trackHealth, status: .running,
            "Der arbejdes desuden med at styrke fritidsliv og sociale fællesskaber i anbringelsesstrategien i tråd med den fælles vision: Alle børn skal med i fællesskabet og opleve en meningsfuld hverdag."
        ),
        reported(
            "tvaerfaglig-temadag", "Tværfaglig temadag med Skole- og Dagtilbudsområdet", "",
            partners: ["Skole- og Dagtilbudsområdet"], track: trackHealth, status: .planned,
            "Næste skridt er at gennemføre en tværfaglig temadag i samarbejde med Skole- og Dagtilbudsområdet.",
            nextSteps: ["At gennemføre en tværfaglig temadag i samarbejde med Skole- og Dagtilbudsområdet."]
        ),
        // Outside the three tracks
        reported(
            "ny-sammenhaengende-boernepolitik", "Ny sammenhængende børnepolitik",
            "Efter Barnets Lov § 15 er det et lovkrav, at kommunen har en skriftlig, sammenhængende børnepolitik, som vedtages af Kommunalbestyrelsen og offentliggøres.",
            owner: "Forvaltningen", status: .planned,
            "Forvaltningen vil i 2026 igangsætte en proces for udarbejdelse af en ny sammenhængende børnepolitik, der lever op til Barnets Lov og afspejler den aktuelle praksis.",
            nextSteps: ["Processen igangsættes i 2026."]
        ),
        reported(
            "revision-af-beredskabsplaner", "Revision af beredskabsplaner",
            "Kommunens beredskabsplaner til forebyggelse og håndtering af overgreb mod børn og unge samt beredskabet til forebyggelse, opsporing og håndtering af negativ social kontrol, æresrelaterede konflikter og ekstremisme.",
            status: .running,
            "Samtidig revideres kommunens beredskabsplaner til forebyggelse og håndtering af overgreb mod børn og unge samt beredskabet til forebyggelse, opsporing og håndtering af negativ social kontrol, æresrelaterede konflikter og ekstremisme, som loven kræver, herunder den lovbestemte minimumsrevision hvert fjerde år."
        ),
    ]

    /// An initiative the 2025 note reports on; it is known only through that update.
    private static func reported(
        _ id: InitiativeID, _ name: String, _ description: String, partners: [String] = [], track: TrackID? = nil,
        owner: String? = nil, status: InitiativeStatus, _ text: String, nextSteps: [String] = []
    ) -> Initiative {
        try! Initiative(
            id: id, name: name, description: description, partners: partners, track: track, owner: owner,
            source: status2025Source,
            updates: [StatusUpdate(date: status2025Day, status: status, text: text, nextSteps: nextSteps, source: status2025Source)]
        )
    }
}
