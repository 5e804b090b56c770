import Foundation

/// What one course says about school and work, read in `IndicatorCourse`'s one pass.
struct SchoolCourse: Sendable {
    /// Each status with the order it was read in (a later entry for the same day wins).
    private(set) var statuses: [(from: LocalDate, order: Int, schooling: Schooling)] = []
    /// The days of absence reports (concerns with a share of absence).
    private(set) var absences: [LocalDate] = []
    /// The days help was given: a network meeting, an early-help note, a measure (an open offer too) or a placement started.
    private(set) var helps: [LocalDate] = []

    mutating func read(_ payload: EntryPayload, day: LocalDate) {
        switch payload {
        case .schooling(let schooling):
            statuses.append((schooling.from, statuses.count, schooling))
        case .concern(let concern) where concern.absence != nil:
            absences.append(day)
        case .networkMeeting, .measureStarted, .placementStarted:
            helps.append(day)
        case .journalNote(let note) where note.earlyHelp:
            helps.append(day)
        default:
            break
        }
    }

    /// The statuses by the day each holds from.
    var ordered: [(from: LocalDate, schooling: Schooling)] {
        statuses.sorted { ($0.from, $0.order) < ($1.from, $1.order) }.map { ($0.from, $0.schooling) }
    }
}

/// School and work (issue 23, item 2): "kontinuerlig skolegang og/eller beskæftigelse" (seed 002), school for children in
/// care (seed 003) and the help that follows a school's report of absence (Skolevægringsprojektet, seed 001).
extension IndicatorDefinition {
    /// `in-school-or-work`: children with a case who are in daycare or school (under 16), or in school, education or work
    /// (16–22), at the end of the period.
    public static func inSchoolOrWork(_ settings: IndicatorSettings) -> IndicatorDefinition {
        IndicatorDefinition(
            id: "in-school-or-work",
            titleDa: "Børn og unge med en sag i dagtilbud, skole, uddannelse eller arbejde",
            titleEn: "Children and young people with a case in daycare, school, education or work",
            definitionDa: "Andelen af børn og unge med en åben sag på periodens sidste dag, der er i dagtilbud eller skole (under 16 år) eller i skole, uddannelse eller arbejde (16–22 år).",
            definitionEn: "The share of children and young people with an open case on the last day of the period who are in daycare or school (under 16) or in school, education or work (16–22).",
            numeratorDa: "Børn med åben sag ved periodens udgang, hvis seneste status for skole og beskæftigelse er dagtilbud, grundskole, specialskole eller ungdomsuddannelse — fra 16 år også arbejde.",
            numeratorEn: "Children with an open case at the end of the period whose latest school and work status is daycare, school, special school or youth education — from 16 also work.",
            denominatorDa: "Børn og unge op til og med 22 år med en åben sag og en registreret status for skole og beskæftigelse ved periodens udgang.",
            denominatorEn: "Children and young people up to and including 22 with an open case and a recorded school and work status at the end of the period.",
            exclusionsDa: "Børn uden registreret status tælles ikke (hverken i tæller eller nævner). Et fritidsjob ved siden af skolen er ikke beskæftigelse. En annulleret status tæller ikke; en rettet tæller, som den nu står.",
            exclusionsEn: "Children without a recorded status are not counted (in neither numerator nor denominator). A spare-time job beside school is not work. A voided status does not count; a corrected one counts as corrected.",
            goals: [],
            sourceDa: "Strategien \"Godt fra start – og ind i voksenlivet\": kontinuerlig skolegang og/eller beskæftigelse.",
            sourceEn: "The strategy \"Godt fra start – og ind i voksenlivet\": continuous schooling and/or employment.",
            unit: .share, target: .rising, counting: .periodEnd
        ) { course in
            let statuses = course.school.ordered
            guard !statuses.isEmpty else { return [] }
            let sixteen = DanishTime.startOfDay(course.child.birthDate.birthday(turning: 16))
            let twentyThree = DanishTime.startOfDay(course.birthday23)
            let changes = statuses.map { DanishTime.startOfDay($0.from) } + [sixteen, twentyThree]
            var observations: [IndicatorObservation] = []
            for open in course.openCases {
                let start = DanishTime.startOfDay(open.from)
                let end = open.to.map(DanishTime.startOfDay)
                let cuts = Set(changes.filter { $0 > start && $0 < (end ?? .distantFuture) }).sorted()
                let bounds: [Date?] = cuts.map { Optional($0) } + [end]
                var from = start
                for until in bounds {
                    defer { if let until { from = until } }
                    guard from < twentyThree, let status = statuses.last(where: { DanishTime.startOfDay($0.from) <= from }) else { continue }
                    let age = course.child.birthDate.age(on: DanishTime.localDate(of: from))
                    observations.append(.stock(from: from, until: until, counts: status.schooling.counts(atAge: age)))
                }
            }
            return observations
        }
    }

