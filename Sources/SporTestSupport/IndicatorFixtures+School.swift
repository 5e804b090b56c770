import Foundation
import SporDomain

extension IndicatorFixtures {
    /// School and work (issue 23, item 2): in school or work, placed children's schooling, help after reported absence.
    public static let school: Fixture = {
        let inSchool = "in-school-or-work", placed = "placed-schooling", help = "help-after-absence"

        // A: reported absent at 23.30 on the last day of Q1; a network meeting on the 30th day after; in school throughout.
        var a = CourseBuilder(fixture: 232, child: 1, born: day(2015, 1, 1), sex: .female, district: grenaa)
        a.absence(share: 23, from: day(2025, 3, 1), to: day(2025, 3, 28), day(2025, 3, 31), 23, 30)
        a.schooling(.primarySchool, "Søndre Skole", grade: "4", from: day(2024, 8, 12), day(2025, 4, 1))
        a.networkMeeting(day(2025, 4, 30), childTookPart: true)

        // B: turns 18 on 10 June; in youth education, out of it from 1 September; help came 50 days after the report.
        var b = CourseBuilder(fixture: 232, child: 2, born: day(2007, 6, 10), sex: .male, district: auning)
        b.absence(share: 40, from: day(2025, 1, 6), to: day(2025, 1, 31), day(2025, 2, 10))
        b.schooling(.youthEducation, "Grenaa Gymnasium", grade: "2.g", from: day(2024, 8, 1), day(2025, 2, 11))
        b.schooling(.none, nil, grade: nil, from: day(2025, 9, 1), day(2025, 9, 2))
        b.earlyHelpNote(day(2025, 4, 1))

        // C: placed on 5 May, the school not kept; a special school from 19 May; an absence report voided.
        var c = CourseBuilder(fixture: 232, child: 3, born: day(2012, 5, 5), sex: .female, district: grenaa)
        let talkC = c.conversation(day(2025, 5, 1))
        let placingC = c.decision(day(2025, 5, 2), offers: ["netvaerksplejefamilie"], basis: .placementWithConsent, heardIn: talkC)
        c.placement(day(2025, 5, 5), decision: placingC, schoolKept: false)
        c.schooling(.specialSchool, "Lindegårdsskolen", grade: "7", from: day(2025, 5, 19), day(2025, 5, 20))
        let wrong = c.absence(share: 60, from: day(2025, 5, 1), to: day(2025, 5, 30), day(2025, 6, 2))
        c.correct(wrong, with: nil, day(2025, 6, 3))

        // D: placed on 4 August keeping the school; no status recorded.
        var d = CourseBuilder(fixture: 232, child: 4, born: day(2010, 3, 15), sex: .male, district: auning)
        d.placed(conversationOn: day(2025, 8, 1))

        // E: placed on 6 October, the school not kept; schooling began 45 days later (the placement corrected to say so);
        // absence reported on 3 November, early help a week later.
        var e = CourseBuilder(fixture: 232, child: 5, born: day(2016, 2, 2), sex: .female, district: grenaa)
        let talkE = e.conversation(day(2025, 10, 1))
        let placingE = e.decision(day(2025, 10, 2), offers: ["netvaerksplejefamilie"], basis: .placementWithConsent, heardIn: talkE)
        let placementE = e.placement(day(2025, 10, 6), decision: placingE, schoolKept: false)
        e.absence(share: 35, from: day(2025, 10, 6), to: day(2025, 10, 31), day(2025, 11, 3))
        e.earlyHelpNote(day(2025, 11, 10))
        e.schooling(.primarySchool, "Auning Skole", grade: "3", from: day(2025, 11, 20), day(2025, 11, 20))
        e.correct(placementE, with: .placementStarted(PlacementStart(
            offer: "netvaerksplejefamilie", kind: .networkFosterFamily, decision: placingE.id, legalBasis: .placementWithConsent,
            nearHome: true, schoolKept: false, contactArrangements: "Samvær med mor hver anden weekend", schoolingStarted: day(2025, 11, 20))),
            day(2025, 11, 21))

        return Fixture(
            name: "School and work", indicators: [inSchool, placed, help],
            about: """
                In school or work (children with an open case and a status): Q1 A, B 2/2; Q2 A, B, C 3/3; Q3 A, C of A, B, C 2/3 \
                (B out of education from 1 September); Q4 and 2025 A, C, E of A, B, C, E 3/4; D has no status. Placed schooling: \
                C (school from day 14) and D (school kept) count, E (day 45) does not — 2/3. Help after absence: A (30th day) counts, \
                B (50 days) does not, C's report voided, E (a week) counts — 2/3.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: reported at 23.30 on the last day of Q1, helped on the 30th day"),
                       b.child(about: "Turning 18 on 10 June, out of education from 1 September"),
                       c.child(about: "Corrected: an absence report voided"),
                       d.child(about: "Placed keeping the school, no status"),
                       e.child(about: "Corrected: the placement's day schooling began")],
            expected: [
                expect(inSchool, "2025-02", 1, 1, children: 1),
                expect(inSchool, "2025-Q1", 2, 2, children: 2),
                expect(inSchool, "2025-Q2", 3, 3, children: 3),
                expect(inSchool, "2025-Q3", 2, 3, children: 3),
                expect(inSchool, "2025-Q4", 3, 4, children: 4),
                expect(inSchool, "2025", 3, 4, children: 4),
                expect(inSchool, "2025", .age(.school), 2, 2, children: 2),
                expect(inSchool, "2025", .age(.teen), 1, 1, children: 1),
                expect(inSchool, "2025", .age(.youngAdult), 0, 1, children: 1),
                expect(inSchool, "2025-Q1", .age(.teen), 1, 1, children: 1),
                expect(placed, "2025-Q2", 1, 1, children: 1),
                expect(placed, "2025-Q3", 1, 1, children: 1),
                expect(placed, "2025-Q4", 0, 1, children: 1),
                expect(placed, "2025", 2, 3, children: 3),
                expect(help, "2025-Q1", 1, 2, children: 2),
                expect(help, "2025-03", 1, 1, children: 1),
                expect(help, "2025-Q4", 1, 1, children: 1),
                expect(help, "2025", 2, 3, children: 3),
            ]
        )
    }()
}

extension IndicatorFixtures.CourseBuilder {
    /// The school's report of absence: a concern with the share and period, by the teacher.
    @discardableResult
    public mutating func absence(share: Int, from: LocalDate, to: LocalDate, _ day: LocalDate, _ hour: Int = 10, _ minute: Int = 0) -> Entry {
        add(.concern(Concern(level: .vulnerable, source: .teacher, description: "Højt fravær",
                             absence: SchoolAbsence(share: share, from: from, to: to))), day, hour, minute, by: IndicatorFixtures.People.teacher)
    }

    /// A school and work status from `from`, recorded on `day`.
    @discardableResult
    public mutating func schooling(_ setting: SchoolingSetting, _ institution: String?, grade: String?, from: LocalDate, _ day: LocalDate,
                                   _ hour: Int = 10) -> Entry {
        add(.schooling(Schooling(setting: setting, institution: institution, grade: grade, from: from)), day, hour)
    }
}
