import Foundation

extension OfferCatalogue {
    /// The default tilbudsvifte, until the administrator edits the municipality's own: the local initiatives named
    /// in the 2021 status on the policy (seed 001, "the list is not exhaustive"), the kinds of § 30 and § 32, the
    /// § 39 order, the placements of §§ 46–47 and the ungestøtte of §§ 114–116.
    ///
    /// Levels, access and ages are defaults where the seed says nothing: the seed names each initiative's
    /// partners, not whether it needs a referral.
    public static let standard: OfferCatalogue = {
        // The default is valid by construction; a test keeps it so.
        try! OfferCatalogue(offers: localInitiatives + earlyHelp + supportive + placements + youngAdultSupport + leisure)
    }()

    /// Seed 001, "lokale tiltag".
    static let localInitiatives: [Offer] = [
        Offer(id: "skolevaegringsprojektet", name: "Skolevægringsprojektet", provider: "PPR og FTI",
              description: "Samarbejde mellem PPR og FTI om børn og unge, der ikke kommer i skole.",
              targetGroup: "Skolebørn med skolevægring eller stort fravær og deres familier",
              minimumAge: 6, maximumAge: 17, level: .preventive, legalBases: [.earlyHelp], access: .referral),
        Offer(id: "netvaerksgrupper", name: "Netværksgrupper", provider: "PPR, FTI og Søren Kanne skolen",
              description: "Nye netværksgrupper for børn og unge i samarbejde mellem PPR, FTI og Søren Kanne skolen.",
              targetGroup: "Skolebørn, der har brug for et fællesskab med jævnaldrende",
              minimumAge: 6, maximumAge: 17, level: .preventive, legalBases: [.earlyHelp], access: .referral),
        Offer(id: "brus", name: "BRUS", provider: "Rusmiddelcenter Norddjurs og FTI",
              description: "Indsats målrettet børn og unge i familier med rusmiddelproblematikker.",
              targetGroup: "Børn og unge, der vokser op i en familie med rusmiddelproblemer",
              maximumAge: 22, level: .preventive, legalBases: [.earlyHelp], access: .open),
        Offer(id: "ses", name: "SES – samarbejde efter skilsmisse", provider: "Familiehuset og FTI",
              description: "Forløb for forældre, der skal samarbejde om deres børn efter en skilsmisse.",
              targetGroup: "Skilte forældre og deres børn",
              maximumAge: 17, level: .preventive, legalBases: [.earlyHelp], access: .open),
        Offer(id: "skilsmissegrupper", name: "Skilsmissegrupper", provider: "UngNorddjurs og FTI",
              description: "Samtalegrupper for børn og unge, hvis forældre er gået fra hinanden.",
              targetGroup: "Børn og unge med skilte forældre",
              minimumAge: 6, maximumAge: 17, level: .preventive, legalBases: [.earlyHelp], access: .open),
        Offer(id: "faa-styr-paa-angsten", name: "Få styr på angsten", provider: "PPR, FTI og Familiehuset",
              description: "Manualbaseret forældretræningsprogram for børn med let til moderat angst, udviklet med "
                  + "Angstklinikken ved Københavns Universitet.",
              targetGroup: "Børn i 1.–6. klasse med let til moderat angst og deres forældre",
              minimumAge: 6, maximumAge: 13, level: .preventive, legalBases: [.earlyHelp], access: .referral),
        Offer(id: "rette-hjaelp-til-adhd", name: "Rette hjælp til ADHD", provider: "FTI og Familiehuset",
              description: "Manualbaseret forældretræningsprogram på 8 gange; forskningsprojekt med Aarhus "
                  + "Universitetshospital, Børnepsykiatrisk afdeling.",
              targetGroup: "Forældre til børn på 4–12 år med ADHD eller mistanke om ADHD",
              minimumAge: 4, maximumAge: 12, level: .preventive, legalBases: [.earlyHelp], access: .referral),
        Offer(id: "cpdf", name: "CPDF – Center for Digital Pædagogik", provider: "UngNorddjurs, Rusmiddelcenter og FTI",
              description: "Onlinetilbud til udsatte unge i Norddjurs Kommune (under opbygning).",
              targetGroup: "Udsatte unge",
              minimumAge: 13, maximumAge: 22, level: .preventive, legalBases: [.earlyHelp], access: .open),
        Offer(id: "efterfoedselsreaktion", name: "Efterfødselsreaktionssamtaler",
              provider: "Praktiserende læger, sundhedsplejen og Familiehuset",
              description: "Samtaler for både kvinder og mænd med en efterfødselsreaktion.",
              targetGroup: "Nybagte forældre med tegn på efterfødselsreaktion",
              minimumAge: 0, maximumAge: 1, level: .preventive, legalBases: [.earlyHelp], access: .open),
        Offer(id: "saarbare-gravide", name: "Gruppeforløb for sårbare gravide",
              provider: "Jordemødre, sundhedsplejen og Familiehusets dagbehandlingstilbud",
              description: "Gruppeforløb og indsats for sårbare gravide.",
              targetGroup: "Sårbare gravide og kommende forældre",
              minimumAge: 0, maximumAge: 1, level: .preventive, legalBases: [.earlyHelp], access: .open),
        Offer(id: "alkohol-og-rusmidler", name: "Snakken om alkohol og rusmidler",
              provider: "Ungdomskonsulenterne ved UngNorddjurs og skolerne",
              description: "Forebyggelse af alkohol- og rusmiddelforbrug: på forældremøder fra 0. klasse og fra 5. klasse, "
                  + "og holdningsarbejde med eleverne i 6.–8. klasse.",
              targetGroup: "Alle skolebørn og deres forældre",
              minimumAge: 5, maximumAge: 15, level: .general, legalBases: [.general], access: .open),
        Offer(id: "digital-tryghed", name: "Digital dannelse og tryghed", provider: "SSP-konsulenten",
              description: "Oplæg om digital tryghed for alle 4. klasser og 8. årgang, for forældre, og i den generelle "
                  + "indsats i 6. klasse.",
              targetGroup: "Alle skolebørn i 4., 6. og 8. klasse og deres forældre",
              minimumAge: 9, maximumAge: 15, level: .general, legalBases: [.general], access: .open),
    ]

