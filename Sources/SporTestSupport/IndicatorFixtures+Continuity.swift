import Foundation
import SporDomain

extension IndicatorFixtures {
    /// Strategy 1.6: caseworker changes per child-year of open case.
    public static let caseworkerChanges: Fixture = {
        let id = "caseworker-changes"
        var a = CourseBuilder(fixture: 5, child: 1, born: day(2015, 1, 1), sex: .female, district: grenaa)
        a.concern(day(2024, 11, 1))
        a.assign(People.caseworkerX, day(2024, 11, 5))
        a.assign(People.caseworkerY, day(2025, 2, 10))
        a.assign(People.caseworkerY, day(2025, 5, 20))
        a.assign(People.caseworkerZ, day(2025, 7, 1))
        a.close(day(2025, 9, 30))

        var b = CourseBuilder(fixture: 5, child: 2, born: day(2010, 3, 15), sex: .male, district: auning)
        b.notification(day(2025, 4, 1))
        b.assign(People.caseworkerX, day(2025, 4, 2))
        let mistaken = b.assign(People.caseworkerY, day(2025, 6, 15))
        b.correct(mistaken, with: .caseworkerAssigned(CaseworkerAssignment(caseworker: People.caseworkerX)), day(2025, 6, 16))
        b.assign(People.caseworkerY, day(2025, 10, 1))

        var c = CourseBuilder(fixture: 5, child: 3, born: day(2007, 8, 10), sex: .female, district: grenaa)
        c.concern(day(2025, 6, 1))
        c.assign(People.caseworkerX, day(2025, 6, 2))
        c.assign(People.caseworkerY, day(2025, 8, 9))
        c.assign(People.caseworkerZ, day(2025, 8, 10))
        c.close(day(2025, 12, 1))

        return Fixture(
            name: "Caseworker changes", indicators: [id],
            about: """
                Days of open case count the day the case opened, not the day it closed, and none after the grid or the day of \
                reckoning. A: open from 1 November 2024 to 30 September 2025 — 90, 91 and 91 days in Q1–Q3 (272 in 2025); changes \
                on 10 February and 1 July (the same caseworker again on 20 May is no change). B: open from 1 April — 91, 92, 92 days \
                in Q2–Q4 (275); a change on 15 June corrected to the same caseworker (none), a change on 1 October. C: open 1 June to \
                1 December (183 days: 70 at 17, 113 at 18); changes on 9 August (17) and 10 August (18). 2025: 5 changes in 730 days \
                = 2.50 per child-year.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: a case open from 2024 into 2025, closing in Q3"),
                       b.child(about: "Corrected: an assignment corrected to the same caseworker"),
                       c.child(about: "Turning 18 on 10 August: a change the day before and one on the day")],
            expected: [
                expect(id, "2025-Q1", 1, 90, children: 1),
                expect(id, "2025-Q2", 0, 212, children: 3),
                expect(id, "2025-Q3", 3, 275, children: 3),
                expect(id, "2025-Q4", 1, 153, children: 2),
                expect(id, "2025", 5, 730, children: 3),
                expect(id, "2025-Q3", .age(.school), 1, 91, children: 1),
                expect(id, "2025-Q3", .age(.teen), 1, 132, children: 2),
                expect(id, "2025-Q3", .age(.youngAdult), 1, 52, children: 1),
                expect(id, "2025-08", 2, 93, children: 3),
                expect(id, "2025-08", .age(.teen), 1, 40, children: 2),
                expect(id, "2025-08", .age(.youngAdult), 1, 22, children: 1),
                expect(id, "2025", .district(grenaa), 4, 455, children: 2),
            ]
        )
    }()

    /// Distinct professionals per child (the policy's "per family" cannot be read from the journal).
    public static let professionalsPerChild: Fixture = {
        let id = "professionals-per-child"
        var a = CourseBuilder(fixture: 6, child: 1, born: day(2015, 1, 1), sex: .female, district: grenaa)
        a.concern(day(2025, 3, 30), by: People.teacher)
        a.assign(People.caseworkerX, day(2025, 3, 31))
        a.note(day(2025, 4, 2), by: People.caseworkerX)
        a.networkMeeting(day(2025, 4, 3), childTookPart: true, by: People.outreach)

        var b = CourseBuilder(fixture: 6, child: 2, born: day(2010, 3, 15), sex: .male, district: auning)
        b.notification(day(2025, 5, 1), by: People.healthVisitor)
        let wrong = b.note(day(2025, 5, 2), by: People.caseworkerZ)
        b.correct(wrong, with: nil, day(2025, 5, 3), by: People.caseworkerY)
        b.assign(People.caseworkerX, day(2025, 5, 4))

        var c = CourseBuilder(fixture: 6, child: 3, born: day(2007, 8, 10), sex: .female, district: grenaa)
        c.concern(day(2025, 8, 9), by: People.teacher)
        c.note(day(2025, 8, 11), by: People.caseworkerX)

        return Fixture(
            name: "Professionals per child", indicators: [id],
            about: """
                A: the teacher, the team lead (assigning) and caseworker X in March; X and the outreach counsellor in April — 3 in Q1, \
                2 in Q2, 4 in 2025. B: the health visitor, the team lead and X (the voided note's author and the correction's are \
                not counted) — 3 in Q2. C: the teacher at 17 and X at 18 — 2 in Q3, counted at 18 (the day of the last entry). \
                Q2: 5 for 2 children; 2025: 9 for 3 children, a mean of 3.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: the course runs from March into April"),
                       b.child(about: "Corrected: a voided note, its author and the correction's not counted"),
                       c.child(about: "Turning 18 on 10 August between two entries")],
            expected: [
                expect(id, "2025-Q1", 3, 1, children: 1),
                expect(id, "2025-Q2", 5, 2, children: 2),
                expect(id, "2025-Q3", 2, 1, children: 1),
                expect(id, "2025", 9, 3, children: 3),
                expect(id, "2025-03", 3, 1, children: 1),
                expect(id, "2025-04", 2, 1, children: 1),
                expect(id, "2025", .age(.school), 4, 1, children: 1),
                expect(id, "2025", .age(.teen), 3, 1, children: 1),
                expect(id, "2025", .age(.youngAdult), 2, 1, children: 1),
                expect(id, "2025-Q3", .age(.teen), 0, 0, children: 0),
            ]
        )
    }()
}
