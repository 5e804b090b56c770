import Foundation
import SporDomain

extension IndicatorFixtures {
    /// Contact plans and visits of placed children: the share of recorded visits that were held, on the visit's day.
    public static let contactVisitsHeld: Fixture = {
        let id = "contact-visits-held"
        var a = CourseBuilder(fixture: 41, child: 1, born: day(2013, 5, 1), sex: .female, district: grenaa)
        let placedA = a.placed(conversationOn: day(2025, 1, 6))
        let mother = a.newID()
        let planA = a.add(contactPlanPayload(placedA.placement, person: mother, visits: 1, period: .week, supervised: true,
                                             from: day(2025, 1, 10)), day(2025, 1, 10))
        a.add(visit(planA, day(2025, 1, 17)), day(2025, 1, 17), 18)
        a.add(visit(planA, day(2025, 1, 24)), day(2025, 1, 24), 18)
        a.add(visit(planA, day(2025, 1, 31), cancelledBy: .parent), day(2025, 1, 31), 23, 30)
        a.add(visit(planA, day(2025, 3, 31)), day(2025, 4, 1), 9)

        var b = CourseBuilder(fixture: 41, child: 2, born: day(2007, 6, 20), sex: .male, district: auning)
        let placedB = b.placed(conversationOn: day(2025, 2, 3))
        let firstB = b.add(contactPlanPayload(placedB.placement, otherName: "Morfar", visits: 1, period: .fortnight, supervised: false,
                                              from: day(2025, 2, 7)), day(2025, 2, 7))
        b.add(visit(firstB, day(2025, 2, 20)), day(2025, 2, 21))
        let secondB = b.add(contactPlanPayload(placedB.placement, supersedes: firstB, otherName: "Morfar", visits: 2, period: .month,
                                               supervised: false, from: day(2025, 4, 1)), day(2025, 4, 1))
        b.add(visit(secondB, day(2025, 5, 15), cancelledBy: .child), day(2025, 5, 15))
        b.add(visit(secondB, day(2025, 6, 19)), day(2025, 6, 19), 20)
        b.add(visit(secondB, day(2025, 6, 26)), day(2025, 6, 26), 20)
        let wrong = b.add(visit(secondB, day(2025, 7, 3)), day(2025, 7, 3), 20)
        b.correct(wrong, with: visit(secondB, day(2025, 7, 3), cancelledBy: .placement), day(2025, 7, 4))

        var c = CourseBuilder(fixture: 41, child: 3, born: day(2016, 9, 1), sex: .female, district: grenaa)
        let placedC = c.placed(conversationOn: day(2025, 8, 1))
        let father = c.newID()
        let planC = c.add(contactPlanPayload(placedC.placement, person: father, visits: 1, period: .month, supervised: true,
                                             from: day(2025, 8, 5)), day(2025, 8, 5))
        let voided = c.add(visit(planC, day(2025, 9, 10), cancelledBy: .municipality), day(2025, 9, 10))
        c.correct(voided, with: nil, day(2025, 9, 11))
        c.add(visit(planC, day(2025, 10, 2)), day(2025, 10, 2))

        var d = CourseBuilder(fixture: 41, child: 4, born: day(2012, 2, 2), sex: .male, district: auning)
        d.placed(conversationOn: day(2025, 3, 3))

        return Fixture(
            name: "Contact visits held", indicators: [id],
            about: """
                Counted on the visit's day, held over recorded (held or cancelled). A: weekly supervised visits with her mother \
                from 10 January — held 17 and 24 January, cancelled by the parent at 23.30 on 31 January, and a visit of 31 March \
                recorded on 1 April (March). B: every 14 days with his grandfather, then twice a month from a new plan of 1 April; \
                held 20 February, cancelled by the child 15 May, held 19 June (17) and 26 June (18 since 20 June), and 3 July \
                recorded held, corrected to cancelled by the placement. C: monthly from 5 August; a cancellation voided, held \
                2 October. D: placed without a contact plan — nothing. Jan 2/3, Q1 4/5, Q2 2/3, Q3 0/1, Q4 1/1, 2025 7/10.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: a cancellation at 23.30 on the month's last day, a visit recorded the day after"),
                       b.child(about: "Corrected: a visit recorded held, corrected to cancelled; turning 18 between two visits"),
                       c.child(about: "A voided cancellation"),
                       d.child(about: "Placed without a contact plan")],
            expected: [
                expect(id, "2025-01", 2, 3, children: 1),
                expect(id, "2025-03", 1, 1, children: 1),
                expect(id, "2025-04", 0, 0, children: 0),
                expect(id, "2025-Q1", 4, 5, children: 2),
                expect(id, "2025-Q2", 2, 3, children: 1),
                expect(id, "2025-Q3", 0, 1, children: 1),
                expect(id, "2025-09", 0, 0, children: 0),
                expect(id, "2025-Q4", 1, 1, children: 1),
                expect(id, "2025", 7, 10, children: 3),
                expect(id, "2025-06", .age(.teen), 1, 1, children: 1),
                expect(id, "2025-06", .age(.youngAdult), 1, 1, children: 1),
            ]
        )
    }()

    /// A contact plan for `placement`.
    public static func contactPlanPayload(_ placement: Entry, supersedes: Entry? = nil, person: UUID? = nil, otherName: String? = nil,
                                          visits: Int, period: ContactPeriod, supervised: Bool?, from: LocalDate) -> EntryPayload {
        .contactPlan(ContactPlan(placement: placement.id, supersedes: supersedes?.id, person: person, otherName: otherName, visits: visits,
                                 period: period, supervised: supervised, from: from))
    }

    /// A visit against `plan`: held, or cancelled by someone with a reason.
    public static func visit(_ plan: Entry, _ day: LocalDate, cancelledBy: ContactCanceller? = nil) -> EntryPayload {
        .contactVisit(ContactVisit(plan: plan.id, day: day, cancelledBy: cancelledBy,
                                   reason: cancelledBy == nil ? nil : "Sygdom", note: cancelledBy == nil ? "Gik godt" : nil))
    }
}
