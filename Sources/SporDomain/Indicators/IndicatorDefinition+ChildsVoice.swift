import Foundation

/// Strategy track 1, "Barnets stemme": the child heard before decisions, and present at network meetings.
extension IndicatorDefinition {
    /// `child-heard`, strategy 1.1–1.4; § 5, stk. 3.
    public static func childHeard(_ settings: IndicatorSettings) -> IndicatorDefinition {
        let days = settings.childsViewsWindowDays
        return IndicatorDefinition(
            id: "child-heard",
            titleDa: "Afgørelser, hvor barnet er hørt",
            titleEn: "Decisions where the child was heard",
            definitionDa: "Andelen af afgørelser i perioden, der bygger på en børnesamtale eller barnets egne synspunkter fra de \(days) dage før. Ved siden af: andelen truffet med en begrundelse for ikke at høre barnet.",
            definitionEn: "The share of decisions in the period that rest on a child conversation or the child's own views from the \(days) days before. Beside it: the share made with a stated reason for not hearing the child.",
            numeratorDa: "Afgørelser i perioden, der henviser til en afholdt børnesamtale eller barnets egne synspunkter fra højst \(days) dage før afgørelsesdagen. Serien \"begrundet\": afgørelser med en begrundelse for, at barnet ikke blev hørt.",
            numeratorEn: "Decisions in the period that refer to a child conversation held, or the child's own views, from at most \(days) days before the day of the decision. The series \"stated reason\": decisions with a stated reason the child was not heard.",
            denominatorDa: "Alle afgørelser i perioden (bevillinger og afslag).",
            denominatorEn: "All decisions in the period (grants and refusals).",
            exclusionsDa: "Annullerede afgørelser. En samtale, der siden er annulleret eller rettet til \"ikke afholdt\", tæller ikke som hørt. Synspunkter, barnet har sendt fra Min side, er synspunkter, ikke en høring (§ 5, stk. 3: samtale eller direkte kontakt), og tæller ikke som hørt.",
            exclusionsEn: "Voided decisions. A conversation since voided, or corrected to \"not held\", does not count as heard. Views the child sent from Min side are views, not a hearing (§ 5, stk. 3: a conversation or direct contact), and do not count as heard.",
            goals: ["1.1", "1.2", "1.3", "1.4"],
            sourceDa: "Strategi 1.1–1.4: barnets stemme. Barnets Lov § 5, stk. 3.",
            sourceEn: "Strategy 1.1–1.4: the child's voice. Barnets Lov § 5, stk. 3.",
            unit: .share, target: .atLeast(1), counting: .event,
            series: [Series(id: "stated-reason", titleDa: "Begrundet ikke hørt", titleEn: "Stated reason not heard")]
        ) { course in
            course.decisions.flatMap { decision -> [IndicatorObservation] in
                [.event(decision.day, counts: decision.heard == .heard),
                 .event(decision.day, counts: decision.heard == .statedReason, series: "stated-reason")]
            }
        }
    }

    /// `child-in-network-meeting`, strategy 1.1–1.2: "we talk with them, not about them".
    public static func childInNetworkMeeting(_ settings: IndicatorSettings) -> IndicatorDefinition {
        let age = settings.networkMeetingMinimumAge
        return IndicatorDefinition(
            id: "child-in-network-meeting",
            titleDa: "Netværksmøder med barnet",
            titleEn: "Network meetings with the child",
            definitionDa: "Andelen af netværksmøder i perioden om børn på \(age) år eller mere, hvor barnet deltog.",
            definitionEn: "The share of network meetings in the period about children aged \(age) or more where the child took part.",
            numeratorDa: "Netværksmøder i perioden, hvor barnet deltog.",
            numeratorEn: "Network meetings in the period where the child took part.",
            denominatorDa: "Netværksmøder i perioden om børn, der var fyldt \(age) år på mødedagen.",
            denominatorEn: "Network meetings in the period about children aged \(age) or more on the day of the meeting.",
            exclusionsDa: "Møder om børn under \(age) år. Annullerede møder.",
            exclusionsEn: "Meetings about children under \(age). Voided meetings.",
            goals: ["1.1", "1.2"],
            sourceDa: "Politikken: vi taler med børnene, ikke om dem. Strategi 1.1–1.2.",
            sourceEn: "The policy: we talk with children, not about them. Strategy 1.1–1.2.",
            unit: .share, target: .rising, counting: .event
        ) { course in
            course.meetings.filter { course.child.birthDate.age(on: $0.day) >= course.settings.networkMeetingMinimumAge }
                .map { .event($0.day, counts: $0.childTookPart) }
        }
    }
}
