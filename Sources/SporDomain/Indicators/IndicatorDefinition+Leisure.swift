import Foundation

/// The policy's third track, *Sundhed, trivsel og fællesskaber* (seed 000): "Alle børn og unge skal have mulighed for et
/// aktivt fritidsliv og for at indgå i sunde, sociale fællesskaber".
extension IndicatorDefinition {
    /// `leisure-participation`: children with help who take part in a leisure activity.
    public static func leisureParticipation(_ settings: IndicatorSettings) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "leisure-participation",
            titleDa: "Børn med hjælp, der går til en fritidsaktivitet",
            titleEn: "Children with help who take part in a leisure activity",
            definitionDa: "Andelen af børn med en aktiv indsats på periodens sidste dag, hvis seneste plan eller opfølgning viser, at de går til en fritidsaktivitet.",
            definitionEn: "The share of children with an active measure on the last day of the period whose latest plan or follow-up records that they take part in a leisure activity.",
            numeratorDa: "Børn, hvis seneste plan eller opfølgning med fritid ved periodens udgang nævner mindst én aktivitet (klub, forening, kultur, fritidsjob eller andet), barnet ikke er stoppet i.",
            numeratorEn: "Children whose latest plan or follow-up recording leisure at the end of the period names at least one activity (club, association, culture, leisure job or other) the child has not stopped.",
            denominatorDa: "Børn med mindst én aktiv indsats eller anbringelse ved periodens udgang.",
            denominatorEn: "Children with at least one active measure or placement at the end of the period.",
            exclusionsDa: "En plan eller opfølgning fra før fritid blev registreret siger intet; et barn uden nogen plan eller opfølgning med fritid tæller i nævneren, ikke i tælleren. En lukket sag har ingen aktive indsatser.",
            exclusionsEn: "A plan or follow-up from before leisure was recorded says nothing; a child without any plan or follow-up recording leisure counts in the denominator, not the numerator. A closed case has no active measures.",
            goals: ["3.1"],
            sourceDa: "Politikken, sundhed, trivsel og fællesskaber: børn og unge motiveres til at deltage i klubber, foreningsliv samt andre kultur- og fritidstilbud, og børn med særlige behov får støtte til deltagelsen.",
            sourceEn: "The policy, health, well-being and communities: children are motivated to take part in clubs, associations and other culture and leisure offers, and children with special needs get support to take part.",
            unit: .share, target: .rising, counting: .periodEnd
        ) { course in
            leisureSpans(course).map { .stock(from: $0.from, until: $0.until, counts: $0.takesPart) }
        }
    }

    /// The spans with an active measure, each split where a plan or follow-up records leisure anew: whether the child
    /// took part by the latest record at the span's start.
    static func leisureSpans(_ course: IndicatorCourse) -> [(from: Date, until: Date?, takesPart: Bool)] {
        var spans: [(from: Date, until: Date?, takesPart: Bool)] = []
        for span in course.levels {
            var from = span.from
            var takesPart = course.leisure.last { $0.at <= from }?.takesPart ?? false
            for record in course.leisure where record.at > from && span.until.map({ record.at < $0 }) ?? true {
                guard record.takesPart != takesPart else { continue }
                spans.append((from, record.at, takesPart))
                from = record.at
                takesPart = record.takesPart
            }
            spans.append((from, span.until, takesPart))
        }
        return spans
    }
}