    /// § 30: tidligt forebyggende indsatser.
    static let earlyHelp: [Offer] = [
        Offer(id: "konsulentbistand", name: "Konsulentbistand", provider: "FTI",
              description: "Rådgivning og vejledning til familien, herunder familierettede indsatser (§ 30, nr. 1).",
              targetGroup: "Familier med begyndende vanskeligheder", maximumAge: 17,
              level: .preventive, legalBases: [.earlyHelp], access: .referral),
        Offer(id: "netvaerks-og-samtalegrupper", name: "Netværks- og samtalegrupper", provider: "FTI",
              description: "Grupper for børn, unge eller forældre med en fælles udfordring (§ 30, nr. 2).",
              targetGroup: "Børn, unge og forældre", maximumAge: 17,
              level: .preventive, legalBases: [.earlyHelp], access: .referral),
        Offer(id: "familieplanlaegning", name: "Rådgivning om familieplanlægning", provider: "Sundhedsplejen",
              description: "Rådgivning om familieplanlægning (§ 30, nr. 3).",
              targetGroup: "Unge og forældre", level: .preventive, legalBases: [.earlyHelp], access: .open),
    ]

    /// § 32, stk. 1, nr. 1–8, and § 39.
    static let supportive: [Offer] = [
        Offer(id: "dagtilbud-eller-klub", name: "Ophold i dagtilbud, fritidshjem eller ungdomsklub",
              provider: "Norddjurs Kommune", description: "Plads i dagtilbud, fritidshjem, ungdomsklub, uddannelsessted el.lign.",
              targetGroup: "Børn og unge med behov for særlig støtte", maximumAge: 17,
              level: .preventive, legalBases: [.daycareOrClubPlace, .alongsideAssessment], access: .referral),
        Offer(id: "stoette-i-hjemmet", name: "Praktisk og pædagogisk støtte i hjemmet", provider: "Familiehuset",
              description: "Praktisk, pædagogisk eller anden støtte i hjemmet.",
              targetGroup: "Familier, der har brug for hjælp i hverdagen", maximumAge: 17,
              level: .preventive, legalBases: [.helpInTheHome, .alongsideAssessment], access: .referral),
        Offer(id: "fast-kontaktperson", name: "Fast kontaktperson", provider: "FTI",
              description: "En fast kontaktperson for barnet, den unge eller hele familien.",
              targetGroup: "Børn og unge, der har brug for en fast voksen", maximumAge: 17,
              level: .preventive, legalBases: [.contactPerson, .alongsideAssessment], access: .referral),
        Offer(id: "praktiktilbud", name: "Praktiktilbud", provider: "UngNorddjurs",
              description: "Formidling af praktik hos en offentlig eller privat arbejdsgiver, med godtgørelse til den unge.",
              targetGroup: "Unge, der har brug for en vej mod uddannelse eller job", minimumAge: 15, maximumAge: 17,
              level: .preventive, legalBases: [.workPlacement, .alongsideAssessment], access: .referral),
        Offer(id: "familiebehandling", name: "Familiebehandling", provider: "Familiehuset",
              description: "Familiebehandling i hjemmet eller i Familiehuset.",
              targetGroup: "Familier, hvor samspillet belaster barnets trivsel", maximumAge: 17,
              level: .preventive, legalBases: [.treatment, .alongsideAssessment], access: .referral),
        Offer(id: "behandling-af-barnet", name: "Behandling af barnet eller den unge", provider: "Norddjurs Kommune",
              description: "Behandling af barnets eller den unges problemer, fx psykologbehandling.",
              targetGroup: "Børn og unge med behov for behandling", maximumAge: 17,
              level: .preventive, legalBases: [.treatment, .alongsideAssessment], access: .referral),
        Offer(id: "doegnophold-for-familien", name: "Døgnophold for hele familien", provider: "Familiehuset",
              description: "Familieanbringelse: døgnophold for forældre, barn og familie i plejefamilie, på børne- og ungehjem "
                  + "eller i botilbud.",
              targetGroup: "Familier, der har brug for døgnstøtte for at blive sammen", maximumAge: 17,
              level: .specialised, legalBases: [.familyPlacement, .alongsideAssessment], access: .referral),
        Offer(id: "stoetteophold", name: "Støtteophold (aflastning)", provider: "Norddjurs Kommune",
              description: "Støtteophold i plejefamilie, netværksplejefamilie eller på børne- og ungehjem.",
              targetGroup: "Børn og unge, hvis familie har brug for aflastning", maximumAge: 17,
              level: .specialised, legalBases: [.supportStay, .alongsideAssessment], access: .referral),
        Offer(id: "anden-hjaelp", name: "Anden hjælp", provider: "Norddjurs Kommune",
              description: "Anden hjælp med rådgivning, behandling eller praktisk og pædagogisk støtte.",
              targetGroup: "Børn, unge og familier med behov for særlig støtte", maximumAge: 17,
              level: .preventive, legalBases: [.otherSupport, .alongsideAssessment], access: .referral),
        Offer(id: "boerne-og-ungepaalaeg", name: "Børne- og ungepålæg", provider: "Norddjurs Kommune",
              description: "Pålæg med konkrete handlepligter for barnet eller den unge.",
              targetGroup: "Børn og unge på 10–17 år med alvorlige adfærdsproblemer", minimumAge: 10, maximumAge: 17,
              level: .specialised, legalBases: [.youthOrder], access: .referral),
    ]

