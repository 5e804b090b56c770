import Foundation
import SporDomain

extension IndicatorFixtures {
    /// The policy's handover meetings, read from the rule book's transition rule (60 days before to 30 days after).
    public static let handoverMeetings: Fixture = {
        let id = "handover-meetings"
        var a = CourseBuilder(fixture: 13, child: 1, born: day(2019, 2, 10), sex: .male, district: grenaa)
        a.transition(.daycare, .school, day(2025, 3, 31))
        a.handoverMeeting(.daycare, .school, day(2025, 4, 15))

        var b = CourseBuilder(fixture: 13, child: 2, born: day(2010, 3, 15), sex: .male, district: auning)
        b.handoverMeeting(.school, .youthEducation, day(2025, 5, 1))
        let wrong = b.transition(.school, .adultServices, day(2025, 6, 20))
        b.correct(wrong, with: .transition(Transition(from: .school, to: .youthEducation)), day(2025, 6, 21))
        b.transition(.youthEducation, .adultServices, day(2025, 12, 20))

        var c = CourseBuilder(fixture: 13, child: 3, born: day(2007, 8, 10), sex: .female, district: grenaa)
        c.transition(.school, .youthEducation, day(2025, 6, 15))
        c.handoverMeeting(.school, .youthEducation, day(2025, 8, 1))
        c.transition(.youthEducation, .adultServices, day(2025, 8, 15))

        return Fixture(
            name: "Handover meetings", indicators: [id],
            about: """
                Counted in the period of the transition. A: school from 31 March, the meeting on 15 April (within 30 days: Q1 1/1). \
                B: a transition corrected to school → youth education, matching a meeting 50 days before (Q2 1/1); one on 20 December \
                whose 30 days have not passed on 15 January 2026 is not counted yet. C: a meeting 47 days after a transition at 17 \
                (late, Q2 0/1); none for a transition at 18 (Q3 0/1). Q1 1/1, Q2 1/2, Q3 0/1, 2025 2/4.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: the transition in Q1, its meeting in Q2"),
                       b.child(about: "Corrected: the transition's stages corrected to match the meeting"),
                       c.child(about: "Turning 18 on 10 August between two transitions")],
            expected: [
                expect(id, "2025-Q1", 1, 1, children: 1),
                expect(id, "2025-Q2", 1, 2, children: 2),
                expect(id, "2025-Q3", 0, 1, children: 1),
                expect(id, "2025-Q4", 0, 0, children: 0),
                expect(id, "2025", 2, 4, children: 3),
                expect(id, "2025-03", 1, 1, children: 1),
                expect(id, "2025-06", 1, 2, children: 2),
                expect(id, "2025", .age(.school), 1, 1, children: 1),
                expect(id, "2025", .age(.teen), 1, 2, children: 2),
                expect(id, "2025", .age(.youngAdult), 0, 1, children: 1),
            ]
        )
    }()

    /// § 111: young people in care turning 18 with a decision on support after 18 at least 6 months before.
    public static let careLeaverDecision: Fixture = {
        let id = "care-leaver-decision"
        var a = CourseBuilder(fixture: 14, child: 1, born: day(2007, 12, 31), sex: .female, district: grenaa)
        let careA = a.placed(conversationOn: day(2025, 1, 5))
        a.decision(day(2025, 6, 25), offers: [], basis: .youngAdultSupport, heardIn: careA.conversation, outcome: .refused)

        var b = CourseBuilder(fixture: 14, child: 2, born: day(2007, 3, 15), sex: .male, district: auning)
        let careB = b.placed(conversationOn: day(2024, 6, 2))
        let early = b.decision(day(2024, 9, 10), offers: ["anden-ungestoette"], basis: .youngAdultSupport, heardIn: careB.conversation)
        b.correct(early, with: nil, day(2024, 9, 11))
        b.decision(day(2024, 10, 1), offers: ["anden-ungestoette"], basis: .youngAdultSupport, heardIn: careB.conversation)

        var c = CourseBuilder(fixture: 14, child: 3, born: day(2007, 8, 10), sex: .female, district: grenaa)
        let careC = c.placed(conversationOn: day(2024, 12, 2))
        c.decision(day(2025, 2, 1), offers: ["kontaktperson-efter-18"], basis: .youngAdultSupport, heardIn: careC.conversation)
        c.end(careC.placement, day(2025, 8, 10), reason: .ageLimit)

        var d = CourseBuilder(fixture: 14, child: 4, born: day(2007, 5, 20), sex: .male, district: grenaa)
        let careD = d.placed(conversationOn: day(2024, 9, 29))
        d.end(careD.placement, day(2025, 4, 1), reason: .homecoming)

        return Fixture(
            name: "Care-leavers' decision before 18", indicators: [id],
            about: """
                Counted on the 18th birthday, for those placed as it began. A turns 18 on 31 December (Q4): a refusal on 25 June, by \
                the end of 30 June, counts. B turns 18 on 15 March (Q1): the decision due by 15 September 2024 was voided; the one of \
                1 October 2024 is late. C turns 18 on 10 August (Q3), the decision made on 1 February (due 10 February), the \
                placement ending that day at 10.00. D went home at 17 (left out). Q1 0/1, Q3 1/1, Q4 1/1, 2025 2/3, all 18–22.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: turning 18 on the last day of the year"),
                       b.child(about: "Corrected: a decision in time voided"),
                       c.child(about: "Turning 18 mid-period, the placement ending on the birthday"),
                       d.child(about: "Home before 18: not a care-leaver")],
            expected: [
                expect(id, "2025-Q1", 0, 1, children: 1),
                expect(id, "2025-Q2", 0, 0, children: 0),
                expect(id, "2025-Q3", 1, 1, children: 1),
                expect(id, "2025-Q4", 1, 1, children: 1),
                expect(id, "2025", 2, 3, children: 3),
                expect(id, "2025-08", 1, 1, children: 1),
                expect(id, "2025-12", 1, 1, children: 1),
                expect(id, "2025", .age(.youngAdult), 2, 3, children: 3),
                expect(id, "2025", .sex(.female), 2, 2, children: 2),
                expect(id, "2025", .sex(.male), 0, 1, children: 1),
                expect(id, "2025", .district(auning), 0, 1, children: 1),
            ]
        )
    }()

    /// Ungestøtte from 18 up to and including 22: taken up by those placed, or with a contact person, at 18.
    public static let youngAdultSupportUptake: Fixture = {
        let id = "young-adult-support-uptake"
        var a = CourseBuilder(fixture: 15, child: 1, born: day(2007, 3, 31), sex: .female, district: grenaa)
        let careA = a.placed(conversationOn: day(2024, 5, 5))
        let talkA = a.conversation(day(2025, 3, 18))
        let supportA = a.decision(day(2025, 3, 20), offers: ["opretholdt-doegnophold"], basis: .youngAdultSupport, heardIn: talkA)
        a.end(careA.placement, day(2025, 3, 31), 10, reason: .ageLimit)
        a.measure("opretholdt-doegnophold", day(2025, 3, 31), 11, decision: supportA, basis: .youngAdultSupport)

        var b = CourseBuilder(fixture: 15, child: 2, born: day(2006, 5, 15), sex: .male, district: auning)
        let contact = b.decision(day(2024, 1, 8), offers: ["fast-kontaktperson"], basis: .contactPerson)
        b.measure("fast-kontaktperson", day(2024, 1, 10), decision: contact, basis: .contactPerson)
        let supportB = b.decision(day(2025, 2, 3), offers: ["kontaktperson-efter-18"], basis: .youngAdultSupport)
        let wrong = b.measure("kontaktperson-efter-18", day(2025, 2, 5), decision: supportB, basis: .youngAdultSupport)
        b.correct(wrong, with: nil, day(2025, 2, 6))
        b.measure("kontaktperson-efter-18", day(2025, 6, 2), decision: supportB, basis: .youngAdultSupport)

        var c = CourseBuilder(fixture: 15, child: 3, born: day(2007, 8, 10), sex: .female, district: grenaa)
        let careC = c.placed(conversationOn: day(2024, 12, 2))
        c.end(careC.placement, day(2025, 8, 10), reason: .ageLimit)

        var d = CourseBuilder(fixture: 15, child: 4, born: day(2002, 6, 1), sex: .male, district: grenaa)
        let careD = d.placed(conversationOn: day(2019, 9, 1))
        let supportD = d.decision(day(2020, 1, 10), offers: ["kontaktperson-efter-18"], basis: .youngAdultSupport)
        d.end(careD.placement, day(2020, 6, 1), reason: .ageLimit)
        d.measure("kontaktperson-efter-18", day(2020, 6, 2), decision: supportD, basis: .youngAdultSupport)

        return Fixture(
            name: "Uptake of support 18–22", indicators: [id],
            about: """
                Read at the end of each period for those placed, or with a contact person, as their 18th birthday began, while \
                18–22. A turns 18 on 31 March, the last day of Q1, and stays on in care from 11.00 that day: in from March. B had a \
                contact person at 18 (May 2024); a start on 5 February voided, the real one on 2 June: out until May, in from June. \
                C turns 18 on 10 August and takes up nothing: out from August. D has had support since 2020 and turns 23 on 1 June \
                2025: in to May, gone from June. Q1 2/3, Q2 2/2, Q3 2/3, Q4 2/3, 2025 2/3.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: turning 18 on the last day of Q1"),
                       b.child(about: "Corrected: the first start of support voided"),
                       c.child(about: "Turning 18 mid-period, no support taken up"),
                       d.child(about: "Turning 23 on 1 June: no longer counted")],
            expected: [
                expect(id, "2025-Q1", 2, 3, children: 3),
                expect(id, "2025-Q2", 2, 2, children: 2),
                expect(id, "2025-Q3", 2, 3, children: 3),
                expect(id, "2025-Q4", 2, 3, children: 3),
                expect(id, "2025", 2, 3, children: 3),
                expect(id, "2025-02", 1, 2, children: 2),
                expect(id, "2025-03", 2, 3, children: 3),
                expect(id, "2025-05", 2, 3, children: 3),
                expect(id, "2025-06", 2, 2, children: 2),
                expect(id, "2025-08", 2, 3, children: 3),
                expect(id, "2025-Q3", .sex(.female), 1, 2, children: 2),
                expect(id, "2025-Q3", .sex(.male), 1, 1, children: 1),
                expect(id, "2025", .age(.youngAdult), 2, 3, children: 3),
            ]
        )
    }()
}
