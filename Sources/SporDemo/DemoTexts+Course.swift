import SporDomain

/// Texts for the course after a notification: assessments, conversations, decisions, plans, follow-ups, placements
/// and transitions. Like the other demo texts they name no one: the child is "barnet" or "den unge", a parent
/// "forælderen", a place by its kind.
extension DemoTexts {
    // MARK: Assessments

    static let focusedAssessmentReasons = [
        "Afdækning af §s trivsel i skolen og det høje fravær.",
        "Afdækning af forældrenes behov for støtte i hverdagen.",
        "Afdækning af konflikterne i hjemmet, og hvordan de påvirker §.",
        "Afdækning af §s sociale vanskeligheder og ensomhed.",
    ]

    static let investigationReasons = [
        "Alvorlig bekymring for §s udvikling; sagen er kompleks og kræver en helhedsvurdering.",
        "Der overvejes anbringelse uden for hjemmet.",
        "Mistanke om overgreb; der er behov for en samlet vurdering af §s situation.",
        "Bekymringen er vokset trods tidligere støtte; der er behov for at se på hele familien.",
    ]

    static func childsDevelopment(age: Int) -> [String] {
        age < 6 ? [
            "@ er sprogligt lidt bagud, men trives i dagtilbuddet og leger godt med de andre børn.",
            "@ er ofte ked af det og har svært ved at sove; helbredet er i øvrigt godt.",
            "@ tager ikke nok på og er urolig, men knytter sig godt til pædagogerne.",
        ] : [
            "@ har det svært i skolen og har et stigende fravær, men har en god relation til en lærer.",
            "@ er ofte ked af det og har svært ved at sove; helbredet er i øvrigt godt.",
            "@ har gode evner, men trækker sig fra fællesskabet og mangler en fast kammerat.",
        ]
    }

    static let parentingCapacity = [
        "Forælderen er omsorgsfuld, men har svært ved at skabe faste rammer og rutiner.",
        "Forældrene samarbejder godt med dagtilbuddet, men er pressede af egen sygdom.",
        "Forælderen har svært ved at se §s behov, når egne problemer fylder.",
        "Forældrene er uenige om opdragelsen, og konflikterne går ud over §.",
    ]

    static let familyAndNetwork = [
        "Familien har et lille netværk; bedsteforældrene hjælper, når de kan.",
        "Familien har økonomiske problemer og bor trangt.",
        "Der er et stærkt netværk omkring familien, som gerne vil tage en større rolle.",
        "Familien er nyligt flyttet til kommunen og kender kun få.",
    ]

    static let parentsViews = [
        "Forældrene er enige i, at der er behov for støtte, og vil gerne samarbejde.",
        "Forælderen er bekymret, men ønsker hjælpen i hjemmet frem for uden for.",
        "Forældrene er ikke enige i bekymringen, men vil gerne deltage i møderne.",
    ]

    static let childsViewsTold = [
        "@ fortæller, at det er svært derhjemme, og ønsker, at de voksne hjælper.",
        "@ siger, at skolen er det værste, og at det vil være godt at have en voksen at tale med.",
        "@ vil gerne blive boende hjemme, men ønsker færre skænderier.",
    ]

    static let childsViewsYoung = "Barnet er for lille til en samtale; barnets trivsel er observeret i hjemmet og i dagtilbuddet."

    static func conclusion(_ outcome: AssessmentOutcome) -> String {
        switch outcome {
        case .none: "Der er ikke grundlag for særlig støtte; familien klarer sig med de almene tilbud og netværket."
        case .support: "Der er grundlag for støtte efter § 32; forældrene og barnet er enige i forslaget."
        case .earlyHelp: "Familien tilbydes en tidlig forebyggende indsats efter § 30."
        case .investigation: "Afdækningen viser, at der er behov for en børnefaglig undersøgelse efter § 20."
        case .placement: "Der er grundlag for anbringelse uden for hjemmet; barnets behov kan ikke dækkes i hjemmet."
        case .youthOrder: "Der er grundlag for et børne- og ungepålæg med konkrete handlepligter."
        }
    }

