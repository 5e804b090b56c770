import Foundation
import SporDomain

extension IndicatorFixtures {
    /// Expected children (issue 23, item 1): support begun before birth, counted on the birth day. Entries dated before a
    /// child's birth day were written on the expected child.
    public static let supportBeforeBirth: Fixture = {
        let id = "support-before-birth"
        func builder(_ number: Int, born: LocalDate, district: String = grenaa) -> CourseBuilder {
            CourseBuilder(fixture: 574, child: number, born: born, sex: number % 2 == 0 ? .male : .female, district: district)
        }
        let support = EntryPayload.measureStarted(MeasureStart(offer: "saarbare-gravide", decision: nil, legalBasis: .earlyHelp))
        var a = builder(1, born: day(2025, 3, 10))
        a.notification(day(2024, 12, 1), by: People.healthVisitor)
        a.add(support, day(2024, 12, 20))
        var b = builder(2, born: day(2025, 3, 20))
        b.concern(day(2025, 1, 5), by: People.healthVisitor)
        b.add(support, day(2025, 4, 1))
        var c = builder(3, born: day(2025, 6, 1), district: auning)
        c.notification(day(2025, 2, 1), by: People.healthVisitor)
        c.networkMeeting(day(2025, 2, 10), childTookPart: false)
        var d = builder(4, born: day(2025, 8, 15))
        d.concern(day(2025, 5, 1), by: People.healthVisitor)
        d.add(support, day(2025, 6, 1))
        var e = builder(5, born: day(2025, 10, 3))
        e.notification(day(2025, 7, 1), by: People.healthVisitor)
        e.add(support, day(2025, 7, 15))
        var f = builder(6, born: day(2025, 11, 30))
        f.notification(day(2025, 9, 1), by: People.healthVisitor)
        let meeting = f.networkMeeting(day(2025, 9, 10), childTookPart: false)
        f.correct(meeting, with: nil, day(2025, 9, 12))
        var g = builder(7, born: day(2025, 4, 1))
        g.notification(day(2025, 1, 10), by: People.healthVisitor)
        g.add(support, day(2025, 3, 31), 15)
        var h = builder(8, born: day(2025, 2, 1))
        h.concern(day(2025, 5, 1), by: People.healthVisitor)
        h.add(support, day(2025, 5, 2))
        var i = builder(9, born: day(2007, 6, 1))
        i.concern(day(2025, 3, 3))
        return Fixture(
            name: "Support begun before birth", indicators: [id],
            about: """
                Children born in 2025 with a concern or notification before the day of birth, counted on the birth day, and \
                whether an offer started or a network meeting was held before it. A (10 March): offer before — yes. B (20 March): \
                offer only after — no. C (1 June, Auning): network meeting before — yes. D (15 August) and E (3 October): offer \
                before — yes. F (30 November): its network meeting voided by a correction — no. G (1 April): offer on 31 March, \
                the day before — yes, in April and Q2. H (1 February): a concern only after birth — not counted. I (born 2007, \
                18 on 1 June): not born in the period. 2025 5/7; March 1/2; Q1 1/2; April 1/1; Q2 2/2; Q4 1/2; Auning 1/1.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "An offer to the expectant mother before birth"),
                       b.child(about: "Support only after birth"),
                       c.child(about: "A network meeting before birth"),
                       d.child(about: "A concern, then an offer, before birth"),
                       e.child(about: "A notification, then an offer, before birth"),
                       f.child(about: "Corrected: the network meeting before birth voided"),
                       g.child(about: "A period boundary: support on the last day of Q1, born on the first of Q2"),
                       h.child(about: "A concern only after birth"),
                       i.child(about: "Turning 18 on 1 June: born long before the period")],
            expected: [
                expect(id, "2025", 5, 7, children: 7),
                expect(id, "2025-03", 1, 2, children: 2),
                expect(id, "2025-Q1", 1, 2, children: 2),
                expect(id, "2025-04", 1, 1, children: 1),
                expect(id, "2025-Q2", 2, 2, children: 2),
                expect(id, "2025-Q3", 1, 1, children: 1),
                expect(id, "2025-Q4", 1, 2, children: 2),
                expect(id, "2025", .district(auning), 1, 1, children: 1),
                expect(id, "2025", .age(.young), 5, 7, children: 7),
            ]
        )
    }()
}
