import Foundation
import SporDomain

extension IndicatorFixtures {
    /// Strategy 1.1–1.4: decisions where the child was heard, with the 90-day window, and those with a stated reason.
    public static let childHeard: Fixture = {
        let id = "child-heard"
        var a = CourseBuilder(fixture: 3, child: 1, born: day(2013, 1, 15), sex: .female, district: grenaa)
        let talk = a.conversation(day(2025, 3, 20))
        a.decision(day(2025, 3, 31), offers: ["familiebehandling"], basis: .treatment, heardIn: talk)
        a.decision(day(2025, 4, 2), offers: [], basis: .treatment, heardIn: talk, outcome: .refused)
        a.decision(day(2025, 7, 10), offers: ["fast-kontaktperson"], basis: .contactPerson, heardIn: talk)

        var b = CourseBuilder(fixture: 3, child: 2, born: day(2019, 4, 1), sex: .male, district: auning)
        let views = b.add(CourseBuilder.ownViews(by: .child), day(2025, 5, 1))
        b.decision(day(2025, 5, 5), offers: ["stoette-i-hjemmet"], basis: .helpInTheHome, heardIn: views)
        b.correct(views, with: CourseBuilder.ownViews(by: .parent), day(2025, 5, 6))
        b.decision(day(2025, 6, 1), offers: ["familiebehandling"], basis: .treatment)

        var c = CourseBuilder(fixture: 3, child: 3, born: day(2007, 8, 10), sex: .female, district: grenaa)
        let talkC = c.conversation(day(2025, 7, 1))
        c.decision(day(2025, 8, 1), offers: ["familiebehandling"], basis: .treatment, heardIn: talkC)
        c.decision(day(2025, 8, 15), offers: ["kontaktperson-efter-18"], basis: .youngAdultSupport, heardIn: talkC)
        c.decision(day(2025, 9, 1), offers: ["anden-ungestoette"], basis: .youngAdultSupport)

        return Fixture(
            name: "Child heard", indicators: [id],
            about: """
                A: a conversation on 20 March is heard for decisions on 31 March (Q1) and, refused, on 2 April (Q2), but is 112 days \
                old by 10 July (not heard, no reason; Q3). B: own views corrected to be the parent's, so the decision resting on them \
                is not heard; a decision with a stated reason (Q2). C: a conversation at 17 is heard for a decision at 17 and one at \
                18; a decision at 18 with a stated reason (Q3). Heard: Q1 1/1, Q2 1/3, Q3 2/4, 2025 4/8; stated reason: 0/1, 1/3, \
                1/4, 2/8.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: one conversation heard across Q1 and Q2, too old by Q3"),
                       b.child(about: "Corrected: the child's own views were the parent's"),
                       c.child(about: "Turning 18 on 10 August between two decisions")],
            expected: [
                expect(id, "2025-Q1", 1, 1, children: 1),
                expect(id, "2025-Q2", 1, 3, children: 2),
                expect(id, "2025-Q3", 2, 4, children: 2),
                expect(id, "2025", 4, 8, children: 3),
                expect(id, "2025-Q1", series: "stated-reason", 0, 1, children: 1),
                expect(id, "2025-Q2", series: "stated-reason", 1, 3, children: 2),
                expect(id, "2025-Q3", series: "stated-reason", 1, 4, children: 2),
                expect(id, "2025", series: "stated-reason", 2, 8, children: 3),
                expect(id, "2025-Q3", .age(.teen), 1, 2, children: 2),
                expect(id, "2025-Q3", .age(.youngAdult), 1, 2, children: 1),
                expect(id, "2025", .age(.school), 0, 2, children: 1),
                expect(id, "2025", .age(.teen), 3, 4, children: 2),
            ]
        )
    }()

    /// The policy's "we talk with them": network meetings about children of 6 or more where the child took part.
    public static let childInNetworkMeeting: Fixture = {
        let id = "child-in-network-meeting"
        var a = CourseBuilder(fixture: 4, child: 1, born: day(2019, 2, 10), sex: .male, district: grenaa)
        a.networkMeeting(day(2025, 1, 31), childTookPart: true)
        a.networkMeeting(day(2025, 2, 10), childTookPart: true)
        a.networkMeeting(day(2025, 3, 31), 23, childTookPart: false)
        a.networkMeeting(day(2025, 4, 1), 1, childTookPart: true)

        var b = CourseBuilder(fixture: 4, child: 2, born: day(2014, 6, 1), sex: .female, district: auning)
        let absent = b.networkMeeting(day(2025, 5, 10), childTookPart: false)
        b.correct(absent, with: .networkMeeting(CourseBuilder.meeting(childTookPart: true)), day(2025, 5, 11))
        let voided = b.networkMeeting(day(2025, 6, 10), childTookPart: true)
        b.correct(voided, with: nil, day(2025, 6, 11))

        var c = CourseBuilder(fixture: 4, child: 3, born: day(2007, 8, 10), sex: .male, district: auning)
        c.networkMeeting(day(2025, 8, 1), childTookPart: true)
        c.networkMeeting(day(2025, 8, 20), childTookPart: false)

        return Fixture(
            name: "Child in network meeting", indicators: [id],
            about: """
                A turns 6 on 10 February: the meeting of 31 January is left out, that of 10 February counts (present); one at 23.00 \
                on 31 March is in March (absent), one at 01.00 on 1 April — still 31 March in UTC — in April (present). B: a meeting \
                corrected to the child present (1/1), another voided (Q2). C: present at 17, absent at 18 (Q3). Q1 1/2, Q2 2/2, Q3 \
                1/2, 2025 4/6.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary at midnight on 31 March in Danish time; turning 6 on 10 February"),
                       b.child(about: "Corrected: absent corrected to present; a meeting voided"),
                       c.child(about: "Turning 18 on 10 August between two meetings")],
            expected: [
                expect(id, "2025-Q1", 1, 2, children: 1),
                expect(id, "2025-Q2", 2, 2, children: 2),
                expect(id, "2025-Q3", 1, 2, children: 1),
                expect(id, "2025", 4, 6, children: 3),
                expect(id, "2025-01", 0, 0, children: 0),
                expect(id, "2025-02", 1, 1, children: 1),
                expect(id, "2025-03", 0, 1, children: 1),
                expect(id, "2025-04", 1, 1, children: 1),
                expect(id, "2025", .district(grenaa), 2, 3, children: 1),
                expect(id, "2025", .district(auning), 2, 3, children: 2),
                expect(id, "2025", .age(.young), 0, 0, children: 0),
                expect(id, "2025", .age(.school), 3, 4, children: 2),
                expect(id, "2025", .age(.teen), 1, 1, children: 1),
                expect(id, "2025", .age(.youngAdult), 0, 1, children: 1),
            ]
        )
    }()
}
