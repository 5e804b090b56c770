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
            let ratings = course.ratings
            for kind in IndicatorPeriod.Kind.allCases {
                // Ratings come in time order: a period's ratings are one run of them, and the last rating of a goal in
                // the run is its latest. A plan has a handful of goals, so a list finds a goal's place (dictionaries by
                // period and goal, made for every child, cost more).
                var start = ratings.startIndex
                while start < ratings.endIndex {
                    let last = IndicatorPeriod(kind, containing: ratings[start].day).lastDay
                    var latest: [IndicatorCourse.Rating] = []
                    var end = start
                    while end < ratings.endIndex, ratings[end].day <= last {
                        if let known = latest.firstIndex(where: { $0.goal == ratings[end].goal }) {
                            latest[known] = ratings[end]
                        } else {
                            latest.append(ratings[end])
                        }
                        end += 1
                    }
                    for rating in latest {
                        observations.append(IndicatorObservation(span: .day(rating.day), numerator: [.progress, .reached].contains(rating.rating) ? 1 : 0,
                                                                 denominator: 1, only: kind))
                    }
                    start = end
                }
            }
            return observations
        }
    }
}
