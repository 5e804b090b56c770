import Foundation

/// Strategy 1.6 and the policy's "fewer changes": the same caseworker, and few people around the child.
extension IndicatorDefinition {
    /// `caseworker-changes`, strategy 1.6.
    public static func caseworkerChanges(_ settings: IndicatorSettings) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "caseworker-changes",
            titleDa: "Rådgiverskift pr. barneår",
            titleEn: "Caseworker changes per child-year",
            definitionDa: "Hvor mange gange et barn med åben sag skifter rådgiver i løbet af et år.",
            definitionEn: "How many times a child with an open case changes caseworker in a year.",
            numeratorDa: "Tildelinger af en rådgiver i perioden, der afløser en anden rådgiver på samme åbne sag.",
            numeratorEn: "Caseworker assignments in the period that replace another caseworker on the same open case.",
            denominatorDa: "Barneår med åben sag i perioden: dage, hvor barnets sag var åben ved dagens udgang, delt med \(String(settings.daysPerChildYear).replacingOccurrences(of: ".", with: ",")).",
            denominatorEn: "Child-years of open case in the period: days on which the child's case was open at the end of the day, divided by \(settings.daysPerChildYear).",
            exclusionsDa: "Den første rådgiver på en ny sag er ikke et skift. Dage efter opgørelsestidspunktet.",
            exclusionsEn: "The first caseworker of a new case is not a change. Days after the time of reckoning.",
            goals: ["1.6"],
            sourceDa: "Politikken: færre skift. Strategi 1.6: gennemsigtig sagsbehandling og kontinuitet.",
            sourceEn: "The policy: fewer changes. Strategy 1.6: transparent casework and continuity.",
            unit: .perChildYear, target: .falling, counting: .eventsPerOpenDay
        ) { course in
            course.caseworkerChanges.map { IndicatorObservation(span: .day($0), numerator: 1, denominator: 0) }
                + course.openCases.map { IndicatorObservation(span: .days(from: $0.from, to: $0.to ?? course.asOfDay), numerator: 0, denominator: 0) }
        }
    }

    /// `professionals-per-child`: the policy's "distinct professionals per family", read per child (the journal holds
    /// no family: see the definition's exclusions).
    public static func professionalsPerChild(_ settings: IndicatorSettings) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "professionals-per-child",
            titleDa: "Fagpersoner pr. barn",
            titleEn: "Professionals per child",
            definitionDa: "Gennemsnitligt antal forskellige fagpersoner, der har skrevet i et barns forløb eller været dets rådgiver i perioden.",
            definitionEn: "The mean number of different professionals who wrote in a child's course or were its caseworker in the period.",
            numeratorDa: "For hvert barn: antal forskellige brugere, der skrev et notat i forløbet (bekymring, møde, afgørelse …) eller blev tildelt som rådgiver i perioden.",
            numeratorEn: "For each child: the number of different users who wrote an entry in the course (a concern, a meeting, a decision …) or were assigned as caseworker in the period.",
            denominatorDa: "Børn med mindst ét notat i forløbet i perioden.",
            denominatorEn: "Children with at least one entry in the course in the period.",
            exclusionsDa: "Rettelser og annullerede notater. Pr. familie kan ikke opgøres: journalen kender ikke familien, og et antal forskellige personer kan ikke lægges sammen over søskende. Alder er barnets alder på dagen for dets sidste notat i perioden.",
            exclusionsEn: "Corrections and voided entries. Per family it cannot be counted: the journal does not know the family, and numbers of distinct people do not add up over siblings. Age is the child's age on the day of its last entry in the period.",
            goals: ["1.6"],
            sourceDa: "Politikken: færre forskellige myndighedspersoner. Strategi 1.6.",
            sourceEn: "The policy: fewer different officials. Strategy 1.6.",
            unit: .meanPerChild, target: .falling, counting: .event
        ) { course in
            // People come in time order, so each period's run is contiguous; a child meets few people, so a list is the set.
            var observations: [IndicatorObservation] = []
            for kind in IndicatorPeriod.Kind.allCases {
                var period: IndicatorPeriod?
                var seen: [UUID] = []
                var lastDay = course.asOfDay
                for (day, person) in course.people {
                    let current = IndicatorPeriod(kind, containing: day)
                    if current != period {
                        if period != nil { observations.append(IndicatorObservation(span: .day(lastDay), numerator: seen.count, denominator: 1, only: kind)) }
                        period = current
                        seen.removeAll(keepingCapacity: true)
                    }
                    if !seen.contains(person) { seen.append(person) }
                    lastDay = day
                }
                if period != nil { observations.append(IndicatorObservation(span: .day(lastDay), numerator: seen.count, denominator: 1, only: kind)) }
            }
            return observations
        }
    }
}
