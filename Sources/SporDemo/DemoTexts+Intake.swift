import SporDomain

/// Texts for notifications and the steps on them. Like the other demo texts, they name no one.
extension DemoTexts {
    static let notificationTails = [
        "Vi har talt med forældrene, men bekymringen består.",
        "Bekymringen er vokset trods de tiltag, vi selv har sat i gang.",
        "Vi vurderer, at familien har brug for støtte fra kommunen.",
        "Vi underretter, fordi vi ikke kan løse det inden for vores egne rammer.",
    ]

    static let abuseFacts = [
        "@ har fortalt en voksen, at § bliver slået derhjemme.",
        "@ har mærker, der kan tyde på fysisk vold.",
        "Der er mistanke om, at § har været udsat for seksuelle overgreb.",
        "@ har fortalt om en voksen i familien, der gør § fortræd.",
    ]

    static let privateFacts = [
        "En nabo fortæller, at der ofte er høje skænderier og gråd i lejligheden.",
        "Et familiemedlem er bekymret for, at forældrene drikker meget, når § er hjemme.",
        "En forælder til en kammerat oplyser, at § ofte er alene hjemme om aftenen.",
        "Et familiemedlem fortæller, at forælderen er meget syg og ikke kan tage sig af §.",
    ]

    static let anonymousFacts = [
        "Anonym henvendelse om, at § ofte ses alene ude sent om aftenen.",
        "Anonym henvendelse om et uordentligt hjem og manglende voksenopsyn.",
        "Anonym henvendelse om råb og larm fra familiens bolig flere gange om ugen.",
    ]

    /// What the child says, by how it reaches the municipality: on the phone, in writing or in person.
    static func childFacts(_ channel: NotificationChannel) -> [String] {
        switch channel {
        case .phone: [
            "@ ringer selv og siger, at § ikke har lyst til at tage hjem.",
            "@ ringer selv og fortæller om store konflikter derhjemme.",
        ]
        case .inPerson: [
            "@ møder selv op i Borgerservice og fortæller om store konflikter derhjemme.",
            "@ kommer selv forbi og siger, at § ikke har lyst til at tage hjem.",
        ]
        default: [
            "@ skriver selv og beder om hjælp, fordi forælderen drikker.",
            "@ skriver selv og fortæller, at § er bange, når de voksne skændes.",
        ]
        }
    }

    static let policeFacts = [
        "Politiet har været kaldt ud til familiens bolig efter en anmeldelse om vold mellem de voksne. § var hjemme under episoden.",
        "Politiet har været i hjemmet efter en anmeldelse om uro. Forælderen var stærkt beruset og alene med §.",
        "Politiet har ved en ransagning af familiens bolig fundet euforiserende stoffer; § bor på adressen.",
        "Politiet har anholdt en forælder i hjemmet, mens § var til stede.",
    ]

    /// Police facts that fit only an older child.
    static let policeTeenFacts = [
        "Politiet har truffet @ sent om aftenen i en gruppe, hvor der blev drukket alkohol.",
        "Politiet har afhørt @ som vidne til et røveri og har indtryk af, at § færdes i et uheldigt miljø.",
    ]

    /// From a hospital or a GP: either may send any of them.
    static let healthcareFacts = [
        "@ er på kort tid set flere gange med mindre skader efter uheld i hjemmet.",
        "Vi er bekymrede for forælderens psykiske tilstand og evne til at tage sig af §.",
        "Forælderen er flere gange udeblevet med § fra aftalte undersøgelser og kontroller.",
        "@ har været indlagt; personalet er bekymret for samspillet mellem forælder og §.",
    ]

    static let healthcareTails = [
        "Vi har orienteret forældrene om underretningen.",
        "Vi underretter, fordi vi vurderer, at familien har brug for støtte fra kommunen.",
    ]

    static let otherMunicipalityFacts = [
        "Familien er flyttet hertil fra en anden kommune, hvor der var en åben sag om §. Oplysningerne fra sagen er vedlagt.",
        "En anden kommune oplyser, at familien er fraflyttet under en igangværende børnefaglig undersøgelse af §.",
        "En anden kommune videresender en underretning om @, der nu bor hos den anden forælder her i kommunen.",
    ]

    // MARK: Who notified (made up: no institution, person, number or address in them is real)

    static let policeUnits = ["Politikreds Østjylland, lokalpolitiet", "Politikreds Østjylland, forebyggelsesafdelingen",
                              "Politikreds Østjylland, efterforskning"]
    static let policeTitles = ["politiassistent", "politibetjent", "vicepolitikommissær"]
    static let hospitalUnits = ["Børne- og ungeafdelingen, Regionshospitalet", "Akutmodtagelsen, Regionshospitalet",
                                "Fødeafdelingen, Regionshospitalet", "Børne- og ungdomspsykiatrien"]
    /// Made-up municipalities, Danish-sounding but not on the map.
    static let otherMunicipalities = ["Fjordby", "Bakkeby", "Engholm", "Lyngsø", "Skovbølle"]