    static let preliminaryAssessments = [
        "Barnet har behov for støtte; der træffes afgørelse om den, så snart undersøgelsen er færdig.",
        "Der er ikke akut fare for barnet; undersøgelsen afsluttes, når de sidste oplysninger foreligger.",
    ]

    static let delayReasons = [
        "Vi afventer en psykologisk undersøgelse af barnet.",
        "Forældrene har aflyst flere møder, og oplysninger fra sygehuset mangler.",
        "Vi afventer udtalelse fra børne- og ungdomspsykiatrien.",
    ]

    // MARK: The child's voice

    static func conversationPlaces(age: Int) -> [String] {
        age < 6 ? ["i hjemmet", "i dagtilbuddet", "i Familiehuset"] : ["på skolen", "i hjemmet", "på rådhuset", "på en gåtur", "i Familiehuset"]
    }

    static let childsWordsYoung = [
        "Jeg kan godt lide at lege med mine biler. Far bliver sur om aftenen.",
        "Jeg vil gerne have, at mor er glad. Jeg kan lide at være i børnehaven.",
        "Nogle gange er jeg bange, når de råber.",
    ]

    static let childsWordsSchool = [
        "Jeg gider ikke skolen, fordi de andre ikke vil lege med mig. Min lærer er sød.",
        "Det er svært derhjemme, når mor er syg. Jeg vil gerne have en voksen at snakke med.",
        "Jeg kan godt lide fodbold. Jeg vil ikke flytte væk fra mine venner.",
        "Far og mor skændes meget. Jeg vil bare have, at der er ro.",
    ]

    static let childsWordsTeen = [
        "Jeg har brug for, at nogen hører efter. Jeg vil gerne blive færdig med skolen.",
        "Jeg vil hellere bo et andet sted lige nu, men jeg vil stadig se min lillebror.",
        "Det hjælper at have en kontaktperson. Jeg vil gerne have et fritidsjob.",
        "Jeg synes ikke, jeg har brug for hjælp, men jeg vil gerne have færre konflikter derhjemme.",
    ]

    static let notHeldReasons = [
        "Barnet ønskede ikke at tale med rådgiveren denne gang; barnets synspunkter er belyst gennem kontaktlæreren.",
        "Barnet var syg på dagen, og afgørelsen kunne ikke udsættes; barnets synspunkter er belyst gennem forældrene.",
        "Barnet var for påvirket af situationen til en samtale; samtalen gentages, når det er muligt.",
    ]

    static func tooYoungReason(age: Int) -> String {
        age == 0 ? "Barnet er under 1 år og kan ikke give udtryk for sine synspunkter i en samtale."
            : "Barnet er \(age) år og kan ikke give udtryk for sine synspunkter i en samtale; barnet er observeret i hjemmet."
    }

    static let bisidderRelations: [(relation: String, adult: Bool)] = [
        ("morbror", true), ("moster", true), ("farmor", true), ("lærer", true), ("fodboldtræner", true), ("ven", false),
    ]

    // MARK: Decisions

