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

    static let childFacts = [
        "@ henvender sig selv og fortæller om store konflikter derhjemme.",
        "@ ringer selv og siger, at § ikke har lyst til at tage hjem.",
        "@ skriver selv og beder om hjælp, fordi forælderen drikker.",
    ]

    static func notification(kind: NotifierKind, profession: ConcernSource?, band: AgeBand, abuse: Bool,
                             dialogBased: Bool, _ rng: inout SeededRandom) -> String {
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
            text = abuse ? "@ henvender sig selv. " + rng.pick(abuseFacts) : rng.pick(childFacts)
        case .police, .healthcare, .otherMunicipality:
            // The demo draws none of these (DemoIntake.notifierWeights); a text for the switch to be whole.
            text = (abuse ? rng.pick(abuseFacts) : rng.pick(privateFacts)) + " " + rng.pick(notificationTails)
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

    static func feedback(severity: NextStep) -> String {
        switch severity {
        case .investigation: "Underretningen har ført til en børnefaglig undersøgelse."
        case .focusedAssessment: "Underretningen har ført til en afdækning af barnets situation, men ikke til en undersøgelse."
        case .immediateHelp: "Familien er tilbudt en indsats; der er ikke iværksat en undersøgelse."
        case .noAction, .reassessment: "Underretningen har ikke ført til en undersøgelse; der er ikke behov for yderligere handling fra kommunen."
        }
    }
}
