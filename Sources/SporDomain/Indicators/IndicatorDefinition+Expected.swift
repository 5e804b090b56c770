import Foundation

/// Support begun before birth (issue 23, item 1): the policy's "allerede under graviditeten" (seed 000).
extension IndicatorDefinition {
    /// `support-before-birth`: of the children born in the period who had a concern or notification before birth, the
    /// share whose support began before birth — an offer started (support to the expectant parents) or a network
    /// meeting held. Counted on the birth day; "before birth" is a day before the birth day (the CPR number gives the day).
    public static func supportBeforeBirth(_ settings: IndicatorSettings) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "support-before-birth",
            titleDa: "Støtte begyndt før fødslen",
            titleEn: "Support begun before birth",
            definitionDa: "Andelen af børn født i perioden med en bekymring eller underretning før fødslen, hvor støtten til de kommende forældre begyndte før fødslen.",
            definitionEn: "The share of children born in the period with a concern or notification before birth whose support to the expectant parents began before birth.",
            numeratorDa: "Børn, hvor et tilbud (fx Gruppeforløb for sårbare gravide) er startet, eller et netværksmøde er holdt, før fødselsdagen.",
            numeratorEn: "Children for whom an offer (e.g. the group for vulnerable pregnant women) started, or a network meeting was held, before the day of birth.",
            denominatorDa: "Børn født i perioden med en bekymring eller underretning registreret på det forventede barn før fødselsdagen.",
            denominatorEn: "Children born in the period with a concern or notification recorded on the expected child before the day of birth.",
            exclusionsDa: "Børn uden bekymring eller underretning før fødslen. Annullerede indførsler. Tælles på fødselsdagen.",
            exclusionsEn: "Children without a concern or notification before birth. Voided entries. Counted on the day of birth.",
            goals: [],
            sourceDa: "Politikken, sårbare og udsatte gravide og forældre: \"allerede under graviditeten\" er der fokus på forældrenes evne til at drage omsorg for barnet.",
            sourceEn: "The policy, vulnerable pregnant women and parents: \"already during the pregnancy\" the focus is on the parents' ability to care for the child.",
            unit: .share, target: .rising, counting: .event
        ) { course in
            let born = course.child.birthDate
            guard born <= course.asOfDay, let first = course.firstConcernDay, first < born else { return [] }
            let supported = course.starts.contains { $0.day < born } || course.meetings.contains { $0.day < born }
            return [.event(born, counts: supported)]
        }
    }
}
