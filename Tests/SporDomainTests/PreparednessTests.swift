import XCTest
@testable import SporDomain
import SporTestSupport

/// Abuse preparedness (issue 24, item 1): a step acts on a notification about abuse of this child, at or after it and
/// not ahead of now, once, with its own answer (the parents' suspicion a legal question refused unanswered); the checklist
/// reads the steps and the investigation since the notification; the indicator's suppression below five children.
final class PreparednessTests: XCTestCase {
    typealias B = IndicatorFixtures.CourseBuilder
    static func day(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: 2025, month: month, day: day)! }

    /// A child notified about abuse on 3 March 2025 at 9, with a conversation held on 4 March.
    func notifiedChild(_ number: Int = 1) -> (builder: B, notification: Entry, conversation: Entry) {
        var builder = B(fixture: 1410, child: number, born: LocalDate(year: 2014, month: 6, day: 1)!, sex: .female, district: IndicatorFixtures.grenaa)
        let notification = builder.abuseNotification(Self.day(3, 3), 9)
        let conversation = builder.conversation(Self.day(3, 4))
        return (builder, notification, conversation)
    }

    func validate(_ entry: Entry, after builder: B, now: Date? = nil) throws {
        try JournalRules.validate(entry, in: Timeline(builder.entries), now: now ?? entry.recordedAt.addingTimeInterval(60),
                                  context: JournalContext(birthDate: builder.facts.birthDate))
    }

    func step(_ builder: B, _ payload: PreparednessStep, at instant: Date) -> Entry {
        Entry(municipality: IndicatorFixtures.municipality, child: builder.facts.id, payload: .preparednessStep(payload), occurredAt: instant,
              recordedAt: instant, author: IndicatorFixtures.People.caseworkerX)
    }

    func assertRefused(_ entry: Entry, after builder: B, _ code: DomainError.Code, field: String?, now: Date? = nil,
                       file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try validate(entry, after: builder, now: now), file: file, line: line) { error in
            XCTAssertEqual((error as? DomainError)?.code, code, file: file, line: line)
            XCTAssertEqual((error as? DomainError)?.field, field, file: file, line: line)
        }
    }

    static let afternoon = DanishTime.instant(day(3, 4), hour: 14)

    func testEachStepWithItsAnswerIsAccepted() throws {
        let (builder, notification, conversation) = notifiedChild()
        let steps = [
            PreparednessStep(notification: notification.id, step: .childConversation, parentsSuspected: true, conversation: conversation.id),
            PreparednessStep(notification: notification.id, step: .police, police: .consultedNotReported),
            PreparednessStep(notification: notification.id, step: .childrensHouse, childrensHouse: .referred),
            PreparednessStep(notification: notification.id, step: .childrensHouse, childrensHouse: .notRelevant, reason: "Afhørt af politiet"),
            PreparednessStep(notification: notification.id, step: .parentsNotInformed, reason: "Politiet afhører forældrene først"),
        ]
        for payload in steps {
            // The thing under test, and the check
            XCTAssertNoThrow(try validate(step(builder, payload, at: Self.afternoon), after: builder), "\(payload.step)")
        }
    }

    func testAStepWithoutANotificationAboutAbuseIsRefused() {
        // Setup: a child whose only notification is not about abuse, and a notification of another child.
        var builder = B(fixture: 1410, child: 2, born: LocalDate(year: 2012, month: 1, day: 1)!, sex: .male, district: IndicatorFixtures.auning)
        let plain = builder.notification(Self.day(3, 3))
        let (other, otherNotification, _) = notifiedChild(3)
        // The thing under test
        let onPlain = step(builder, PreparednessStep(notification: plain.id, step: .police, police: .reported), at: Self.afternoon)
        let onOther = step(builder, PreparednessStep(notification: otherNotification.id, step: .police, police: .reported), at: Self.afternoon)
        // Check
        assertRefused(onPlain, after: builder, .notAbuseNotification, field: "notification")
        assertRefused(onOther, after: builder, .notificationMissing, field: "notification")
        XCTAssertNoThrow(try validate(step(other, PreparednessStep(notification: otherNotification.id, step: .police, police: .reported),
                                           at: Self.afternoon), after: other), "on its own child it is accepted")
    }

    func testAStepBeforeTheNotificationOrInTheFutureIsRefused() {
        let (builder, notification, _) = notifiedChild()
        let police = PreparednessStep(notification: notification.id, step: .police, police: .reported)
        // The thing under test: an hour before the notification; tomorrow while it is today.
        let before = step(builder, police, at: notification.occurredAt.addingTimeInterval(-3600))
        let tomorrow = step(builder, police, at: Self.afternoon.addingTimeInterval(24 * 3600))
        // Check
        assertRefused(before, after: builder, .beforeNotification, field: "occurredAt")
        assertRefused(tomorrow, after: builder, .occurredInFuture, field: "occurredAt", now: Self.afternoon)
        XCTAssertNoThrow(try validate(step(builder, police, at: notification.occurredAt), after: builder), "the minute of the notification")
    }

    func testTheParentsSuspicionUnansweredIsRefusedNamingTheField() {
        let (builder, notification, conversation) = notifiedChild()
        // The thing under test
        let unanswered = step(builder, PreparednessStep(notification: notification.id, step: .childConversation, conversation: conversation.id),
                              at: Self.afternoon)
        // Check
        assertRefused(unanswered, after: builder, .suspicionUnanswered, field: "parentsSuspected")
    }

    func testTheConversationStepNamesAConversationSinceTheNotification() {
        // Setup: a conversation held before the notification, none after it.
        var builder = B(fixture: 1410, child: 4, born: LocalDate(year: 2014, month: 6, day: 1)!, sex: .female, district: IndicatorFixtures.grenaa)
        let earlier = builder.conversation(Self.day(3, 1))
        let notification = builder.abuseNotification(Self.day(3, 3), 9)
        // The thing under test: the earlier conversation, and none.
        for conversation in [earlier.id, nil] {
            let entry = step(builder, PreparednessStep(notification: notification.id, step: .childConversation, parentsSuspected: false,
                                                       conversation: conversation), at: Self.afternoon)
            // Check
            assertRefused(entry, after: builder, .conversationMissing, field: "conversation")
        }
    }

    func testEachStepCarriesItsOwnAnswerAndAReasonWhereRequired() {
        let (builder, notification, conversation) = notifiedChild()
        let cases: [(PreparednessStep, DomainError.Code, String)] = [
            (PreparednessStep(notification: notification.id, step: .police), .preparednessOutcomeMissing, "police"),
            (PreparednessStep(notification: notification.id, step: .childrensHouse), .preparednessOutcomeMissing, "childrensHouse"),
            (PreparednessStep(notification: notification.id, step: .childrensHouse, childrensHouse: .notRelevant, reason: "  "), .textMissing, "reason"),
            (PreparednessStep(notification: notification.id, step: .parentsNotInformed), .textMissing, "reason"),
            (PreparednessStep(notification: notification.id, step: .police, conversation: conversation.id, police: .reported), .preparednessStepInvalid, "step"),
        ]
        for (payload, code, field) in cases {
            assertRefused(step(builder, payload, at: Self.afternoon), after: builder, code, field: field)
        }
    }

    func testAStepIsRecordedOnceButAVoidedOneMayBeRecordedAgain() throws {
        var (builder, notification, _) = notifiedChild()
        let police = PreparednessStep(notification: notification.id, step: .police, police: .reported)
        let first = builder.preparedness(notification, .police, Self.day(3, 4), 11)
        // The thing under test
        assertRefused(step(builder, police, at: Self.afternoon), after: builder, .alreadyDone, field: nil)
        builder.correct(first, with: nil, Self.day(3, 4), 12)
        // Check
        XCTAssertNoThrow(try validate(step(builder, police, at: Self.afternoon), after: builder))
    }

    func testTheChecklistReadsTheStepsAndTheInvestigationSinceTheNotification() throws {
        // Setup: an investigation before the notification, then the steps and one after it.
        var builder = B(fixture: 1410, child: 5, born: LocalDate(year: 2014, month: 6, day: 1)!, sex: .female, district: IndicatorFixtures.grenaa)
        builder.investigation(Self.day(2, 1))
        let notification = builder.abuseNotification(Self.day(3, 3), 9)
        let talk = builder.conversation(Self.day(3, 4))
        // The thing under test
        var checklist = try XCTUnwrap(Timeline(builder.entries).currentPreparedness)
        // Check
        XCTAssertEqual(checklist.notification.id, notification.id)
        XCTAssertEqual(checklist.conversations.map(\.id), [talk.id])
        XCTAssertNil(checklist.investigation, "an investigation before the notification is not the one it makes mandatory")
        XCTAssertFalse(checklist.isComplete)
        builder.preparedness(notification, .childConversation, Self.day(3, 4), 11, conversation: talk)
        builder.preparedness(notification, .police, Self.day(3, 5))
        builder.preparedness(notification, .childrensHouse, Self.day(3, 6))
        let investigation = builder.investigation(Self.day(3, 7))
        checklist = try XCTUnwrap(Timeline(builder.entries).currentPreparedness)
        XCTAssertEqual(checklist.investigation?.id, investigation.id)
        XCTAssertEqual(checklist.steps[.police]?.entry.occurredAt, DanishTime.instant(Self.day(3, 5), hour: 10))
        XCTAssertNil(checklist.steps[.parentsNotInformed])
        XCTAssertTrue(checklist.isComplete, "the decision not to inform the parents is taken only where it applies")
        // A closed case has no checklist on the page.
        builder.close(Self.day(6, 1))
        XCTAssertNil(Timeline(builder.entries).currentPreparedness)
    }

    func testThePayloadRoundTripsAndLeavesOutWhatIsNotRecorded() throws {
        let payload = EntryPayload.preparednessStep(PreparednessStep(notification: UUID(), step: .police, police: .consultedNotReported))
        XCTAssertEqual(try EntryPayload.decode(kind: .preparednessStep, json: try payload.encodedJSON()), payload)
        XCTAssertFalse(try payload.encodedJSON().contains("reason"))
    }

    func testTheIndicatorIsSuppressedBelowFiveChildren() {
        // Setup: child A of the fixture four times, then five.
        let computation = IndicatorComputation(grid: IndicatorFixtures.grid)
        let template = IndicatorFixtures.abusePreparednessSteps.children[0]
        let definition = IndicatorDefinition.abusePreparednessSteps(.standard)
        let cell = IndicatorCell(indicator: definition.id, period: IndicatorPeriod("2025-Q1")!)
        var table = IndicatorTable()
        for number in 1...5 {
            let facts = IndicatorChildFacts(id: IndicatorFixtures.uuid(1411, number, 0), birthDate: template.facts.birthDate,
                                            sex: template.facts.sex, district: template.facts.district)
            let entries = template.entries.map {
                Entry(id: $0.id, municipality: $0.municipality, child: facts.id, payload: $0.payload, occurredAt: $0.occurredAt,
                      recordedAt: $0.recordedAt, author: $0.author)
            }
            // The thing under test
            table.add(computation.contributions(of: facts, entries: entries, asOf: IndicatorFixtures.asOf))
            // Check
            if number < 5 { XCTAssertEqual(table.readout(cell, definition: definition), .suppressed, "\(number) children") }
        }
        XCTAssertEqual(table[cell].denominator, 5)
        XCTAssertEqual(table.readout(cell, definition: definition), .value(7, ninetiethPercentile: 7))
    }

    func testThePlanIsRevisedWithinFourYearsOfItsAdoption() throws {
        // Setup: a plan adopted on 29 February 2024.
        let plan = PreparednessPlan(title: "Beredskab mod overgreb", adoptedOn: LocalDate(year: 2024, month: 2, day: 29)!, reference: "Sag 24-123")
        // The thing under test, and the check: due four years on (seed 003), overdue the day after.
        XCTAssertEqual(plan.revisionDue, LocalDate(year: 2028, month: 2, day: 29)!)
        XCTAssertFalse(plan.isOverdue(on: LocalDate(year: 2028, month: 2, day: 29)!))
        XCTAssertTrue(plan.isOverdue(on: LocalDate(year: 2028, month: 3, day: 1)!))
        let today = LocalDate(year: 2026, month: 12, day: 7)!
        XCTAssertNoThrow(try plan.validate(today: today))
        let refused: [(PreparednessPlan, DomainError.Code, String)] = [
            (PreparednessPlan(title: " ", adoptedOn: plan.adoptedOn, reference: "Sag 24-123"), .textMissing, "title"),
            (PreparednessPlan(title: "Plan", adoptedOn: plan.adoptedOn, reference: ""), .textMissing, "reference"),
            (PreparednessPlan(title: "Plan", adoptedOn: today.adding(days: 1), reference: "Sag 24-123"), .dateInvalid, "adoptedOn"),
            (PreparednessPlan(title: String(repeating: "x", count: 201), adoptedOn: plan.adoptedOn, reference: "Sag"), .textTooLong, "title"),
        ]
        for (plan, code, field) in refused {
            XCTAssertThrowsError(try plan.validate(today: today)) { error in
                XCTAssertEqual((error as? DomainError)?.code, code)
                XCTAssertEqual((error as? DomainError)?.field, field)
            }
        }
    }

    func testTheIndicatorIsStandard() {
        XCTAssertNotNil(IndicatorDefinition.standard().first { $0.id == "abuse-preparedness-steps" })
        XCTAssertEqual(IndicatorDefinition.abusePreparednessSteps(.standard).series.map(\.id),
                       ["childConversation", "police", "childrensHouse", "investigation", "parentsNotInformed"])
    }
}