    /// §§ 46–47: placements, each in one kind of home.
    static let placements: [Offer] = [
        placement("netvaerksplejefamilie", "Anbringelse i netværksplejefamilie", .networkFosterFamily,
                  "Anbringelse hos slægt eller netværk, der er godkendt som netværksplejefamilie."),
        placement("almen-plejefamilie", "Anbringelse i almen plejefamilie", .fosterFamily,
                  "Anbringelse i en godkendt almen plejefamilie."),
        placement("forstaerket-plejefamilie", "Anbringelse i forstærket plejefamilie", .reinforcedFosterFamily,
                  "Anbringelse i en plejefamilie med ekstra støtte og uddannelse."),
        placement("specialiseret-plejefamilie", "Anbringelse i specialiseret plejefamilie", .specialisedFosterFamily,
                  "Anbringelse i en plejefamilie, hvor en plejeforælder er ansat til opgaven."),
        placement("boerne-og-ungehjem", "Anbringelse på børne- og ungehjem", .childrensHome,
                  "Anbringelse på et børne- og ungehjem (døgninstitution)."),
        // (verify) The age: eget værelse is commonly used for young people from 15.
        placement("eget-vaerelse", "Anbringelse på eget værelse", .ownRoom,
                  "Anbringelse på eget værelse, kollegium eller kollegielignende opholdssted.", minimumAge: 15),
    ]

    /// §§ 114–116: ungestøtte from 18 up to and including 22.
    static let youngAdultSupport: [Offer] = [
        youngAdult("opretholdt-doegnophold", "Opretholdt døgnophold",
                   "Den unge bliver boende på anbringelsesstedet efter det fyldte 18. år."),
        youngAdult("kontaktperson-efter-18", "Fast kontaktperson efter 18 år",
                   "En fast kontaktperson, der følger den unge ind i voksenlivet."),
        youngAdult("udslusningsordning", "Udslusningsordning", "Udslusning fra det hidtidige anbringelsessted."),
        youngAdult("anden-ungestoette", "Anden ungestøtte",
                   "Anden støtte til en god overgang til en selvstændig tilværelse: bolig, uddannelse og job."),
    ]

    private static func placement(_ id: String, _ name: String, _ kind: PlacementKind, _ description: String,
                                  minimumAge: Int? = nil) -> Offer {
        Offer(id: id, name: name, provider: "Norddjurs Kommune", description: description,
              targetGroup: "Børn og unge, der anbringes uden for hjemmet", minimumAge: minimumAge, maximumAge: 17,
              level: .specialised, legalBases: [.placementWithConsent, .placementWithoutConsent], access: .referral,
              placementKind: kind)
    }

    private static func youngAdult(_ id: String, _ name: String, _ description: String) -> Offer {
        Offer(id: id, name: name, provider: "Norddjurs Kommune", description: description,
              targetGroup: "Unge på 18–22 år, der var anbragt eller havde en fast kontaktperson før de fyldte 18",
              minimumAge: 18, maximumAge: 22, level: .preventive, legalBases: [.youngAdultSupport], access: .referral)
    }
}
