import Foundation
import SporDomain

extension IndicatorFixtures {
    /// Strategy 2.1: which measures were immediate help.
    public static let immediateHelpShare: Fixture = {
        let id = "immediate-help-share"
        var a = CourseBuilder(fixture: 1, child: 1, born: day(2014, 5, 1), sex: .female, district: grenaa)
        a.concern(day(2025, 2, 3))
        let investigated = a.investigation(day(2025, 2, 10))
        let heard = a.conversation(day(2025, 3, 4))
        let treatment = a.decision(day(2025, 3, 5), offers: ["familiebehandling"], basis: .alongsideAssessment, heardIn: heard)
        a.measure("familiebehandling", day(2025, 3, 31), 23, 30, decision: treatment, basis: .alongsideAssessment)
        a.conclude(investigated, day(2025, 4, 14))
        let contact = a.decision(day(2025, 4, 20), offers: ["fast-kontaktperson"], basis: .contactPerson, heardIn: heard)
        a.measure("fast-kontaktperson", day(2025, 4, 22), decision: contact, basis: .contactPerson)

        var b = CourseBuilder(fixture: 1, child: 2, born: day(2012, 9, 15), sex: .male, district: auning)
        b.notification(day(2025, 5, 6))
        b.focusedAssessment(day(2025, 5, 7))
        let home = b.decision(day(2025, 5, 8), offers: ["stoette-i-hjemmet"], basis: .helpInTheHome)
        b.measure("stoette-i-hjemmet", day(2025, 5, 12), decision: home, basis: .helpInTheHome)
        let brus = b.measure("brus", day(2025, 6, 2), decision: nil, basis: .earlyHelp)
        b.measure("alkohol-og-rusmidler", day(2025, 6, 3), decision: nil, basis: .general)
        b.correct(brus, with: nil, day(2025, 6, 5))
        let investigatedB = b.investigation(day(2025, 7, 1))
        let wrong = b.conclude(investigatedB, day(2025, 8, 1))
        b.correct(wrong, with: nil, day(2025, 8, 5))
        let treatmentB = b.decision(day(2025, 9, 1), offers: ["familiebehandling"], basis: .treatment)
        b.measure("familiebehandling", day(2025, 9, 1), 14, decision: treatmentB, basis: .treatment)

        var c = CourseBuilder(fixture: 1, child: 3, born: day(2007, 8, 10), sex: .female, district: grenaa)
        c.concern(day(2025, 1, 6))
        let investigatedC = c.investigation(day(2025, 1, 20))
        c.conclude(investigatedC, day(2025, 4, 10))
        let heardC = c.conversation(day(2025, 5, 2))
        let placing = c.decision(day(2025, 5, 5), offers: ["netvaerksplejefamilie"], basis: .placementWithConsent, heardIn: heardC)
        let placed = c.placement(day(2025, 5, 12), decision: placing)
        let support = c.decision(day(2025, 6, 10), offers: ["kontaktperson-efter-18"], basis: .youngAdultSupport, heardIn: heardC)
        c.end(placed, day(2025, 8, 10), reason: .ageLimit)
        c.measure("kontaktperson-efter-18", day(2025, 8, 11), decision: support, basis: .youngAdultSupport)

        return Fixture(
            name: "Immediate help", indicators: [id],
            about: """
                A: family treatment starts alongside an investigation at 23.30 on 31 March (March, Q1): immediate. The investigation \
                concludes on 14 April, so the contact person from 22 April is not (Q2). B: help in the home on a focused assessment \
                (Q2, immediate); BRUS voided (nothing); an almen offer (not counted); an investigation conclusion voided, so family \
                treatment on 1 September is immediate (Q3). C: a placement at 17 after a concluded investigation (Q2, 12–17, not \
                immediate) and ungestøtte at 18 (Q3, 18–22, not immediate). Q1 1/1, Q2 1/3, Q3 1/2, 2025 3/6.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: 23.30 on 31 March, the investigation crossing into Q2"),
                       b.child(about: "Corrected: a measure and an investigation conclusion voided"),
                       c.child(about: "Turning 18 on 10 August: a placement at 17, ungestøtte at 18")],
            expected: [
                expect(id, "2025-Q1", 1, 1, children: 1),
                expect(id, "2025-Q2", 1, 3, children: 3),
                expect(id, "2025-Q3", 1, 2, children: 2),
                expect(id, "2025", 3, 6, children: 3),
                expect(id, "2025-03", 1, 1, children: 1),
                expect(id, "2025-04", 0, 1, children: 1),
                expect(id, "2025-06", 0, 0, children: 0),
                expect(id, "2025-Q3", .age(.teen), 1, 1, children: 1),
                expect(id, "2025-Q3", .age(.youngAdult), 0, 1, children: 1),
                expect(id, "2025", .age(.school), 1, 2, children: 1),
                expect(id, "2025", .age(.teen), 2, 3, children: 2),
                expect(id, "2025", .age(.youngAdult), 0, 1, children: 1),
                expect(id, "2025", .sex(.female), 1, 4, children: 2),
                expect(id, "2025", .sex(.male), 2, 2, children: 1),
                expect(id, "2025", .district(grenaa), 1, 4, children: 2),
                expect(id, "2025", .district(auning), 2, 2, children: 1),
            ]
        )
    }()

    /// The policy's "network first", with its 180-day window.
    public static let networkMeetingFirst: Fixture = {
        let id = "network-meeting-first"
        var a = CourseBuilder(fixture: 2, child: 1, born: day(2016, 2, 1), sex: .male, district: grenaa)
        a.networkMeeting(day(2024, 10, 1), childTookPart: true)
        a.notification(day(2025, 3, 30))
        a.notification(day(2025, 4, 2))

        var b = CourseBuilder(fixture: 2, child: 2, born: day(2013, 11, 20), sex: .female, district: auning)
        let voided = b.networkMeeting(day(2025, 5, 5), childTookPart: true)
        b.correct(voided, with: nil, day(2025, 5, 6))
        b.notification(day(2025, 6, 10))
        b.notification(day(2025, 6, 11), from: .privatePerson)
        b.notification(day(2025, 7, 1), 9)
        b.networkMeeting(day(2025, 7, 1), 10, childTookPart: false)
        b.notification(day(2025, 7, 1), 14)

        var c = CourseBuilder(fixture: 2, child: 3, born: day(2007, 8, 10), sex: .male, district: grenaa)
        c.networkMeeting(day(2025, 7, 20), childTookPart: true)
        c.notification(day(2025, 8, 5))
        c.notification(day(2025, 8, 20))

        return Fixture(
            name: "Network meeting before notification", indicators: [id],
            about: """
                A: a meeting on 1 October 2024 is exactly 180 days before a notification on 30 March 2025 (counts, Q1) and 183 days \
                before one on 2 April (does not, Q2). B: a voided meeting counts nothing (10 June, Q2, 0); a private notification is \
                left out; a notification at 9.00 comes before that day's 10.00 meeting (0), one at 14.00 after it (1) (Q3). C: a \
                meeting at 17 precedes notifications at 17 and at 18 (Q3, 12–17 and 18–22). Q1 1/1, Q2 0/2, Q3 3/4, 2025 4/7.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: a meeting in 2024 counts for a notification in 2025, at the window's edge"),
                       b.child(about: "Corrected: a voided meeting; a meeting the same day but after the notification"),
                       c.child(about: "Turning 18 on 10 August between two notifications")],
            expected: [
                expect(id, "2025-Q1", 1, 1, children: 1),
                expect(id, "2025-Q2", 0, 2, children: 2),
                expect(id, "2025-Q3", 3, 4, children: 2),
                expect(id, "2025", 4, 7, children: 3),
                expect(id, "2025-03", 1, 1, children: 1),
                expect(id, "2025-07", 1, 2, children: 1),
                expect(id, "2025-08", 2, 2, children: 1),
                expect(id, "2025-Q3", .age(.school), 1, 2, children: 1),
                expect(id, "2025-Q3", .age(.teen), 1, 1, children: 1),
                expect(id, "2025-Q3", .age(.youngAdult), 1, 1, children: 1),
                expect(id, "2025", .age(.school), 2, 5, children: 2),
                expect(id, "2025", .sex(.male), 3, 4, children: 2),
                expect(id, "2025", .sex(.female), 1, 3, children: 1),
            ]
        )
    }()

    /// Days from the first concern to the first help: median and 90th percentile.
    public static let daysToHelp: Fixture = {
        let id = "days-to-help"
        var a = CourseBuilder(fixture: 7, child: 1, born: day(2015, 1, 1), sex: .female, district: grenaa)
        a.concern(day(2024, 12, 20))
        a.measure("brus", day(2025, 1, 10), decision: nil, basis: .earlyHelp)
        a.measure("ses", day(2025, 3, 1), decision: nil, basis: .earlyHelp)

        var b = CourseBuilder(fixture: 7, child: 2, born: day(2010, 3, 15), sex: .male, district: auning)
        b.notification(day(2025, 2, 1))
        b.earlyHelpNote(day(2025, 2, 15))
        let voided = b.measure("brus", day(2025, 3, 1), decision: nil, basis: .earlyHelp)
        b.correct(voided, with: nil, day(2025, 3, 2))
        b.measure("ses", day(2025, 4, 11), decision: nil, basis: .earlyHelp)

        var c = CourseBuilder(fixture: 7, child: 3, born: day(2007, 8, 10), sex: .female, district: grenaa)
        c.concern(day(2025, 6, 1))
        c.measure("brus", day(2025, 8, 20), decision: nil, basis: .earlyHelp)

        var d = CourseBuilder(fixture: 7, child: 4, born: day(2016, 2, 1), sex: .male, district: grenaa)
        d.measure("brus", day(2025, 5, 1), decision: nil, basis: .earlyHelp)
        d.concern(day(2025, 5, 10))

        var e = CourseBuilder(fixture: 7, child: 5, born: day(2012, 9, 15), sex: .male, district: auning)
        e.concern(day(2025, 7, 1), 9)
        e.measure("brus", day(2025, 7, 1), 15, decision: nil, basis: .earlyHelp)

        return Fixture(
            name: "Days to help", indicators: [id],
            about: """
                A: concern 20 December 2024, first measure 10 January 2025: 21 days (Q1); the second measure does not count. B: \
                notification 1 February; the measure of 1 March is voided, so help is 11 April: 69 days (Q2); with the early-help \
                note of 15 February: 14 days (Q1). C: concern at 17, help at 18: 80 days (Q3, 18–22). D: help before any concern \
                (left out). E: the same day: 0 (Q3). 2025: 0, 21, 69, 80 — median 45, 90th percentile 80; with early help 0, 14, 21, \
                80 — median 17.5.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "A period boundary: the concern in 2024, help in 2025"),
                       b.child(about: "Corrected: the first measure voided; an early-help note"),
                       c.child(about: "Turning 18 on 10 August between the concern and the help"),
                       d.child(about: "Help before any concern: left out"),
                       e.child(about: "Concern and help on the same day")],
            expected: [
                expect(id, "2025-Q1", 0, 1, children: 1, values: [21]),
                expect(id, "2025-Q2", 0, 1, children: 1, values: [69]),
                expect(id, "2025-Q3", 0, 2, children: 2, values: [80, 0]),
                expect(id, "2025", 0, 4, children: 4, values: [21, 69, 80, 0]),
                expect(id, "2025", series: "with-early-help", 0, 4, children: 4, values: [21, 14, 80, 0]),
                expect(id, "2025-Q1", series: "with-early-help", 0, 2, children: 2, values: [21, 14]),
                expect(id, "2025-Q2", series: "with-early-help", 0, 0, children: 0),
                expect(id, "2025", .age(.school), 0, 1, children: 1, values: [21]),
                expect(id, "2025", .age(.teen), 0, 2, children: 2, values: [69, 0]),
                expect(id, "2025", .age(.youngAdult), 0, 1, children: 1, values: [80]),
            ]
        )
    }()
}
