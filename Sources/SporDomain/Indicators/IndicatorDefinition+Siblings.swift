import Foundation

/// Siblings at a placement (issue 24, item 2): placed together, and the situation of those left at home assessed. Both read
/// what the placement recorded about each sibling (`PlacementStart.siblings`).
extension IndicatorDefinition {
    /// `siblings-placed-together`: of the children placed in the period who had a sibling also in care, the share placed
    /// together with one.
    public static func siblingsPlacedTogether(_ settings: IndicatorSettings) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "siblings-placed-together",
            titleDa: "Søskende anbragt sammen",
            titleEn: "Siblings placed together",
            definitionDa: "Af de anbringelser begyndt i perioden, hvor barnet havde et søskende, der også var anbragt (eller blev anbragt sammen med barnet), andelen, hvor barnet blev anbragt sammen med mindst ét af disse søskende.",
            definitionEn: "Of the placements started in the period where the child had a sibling who was also placed (or was placed together with the child), the share where the child was placed together with at least one of those siblings.",
            numeratorDa: "Anbringelser begyndt i perioden, hvor mindst ét søskende er registreret som anbragt sammen med barnet.",
            numeratorEn: "Placements started in the period where at least one sibling is recorded as placed together with the child.",
            denominatorDa: "Anbringelser begyndt i perioden, hvor mindst ét søskende var anbragt, da anbringelsen begyndte, eller anbringes sammen med barnet.",
            denominatorEn: "Placements started in the period where at least one sibling was placed as the placement began, or is placed together with the child.",
            exclusionsDa: "Anbringelser registreret, før søskende blev spurgt om, og anbringelser af børn uden søskende i Spor. Annullerede anbringelser; en rettet anbringelse tælles, som den nu står.",
            exclusionsEn: "Placements recorded before siblings were asked about, and placements of children without siblings in Spor. Voided placements; a corrected placement counts as corrected.",
            goals: [],
            sourceDa: "Politikken, \"anbringelser\": med kontakt til familie; søskende anbringes så vidt muligt sammen.",
            sourceEn: "The policy, \"placements\": keeping contact with family; siblings are placed together where possible.",
            unit: .share, target: .rising, counting: .event
        ) { course in
            course.starts.compactMap { start in
                guard let siblings = start.placement?.siblings, siblings.contains(where: { $0.siblingPlaced || $0.placedTogether }) else { return nil }
                return .event(start.day, counts: siblings.contains(where: \.placedTogether))
            }
        }
    }

    /// `siblings-assessed`: of the children placed in the period with a sibling not placed with them, the share whose every
    /// such sibling had its situation assessed or an assessment asked for.
    public static func siblingsAssessed(_ settings: IndicatorSettings) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "siblings-assessed",
            titleDa: "Søskende vurderet ved anbringelse",
            titleEn: "Siblings assessed when a child is placed",
            definitionDa: "Af de anbringelser begyndt i perioden, hvor barnet har søskende, der ikke anbringes sammen med det, andelen, hvor hvert af disse søskendes situation er vurderet, eller en vurdering er bedt om (en afdækning oprettet på søskendes journal).",
            definitionEn: "Of the placements started in the period where the child has siblings not placed together with it, the share where each such sibling's situation was assessed, or an assessment was asked for (an afdækning opened on the sibling's journal).",
            numeratorDa: "Anbringelser, hvor hvert søskende, der ikke anbringes sammen med barnet, er svaret \"vurderet\" eller \"vurdering bedt om\".",
            numeratorEn: "Placements where every sibling not placed together with the child is answered \"assessed\" or \"assessment asked for\".",
            denominatorDa: "Anbringelser begyndt i perioden med mindst ét søskende, der ikke anbringes sammen med barnet.",
            denominatorEn: "Placements started in the period with at least one sibling not placed together with the child.",
            exclusionsDa: "Anbringelser registreret, før søskende blev spurgt om, og anbringelser, hvor alle søskende anbringes sammen med barnet. \"Ikke relevant\" er ikke en vurdering: et søskende svaret sådan holder anbringelsen uden for tælleren. Annullerede anbringelser; en rettet anbringelse tælles, som den nu står.",
            exclusionsEn: "Placements recorded before siblings were asked about, and placements where every sibling is placed together with the child. \"Not relevant\" is not an assessment: a sibling so answered keeps the placement out of the numerator. Voided placements; a corrected placement counts as corrected.",
            goals: [],
            sourceDa: "Politikken, \"anbringelser\": hjælp til forældre og søskende, når et barn anbringes.",
            sourceEn: "The policy, \"placements\": help to parents and siblings when a child is placed.",
            unit: .share, target: .rising, counting: .event
        ) { course in
            course.starts.compactMap { start in
                let apart = (start.placement?.siblings ?? []).filter { !$0.placedTogether }
                guard !apart.isEmpty else { return nil }
                return .event(start.day, counts: apart.allSatisfy { $0.assessment == .assessed || $0.assessment == .askedFor })
            }
        }
    }
}
