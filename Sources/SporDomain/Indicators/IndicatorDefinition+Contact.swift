import Foundation

/// The policy's "anbringelser": the placed child keeps contact with family and friends (seed 000; Barnets Lov's chapter on
/// contact during a placement, §§ 103–107).
extension IndicatorDefinition {
    /// `contact-visits-held`: of the contact visits recorded against the placed children's contact plans, the share held.
    public static func contactVisitsHeld(_ settings: IndicatorSettings) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "contact-visits-held",
            titleDa: "Samvær, der blev gennemført",
            titleEn: "Contact visits held",
            definitionDa: "Andelen af de samvær, der er registreret på anbragte børns samværsplaner med dag i perioden, som blev gennemført (ikke aflyst).",
            definitionEn: "The share of the contact visits recorded against placed children's contact plans, on a day in the period, that were held (not cancelled).",
            numeratorDa: "Samvær registreret som gennemført med dag i perioden.",
            numeratorEn: "Contact visits recorded as held on a day in the period.",
            denominatorDa: "Samvær registreret med dag i perioden, gennemført eller aflyst (af forælder, barn, anbringelsessted eller kommune).",
            denominatorEn: "Contact visits recorded on a day in the period, held or cancelled (by a parent, the child, the placement or the municipality).",
            exclusionsDa: "Samvær, som samværsplanen foreskriver, men som hverken er registreret gennemført eller aflyst, tælles ikke (tælleren er registrerede samvær, ikke forfaldne). Annullerede registreringer tælles ikke; en rettet tælles, som den nu står.",
            exclusionsEn: "Visits the contact plan calls for that are recorded neither held nor cancelled are not counted (the count is of visits recorded, not visits due). Voided records count nothing; a corrected one counts as corrected.",
            goals: [],
            sourceDa: "Politikken, \"anbringelser\": barnet bevarer kontakten til familie og venner.",
            sourceEn: "The policy, \"placements\": the child keeps contact with family and friends.",
            unit: .share, target: .rising, counting: .event
        ) { course in
            course.contactVisits.map { .event($0.day, counts: $0.held) }
        }
    }
}
