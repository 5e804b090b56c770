import Foundation
import SporDomain

extension IndicatorFixtures {
    /// Goals reached or progressing at their latest follow-up in the period.
    public static let goalsProgress: Fixture = {
        let id = "goals-progress"
        var a = CourseBuilder(fixture: 16, child: 1, born: day(2015, 1, 1), sex: .female, district: grenaa)
        let treatment = a.decision(day(2025, 1, 6), offers: ["familiebehandling"], basis: .treatment)
        let started = a.measure("familiebehandling", day(2025, 1, 8), decision: treatment, basis: .treatment)
        let g1 = a.newID(), g2 = a.newID()
        a.plan([g1, g2], day(2025, 1, 20))
        a.followUp(of: [started], day(2025, 3, 31), ratings: [(g1, .progress), (g2, .notStarted)], next: day(2025, 4, 30))
        a.followUp(of: [started], day(2025, 4, 30), ratings: [(g1, .reached), (g2, .progress)], next: day(2025, 7, 31))

        var b = CourseBuilder(fixture: 16, child: 2, born: day(2010, 3, 15), sex: .male, district: auning)
        let treatmentB = b.decision(day(2025, 2, 3), offers: ["familiebehandling"], basis: .treatment)
        let startedB = b.measure("familiebehandling", day(2025, 2, 5), decision: treatmentB, basis: .treatment)
        let g3 = b.newID()
        b.plan([g3], day(2025, 2, 10))
        let rated = b.followUp(of: [startedB], day(2025, 5, 5), ratings: [(g3, .notStarted)], next: day(2025, 8, 5))
        b.correct(rated, with: CourseBuilder.followUpPayload(of: [startedB], ratings: [(g3, .progress)], next: day(2025, 8, 5)),
                  day(2025, 5, 6))
        b.followUp(of: [startedB], day(2025, 8, 5), ratings: [(g3, .dropped)], next: nil)

        var c = CourseBuilder(fixture: 16, child: 3, born: day(2007, 8, 10), sex: .female, district: grenaa)
        let care = c.placed(conversationOn: day(2024, 12, 2))
        let g4 = c.newID(), g5 = c.newID()
        c.plan([g4, g5], day(2025, 2, 20))
        c.followUp(of: [care.placement], day(2025, 8, 1), ratings: [(g4, .progress), (g5, .notStarted)], next: day(2025, 9, 1))
        c.followUp(of: [care.placement], day(2025, 9, 1), ratings: [(g4, .reached), (g5, .notStarted)], next: day(2025, 12, 1))

        return Fixture(
            name: "Goals progressing", indicators: [id],
            about: """
                Each goal counts once per period, by its latest rating in it. A: rated on 31 March (progress, not started: Q1 1/2) and \
                30 April (reached, progress: Q2 2/2); in 2025 the latest are reached and progress (2/2). B: a rating corrected from \
                not started to progress (Q2 1/1), then dropped in August (Q3 0/1; 2025 0/1). C: rated at 17 on 1 August (progress, \
                not started) and at 18 on 1 September (reached, not started): Q3 counts the September ratings (1/2, 18–22). Q1 1/2, \
                Q2 3/3, Q3 1/3, 2025 3/5.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: ratings on the last day of Q1 and in Q2"),
                       b.child(about: "Corrected: a follow-up's rating corrected"),
                       c.child(about: "Turning 18 on 10 August between two follow-ups")],
            expected: [
                expect(id, "2025-Q1", 1, 2, children: 1),
                expect(id, "2025-Q2", 3, 3, children: 2),
                expect(id, "2025-Q3", 1, 3, children: 2),
                expect(id, "2025", 3, 5, children: 3),
                expect(id, "2025-03", 1, 2, children: 1),
                expect(id, "2025-04", 2, 2, children: 1),
                expect(id, "2025-08", 1, 3, children: 2),
                expect(id, "2025-08", .age(.teen), 1, 3, children: 2),
                expect(id, "2025-09", .age(.youngAdult), 1, 2, children: 1),
                expect(id, "2025-Q3", .age(.teen), 0, 1, children: 1),
                expect(id, "2025-Q3", .age(.youngAdult), 1, 2, children: 1),
                expect(id, "2025", .age(.school), 2, 2, children: 1),
                expect(id, "2025", .age(.teen), 0, 1, children: 1),
                expect(id, "2025", .age(.youngAdult), 1, 2, children: 1),
            ]
        )
    }()
}