    static func purpose(_ basis: LegalBasis, age: Int) -> [String] {
        switch basis {
        case _ where age < 6 && !LegalBasis.placement.contains(basis): [
            "At barnets trivsel og udvikling bliver bedre, og at forældrene får redskaber til hverdagen.",
            "At forældrene får støtte til at give barnet en tryg og stabil hverdag.",
        ]
        case .earlyHelp: [
            "At styrke forældrene i at støtte barnet, før vanskelighederne vokser.",
            "At give barnet et fællesskab og redskaber til at håndtere det svære.",
        ]
        case .youthOrder: ["At den unge overholder konkrete aftaler om skolegang og fritid og undgår ny kriminalitet."]
        case .placementWithConsent, .placementWithoutConsent: [
            "At barnet får en stabil og tryg hverdag uden for hjemmet, med kontakt til familien og mål om hjemgivelse.",
            "At sikre barnets udvikling og skolegang, mens forældrene får hjælp til at kunne tage barnet hjem igen.",
        ]
        case .youngAdultSupport: [
            "At den unge får en god overgang til voksenlivet med bolig, uddannelse og job.",
            "At den unge kan blive boende i kendte rammer og gøre sin uddannelse færdig.",
        ]
        default: [
            "At barnets trivsel og skolegang bliver bedre, og at forældrene får redskaber til hverdagen.",
            "At konflikterne i hjemmet bliver færre, og at barnet får en fast voksen at gå til.",
            "At barnet kommer stabilt i skole og får et fællesskab med jævnaldrende.",
        ]
        }
    }

    static let youngAdultRefusal = "Den unge har ikke behov for ungestøtte; den unge klarer sig med uddannelsesvejledning og netværket."

    // MARK: Reasons (forvaltningsloven § 22), where a decision must have them
    static let refusalReasons = "Undersøgelsen viser, at barnets behov kan dækkes af de almene tilbud i skolen og dagtilbuddet. Der lægges vægt på barnets egne ord og forældrenes ressourcer."
    static let orderReasons = "Forældrene har ikke givet samtykke. Der lægges vægt på, at barnets udvikling er i fare, og at frivillige tiltag er forsøgt uden virkning."
    static let placementWithoutConsentReasons = "Der er åbenbar risiko for alvorlig skade på barnets sundhed og udvikling, og problemerne kan ikke løses under barnets fortsatte ophold i hjemmet. Forældrene har ikke givet samtykke."
    static let youngAdultRefusalReasons = "Den unge klarer sig selv i uddannelse og bolig og har et netværk, der støtter; behovet for ungestøtte er ikke til stede."

    // MARK: Plans and follow-ups

    static func goals(age: Int) -> [(what: String, howWeWillKnow: String)] {
        let family: [(what: String, howWeWillKnow: String)] = [
            ("Faste rutiner for morgen og sengetid derhjemme", "Forælderen og kontaktpersonen fører en ugeplan"),
            ("Forælderen tager imod hjælp til egen sygdom", "Forælderen går til de aftalte samtaler"),
        ]
        switch age {
        case ..<6:
            return family + [
                ("@ sover og spiser regelmæssigt", "Sundhedsplejersken eller lægen bekræfter det ved næste besøg"),
                ("@ trives i dagtilbuddet og leger med de andre børn", "Pædagogerne og forældrene ser det i hverdagen"),
            ]
        case ..<15:
            return family + [
                ("@ kommer i skole hver dag", "Fraværet er under 5 % over en måned"),
                ("@ har en fast kammerat og deltager i en fritidsaktivitet", "@ fortæller om det, og klubben bekræfter det"),
                ("Færre konflikter mellem § og forældrene", "Familien vurderer konflikterne på en skala ved hvert møde"),
                ("@ gennemfører et forløb for angst", "@ og forældrene oplever mindre angst i hverdagen"),
            ]
        default:
            return [
                ("@ kommer i skole hver dag", "Fraværet er under 5 % over en måned"),
                ("@ begynder på en ungdomsuddannelse", "@ er optaget og møder op de første tre måneder"),
                ("@ har en fast kammerat og deltager i en fritidsaktivitet", "@ fortæller om det, og klubben bekræfter det"),
                ("Færre konflikter mellem § og forældrene", "Familien vurderer konflikterne på en skala ved hvert møde"),
                ("@ har en bolig og styr på økonomien", "@ betaler husleje til tiden tre måneder i træk"),
            ]
        }
    }

    static let hopesYoung = ["At mor og far ikke er kede af det.", "At lege med mine venner hver dag.", "At få en hundehvalp."]
    static let hopesSchool = ["At blive god til at læse.", "At være med i et fodboldhold.", "At der er ro derhjemme."]
    static let hopesTeen = ["At få min egen lejlighed en dag.", "At blive mekaniker.", "At gøre skolen færdig og få et job."]

