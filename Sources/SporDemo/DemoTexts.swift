import SporDomain

/// Short generated Danish texts for journal entries. They name no one: the child is "barnet",
/// "eleven" or "den unge", a parent is "forælderen".
enum DemoTexts {
    /// How a text names the child at a given age band (see `AgeBand`).
    static func subject(_ band: AgeBand, source: ConcernSource) -> String {
        switch band {
        case .infant, .preschool: "Barnet"
        case .school: source == .teacher ? "Eleven" : "Barnet"
        case .teen, .youngAdult: "Den unge"
        }
    }

    /// `@` is the subject as it starts a sentence ("Barnet"), `§` the subject inside one ("barnet").
    static func fill(_ template: String, subject: String) -> String {
        template
            .replacingOccurrences(of: "@", with: subject)
            .replacingOccurrences(of: "§", with: subject.lowercased())
    }

    static let concernsBySource: [ConcernSource: [String]] = [
        .teacher: [
            "@ har haft et stigende fravær de seneste måneder.",
            "@ virker trist og trækker sig fra fællesskabet i klassen.",
            "@ kommer ofte for sent og uden madpakke.",
            "@ har svært ved at koncentrere sig og bliver hurtigt vred.",
            "@ har fortalt en lærer om voldsomme skænderier derhjemme.",
            "@ er ofte alene i frikvartererne og virker ensom.",
        ],
        .pedagogue: [
            "@ virker træt og indesluttet ved aflevering.",
            "@ bliver ofte hentet sent, og forælderen virker presset.",
            "@s sprog udvikler sig langsommere end forventet.",
            "@ har mange konflikter med de andre børn og er svær at trøste.",
            "@ har ofte for lidt tøj på i forhold til vejret.",
        ],
        .healthVisitor: [
            "@ tager ikke på som forventet.",
            "Mor virker nedtrykt og har svært ved at finde ro med barnet.",
            "Hjemmet fremstod uoverskueligt ved besøget, og der er ingen faste rutiner.",
            "Forældrene er usikre i omsorgen og har svært ved at tage imod råd.",
        ],
        .ppr: [
            "En pædagogisk-psykologisk vurdering viser store vanskeligheder med opmærksomhed og koncentration.",
            "@ har brug for mere støtte, end der kan gives inden for den almene undervisning.",
            "@ viser tegn på angst og undgår sociale situationer.",
        ],
        .ssp: [
            "@ er set sammen med ældre unge i et miljø med rusmidler.",
            "@ er blevet stoppet af politiet i forbindelse med butikstyveri.",
            "@ er ofte ude sent om natten, uden at forældrene ved hvor.",
            "@ har været involveret i flere slåskampe i byen.",
        ],
        .doctor: [
            "@ har været hos lægen flere gange med skader, der ikke er forklaret.",
            "@ fortæller om søvnproblemer og tanker om selvskade.",
            "@ har hyppige mavesmerter uden fysisk årsag.",
            "@s vægt er faldet markant siden sidste undersøgelse.",
        ],
        .parent: [
            "Forælderen beder om hjælp, fordi konflikterne derhjemme er taget til.",
            "Forælderen er bekymret, fordi § ikke vil i skole.",
            "Forælderen oplever ikke længere at kunne nå §.",
            "Forælderen er selv syg og har brug for aflastning i hverdagen.",
        ],
    ]

    static func levelTail(_ level: ConcernLevel) -> [String] {
        switch level {
        case .thriving: ["Situationen er nu stabil, og § trives igen."]
        case .sensitive: ["Vi vil gerne drøfte det på et netværksmøde.",
                          "Vi ønsker sparring om, hvordan vi bedst støtter op."]
        case .vulnerable: ["Bekymringen har stået på i nogen tid, og vores egne tiltag har ikke været nok."]
        case .atRisk: ["Vi er alvorligt bekymrede for §s trivsel og udvikling."]
        case .threatened: ["Vi vurderer, at § ikke er i sikkerhed, og beder om hurtig handling."]
        }
    }

    static func concern(source: ConcernSource, level: ConcernLevel, band: AgeBand, followUp: Bool,
                        _ rng: inout SeededRandom) -> String {
        let subject = subject(band, source: source)
        let base = rng.pick(concernsBySource[source] ?? concernsBySource[.teacher]!)
        let tail = rng.pick(levelTail(level))
        let prefix = followUp ? "Ny henvendelse. " : ""
        return fill(prefix + base + " " + tail, subject: subject)
    }

    static let noteFacts = [
        "Telefonsamtale med forælderen om bekymringen.",
        "Netværksmøde holdt med forældre og fagpersoner; § deltog.",
        "Samtale med § om trivsel i hverdagen og derhjemme.",
        "Hjemmebesøg gennemført; familien var åben og samarbejdsvillig.",
        "Møde med PPR om støtte i hverdagen.",
        "Forælderen har ringet og fortæller, at det går bedre.",
        "Fagpersonen oplyser, at bekymringen fortsat er til stede.",
        "Sparring med den fremskudte rådgiver om næste skridt.",
        "Modtaget nye oplysninger fra egen læge.",
        "Forældrene har aflyst det aftalte møde og ønsker en ny tid.",
        "Skolen og dagtilbuddet melder om fremgang.",
    ]

    static let notePlans = [
        "Aftalt opfølgning om fire uger.",
        "Næste netværksmøde aftales med familien.",
        "Familien tilbydes et forløb i den forebyggende indsats.",
        "Ingen yderligere handling lige nu.",
        "Fagpersonerne følger op og melder tilbage.",
        "",
    ]

    static func note(band: AgeBand, _ rng: inout SeededRandom) -> String {
        let plan = rng.pick(notePlans)
        let text = rng.pick(noteFacts) + (plan.isEmpty ? "" : " " + plan)
        return fill(text, subject: subject(band, source: .other))
    }

    static let closureReasons = [
        "Bekymringen er afklaret, og der er ikke behov for yderligere støtte.",
        "Målene er nået; familien klarer sig nu med støtte fra netværket.",
        "Indsatsen er afsluttet med god effekt; fagpersonerne følger op i hverdagen.",
        "Familien ønsker ikke yderligere hjælp, og der er ikke grundlag for at fortsætte.",
        "Sagen afsluttes efter netværksmøde; der er aftalt opfølgning i almenområdet.",
    ]

    static let correctionReasons = [
        "Niveauet var registreret forkert; rettet efter samtale med fagpersonen.",
        "Vurderingen er justeret, fordi der er kommet nye oplysninger frem.",
        "Fejl ved indtastning af niveau.",
    ]
}
