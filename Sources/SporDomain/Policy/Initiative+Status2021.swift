// The initiatives named in the 2021 status on implementing the policy (seed 001): local initiatives,
// with the partners the note names in brackets, and the initiatives of the cross-sector på TVÆRS
// collaboration. The note gives no day, no owner and no track for them; the status is what the
// note says ("iværksat eller planlagt"; "undervejs"; "planlagt"; "Der arbejdes videre med").
// Texts are the note's own, its slips included ("rusmiddelproblemtikker", "skal også skal").

extension PolicyContent {
    static let status2021Source = "Status på implementering af politikken for børn og unge i udsatte positioner (2021)"
    private static let paaTvaersPartners = ["Socialområdet", "Skole- og dagtilbudsområdet"]
    /// The matrix group coordinates and follows up on the initiatives of på TVÆRS (seed 001).
    private static let paaTvaersOwner = "Matrixgruppen i på TVÆRS"
    private static let dialogPurpose = "Formål: At styrke samarbejdet og inddragelsen af børn, unge og deres familier."

    static let initiatives2021: [Initiative] = [
        local("skolevaegringsprojektet", "Skolevægringsprojektet", "", partners: ["PPR", "FTI"]),
        local("nye-netvaerksgrupper", "Nye netværksgrupper", "", partners: ["PPR", "FTI", "Søren Kanne skolen"]),
        local(
            "brus", "BRUS", "Indsats målrettet børn og unge i familier med rusmiddelproblemtikker.",
            partners: ["Rusmiddelcenter Norddjurs", "FTI"]
        ),
        local("ses", "SES – samarbejde efter skilsmisse", "", partners: ["Familiehuset", "FTI"]),
        local("skilsmissegrupper", "Skilsmissegrupper", "", partners: ["UngNorddjurs", "FTI"]),
        local(
            "faa-styr-paa-angsten", "Få styr på angsten",
            "Forebyggende indsats for børn med angst. Manualbaseret forældretræningsprogram for børn med let til moderat angst fra 1. til 6. klasse.",
            partners: ["PPR", "FTI", "Familiehuset", "Forsker fra Københavns Universitet, Angstklinikken"]
        ),
        local(
            "rette-hjaelp-til-adhd", "Rette hjælp til ADHD",
            "Manualbaseret forældretræningsprogram på i alt 8 gange. Målgruppen er forældre til børn i alderen 4-12 år, der er diagnosticeret med ADHD, eller hvor der er mistanke herom. Forskningsprojekt.",
            partners: ["FTI", "Familiehuset", "Århus Universitetshospital, Børnepsykiatrisk afd."]
        ),
        local(
            "cpdf", "CPDF – Center for Digital Pædagogik", "Online tilbud til udsatte unge i Norddjurs Kommune.",
            partners: ["UngNorddjurs", "Rusmiddelcenter", "FTI"], status: .planned
        ),
        local(
            "efterfoedselsreaktionssamtaler", "Efterfødselsreaktionssamtaler",
            "Efterfødselsreaktionssamtaler til både kvinder og mænd.",
            partners: ["Praktiserende læger", "Sundhedsplejen", "Familiehuset"]
        ),
        local(
            "gruppeforloeb-saarbare-gravide", "Gruppeforløb for sårbare gravide",
            "Gruppeforløb/indsats for sårbare gravide.",
            partners: ["Jordemødre", "Sundhedsplejen", "Familiehusets dagbehandlingstilbud"]
        ),
        local(
            "forebyggelse-alkohol-rusmidler", "Forebyggelse af alkoholmisbrug og forbrug af rusmidler",
            "Indsats til forebyggelse af alkoholmisbrug/ forbrug af rusmidler iblandt børn og unge. Snakken om alkohol påbegyndes på forældremøder i 0. klasse og berøres herefter på forældremøder fra 5. klasse og op. Der arbejdes målrettet med holdninger til alkohol iblandt børnene i 6.-8. kl.",
            partners: ["Ungdomskonsulenterne ved UngNorddjurs", "Skoler"]
        ),
        local(
            "digital-dannelse", "Digital dannelse/ digital tryghed",
            "SSP-konsulenten holder oplæg for 8. årgang en gang årligt, hvor emnet er digital tryghed. Alle 4. klasser tilbydes et oplæg om digital tryghed og der holdes et tilsvarende oplæg målrettet forældre. Der er truffet beslutning om, at den generelle indsats i 6. klasse skal også skal indeholde elementer vedrørende digital tryghed.",
            partners: []
        ),
        paaTvaers(
            "dialogbaserede-underretninger", "Dialogbaserede underretninger",
            "\(dialogPurpose) En arbejdsgruppe under matrixgruppen har udarbejdet oplæg til en model for dialogbaserede underretninger, som efterfølgende er præsenteret og kvalificeret på et fælles ledermøde.",
            status: .planned,
            nextSteps: [
                "Der er planlagt opstart af pilotprojekt i Område Grenaa, som vil afprøve den nye model for underretninger frem til efter sommerferien med henblik på senere udrulning til hele kommunen",
            ]
        ),
        paaTvaers(
            "dialogbaserede-boernefaglige-undersoegelser", "Dialogbaserede børnefaglige undersøgelser",
            "\(dialogPurpose) Der er ligeledes opstartet pilotprojekt om dialogbaserede børnefaglige undersøgelser.",
            status: .running
        ),
        paaTvaers(
            "faelles-tema-workshop", "Fælles tema-workshop",
            "Formål: at øge viden og kendskab til hinanden på tværs samt inspirere til nye samarbejdsrelationer. Matrixgruppen har truffet beslutning om, at der den 14. september afholdes en fælles workshop for alle aktører på tværs af socialområdet, skole- og dagtilbudsområdet samt Ungeindsatsen og UU. Workshoppen vil byde på en kombination af oplæg og stande, hvor aktørerne kan gå på besøg hos hinanden.",
            partners: ["Socialområdet", "Skole- og dagtilbudsområdet", "Ungeindsatsen", "UU"],
            // The note is from 2021, after the policy's adoption on 20 April and before the workshop.
            start: LocalDate(year: 2021, month: 9, day: 14),
            status: .planned,
            nextSteps: [
                "Workshoppen vil munde ud i, at der udarbejdes et overblik over den samlede tilbudsvifte på tværs af børne- og ungeområdet.",
            ]
        ),
        paaTvaers(
            "faelles-ledermoeder", "Fælles ledermøder",
            "Der arbejdes videre med fælles ledermøder for alle ledere på socialområdets børne- og ungeområde samt skole- og dagtilbudsområdet",
            status: .running
        ),
        paaTvaers(
            "faelles-modeller-og-sprog", "Fælles modeller og fælles sprog",
            "Der arbejdes videre med SOS-modellen som rammesætter for netværksmøder",
            status: .running,
            nextSteps: [
                "Derudover drøfter matrixgruppen en fælles model for opsporing af børn og unge i mistrivsel. Det kan f.eks. være med udgangspunkt i ”børnelinialen”, som tilbyder et fælles sprog til identificering og italesættelse af bekymringsgrad.",
            ]
        ),
        paaTvaers(
            "organisering-lokalt", "Organisering af samarbejdet lokalt",
            "Der skal udarbejdes en model for organisering af det tværgående samarbejde lokalt.",
            status: .planned
        ),
    ]

    /// A local initiative: the note presents these as the policy living in daily practice, so
    /// running unless it says otherwise.
    private static func local(
        _ id: InitiativeID, _ name: String, _ description: String, partners: [String], status: InitiativeStatus = .running
    ) -> Initiative {
        try! Initiative(id: id, name: name, description: description, partners: partners, status: status, source: status2021Source)
    }

    private static func paaTvaers(
        _ id: InitiativeID, _ name: String, _ description: String, partners: [String] = paaTvaersPartners,
        start: LocalDate? = nil, status: InitiativeStatus, nextSteps: [String] = []
    ) -> Initiative {
        try! Initiative(
            id: id, name: name, description: description, partners: partners, owner: paaTvaersOwner, start: start,
            status: status, nextSteps: nextSteps, source: "\(status2021Source), på TVÆRS"
        )
    }
}
