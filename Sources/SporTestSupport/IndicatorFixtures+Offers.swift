import Foundation
import SporDomain

extension IndicatorFixtures {
    /// Strategy 3.1: children whose help at the end of the period is all almen or forebyggende.
    public static let generalSettings: Fixture = {
        let id = "general-settings"
        var a = CourseBuilder(fixture: 9, child: 1, born: day(2015, 1, 1), sex: .female, district: grenaa)
        let brus = a.measure("brus", day(2025, 3, 31), 22, decision: nil, basis: .earlyHelp)
        a.end(brus, day(2025, 6, 30), 23, 30)

        var b = CourseBuilder(fixture: 9, child: 2, born: day(2010, 3, 15), sex: .male, district: auning)
        let treatment = b.decision(day(2025, 2, 3), offers: ["familiebehandling"], basis: .treatment)
        b.measure("familiebehandling", day(2025, 2, 5), decision: treatment, basis: .treatment)
        let wrong = b.placed(conversationOn: day(2025, 5, 5))
        b.correct(wrong.placement, with: nil, day(2025, 5, 12))
        let stay = b.decision(day(2025, 8, 1), offers: ["stoetteophold"], basis: .supportStay)
        b.measure("stoetteophold", day(2025, 8, 4), decision: stay, basis: .supportStay)

        var c = CourseBuilder(fixture: 9, child: 3, born: day(2007, 8, 10), sex: .female, district: grenaa)
        let care = c.placed(conversationOn: day(2024, 12, 2))
        let support = c.decision(day(2025, 2, 1), offers: ["kontaktperson-efter-18"], basis: .youngAdultSupport, heardIn: care.conversation)
        c.end(care.placement, day(2025, 8, 10), reason: .ageLimit)
        c.measure("kontaktperson-efter-18", day(2025, 8, 11), decision: support, basis: .youngAdultSupport)

        return Fixture(
            name: "Help in general settings", indicators: [id],
            about: """
                Read at the end of each period's last day. A: BRUS (forebyggende) from 22.00 on 31 March to 23.30 on 30 June — \
                counted at the end of March, April and May, not June. B: family treatment from February (general); a placement \
                voided; a support stay (specialiseret) from 4 August — general to July, not from August. C: placed (specialiseret) \
                until 10 August, a contact person after 18 (forebyggende) from 11 August — counted 18–22 from August. Q1 2/3, Q2 1/2, \
                Q3 1/2, Q4 1/2, 2025 1/2.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: a measure from the last evening of Q1 to the last evening of Q2"),
                       b.child(about: "Corrected: a placement voided"),
                       c.child(about: "Turning 18 on 10 August: placed at 17, a contact person at 18")],
            expected: [
                expect(id, "2025-Q1", 2, 3, children: 3),
                expect(id, "2025-Q2", 1, 2, children: 2),
                expect(id, "2025-Q3", 1, 2, children: 2),
                expect(id, "2025-Q4", 1, 2, children: 2),
                expect(id, "2025", 1, 2, children: 2),
                expect(id, "2025-02", 1, 2, children: 2),
                expect(id, "2025-03", 2, 3, children: 3),
                expect(id, "2025-06", 1, 2, children: 2),
                expect(id, "2025-07", .age(.teen), 1, 2, children: 2),
                expect(id, "2025-Q3", .age(.teen), 0, 1, children: 1),
                expect(id, "2025-Q3", .age(.youngAdult), 1, 1, children: 1),
            ]
        )
    }()

    /// Strategy 3.2: children in specialised offers at the end of the period.
    public static let specialised: Fixture = {
        let id = "specialised"
        var a = CourseBuilder(fixture: 10, child: 1, born: day(2015, 1, 1), sex: .female, district: grenaa)
        let stay = a.decision(day(2025, 3, 3), offers: ["stoetteophold"], basis: .supportStay)
        let started = a.measure("stoetteophold", day(2025, 3, 31), 23, 45, decision: stay, basis: .supportStay)
        a.end(started, day(2025, 4, 1), 0, 15)

        var b = CourseBuilder(fixture: 10, child: 2, born: day(2010, 3, 15), sex: .male, district: auning)
        b.focusedAssessment(day(2025, 5, 2))
        let both = b.decision(day(2025, 5, 5), offers: ["familiebehandling", "stoetteophold"], basis: .alongsideAssessment)
        let treatment = b.measure("familiebehandling", day(2025, 5, 6), decision: both, basis: .alongsideAssessment)
        b.correct(treatment, with: .measureStarted(MeasureStart(offer: "stoetteophold", decision: both.id, legalBasis: .alongsideAssessment)),
                  day(2025, 5, 7))

        var c = CourseBuilder(fixture: 10, child: 3, born: day(2007, 8, 10), sex: .female, district: grenaa)
        let care = c.placed(conversationOn: day(2024, 12, 2))
        c.end(care.placement, day(2025, 9, 15), reason: .ageLimit)

        return Fixture(
            name: "Children in specialised offers", indicators: [id],
            about: """
                A: a support stay from 23.45 on 31 March to 00.15 on 1 April — in at the end of March (Q1), out by the end of April. \
                B: family treatment corrected to a support stay (specialiseret) from 6 May. C: placed until 15 September — counted \
                12–17 to July, 18–22 at the end of August, not at the end of September. Q1 2, Q2 2, Q3 1, Q4 1, 2025 1.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: half an hour each side of midnight at the end of Q1"),
                       b.child(about: "Corrected: a measure's offer corrected to a specialised one"),
                       c.child(about: "Turning 18 on 10 August while placed")],
            expected: [
                expect(id, "2025-Q1", 2, 2, children: 2),
                expect(id, "2025-Q2", 2, 2, children: 2),
                expect(id, "2025-Q3", 1, 1, children: 1),
                expect(id, "2025-Q4", 1, 1, children: 1),
                expect(id, "2025", 1, 1, children: 1),
                expect(id, "2025-03", 2, 2, children: 2),
                expect(id, "2025-04", 1, 1, children: 1),
                expect(id, "2025-05", 2, 2, children: 2),
                expect(id, "2025-08", 2, 2, children: 2),
                expect(id, "2025-08", .age(.teen), 1, 1, children: 1),
                expect(id, "2025-08", .age(.youngAdult), 1, 1, children: 1),
                expect(id, "2025-Q2", .age(.teen), 2, 2, children: 2),
            ]
        )
    }()
}