    static func notification(kind: NotifierKind, profession: ConcernSource?, band: AgeBand, abuse: Bool,
                             dialogBased: Bool, channel: NotificationChannel = .spor, _ rng: inout SeededRandom) -> String {
        let source = profession ?? .other
        let subject = subject(band, source: source)
        var text: String
        switch kind {
        case .professional:
            let fact = abuse ? rng.pick(abuseFacts) : rng.pick(concernsBySource[source] ?? concernsBySource[.teacher]!)
            text = fact + " " + rng.pick(notificationTails)
            if dialogBased { text += " Underretningen er drøftet med forældrene, inden den blev sendt." }
        case .privatePerson:
            text = "Henvendelse fra privatperson. " + (abuse ? rng.pick(abuseFacts) : rng.pick(privateFacts))
        case .anonymous:
            text = abuse ? "Anonym henvendelse. " + rng.pick(abuseFacts) : rng.pick(anonymousFacts)
        case .child:
            text = abuse ? "@ henvender sig selv. " + rng.pick(abuseFacts) : rng.pick(childFacts(channel))
        case .police:
            let facts = band.rawValue >= AgeBand.teen.rawValue ? policeFacts + policeTeenFacts : policeFacts
            text = abuse ? "Politiet har modtaget en anmeldelse. " + rng.pick(abuseFacts) : rng.pick(facts)
        case .healthcare:
            text = (abuse ? rng.pick(abuseFacts) : rng.pick(healthcareFacts)) + " " + rng.pick(healthcareTails)
        case .otherMunicipality:
            text = abuse ? "En anden kommune videresender en underretning. " + rng.pick(abuseFacts) : rng.pick(otherMunicipalityFacts)
        }
        return fill(text, subject: subject)
    }

    static func assessment(nextStep: NextStep, severity: NextStep, inDanger: Bool, acuteMeasures: Bool,
                           joinsHelp: Bool = false, _ rng: inout SeededRandom) -> String {
        var parts: [String] = []
        if nextStep == .reassessment {
            parts.append("Barnet er kendt og modtager hjælp; underretningen revurderes med en medarbejder, der er ny i sagen (§ 137).")
        }
        var finding = switch severity {
        case .noAction, .reassessment: rng.pick([
            "Underretningen giver ikke anledning til yderligere handling; fagpersonerne følger op i hverdagen.",
            "Oplysningerne er kendt og håndteres allerede i almenområdet.",
        ])
        case .focusedAssessment: "Der iværksættes en afdækning efter § 19 af de konkrete vanskeligheder."
        case .investigation: "Der er grundlag for en børnefaglig undersøgelse efter § 20."
        case .immediateHelp: "Der iværksættes en straks-indsats sideløbende med en afdækning."
        }
        if joinsHelp && [.focusedAssessment, .investigation, .immediateHelp].contains(severity) {
            finding = "Barnet har en åben sag; oplysningerne indgår i den afdækning, undersøgelse eller indsats, der er i gang, "
                + "og i opfølgningen af sagen."
        }
        parts.append(finding)
        parts.append(inDanger ? "Barnets sundhed eller udvikling vurderes at være i fare."
                              : "Barnets sundhed eller udvikling vurderes ikke at være i akut fare.")
        if acuteMeasures { parts.append("Der iværksættes akutte foranstaltninger i dag.") }
        return parts.joined(separator: " ")
    }

    static let receiptTexts = [
        "Tak for din underretning. Vi har modtaget den og vurderer den hurtigst muligt.",
        "Kvittering for modtagelse af underretningen er sendt til fagpersonen.",
    ]

    /// What the notifier is told: what was started following the notification (`started`), else what the assessment found.
    static func feedback(severity: NextStep, started: Set<EntryKind>) -> String {
        if started.contains(.investigation) { return "Underretningen har ført til en børnefaglig undersøgelse." }
        if started.contains(.focusedAssessment) { return "Underretningen har ført til en afdækning af barnets situation." }
        return switch severity {
        case .immediateHelp: "Familien er tilbudt en indsats; der er ikke iværksat en undersøgelse."
        case .investigation, .focusedAssessment: "Underretningen indgår i det igangværende arbejde med barnet; der er ikke startet en ny undersøgelse."
        case .noAction, .reassessment: "Underretningen har ikke ført til en undersøgelse; der er ikke behov for yderligere handling fra kommunen."
        }
    }
}
