import Foundation
import SporDomain

extension IndicatorFixtures {
    /// Barnets Lov's deadlines, read from `RuleBook.barnetsLov` as the worklists read them.
    public static let deadlinesMet: Fixture = {
        let id = "deadlines-met"
        var a = CourseBuilder(fixture: 8, child: 1, born: day(2015, 1, 1), sex: .female, district: grenaa)
        let notified = a.notification(day(2025, 3, 31), 14)
        a.urgencyAssessment(of: notified, day(2025, 4, 1), 13)
        a.receipt(of: notified, day(2025, 4, 9), 9)
        a.feedback(on: notified, day(2025, 6, 30), 15)

        var b = CourseBuilder(fixture: 8, child: 2, born: day(2010, 3, 15), sex: .male, district: auning)
        let investigated = b.investigation(day(2025, 5, 5), needKnownOn: day(2025, 5, 1))
        let wrong = b.conclude(investigated, day(2025, 6, 1))
        b.correct(wrong, with: nil, day(2025, 6, 2))
        b.conclude(investigated, day(2025, 9, 10))

        var c = CourseBuilder(fixture: 8, child: 3, born: day(2007, 8, 10), sex: .female, district: grenaa)
        let care = c.placed(conversationOn: day(2024, 12, 2))
        let support = c.decision(day(2025, 2, 1), offers: ["kontaktperson-efter-18"], basis: .youngAdultSupport, heardIn: care.conversation)
        let goal = c.newID()
        c.plan([goal], day(2025, 2, 20))
        c.followUp(of: [care.placement], day(2025, 3, 10), ratings: [(goal, .progress)], next: day(2025, 6, 10))
        c.followUp(of: [care.placement], day(2025, 6, 10), ratings: [(goal, .progress)], next: nil)
        c.end(care.placement, day(2025, 8, 10), reason: .ageLimit)
        c.measure("kontaktperson-efter-18", day(2025, 8, 11), decision: support, basis: .youngAdultSupport)

        return Fixture(
            name: "Deadlines met", indicators: [id],
            about: """
                A deadline counts in the period it runs out (one running out at midnight in the day before). A: a notification at \
                14.00 on Monday 31 March — assessed 13.00 on 1 April (on time, due 14.00 that day: April), receipt at 9.00 on 9 April \
                (late: due by the end of 8 April, the 6th working day), feedback on 30 June (on time, due by the end of 30 June). B: \
                an investigation known 1 May is due by the end of 1 September; a conclusion on 1 June voided, the real one on 10 \
                September (late) — so the preliminary assessment was owed, and never made. C (placed December 2024, turns 18 on 10 \
                August): § 111 decision by the end of 10 February (on time, 1 February), plan by 3 March (on time, 20 February), first \
                follow-up by 5 March (late, 10 March), next by 10 June (on time), first follow-up on ungestøtte by 11 November \
                (overdue, at 18). Q1 2/3, Q2 3/4, Q3 0/2, Q4 0/1, 2025 5/10.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: notified on 31 March, deadlines running out in April and June"),
                       b.child(about: "Corrected: a voided conclusion neither meets the deadline nor lifts the preliminary assessment"),
                       c.child(about: "Turning 18 on 10 August: deadlines at 17 and at 18")],
            expected: [
                expect(id, "2025-Q1", 2, 3, children: 1),
                expect(id, "2025-Q2", 3, 4, children: 2),
                expect(id, "2025-Q3", 0, 2, children: 1),
                expect(id, "2025-Q4", 0, 1, children: 1),
                expect(id, "2025", 5, 10, children: 3),
                expect(id, "2025-03", series: "assessment-24h", 0, 0, children: 0),
                expect(id, "2025-04", series: "assessment-24h", 1, 1, children: 1),
                expect(id, "2025-04", series: "receipt-6-working-days", 0, 1, children: 1),
                expect(id, "2025-06", series: "notifier-feedback", 1, 1, children: 1),
                expect(id, "2025-Q3", series: "investigation-4-months", 0, 1, children: 1),
                expect(id, "2025-Q3", series: "investigation-preliminary-assessment", 0, 1, children: 1),
                expect(id, "2025-Q1", series: "plan-91-placement", 1, 1, children: 1),
                expect(id, "2025-Q1", series: "follow-up-95-first-placement", 0, 1, children: 1),
                expect(id, "2025-02", series: "support-after-18-decision", 1, 1, children: 1),
                expect(id, "2025-Q2", series: "follow-up-95-next", 1, 1, children: 1),
                expect(id, "2025-Q4", .age(.youngAdult), series: "follow-up-95-first", 0, 1, children: 1),
                expect(id, "2025", .age(.school), 2, 3, children: 1),
                expect(id, "2025", .age(.teen), 3, 6, children: 2),
                expect(id, "2025", .age(.youngAdult), 0, 1, children: 1),
            ]
        )
    }()
}
