import Foundation
import SporDomain

extension IndicatorFixtures {
    /// The policy's placements: in a network foster family, near home, school kept.
    public static let placements: Fixture = {
        let network = "network-placements", near = "placements-near-home", school = "placements-school-kept"
        var a = CourseBuilder(fixture: 11, child: 1, born: day(2015, 1, 1), sex: .female, district: grenaa)
        let talk = a.conversation(day(2025, 3, 20))
        let placing = a.decision(day(2025, 3, 25), offers: ["netvaerksplejefamilie", "almen-plejefamilie"], basis: .placementWithConsent,
                                 heardIn: talk)
        let first = a.placement(day(2025, 3, 31), 23, 30, decision: placing)
        a.end(first, day(2025, 6, 30), 9, reason: .replaced)
        a.placement(day(2025, 6, 30), 10, offer: "almen-plejefamilie", kind: .fosterFamily, decision: placing, nearHome: false, schoolKept: true)

        var b = CourseBuilder(fixture: 11, child: 2, born: day(2010, 3, 15), sex: .male, district: auning)
        let talkB = b.conversation(day(2025, 5, 1))
        let placingB = b.decision(day(2025, 5, 5), offers: ["boerne-og-ungehjem", "netvaerksplejefamilie"], basis: .placementWithConsent,
                                  heardIn: talkB)
        let wrong = b.placement(day(2025, 5, 12), offer: "boerne-og-ungehjem", kind: .childrensHome, decision: placingB, nearHome: false,
                                schoolKept: false)
        b.correct(wrong, with: CourseBuilder.placementPayload("netvaerksplejefamilie", kind: .networkFosterFamily, decision: placingB,
                                                              nearHome: true, schoolKept: false), day(2025, 5, 14))

        var c = CourseBuilder(fixture: 11, child: 3, born: day(2007, 8, 10), sex: .female, district: grenaa)
        let talkC = c.conversation(day(2025, 7, 28))
        let placingC = c.decision(day(2025, 8, 1), offers: ["eget-vaerelse"], basis: .placementWithConsent, heardIn: talkC)
        c.placement(day(2025, 8, 8), offer: "eget-vaerelse", kind: .ownRoom, decision: placingC, nearHome: true, schoolKept: false)

        return Fixture(
            name: "Placements: network, near home, school kept", indicators: [network, near, school],
            about: """
                A: a network foster family near home, school kept, from 23.30 on 31 March (Q1); moved on 30 June to a foster family \
                away from home, school kept (Q2). B: a children's home corrected to a network foster family near home, school not \
                kept (Q2). C: her own room near home, school not kept, a week before turning 18 (Q3, 12–17). Network: Q1 1/1, Q2 1/2, \
                Q3 0/1, 2025 2/4; near home: 1/1, 1/2, 1/1, 3/4; school kept: 1/1, 1/2, 0/1, 2/4.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: placed at 23.30 on the last day of Q1, moved on the last day of Q2"),
                       b.child(about: "Corrected: the placement's home corrected"),
                       c.child(about: "Turning 18 on 10 August: placed two days before")],
            expected: [
                expect(network, "2025-Q1", 1, 1, children: 1),
                expect(network, "2025-Q2", 1, 2, children: 2),
                expect(network, "2025-Q3", 0, 1, children: 1),
                expect(network, "2025", 2, 4, children: 3),
                expect(network, "2025-03", 1, 1, children: 1),
                expect(network, "2025", .age(.school), 1, 2, children: 1),
                expect(network, "2025", .age(.teen), 1, 2, children: 2),
                expect(near, "2025-Q1", 1, 1, children: 1),
                expect(near, "2025-Q2", 1, 2, children: 2),
                expect(near, "2025-Q3", 1, 1, children: 1),
                expect(near, "2025", 3, 4, children: 3),
                expect(school, "2025-Q1", 1, 1, children: 1),
                expect(school, "2025-Q2", 1, 2, children: 2),
                expect(school, "2025-Q3", 0, 1, children: 1),
                expect(school, "2025", 2, 4, children: 3),
            ]
        )
    }()

    /// The policy's homecomings (hjemgivelse, §§ 99–102).
    public static let homecomings: Fixture = {
        let id = "homecomings"
        var a = CourseBuilder(fixture: 12, child: 1, born: day(2015, 1, 1), sex: .female, district: grenaa)
        let first = a.placed(conversationOn: day(2024, 11, 3))
        a.end(first.placement, day(2025, 1, 1), 0, 30, reason: .homecoming)
        let talk = a.conversation(day(2025, 3, 1))
        let again = a.decision(day(2025, 3, 3), offers: ["almen-plejefamilie", "boerne-og-ungehjem"], basis: .placementWithConsent,
                               heardIn: talk)
        let foster = a.placement(day(2025, 3, 5), offer: "almen-plejefamilie", kind: .fosterFamily, decision: again)
        a.end(foster, day(2025, 5, 5), 9, reason: .replaced)
        let home = a.placement(day(2025, 5, 5), 11, offer: "boerne-og-ungehjem", kind: .childrensHome, decision: again)
        a.end(home, day(2025, 10, 1), reason: .other)

        var b = CourseBuilder(fixture: 12, child: 2, born: day(2010, 3, 15), sex: .male, district: auning)
        let care = b.placed(conversationOn: day(2025, 2, 2))
        let ended = b.end(care.placement, day(2025, 6, 2), reason: .other)
        b.correct(ended, with: .placementEnded(PlacementEnd(placement: care.placement.id, reason: .homecoming)), day(2025, 6, 3))

        var c = CourseBuilder(fixture: 12, child: 3, born: day(2007, 8, 10), sex: .female, district: grenaa)
        let careC = c.placed(conversationOn: day(2024, 12, 2))
        c.end(careC.placement, day(2025, 8, 10), reason: .ageLimit)

        return Fixture(
            name: "Homecomings", indicators: [id],
            about: """
                A: placed in 2024, home at 00.30 on 1 January 2025 (Q1; still 31 December in UTC); placed again, moved (a move is not \
                an end) and the placement ending otherwise on 1 October (Q4). B: an end corrected to a homecoming (Q2). C: the \
                placement ends at 18 (Q3, 18–22). Q1 1/1, Q2 1/1, Q3 0/1, Q4 0/1, 2025 2/4.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: home half an hour into 2025"),
                       b.child(about: "Corrected: the reason corrected to a homecoming"),
                       c.child(about: "Turning 18 on 10 August: the placement ends that day")],
            expected: [
                expect(id, "2025-Q1", 1, 1, children: 1),
                expect(id, "2025-Q2", 1, 1, children: 1),
                expect(id, "2025-Q3", 0, 1, children: 1),
                expect(id, "2025-Q4", 0, 1, children: 1),
                expect(id, "2025", 2, 4, children: 3),
                expect(id, "2025-01", 1, 1, children: 1),
                expect(id, "2025-05", 0, 0, children: 0),
                expect(id, "2025", .age(.school), 1, 2, children: 1),
                expect(id, "2025", .age(.teen), 1, 1, children: 1),
                expect(id, "2025", .age(.youngAdult), 0, 1, children: 1),
                expect(id, "2025", .sex(.female), 1, 3, children: 2),
                expect(id, "2025", .sex(.male), 1, 1, children: 1),
            ]
        )
    }()
}
