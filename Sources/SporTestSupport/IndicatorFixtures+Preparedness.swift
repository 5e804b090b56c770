import Foundation
import SporDomain

extension IndicatorFixtures {
    /// Abuse preparedness: days from a notification about abuse to each step (a series each) and to the last required step.
    public static let abusePreparednessSteps: Fixture = {
        let id = "abuse-preparedness-steps"
        var a = CourseBuilder(fixture: 141, child: 1, born: day(2014, 5, 1), sex: .female, district: grenaa)
        let notifiedA = a.abuseNotification(day(2025, 2, 3), 9)
        a.preparedness(notifiedA, .parentsNotInformed, day(2025, 2, 3), 15)
        let talkA = a.conversation(day(2025, 2, 4))
        a.preparedness(notifiedA, .childConversation, day(2025, 2, 4), 11, conversation: talkA)
        a.preparedness(notifiedA, .police, day(2025, 2, 5))
        a.preparedness(notifiedA, .childrensHouse, day(2025, 2, 6))
        a.investigation(day(2025, 2, 10))

        var b = CourseBuilder(fixture: 141, child: 2, born: day(2007, 5, 20), sex: .male, district: auning)
        let notifiedB = b.abuseNotification(day(2025, 3, 28), 10)
        b.preparedness(notifiedB, .police, day(2025, 3, 31), 23, 30)
        b.investigation(day(2025, 4, 1))
        let talkB = b.conversation(day(2025, 4, 2), 9)
        b.preparedness(notifiedB, .childConversation, day(2025, 4, 2), 10, conversation: talkB)
        let voided = b.preparedness(notifiedB, .childrensHouse, day(2025, 4, 3))
        b.correct(voided, with: nil, day(2025, 4, 3), 14)
        b.preparedness(notifiedB, .childrensHouse, day(2025, 4, 4), notRelevant: true)

        var c = CourseBuilder(fixture: 141, child: 3, born: day(2016, 9, 1), sex: .female, district: grenaa)
        c.investigation(day(2025, 11, 3))
        let notifiedC = c.abuseNotification(day(2025, 12, 1), 8)
        let talkC = c.conversation(day(2025, 12, 3))
        c.preparedness(notifiedC, .childConversation, day(2025, 12, 3), 12, conversation: talkC)

        var d = CourseBuilder(fixture: 141, child: 4, born: day(2012, 2, 2), sex: .male, district: auning)
        d.notification(day(2025, 5, 5))
        d.investigation(day(2025, 5, 6))

        return Fixture(
            name: "Abuse preparedness steps", indicators: [id],
            about: """
                Days from the notification about abuse to each step, counted on the step's day. A: notified 3 February at 9 — \
                the parents not informed that afternoon (0), the conversation 4 February (1), the police 5 (2), the børnehus 6 \
                (3), the investigation 10 (7): every required step done 10 February, 7 days. B: notified 28 March — the police \
                at 23.30 on 31 March (3, March), the investigation 1 April (4), the conversation 2 April (5), a børnehus step \
                voided and recorded again 4 April as not relevant (7): all done 4 April, 7 days (April). C: an investigation \
                before the notification of 1 December does not count; the conversation 3 December (2); nothing else by the time \
                of reckoning, so no headline. D: a notification not about abuse — nothing.
                """,
            asOf: asOf, grid: grid,
            children: [a.child(about: "Every step, the decision not to inform the parents the same day"),
                       b.child(about: "A period boundary (a step at 23.30 on the month's last day) and a voided step recorded again"),
                       c.child(about: "An investigation before the notification; steps still pending"),
                       d.child(about: "A notification not about abuse")],
            expected: [
                expect(id, "2025-02", 0, 1, children: 1, values: [7]),
                expect(id, "2025-04", 0, 1, children: 1, values: [7]),
                expect(id, "2025-Q4", 0, 0, children: 0),
                expect(id, "2025", 0, 2, children: 2, values: [7, 7]),
                expect(id, "2025-02", series: "parentsNotInformed", 0, 1, children: 1, values: [0]),
                expect(id, "2025-03", series: "police", 0, 1, children: 1, values: [3]),
                expect(id, "2025-Q1", series: "police", 0, 2, children: 2, values: [2, 3]),
                expect(id, "2025", series: "childConversation", 0, 3, children: 3, values: [1, 5, 2]),
                expect(id, "2025", series: "childrensHouse", 0, 2, children: 2, values: [3, 7]),
                expect(id, "2025-04", series: "childrensHouse", 0, 1, children: 1, values: [7]),
                expect(id, "2025", series: "investigation", 0, 2, children: 2, values: [7, 4]),
                expect(id, "2025-Q4", series: "investigation", 0, 0, children: 0),
            ]
        )
    }()
}

extension IndicatorFixtures.CourseBuilder {
    /// A notification about abuse from a professional.
    @discardableResult
    public mutating func abuseNotification(_ day: LocalDate, _ hour: Int = 10) -> Entry {
        add(.notification(Notification(notifierKind: .professional, notifierUser: IndicatorFixtures.People.teacher, profession: .teacher,
                                       description: "Barnet fortæller om slag derhjemme", concernsAbuse: true)), day, hour,
            by: IndicatorFixtures.People.teacher)
    }

    /// A preparedness step on `notification`, with its step's answer: the parents suspected and `conversation` for the
    /// conversation, reported for the police, referred (or not relevant) for the børnehus, a reason for the parents.
    @discardableResult
    public mutating func preparedness(_ notification: Entry, _ step: PreparednessStepKind, _ day: LocalDate, _ hour: Int = 10, _ minute: Int = 0,
                                      conversation: Entry? = nil, notRelevant: Bool = false) -> Entry {
        var payload = PreparednessStep(notification: notification.id, step: step)
        switch step {
        case .childConversation:
            payload.parentsSuspected = true
            payload.conversation = conversation?.id
        case .police: payload.police = .reported
        case .childrensHouse:
            payload.childrensHouse = notRelevant ? .notRelevant : .referred
            payload.reason = notRelevant ? "Barnet er afhørt af politiet på anden vis" : nil
        case .parentsNotInformed: payload.reason = "Forældrene er mistænkt; politiet skal afhøre dem først"
        }
        return add(.preparednessStep(payload), day, hour, minute)
    }
}
