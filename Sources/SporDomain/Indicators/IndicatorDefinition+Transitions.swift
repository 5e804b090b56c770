import Foundation

/// The policy's "overgange": handover meetings, leaving care at 18 and support from 18 up to and including 22.
extension IndicatorDefinition {
    /// `handover-meetings`: read from the obligations of the rule book's handover rule, so the worklist and the
    /// indicator agree on the window.
    public static func handoverMeetings(_ settings: IndicatorSettings) -> IndicatorDefinition {
        let rule = settings.ruleBook[settings.handoverRule]
        let before = rule?.discharge.lookbackDays ?? 60
        let after: Int = if case .calendarDays(let days)? = rule?.due { days } else { 30 }
        return IndicatorDefinition(
            id: "handover-meetings",
            titleDa: "Overgange med overleveringsmøde",
            titleEn: "Transitions with a handover meeting",
            definitionDa: "Andelen af overgange i perioden (sundhedspleje → dagtilbud → skole → ungdomsuddannelse → voksenområdet), hvor der blev holdt overleveringsmøde.",
            definitionEn: "The share of transitions in the period (health visitor → daycare → school → youth education → adult services) with a handover meeting.",
            numeratorDa: "Overgange i perioden med et overleveringsmøde for samme overgang fra \(before) dage før til \(after) dage efter.",
            numeratorEn: "Transitions in the period with a handover meeting for the same transition from \(before) days before to \(after) days after.",
            denominatorDa: "Overgange i perioden, hvor mødet er holdt, eller fristen på \(after) dage er udløbet.",
            denominatorEn: "Transitions in the period whose meeting was held or whose \(after) days have passed.",
            exclusionsDa: "Overgange inden for de sidste \(after) dage uden møde endnu. Annullerede overgange og møder.",
            exclusionsEn: "Transitions within the last \(after) days without a meeting yet. Voided transitions and meetings.",
            goals: [],
            sourceDa: "Politikken, \"overgange\": hver overgang har et overleveringsmøde og en plan lavet med barnet og familien.",
            sourceEn: "The policy, \"transitions\": every transition has a handover meeting and a plan made with the child and family.",
            unit: .share, target: .atLeast(1), counting: .event
        ) { course in
            course.obligations.filter { $0.rule == course.settings.handoverRule && $0.status != .open }
                .map { .event(DanishTime.localDate(of: $0.triggeredAt), counts: $0.status == .dischargedOnTime) }
        }
    }

    /// `care-leaver-decision`, § 111, stk. 1.
    public static func careLeaverDecision(_ settings: IndicatorSettings) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "care-leaver-decision",
            titleDa: "Afgørelse om ungestøtte senest 6 måneder før 18 år",
            titleEn: "Decision on support after 18 at least 6 months before 18",
            definitionDa: "Andelen af anbragte unge, der fylder 18 i perioden, hvor der var truffet afgørelse om ungestøtte senest 6 måneder før 18-årsdagen.",
            definitionEn: "The share of young people in care turning 18 in the period with a decision on support after 18 made at least 6 months before the 18th birthday.",
            numeratorDa: "Unge, hvor en afgørelse om ungestøtte (§§ 114–116, bevilling eller afslag) var truffet senest ved fristen i regelbogens § 111-regel.",
            numeratorEn: "Young people with a decision on support after 18 (§§ 114–116, granted or refused) made by the due time of the rule book's § 111 rule.",
            denominatorDa: "Unge, der fyldte 18 i perioden og var anbragt, da 18-årsdagen begyndte.",
            denominatorEn: "Young people who turned 18 in the period and were placed as the 18th birthday began.",
            exclusionsDa: "Unge, hvis anbringelse sluttede før 18-årsdagen (fx hjemgivelse).",
            exclusionsEn: "Young people whose placement ended before the 18th birthday (e.g. a homecoming).",
            goals: [],
            sourceDa: "Politikken, \"overgange\": en plan for overgangen til voksenlivet i god tid. Barnets Lov § 111.",
            sourceEn: "The policy, \"transitions\": a plan for the move into adult life in good time. Barnets Lov § 111.",
            unit: .share, target: .atLeast(1), counting: .event
        ) { course in
            guard course.placedAt18, course.birthday18 <= course.asOfDay else { return [] }
            let birthDate = course.child.birthDate
            let due = course.settings.ruleBook[course.settings.careLeaverRule]?.due
                .due(after: DanishTime.startOfDay(course.birthday18), birthDate: birthDate, calendar: course.settings.calendar)
                ?? DanishTime.endOfDay(birthDate.adding(years: 18).adding(months: -6))
            return [.event(course.birthday18, counts: course.youngAdultSupportDecisions.contains { $0 <= due })]
        }
    }

    /// `young-adult-support-uptake`: ungestøtte from 18 up to and including 22 (§§ 114–116).
    public static func youngAdultSupportUptake(_ settings: IndicatorSettings) -> IndicatorDefinition {
        let ages = settings.courseRules.youngAdultSupportAges
        return IndicatorDefinition(
            id: "young-adult-support-uptake",
            titleDa: "Unge \(ages.lowerBound)–\(ages.upperBound) år, der har modtaget ungestøtte",
            titleEn: "Young people \(ages.lowerBound)–\(ages.upperBound) who took up support",
            definitionDa: "Andelen af tidligere anbragte unge (og unge med fast kontaktperson ved 18 år), der er \(ages.lowerBound)–\(ages.upperBound) år på periodens sidste dag, som har fået ungestøtte efter det fyldte 18. år.",
            definitionEn: "The share of young people formerly in care (or with a contact person at 18), aged \(ages.lowerBound)–\(ages.upperBound) on the last day of the period, who have had support after 18.",
            numeratorDa: "Unge, hvor en indsats efter §§ 114–116 er begyndt senest ved periodens udgang.",
            numeratorEn: "Young people for whom a measure under §§ 114–116 started by the end of the period.",
            denominatorDa: "Unge på \(ages.lowerBound)–\(ages.upperBound) år ved periodens udgang, der var anbragt eller havde en fast kontaktperson (§ 32, stk. 1, nr. 3), da 18-årsdagen begyndte.",
            denominatorEn: "Young people aged \(ages.lowerBound)–\(ages.upperBound) at the end of the period who were placed or had a contact person (§ 32, stk. 1, nr. 3) as the 18th birthday began.",
            exclusionsDa: "Unge, der ikke var anbragt eller havde kontaktperson ved 18 år, er ikke i målgruppen. Fra 23-årsdagen tælles den unge ikke.",
            exclusionsEn: "Young people neither placed nor with a contact person at 18 are outside the target group. From the 23rd birthday the young person is not counted.",
            goals: [],
            sourceDa: "Politikken, \"overgange\": efterværnsindsatsen styrkes. Barnets Lov §§ 114–116.",
            sourceEn: "The policy, \"transitions\": stronger aftercare. Barnets Lov §§ 114–116.",
            unit: .share, target: .atLeast(1), counting: .periodEnd
        ) { course in
            let turned18 = DanishTime.startOfDay(course.birthday18)
            guard course.placedAt18 || course.contactPersonAt18, turned18 <= course.asOf else { return [] }
            let turned23 = DanishTime.startOfDay(course.birthday23)
            guard let first = course.firstYoungAdultSupportStart, first < turned23 else {
                return [.stock(from: turned18, until: turned23, counts: false)]
            }
            let tookUp = max(first, turned18)
            return (tookUp > turned18 ? [.stock(from: turned18, until: tookUp, counts: false)] : [])
                + [.stock(from: tookUp, until: turned23, counts: true)]
        }
    }
}
