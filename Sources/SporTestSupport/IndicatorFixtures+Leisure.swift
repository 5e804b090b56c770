import Foundation
import SporDomain

extension IndicatorFixtures {
    /// The policy's third track: children with help who take part in a leisure activity, by the latest plan or
    /// follow-up recording leisure.
    public static let leisureParticipation: Fixture = {
        let id = "leisure-participation"
        var a = CourseBuilder(fixture: 31, child: 1, born: day(2015, 1, 1), sex: .female, district: grenaa)
        let treatment = a.decision(day(2025, 1, 6), offers: ["familiebehandling"], basis: .treatment)
        let started = a.measure("familiebehandling", day(2025, 1, 8), decision: treatment, basis: .treatment)
        let goalA = a.newID()
        var football = LeisureActivity(id: a.newID(), kind: .association, name: "Fodbold i Grenaa IF")
        a.add(leisurePlan([goalA], day(2025, 1, 20), leisure: [football]), day(2025, 1, 20))
        football.status = .stopped
        a.add(leisureFollowUp(of: [started], ratings: [(goalA, .progress)], next: day(2025, 6, 2), leisure: [football]), day(2025, 3, 31), 22)
        let scouts = LeisureActivity(id: a.newID(), kind: .association, name: "Spejder", support: .leisurePass, status: .started)
        a.add(leisureFollowUp(of: [started], ratings: [(goalA, .progress)], next: day(2025, 9, 1), leisure: [scouts]), day(2025, 6, 2))

        var b = CourseBuilder(fixture: 31, child: 2, born: day(2010, 3, 15), sex: .male, district: auning)
        let treatmentB = b.decision(day(2025, 2, 3), offers: ["familiebehandling"], basis: .treatment)
        let startedB = b.measure("familiebehandling", day(2025, 2, 5), decision: treatmentB, basis: .treatment)
        let goalB = b.newID()
        b.add(leisurePlan([goalB], day(2025, 2, 10), leisure: []), day(2025, 2, 10))
        let club = LeisureActivity(id: b.newID(), kind: .club, name: "Ungdomsklubben", status: .started)
        let wrong = b.add(leisureFollowUp(of: [startedB], ratings: [(goalB, .progress)], next: day(2025, 8, 5), leisure: [club]), day(2025, 5, 5))
        b.correct(wrong, with: leisureFollowUp(of: [startedB], ratings: [(goalB, .progress)], next: day(2025, 8, 5), leisure: []), day(2025, 5, 6))
        b.end(startedB, day(2025, 9, 30))

        var c = CourseBuilder(fixture: 31, child: 3, born: day(2007, 8, 10), sex: .female, district: grenaa)
        let care = c.placed(conversationOn: day(2024, 12, 2))
        let goalC = c.newID()
        var job = LeisureActivity(id: c.newID(), kind: .leisureJob, name: "Fritidsjob i købmandsbutikken", support: .leisureGuide)
        c.add(leisurePlan([goalC], day(2025, 2, 20), leisure: [job]), day(2025, 2, 20))
        job.status = .takesPart
        c.add(leisureFollowUp(of: [care.placement], ratings: [(goalC, .progress)], next: day(2025, 12, 1), leisure: [job]), day(2025, 9, 1))

        var d = CourseBuilder(fixture: 31, child: 4, born: day(2019, 6, 1), sex: .male, district: auning)
        d.measure("brus", day(2025, 3, 3), decision: nil, basis: .earlyHelp)

        return Fixture(
            name: "Leisure participation", indicators: [id],
            about: """
                Read at the end of each period's last day, by the latest plan or follow-up recording leisure. A: football from the \
                plan of 20 January, stopped at a follow-up at 22.00 on 31 March, scouts begun at the follow-up of 2 June — in Jan and \
                Feb, out in March to May, in from June. B: a plan with no activity; a follow-up's new youth club corrected away the \
                next day; the measure ended 30 September — never in, in the denominator to August. C: placed from December 2024 with \
                no leisure recorded (out in January), a leisure job from 20 February, still at 18 on 1 September. D: BRUS from 3 March \
                with no plan — in the denominator only. Jan 1/2, Feb 2/3, Q1 1/4, Q2 2/4, Q3 2/3, Q4 2/3, 2025 2/3.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: an activity stopped on the last evening of Q1"),
                       b.child(about: "Corrected: a follow-up's new activity corrected away"),
                       c.child(about: "Turning 18 on 10 August while placed, with a leisure job"),
                       d.child(about: "A measure without any plan")],
            expected: [
                expect(id, "2025-01", 1, 2, children: 2),
                expect(id, "2025-02", 2, 3, children: 3),
                expect(id, "2025-Q1", 1, 4, children: 4),
                expect(id, "2025-05", 1, 4, children: 4),
                expect(id, "2025-Q2", 2, 4, children: 4),
                expect(id, "2025-08", 2, 4, children: 4),
                expect(id, "2025-Q3", 2, 3, children: 3),
                expect(id, "2025-Q4", 2, 3, children: 3),
                expect(id, "2025", 2, 3, children: 3),
                expect(id, "2025-07", .age(.teen), 1, 2, children: 2),
                expect(id, "2025-08", .age(.teen), 0, 1, children: 1),
                expect(id, "2025-08", .age(.youngAdult), 1, 1, children: 1),
                expect(id, "2025-Q1", .age(.young), 0, 1, children: 1),
            ]
        )
    }()

    /// A plan of `goals` recording `leisure`.
    public static func leisurePlan(_ goals: [UUID], _ day: LocalDate, leisure: [LeisureActivity]) -> EntryPayload {
        .plan(ChildsPlan(goals: goals.map {
            ChildsPlan.Goal(id: $0, what: "Går til en fritidsaktivitet hver uge", byWhen: day.adding(months: 12),
                            howWeWillKnow: "Barnet fortæller om det", area: .leisure)
        }, childsHopes: "At spille på et hold", madeWithChild: true, madeWithParents: true, leisure: leisure))
    }

    /// A follow-up recording `leisure`.
    public static func leisureFollowUp(of measures: [Entry], ratings: [(UUID, GoalRating)], next: LocalDate?,
                                       leisure: [LeisureActivity]) -> EntryPayload {
        .followUp(FollowUp(measures: measures.map(\.id), ratings: ratings.map { FollowUp.Rating(goal: $0.0, rating: $0.1) },
                           assessment: "Det går fremad", outcome: next == nil ? .end : .continue, nextFollowUp: next,
                           nextFollowUpReason: next == nil ? nil : "Efter skolens ferie", leisure: leisure))
    }
}
