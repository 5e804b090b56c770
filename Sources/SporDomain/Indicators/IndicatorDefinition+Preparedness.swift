import Foundation

/// The policy's preparedness against abuse (beredskab, seeds 000 and 003; Barnets Lov § 141): how soon the steps follow a
/// notification about abuse.
extension IndicatorDefinition {
    /// `abuse-preparedness-steps`: days from a notification about abuse to each preparedness step (one series per step,
    /// the investigation included) and, as the headline, to the last of the steps every such notification needs. One
    /// indicator with a series per step rather than five indicators: the steps are one checklist, read side by side.
    public static func abusePreparednessSteps(_ settings: IndicatorSettings) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "abuse-preparedness-steps",
            titleDa: "Dage fra underretning om overgreb til beredskabets trin",
            titleEn: "Days from a notification about abuse to the preparedness steps",
            definitionDa: "For underretninger om (mistanke om) overgreb: antal dage fra underretningen blev modtaget til hvert af beredskabets trin blev gjort — samtalen med barnet, samrådet med politiet, børnehuset, den børnefaglige undersøgelse og beslutningen om ikke at orientere forældrene endnu. Overskriften er dage til alle de trin, der altid kræves, er gjort. Median og 90. percentil.",
            definitionEn: "For notifications about (suspected) abuse: days from the notification's receipt to each step of the preparedness — the conversation with the child, the consultation with the police, the children's house, the child welfare investigation and the decision not to inform the parents yet. The headline is days until every step always required is done. Median and 90th percentile.",
            numeratorDa: "Dage fra dagen, underretningen blev modtaget, til dagen trinet blev gjort (trinets tidspunkt i journalen); for undersøgelsen den første § 20-undersøgelse startet efter underretningen. Overskriften: dagen det sidste af samtalen, politiet, børnehuset og undersøgelsen blev gjort.",
            numeratorEn: "Days from the day the notification was received to the day the step was done (the step's time in the journal); for the investigation the first § 20 investigation started after the notification. The headline: the day the last of the conversation, the police, the children's house and the investigation was done.",
            denominatorDa: "Underretninger om overgreb, hvis trin (overskriften: hvis sidste krævede trin) blev gjort i perioden.",
            denominatorEn: "Notifications about abuse whose step (the headline: whose last required step) was done in the period.",
            exclusionsDa: "Trin, der ikke er gjort endnu, tælles ikke (de viser sig på barnets side som manglende). Beslutningen om ikke at orientere forældrene tælles kun, hvor den er truffet. Annullerede trin tælles ikke; et rettet trin tælles, som det nu står.",
            exclusionsEn: "Steps not done yet are not counted (the child page shows them pending). The decision not to inform the parents counts only where it was taken. Voided steps count nothing; a corrected step counts as corrected.",
            goals: [],
            sourceDa: "Politikken og kommunens beredskab mod overgreb (Barnets Lov § 141): handling straks ved mistanke om overgreb.",
            sourceEn: "The policy and the municipality's preparedness against abuse (Barnets Lov § 141): act at once on suspected abuse.",
            unit: .medianDays, target: .falling, counting: .event,
            series: PreparednessReading.series.map { Series(id: $0.id, titleDa: $0.da, titleEn: $0.en) }
        ) { course in
            course.preparedness.observations
        }
    }
}

/// The notifications about abuse in one course and when each preparedness step followed, read in the indicators' one
/// pass (`IndicatorCourse`).
struct PreparednessReading: Sendable {
    struct Notified: Sendable {
        let entry: UUID
        let at: Date
        /// When each step was done, by series id (the investigation under "investigation").
        var done: [String: Date] = [:]
    }

    static let investigation = "investigation"
    /// The series: one per step, the investigation among them, in the checklist's order.
    static let series: [(id: String, da: String, en: String)] = [
        (PreparednessStepKind.childConversation.rawValue, "Samtale med barnet", "Conversation with the child"),
        (PreparednessStepKind.police.rawValue, "Samråd med politiet", "Consultation with the police"),
        (PreparednessStepKind.childrensHouse.rawValue, "Børnehuset", "The children's house"),
        (investigation, "Børnefaglig undersøgelse (§ 20)", "Child welfare investigation (§ 20)"),
        (PreparednessStepKind.parentsNotInformed.rawValue, "Forældrene ikke orienteret endnu", "Parents not informed yet"),
    ]
    /// The steps every notification about abuse needs (`PreparednessChecklist.required` and the investigation).
    static let required = PreparednessChecklist.required.map(\.rawValue) + [investigation]

    private(set) var notifications: [Notified] = []

    mutating func read(_ payload: EntryPayload, entry: UUID, at: Date) {
        switch payload {
        case .notification(let notification) where notification.concernsAbuse:
            notifications.append(Notified(entry: entry, at: at))
        case .preparednessStep(let step):
            if let index = notifications.firstIndex(where: { $0.entry == step.notification }), notifications[index].done[step.step.rawValue] == nil {
                notifications[index].done[step.step.rawValue] = at
            }
        case .investigation:
            // As the checklist reads it: the first investigation started since the notification (a form's whole minute).
            for index in notifications.indices where notifications[index].done[Self.investigation] == nil
                && at > notifications[index].at.addingTimeInterval(-60) {
                notifications[index].done[Self.investigation] = at
            }
        default:
            break
        }
    }

    var observations: [IndicatorObservation] {
        notifications.flatMap { notified -> [IndicatorObservation] in
            let received = DanishTime.localDate(of: notified.at)
            let days = { (at: Date) -> (LocalDate, Int) in
                let day = DanishTime.localDate(of: at)
                return (day, day.dayNumber - received.dayNumber)
            }
            var found = notified.done.map { series, at -> IndicatorObservation in
                let (day, value) = days(at)
                return IndicatorObservation(series: series, span: .day(day), numerator: 0, denominator: 1, value: value)
            }
            let required = Self.required.compactMap { notified.done[$0] }
            if required.count == Self.required.count, let last = required.max() {
                let (day, value) = days(last)
                found.append(IndicatorObservation(span: .day(day), numerator: 0, denominator: 1, value: value))
            }
            return found.sorted { ($0.series, $0.value ?? 0) < ($1.series, $1.value ?? 0) }
        }
    }
}