    static func followUpAssessments(age: Int) -> [String] {
        [
            age < 6 ? "Indsatsen virker; § er gladere og trives bedre i dagtilbuddet."
                : "Indsatsen virker; § er gladere og kommer oftere i skole.",
            "Der er fremskridt, men forældrene har fortsat brug for støtte til rutinerne.",
            "Indsatsen har ikke haft den ønskede effekt; den justeres.",
            "@ og familien er tilfredse med støtten, og målene nærmer sig.",
        ]
    }

    static let nextFollowUpReasons = [
        "Opfølgning om tre måneder, så vi tidligt kan se, om indsatsen virker.",
        "Opfølgning om et halvt år; indsatsen er stabil, og familien ønsker ro.",
        "Tæt opfølgning, fordi indsatsen er justeret.",
    ]

    static let endNotes = [
        "Målene er nået, og familien klarer sig nu med støtte fra netværket.",
        "Indsatsen afsluttes efter aftale med familien.",
        "Barnet er flyttet hjem; indsatsen følges op af skolen.",
    ]

    static let ratingNotes = ["Godt på vej.", "Kræver mere tid.", "Ikke relevant længere."]

    // MARK: Placements and transitions

    static let contactArrangements = [
        "Samvær med forældrene hver anden weekend og telefonkontakt hver aften.",
        "Samvær med mor hver uge og med far hver anden uge; søskende ses i weekenderne.",
        "Overvåget samvær med forældrene en gang om måneden; fri kontakt til bedsteforældrene.",
        "Den unge aftaler selv samvær med familien; fast kontakt til søskende.",
    ]

    static let homecomingNotes = [
        "Barnet flytter hjem; forældrene har fået redskaber til at give en tryg hverdag.",
        "Hjemgivelse efter aftale med familien og anbringelsesstedet; opfølgning i hjemmet de første måneder.",
    ]

    static func handoverParticipants(_ from: TransitionStage, _ to: TransitionStage) -> [String] {
        switch (from, to) {
        case (.healthVisitor, .daycare): ["sundhedsplejerske", "pædagog fra vuggestuen", "rådgiver"]
        case (.daycare, .school): ["pædagog fra børnehaven", "børnehaveklasseleder", "PPR", "rådgiver"]
        case (.school, .youthEducation): ["kontaktlærer", "UU-vejleder", "mentor fra ungdomsuddannelsen", "rådgiver"]
        case (.youthEducation, .adultServices): ["rådgiver", "sagsbehandler fra voksenområdet", "kontaktperson"]
        default: ["rådgiver"]
        }
    }

    static func handoverPlan(_ to: TransitionStage) -> String {
        switch to {
        case .daycare: "Rolig indkøring over to uger med forælderen; vuggestuen får besked om barnets behov."
        case .school: "Barnet besøger skolen før start; fast voksen i indskolingen og møde med forældrene efter en måned."
        case .youthEducation: "Mentor fra første dag, aftale om fravær og et møde med den unge og forældrene efter seks uger."
        case .adultServices: "Voksenområdet overtager kontakten; fælles møde med den unge og plan for bolig og uddannelse."
        case .healthVisitor: "Aftale om overlevering."
        }
    }

    static func transitionNote(_ to: TransitionStage) -> String {
        switch to {
        case .daycare: "Barnet begynder i vuggestue."
        case .school: "Barnet begynder i skole."
        case .youthEducation: "Den unge begynder på en ungdomsuddannelse."
        case .adultServices: "Ungestøtten slutter; den unge overgår til voksenområdet."
        case .healthVisitor: "Sundhedsplejen."
        }
    }
}

/// What an afdækning or a børnefaglig undersøgelse comes to.
enum AssessmentOutcome {
    case none, support, earlyHelp, investigation, placement, youthOrder
}
