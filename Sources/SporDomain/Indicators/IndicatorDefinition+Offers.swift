import Foundation

/// Strategy track 3, "Et almenområde for alle": help in general settings, fewer specialised offers.
extension IndicatorDefinition {
    /// `general-settings`, strategy 3.1.
    public static func generalSettings(_ settings: IndicatorSettings) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "general-settings",
            titleDa: "Børn med hjælp i almene rammer",
            titleEn: "Children with help in general settings",
            definitionDa: "Andelen af børn med en aktiv indsats på periodens sidste dag, hvis indsatser alle er almene eller forebyggende.",
            definitionEn: "The share of children with an active measure on the last day of the period whose active measures are all general or preventive.",
            numeratorDa: "Børn, hvis aktive indsatser ved periodens udgang alle er tilbud på niveau almen eller forebyggende i tilbudsviften.",
            numeratorEn: "Children whose active measures at the end of the period are all offers at the general or preventive level in the catalogue.",
            denominatorDa: "Børn med mindst én aktiv indsats eller anbringelse ved periodens udgang.",
            denominatorEn: "Children with at least one active measure or placement at the end of the period.",
            exclusionsDa: "En indsats med et tilbud, tilbudsviften ikke kender, tæller ikke som almen. En lukket sag har ingen aktive indsatser.",
            exclusionsEn: "A measure whose offer the catalogue does not hold does not count as general. A closed case has no active measures.",
            goals: ["3.1"],
            sourceDa: "Strategi 3.1: flere børn og unge skal indgå og trives i de brede fællesskaber på almenområdet.",
            sourceEn: "Strategy 3.1: more children take part and thrive in the broad communities of general provision.",
            unit: .share, target: .rising, counting: .periodEnd
        ) { course in
            course.levels.map { .stock(from: $0.from, until: $0.until, counts: $0.allGeneral) }
        }
    }

    /// `specialised`, strategy 3.2.
    public static func specialised(_ settings: IndicatorSettings) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "specialised",
            titleDa: "Børn i specialiserede tilbud",
            titleEn: "Children in specialised offers",
            definitionDa: "Antal børn med en aktiv specialiseret indsats eller anbringelse på periodens sidste dag; pr. 1.000 børn på 0–17 år med befolkningstallet fra Danmarks Statistik.",
            definitionEn: "The number of children with an active specialised measure or placement on the last day of the period; per 1,000 children aged 0–17 with the population from Statistics Denmark.",
            numeratorDa: "Børn med mindst én aktiv indsats på niveau specialiseret (alle anbringelser er specialiserede) ved periodens udgang.",
            numeratorEn: "Children with at least one active measure at the specialised level (every placement is specialised) at the end of the period.",
            denominatorDa: "Tælles som antal. Pr. 1.000: børn på 0–17 år i kommunen, distriktet, aldersgruppen eller kønnet — et tal uden for journalen.",
            denominatorEn: "Counted as a number. Per 1,000: children aged 0–17 in the municipality, district, age band or sex — a number from outside the journal.",
            exclusionsDa: "En lukket sag har ingen aktive indsatser. Pr. 1.000 vises kun for 0–17 år.",
            exclusionsEn: "A closed case has no active measures. Per 1,000 is shown for ages 0–17 only.",
            goals: ["3.2"],
            sourceDa: "Strategi 3.2: færre børn og unge skal modtage et specialiseret tilbud.",
            sourceEn: "Strategy 3.2: fewer children receive a specialised offer.",
            unit: .count, target: .falling, counting: .periodEnd
        ) { course in
            course.levels.filter(\.anySpecialised).map { .stock(from: $0.from, until: $0.until, counts: true) }
        }
    }
}
