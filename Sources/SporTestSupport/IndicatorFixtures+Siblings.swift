import Foundation
import SporDomain

extension IndicatorFixtures {
    /// Siblings at a placement (issue 24, item 2): placed together, and siblings not placed together assessed.
    public static let siblings: Fixture = {
        let together = "siblings-placed-together", assessed = "siblings-assessed"
        var a = CourseBuilder(fixture: 242, child: 1, born: day(2014, 4, 1), sex: .female, district: grenaa)
        var b = CourseBuilder(fixture: 242, child: 2, born: day(2012, 9, 9), sex: .male, district: grenaa)
        let atHome = uuid(242, 99, 1), elsewhere = uuid(242, 99, 2)
        a.siblingPlacement(day(2025, 3, 10), siblings: [SiblingAtPlacement(sibling: b.facts.id, siblingPlaced: false, placedTogether: true)])
        b.siblingPlacement(day(2025, 3, 10), 11, siblings: [
            SiblingAtPlacement(sibling: a.facts.id, siblingPlaced: true, placedTogether: true),
            SiblingAtPlacement(sibling: atHome, siblingPlaced: false, placedTogether: false, assessment: .askedFor),
        ])

        var c = CourseBuilder(fixture: 242, child: 3, born: day(2016, 1, 20), sex: .female, district: auning)
        c.siblingPlacement(day(2025, 5, 5), siblings: [
            SiblingAtPlacement(sibling: elsewhere, siblingPlaced: true, placedTogether: false, assessment: .assessed),
        ])

        var d = CourseBuilder(fixture: 242, child: 4, born: day(2007, 8, 10), sex: .male, district: auning)
        d.siblingPlacement(day(2025, 6, 30), 23, 30, siblings: [
            SiblingAtPlacement(sibling: uuid(242, 99, 3), siblingPlaced: false, placedTogether: false, assessment: .notRelevant,
                               notRelevantReason: "Søsteren er 24 år og bor for sig selv"),
        ])

        var e = CourseBuilder(fixture: 242, child: 5, born: day(2013, 11, 11), sex: .male, district: grenaa)
        let before = e.siblingPlacement(day(2025, 9, 1), siblings: nil)
        guard case .placementStarted(var start) = before.payload else { fatalError("a placement") }
        start.siblings = [SiblingAtPlacement(sibling: uuid(242, 99, 4), siblingPlaced: false, placedTogether: false, assessment: .askedFor)]
        e.correct(before, with: .placementStarted(start), day(2025, 9, 2))

        return Fixture(
            name: "Siblings at a placement", indicators: [together, assessed],
            about: """
                A and B, siblings, placed together on 10 March; B also has a sibling at home whose assessment is asked for. C is placed \
                on 5 May while a sibling is placed elsewhere, whose situation was assessed. D is placed at 23.30 on 30 June (the last \
                minute of Q2) with an adult sibling answered "not relevant", and turns 18 on 10 August. E's placement of 1 September \
                was recorded without siblings, and corrected the next day to a sibling at home whose assessment is asked for. \
                Placed together: Q1 2/2, Q2 0/1, 2025 2/3. Assessed: Q1 1/1, Q2 1/2, Q3 1/1, 2025 3/4.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "Placed together with its sibling B"),
                       b.child(about: "Placed together with A; a sibling at home asked about"),
                       c.child(about: "A sibling placed elsewhere, assessed"),
                       d.child(about: "A period boundary: placed at the last minute of Q2, turning 18 in August"),
                       e.child(about: "Corrected: the siblings added to a placement recorded without them")],
            expected: [
                expect(together, "2025-Q1", 2, 2, children: 2),
                expect(together, "2025-Q2", 0, 1, children: 1),
                expect(together, "2025-Q3", 0, 0, children: 0),
                expect(together, "2025", 2, 3, children: 3),
                expect(assessed, "2025-Q1", 1, 1, children: 1),
                expect(assessed, "2025-06", 0, 1, children: 1),
                expect(assessed, "2025-07", 0, 0, children: 0),
                expect(assessed, "2025-Q2", 1, 2, children: 2),
                expect(assessed, "2025-Q3", 1, 1, children: 1),
                expect(assessed, "2025", 3, 4, children: 4),
            ])
    }()
}

extension IndicatorFixtures.CourseBuilder {
    /// A child conversation nine days before, a § 46 decision a week before, and the placement on `day` in a network foster
    /// family, recording `siblings`.
    @discardableResult
    public mutating func siblingPlacement(_ day: LocalDate, _ hour: Int = 10, _ minute: Int = 0, siblings: [SiblingAtPlacement]?) -> Entry {
        let heard = conversation(day.adding(days: -9))
        let decided = decision(day.adding(days: -7), offers: ["netvaerksplejefamilie"], basis: .placementWithConsent, heardIn: heard)
        return add(.placementStarted(PlacementStart(offer: "netvaerksplejefamilie", kind: .networkFosterFamily, decision: decided.id,
                                                    legalBasis: .placementWithConsent, nearHome: true, schoolKept: true,
                                                    contactArrangements: "Samvær med mor hver anden weekend", siblings: siblings)),
                   day, hour, minute)
    }
}
