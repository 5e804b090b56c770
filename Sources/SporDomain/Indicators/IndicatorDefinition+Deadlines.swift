import Foundation

/// Barnets Lov's deadlines, read from the same rule book as the worklists (STYLE.md, "Law as data").
extension IndicatorDefinition {
    /// `deadlines-met`: one series per rule, and the headline over all of them.
    public static func deadlinesMet(_ settings: IndicatorSettings) -> IndicatorDefinition {
        let counted = Set(settings.deadlineRules)
        let rules = settings.ruleBook.rules.filter { counted.contains($0.id) }
        return IndicatorDefinition(
            id: "deadlines-met",
            titleDa: "Lovens frister overholdt",
            titleEn: "Legal deadlines met",
            definitionDa: "Andelen af lovens frister med udløb i perioden, der blev overholdt: vurdering inden 24 timer, kvittering inden 6 hverdage, børnefaglig undersøgelse inden 4 måneder, barnets plan og opfølgning inden 3 måneder m.fl. — hver frist for sig og alle samlet.",
            definitionEn: "The share of legal deadlines running out in the period that were met: assessment within 24 hours, receipt within 6 working days, investigation within 4 months, the child's plan and follow-up within 3 months and more — each rule on its own and all together.",
            numeratorDa: "Forpligtelser med frist i perioden, som blev opfyldt senest ved fristen.",
            numeratorEn: "Obligations due in the period that were discharged by their due instant.",
            denominatorDa: "Forpligtelser med frist i perioden, som er opfyldt eller overskredet. En frist, der udløber ved midnat, hører til dagen før.",
            denominatorEn: "Obligations due in the period that are discharged or overdue. A deadline running out at midnight belongs to the day before.",
            exclusionsDa: "Forpligtelser, der endnu ikke er opfyldt, og hvis frist ikke er udløbet. Forpligtelser, der bortfaldt (fx en indsats, der sluttede før første opfølgning). Politikkens og kommunens egne frister (aftalte handlinger, overleveringsmøder, svar på beskeder fra Min side) har deres egne opgørelser. En frist markeret »ikke relevant« tæller som ikke overholdt, medmindre reglen tillader markeringen; så tælles den ikke.",
            exclusionsEn: "Obligations not yet discharged whose deadline has not yet passed. Obligations that lapsed (e.g. a measure that ended before its first follow-up). The policy's and the municipality's own deadlines (agreed actions, handover meetings, answers to messages from Min side) are counted elsewhere. A deadline marked \"not relevant\" counts as missed unless its rule allows the mark; then it is not counted.",
            goals: [],
            sourceDa: "Barnets Lov: §§ 136, 138, 20, 91, 95, 111 m.fl., som de står i regelbogen.",
            sourceEn: "Barnets Lov: §§ 136, 138, 20, 91, 95, 111 and more, as the rule book holds them.",
            unit: .share, target: .atLeast(1), counting: .event,
            series: rules.map { Series(id: $0.id, titleDa: "\($0.titleDa) (\($0.paragraph))", titleEn: "\($0.titleEn) (\($0.paragraph))") }
        ) { course in
            // A list of a dozen rules, looked through: a set of them made for every child cost more.
            let counted = course.settings.deadlineRules
            var observations: [IndicatorObservation] = []
            for obligation in course.obligations where obligation.status != .open && counted.contains(obligation.rule) {
                // Marked not relevant: missed, unless the rule allows it, when it is not counted at all.
                if obligation.status == .notRelevant, course.settings.ruleBook[obligation.rule]?.mayBeNotRelevant == true { continue }
                let day = dayDeadlineRunsOut(obligation.due)
                let met = obligation.status == .dischargedOnTime
                observations.append(.event(day, counts: met))
                observations.append(.event(day, counts: met, series: obligation.rule))
            }
            return observations
        }
    }

    /// The Danish day a deadline runs out: "by the end of 31 March" is due at midnight starting 1 April, and belongs
    /// to 31 March.
    static func dayDeadlineRunsOut(_ due: Date) -> LocalDate {
        let day = DanishTime.localDate(of: due)
        return DanishTime.startOfDay(day) == due ? day.adding(days: -1) : day
    }
}