    /// `placed-schooling`: placements started in the period where the child kept its school or began school at the new
    /// place within the set number of days.
    public static func placedSchooling(_ settings: IndicatorSettings) -> IndicatorDefinition {
        let days = settings.placedSchoolingDays
        return IndicatorDefinition(
            id: "placed-schooling",
            titleDa: "Anbragte børns skolegang",
            titleEn: "Placed children's schooling",
            definitionDa: "Andelen af anbringelser begyndt i perioden, hvor barnet bevarede sin skole eller begyndte i skole eller dagtilbud på det nye sted inden for \(days) dage.",
            definitionEn: "The share of placements started in the period where the child kept its school or began school or daycare at the new place within \(days) days.",
            numeratorDa: "Anbringelser (§§ 46–47) begyndt i perioden, hvor skolen bevares, eller hvor skolegangen begyndte senest \(days) dage efter anbringelsen — som anbringelsen siger, eller en senere status for dagtilbud, skole eller uddannelse, der gælder fra 14 dage før til \(days) dage efter.",
            numeratorEn: "Placements (§§ 46–47) started in the period where the school is kept, or where schooling began at most \(days) days after the placement — as the placement says, or a later daycare, school or education status holding from 14 days before to \(days) days after.",
            denominatorDa: "Alle anbringelser begyndt i perioden.",
            denominatorEn: "All placements started in the period.",
            exclusionsDa: "Annullerede anbringelser. En rettet anbringelse tælles, som den nu står. En status for arbejde eller ingen skolegang er ikke skolegang.",
            exclusionsEn: "Voided placements. A corrected placement counts as corrected. A status of work or no schooling is not schooling.",
            goals: [],
            sourceDa: "Status 2025 (seed 003): skolegang for anbragte børn. Loven beder kommunen sikre skolegang uden ophold; \(days) dage er politikkens målbare udgave.",
            sourceEn: "Status 2025 (seed 003): schooling of children in care. The law asks the municipality to secure schooling without delay; \(days) days is the policy's measurable version.",
            unit: .share, target: .rising, counting: .event
        ) { course in
            let statuses = course.school.ordered
            return course.starts.compactMap { start in
                guard let placement = start.placement else { return nil }
                let latest = start.day.adding(days: days)
                let earliest = start.day.adding(days: -JournalRules.schoolingStartSlackDays)
                let began = placement.schoolingStarted.map { $0 <= latest } ?? false
                let recorded = statuses.contains { status in
                    status.schooling.setting.hasInstitution && status.schooling.setting != .work
                        && status.from >= earliest && status.from <= latest
                }
                return .event(start.day, counts: placement.schoolKept || began || recorded)
            }
        }
    }

    /// `help-after-absence`: reports of school absence in the period followed by help within the set number of days.
    public static func helpAfterAbsence(_ settings: IndicatorSettings) -> IndicatorDefinition {
        let days = settings.absenceHelpDays
        return IndicatorDefinition(
            id: "help-after-absence",
            titleDa: "Hjælp efter meldt skolefravær",
            titleEn: "Help after reported school absence",
            definitionDa: "Andelen af skolers meldinger om fravær i perioden, som inden for \(days) dage blev fulgt af hjælp.",
            definitionEn: "The share of schools' reports of absence in the period followed by help within \(days) days.",
            numeratorDa: "Meldinger om skolefravær, hvor et netværksmøde, et notat om tidlig indsats, et åbent tilbud, en indsats eller en anbringelse begyndte samme dag eller inden for \(days) dage efter.",
            numeratorEn: "Reports of school absence where a network meeting, an early-help note, an open offer, a measure or a placement began the same day or within \(days) days after.",
            denominatorDa: "Meldinger om skolefravær (bekymringer i kategorien skolefravær) i perioden.",
            denominatorEn: "Reports of school absence (concerns in the school-absence category) in the period.",
            exclusionsDa: "En annulleret melding tæller ikke; en melding rettet til en anden bekymring tæller ikke.",
            exclusionsEn: "A voided report does not count; a report corrected into another concern does not count.",
            goals: [],
            sourceDa: "Status 2021 (seed 001): Skolevægringsprojektet — tidlig hjælp til børn, der ikke kommer i skole.",
            sourceEn: "Status 2021 (seed 001): the school refusal project — early help to children who do not come to school.",
            unit: .share, target: .rising, counting: .event
        ) { course in
            course.school.absences.map { day in
                let latest = day.adding(days: days)
                return .event(day, counts: course.school.helps.contains { $0 >= day && $0 <= latest })
            }
        }
    }
}
