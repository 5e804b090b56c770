import Foundation

/// Strategy track 2, "Tidlig og hurtig indsats": immediate help, the network first, and how soon help comes.
extension IndicatorDefinition {
    /// The measures the help indicators count: every measure or placement granted or given under Barnets Lov
    /// (§ 30, § 32, § 39, §§ 46–47, ungestøtte §§ 114–116) — not an almen offer used without a decision.
    static func isHelp(_ basis: LegalBasis) -> Bool { basis != .general }

    /// `immediate-help-share`, strategy 2.1 "70/30".
    public static func immediateHelpShare(_ settings: IndicatorSettings) -> IndicatorDefinition {
        let rule = settings.courseRules.immediateHelp
        return IndicatorDefinition(
            id: "immediate-help-share",
            titleDa: "Straks-indsatser (70/30)",
            titleEn: "Measures started as immediate help (70/30)",
            definitionDa: "Andelen af de indsatser og anbringelser, der begynder i perioden, som er straks-indsatser. " + rule.summaryDa,
            definitionEn: "The share of measures and placements started in the period that are immediate help. " + rule.summaryEn,
            numeratorDa: "Indsatser og anbringelser begyndt i perioden, som er straks-indsatser.",
            numeratorEn: "Measures and placements started in the period that are immediate help.",
            denominatorDa: "Alle indsatser og anbringelser begyndt i perioden: § 30, § 32, § 39, §§ 46–47 og ungestøtte (§§ 114–116).",
            denominatorEn: "All measures and placements started in the period: § 30, § 32, § 39, §§ 46–47 and support 18–22 (§§ 114–116).",
            exclusionsDa: "Almene tilbud uden afgørelse efter Barnets Lov. En annulleret indsats tælles ikke; en rettet tælles, som den nu står.",
            exclusionsEn: "General offers used without a decision under Barnets Lov. A voided measure counts nothing; a corrected one counts as corrected.",
            goals: ["2.1"],
            sourceDa: "Strategi 2.1: 70 procent af indsatserne løses som straks-indsatser (70/30).",
            sourceEn: "Strategy 2.1: 70 per cent of measures are immediate help (70/30).",
            unit: .share, target: .atLeast(0.7), counting: .event
        ) { course in
            course.starts.filter { isHelp($0.basis) }.map { .event($0.day, counts: $0.immediateHelp) }
        }
    }

    /// `network-meeting-first`: the policy's "solve it through the network before notifying".
    public static func networkMeetingFirst(_ settings: IndicatorSettings) -> IndicatorDefinition {
        let days = settings.networkMeetingWindowDays
        return IndicatorDefinition(
            id: "network-meeting-first",
            titleDa: "Netværksmøde før underretning",
            titleEn: "Network meeting before notification",
            definitionDa: "Andelen af underretninger fra fagpersoner, hvor der var holdt netværksmøde om barnet i de \(days) dage før.",
            definitionEn: "The share of notifications from professionals where a network meeting about the child was held in the \(days) days before.",
            numeratorDa: "Underretninger fra fagpersoner modtaget i perioden, med et netværksmøde om samme barn før underretningen og højst \(days) dage før modtagelsesdagen.",
            numeratorEn: "Notifications from professionals received in the period with a network meeting about the same child before it, at most \(days) days before the day of receipt.",
            denominatorDa: "Alle underretninger fra fagpersoner modtaget i perioden.",
            denominatorEn: "All notifications from professionals received in the period.",
            exclusionsDa: "Underretninger fra private, anonyme og barnet selv. Annullerede møder og underretninger tæller ikke.",
            exclusionsEn: "Notifications from private persons, anonymous ones and from the child. Voided meetings and notifications count nothing.",
            goals: ["2.3"],
            sourceDa: "Politikken: løs det gennem netværket, før der underrettes. Strategi 2.3: vi aktiverer netværket.",
            sourceEn: "The policy: solve it through the network before notifying. Strategy 2.3: we activate the network.",
            unit: .share, target: .rising, counting: .event
        ) { course in
            course.notifications.map { .event($0.day, counts: $0.precededByNetworkMeeting) }
        }
    }

    /// `days-to-help`: the policy's "early", strategy track 2.
    public static func daysToHelp(_ settings: IndicatorSettings) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "days-to-help",
            titleDa: "Dage fra første bekymring til første hjælp",
            titleEn: "Days from first concern to first help",
            definitionDa: "For børn, hvis første indsats begynder i perioden: antal dage fra den første bekymring eller underretning i barnets forløb til indsatsen begynder. Median og 90. percentil.",
            definitionEn: "For children whose first measure starts in the period: days from the first concern or notification in the child's course to the start. Median and 90th percentile.",
            numeratorDa: "Dage fra dagen for den første bekymring eller underretning til dagen, den første indsats eller anbringelse begyndte (§ 30, § 32, § 39, §§ 46–47, ungestøtte). Serien \"med tidlig indsats\" regner også et notat om tidlig indsats fra den fremskudte rådgiver som hjælp.",
            numeratorEn: "Days from the day of the first concern or notification to the day the first measure or placement started (§ 30, § 32, § 39, §§ 46–47, support 18–22). The series \"with early help\" also counts an early-help note by the outreach counsellor as help.",
            denominatorDa: "Børn, hvis første indsats i forløbet begyndte i perioden (et barn tælles én gang i hele sit forløb).",
            denominatorEn: "Children whose first measure in the course started in the period (a child counts once in its whole course).",
            exclusionsDa: "Forløb, hvor hjælpen kom før nogen bekymring eller underretning. Almene tilbud uden afgørelse.",
            exclusionsEn: "Courses where help came before any concern or notification. General offers used without a decision.",
            goals: ["2.5"],
            sourceDa: "Politikken: tidligt — både i alder og problemudvikling. Strategi 2.5: hurtig handling ved de første tegn.",
            sourceEn: "The policy: early, in age and in how far problems have gone. Strategy 2.5: act quickly on the first signs.",
            unit: .medianDays, target: .falling, counting: .event,
            series: [Series(id: "with-early-help", titleDa: "Med tidlig indsats (notat)", titleEn: "With early help (note)")]
        ) { course in
            guard let concern = course.firstConcernDay else { return [] }
            var observations: [IndicatorObservation] = []
            let firstMeasure = course.starts.first { isHelp($0.basis) }?.day
            if let help = firstMeasure, help >= concern {
                observations.append(IndicatorObservation(span: .day(help), numerator: 0, denominator: 1,
                                                         value: help.dayNumber - concern.dayNumber))
            }
            let earliest = [firstMeasure, course.firstEarlyHelpNoteDay].compactMap { $0 }.min()
            if let help = earliest, help >= concern {
                observations.append(IndicatorObservation(series: "with-early-help", span: .day(help), numerator: 0, denominator: 1,
                                                         value: help.dayNumber - concern.dayNumber))
            }
            return observations
        }
    }
}
