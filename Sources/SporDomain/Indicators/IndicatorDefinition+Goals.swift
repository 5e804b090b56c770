import Foundation

/// The policy's "concrete, bounded goals and follow-up on effect" (§ 95).
extension IndicatorDefinition {
    /// `goals-progress`.
    public static func goalsProgress(_ settings: IndicatorSettings) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "goals-progress",
            titleDa: "Mål nået eller i fremgang ved opfølgning",
            titleEn: "Goals reached or progressing at follow-up",
            definitionDa: "Andelen af målene i barnets plan, der ved seneste opfølgning i perioden blev vurderet \"i fremgang\" eller \"nået\".",
            definitionEn: "The share of goals in the child's plan rated \"progress\" or \"reached\" at their latest follow-up in the period.",
            numeratorDa: "Mål, hvis seneste vurdering i perioden er \"i fremgang\" eller \"nået\".",
            numeratorEn: "Goals whose latest rating in the period is \"progress\" or \"reached\".",
            denominatorDa: "Mål vurderet ved en opfølgning i perioden (hvert mål én gang pr. periode; også \"ikke påbegyndt\" og \"opgivet\").",
            denominatorEn: "Goals rated at a follow-up in the period (each goal once per period; \"not started\" and \"dropped\" too).",
            exclusionsDa: "Vurderinger af mål, der ikke er i den gældende plan. Annullerede opfølgninger; en rettet opfølgning tælles, som den nu står. Alder er barnets alder på dagen for målets seneste vurdering i perioden.",
            exclusionsEn: "Ratings of goals not in the plan in force. Voided follow-ups; a corrected follow-up counts as corrected. Age is the child's age on the day of the goal's latest rating in the period.",
            goals: [],
            sourceDa: "Politikken: konkrete, afgrænsede mål og opfølgning på effekten. Barnets Lov § 95.",
            sourceEn: "The policy: concrete, bounded goals and follow-up on their effect. Barnets Lov § 95.",
            unit: .share, target: .rising, counting: .event
        ) { course in
            var observations: [IndicatorObservation] = []
            for kind in IndicatorPeriod.Kind.allCases {
                // Ratings come in time order, so the last one seen in a period is its latest.
                var latest: [IndicatorPeriod: [UUID: IndicatorCourse.Rating]] = [:]
                var order: [(IndicatorPeriod, UUID)] = []
                for rating in course.ratings {
                    let period = IndicatorPeriod(kind, containing: rating.day)
                    if latest[period]?[rating.goal] == nil { order.append((period, rating.goal)) }
                    latest[period, default: [:]][rating.goal] = rating
                }
                for (period, goal) in order {
                    let rating = latest[period]![goal]!
                    observations.append(IndicatorObservation(span: .day(rating.day), numerator: [.progress, .reached].contains(rating.rating) ? 1 : 0,
                                                             denominator: 1, only: kind))
                }
            }
            return observations
        }
    }
}
