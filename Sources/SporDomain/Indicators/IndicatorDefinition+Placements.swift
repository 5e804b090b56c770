import Foundation

/// The policy's "anbringelser": in the network, near home, in the same school, and home again.
extension IndicatorDefinition {
    /// `network-placements`, strategy 2.3.
    public static func networkPlacements(_ settings: IndicatorSettings) -> IndicatorDefinition {
        placementShare(
            id: "network-placements", goals: ["2.3"],
            titleDa: "Anbringelser i netværksplejefamilie", titleEn: "Placements in a network foster family",
            whatDa: "i en netværksplejefamilie", whatEn: "in a network foster family"
        ) { $0.kind == .networkFosterFamily }
    }

    /// `placements-near-home`: "der så vidt muligt findes et tilbud i barnets eller den unges nærmiljø".
    public static func placementsNearHome(_ settings: IndicatorSettings) -> IndicatorDefinition {
        placementShare(
            id: "placements-near-home", goals: [],
            titleDa: "Anbringelser nær hjemmet", titleEn: "Placements near home",
            whatDa: "nær barnets hjem", whatEn: "near the child's home"
        ) { $0.nearHome }
    }

    /// `placements-school-kept`.
    public static func placementsSchoolKept(_ settings: IndicatorSettings) -> IndicatorDefinition {
        placementShare(
            id: "placements-school-kept", goals: [],
            titleDa: "Anbringelser, hvor barnet bevarer sin skole", titleEn: "Placements where the child keeps its school",
            whatDa: "hvor barnet bevarer sin skole (eller sit dagtilbud)", whatEn: "where the child keeps its school (or daycare)"
        ) { $0.schoolKept }
    }

    private static func placementShare(id: String, goals: [String], titleDa: String, titleEn: String, whatDa: String, whatEn: String,
                                       counts: @escaping @Sendable (PlacementStart) -> Bool) -> IndicatorDefinition {
        IndicatorDefinition(
            id: id, titleDa: titleDa, titleEn: titleEn,
            definitionDa: "Andelen af anbringelser begyndt i perioden, der er \(whatDa).",
            definitionEn: "The share of placements started in the period that are \(whatEn).",
            numeratorDa: "Anbringelser (§§ 46–47) begyndt i perioden \(whatDa).",
            numeratorEn: "Placements (§§ 46–47) started in the period \(whatEn).",
            denominatorDa: "Alle anbringelser begyndt i perioden.",
            denominatorEn: "All placements started in the period.",
            exclusionsDa: "Annullerede anbringelser. En rettet anbringelse tælles, som den nu står.",
            exclusionsEn: "Voided placements. A corrected placement counts as corrected.",
            goals: goals,
            sourceDa: "Politikken, \"anbringelser\": i netværket, i nærmiljøet, med kontakt til familie, venner og skole.",
            sourceEn: "The policy, \"placements\": in the network, near home, keeping contact with family, friends and school.",
            unit: .share, target: .rising, counting: .event
        ) { course in
            course.starts.compactMap { start in start.placement.map { .event(start.day, counts: counts($0)) } }
        }
    }

    /// `homecomings`: "der arbejdes hen imod en hjemgivelse" (§§ 99–102).
    public static func homecomings(_ settings: IndicatorSettings) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "homecomings",
            titleDa: "Hjemgivelser",
            titleEn: "Homecomings",
            definitionDa: "Andelen af anbringelser, der slutter i perioden, som slutter med hjemgivelse.",
            definitionEn: "The share of placements ending in the period that end with the child moving home.",
            numeratorDa: "Anbringelser, der sluttede i perioden med hjemgivelse (§§ 99–102).",
            numeratorEn: "Placements that ended in the period with a homecoming (§§ 99–102).",
            denominatorDa: "Anbringelser, der sluttede i perioden.",
            denominatorEn: "Placements that ended in the period.",
            exclusionsDa: "En anbringelse, der afløses af en anden anbringelse (flytning), er ikke slut for barnet og tælles ikke. En afslutning af en anbringelse, som forløbet ikke har (annulleret), tæller ikke.",
            exclusionsEn: "A placement replaced by another placement (a move) has not ended for the child and is not counted. An end of a placement the course does not hold (voided) counts nothing.",
            goals: [],
            sourceDa: "Politikken, \"anbringelser\": der arbejdes hen imod en hjemgivelse i tæt samarbejde med forældrene.",
            sourceEn: "The policy, \"placements\": work towards the child moving home, closely with the parents.",
            unit: .share, target: .rising, counting: .event
        ) { course in
            course.placementEnds.filter { $0.reason != .replaced }.map { .event($0.day, counts: $0.reason == .homecoming) }
        }
    }
}
