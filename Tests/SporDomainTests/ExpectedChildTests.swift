import XCTest
@testable import SporDomain
import SporTestSupport

/// Expected children (issue 23, item 1): what an unborn child's journal may hold, the join at birth, and the indicator
/// `support-before-birth` on a fixture with known values, suppressed below 5 children.
final class ExpectedChildTests: XCTestCase {
    let today = LocalDate(year: 2026, month: 1, day: 15)!
    var now: Date { DanishTime.instant(today, hour: 12) }
    let author = UUID()

    func expected() throws -> Child {
        try Child.expected(municipality: 707, dueDate: today.adding(days: 90), district: "Område Grenaa", familyName: "Hansen", today: today)
    }

    func entry(_ payload: EntryPayload, child: Child, corrects: UUID? = nil) -> Entry {
        Entry(municipality: 707, child: child.id, payload: payload, occurredAt: now.addingTimeInterval(-3600), recordedAt: now,
              author: author, corrects: corrects)
    }

    var unborn: JournalContext { JournalContext(unborn: true) }

    // MARK: - The allowed entries

    func testAnUnbornChildTakesAConcernANotificationANoteAndAnOpenOfferWithoutADecision() throws {
        // Setup
        let child = try expected()
        let concern = entry(.concern(Concern(level: .atRisk, source: .healthVisitor, description: "Misbrug under graviditeten")), child: child)
        let notification = entry(.notification(Notification(notifierKind: .professional, profession: .healthVisitor,
                                                            description: "Jordemoderen er bekymret")), child: child)
        let note = entry(.journalNote(JournalNote(text: "Samtale med den gravide")), child: child)
        let support = entry(.measureStarted(MeasureStart(offer: "saarbare-gravide", decision: nil, legalBasis: .earlyHelp)), child: child)
        var timeline = Timeline([])
        // The thing under test, and the check
        for step in [concern, notification, note, support] {
            XCTAssertNoThrow(try JournalRules.validate(step, in: timeline, now: now, context: unborn), "\(step.kind)")
            timeline = Timeline(timeline.entries + [step])
        }
        XCTAssertTrue(EntryKind.allowedBeforeBirth.contains(.urgencyAssessment))
        XCTAssertTrue(EntryKind.allowedBeforeBirth.contains(.networkMeeting))
    }

    func testAnUnbornChildRefusesWhatNeedsTheChildItself() throws {
        // Setup
        let child = try expected()
        let conversation = entry(.childConversation(try ChildConversation(heldBy: author, place: "Hjemme", childsWords: "Hej", notHeldReason: nil)),
                                 child: child)
        let investigation = entry(.investigation(AssessmentStart(reason: "Bekymring")), child: child)
        let referral = entry(.measureStarted(MeasureStart(offer: "familiebehandling", decision: nil, legalBasis: .treatment)), child: child)
        let withDecision = entry(.measureStarted(MeasureStart(offer: "saarbare-gravide", decision: UUID(), legalBasis: .earlyHelp)), child: child)
        // The thing under test, and the check: each refused as not before birth.
        for step in [conversation, investigation, referral, withDecision] {
            XCTAssertThrowsError(try JournalRules.validate(step, in: Timeline([]), now: now, context: unborn), "\(step.kind)") { error in
                XCTAssertEqual((error as? DomainError)?.code, .notBeforeBirth)
            }
        }
        // The same conversation on a born child is written.
        XCTAssertNoThrow(try JournalRules.validate(conversation, in: Timeline([]), now: now,
                                                   context: JournalContext(birthDate: LocalDate(year: 2015, month: 1, day: 1))))
        XCTAssertFalse(EntryKind.allowedBeforeBirth.contains(.decision))
        XCTAssertFalse(EntryKind.allowedBeforeBirth.contains(.placementStarted))
        XCTAssertFalse(EntryKind.allowedBeforeBirth.contains(.childConversation))
    }

    // MARK: - The join

    func testTheBirthKeepsTheIdAndTakesTheCPRNumbersBirthDateAndSex() throws {
        // Setup: due in 90 days, born 80 days from today, registered on the day.
        let child = try expected()
        let birthDay = today.adding(days: 80)
        let cpr = try CPR(String(format: "%02d%02d%02d-4322", birthDay.day, birthDay.month, birthDay.year % 100))
        // The thing under test
        let born = try child.born(cpr: cpr, givenName: " Alma ", familyName: "Hansen", today: birthDay)
        // Check
        XCTAssertEqual(born.id, child.id)
        XCTAssertEqual(born.birthDate, birthDay)
        XCTAssertEqual(born.sex, cpr.sex)
        XCTAssertEqual(born.fullName, "Alma Hansen")
        XCTAssertFalse(born.isExpected)
        XCTAssertTrue(child.isExpected)
        XCTAssertEqual(child.fullName, "Hansen")
        // Born once only.
        XCTAssertThrowsError(try born.born(cpr: cpr, givenName: "Alma", familyName: "Hansen", today: birthDay)) { error in
            XCTAssertEqual((error as? DomainError)?.code, .childAlreadyBorn)
        }
    }

    func testABirthOutsideTheWindowOrInTheFutureIsRefused() throws {
        let child = try expected()
        let due = child.dueDate!
        func cpr(_ day: LocalDate) throws -> CPR { try CPR(String(format: "%02d%02d%02d-4321", day.day, day.month, day.year % 100)) }
        // Far too early (a year before the due date), too late (5 weeks after), and after today.
        for (day, registeredOn, code) in [(due.adding(days: -365), due, DomainError.Code.birthOutsideDueWindow),
                                          (due.adding(days: 35), due.adding(days: 40), .birthOutsideDueWindow),
                                          (due, due.adding(days: -1), .birthDateImplausible)] {
            XCTAssertThrowsError(try child.born(cpr: try cpr(day), givenName: "A", familyName: "B", today: registeredOn)) { error in
                XCTAssertEqual((error as? DomainError)?.code, code, "\(day)")
            }
        }
        // Week 22 and week 44 are inside.
        XCTAssertNoThrow(try child.born(cpr: try cpr(due.adding(days: -126)), givenName: "A", familyName: "B", today: due))
        XCTAssertNoThrow(try child.born(cpr: try cpr(due.adding(days: 28)), givenName: "A", familyName: "B", today: due.adding(days: 28)))
    }

    func testADueDateFarAwayIsRefused() {
        for dueDate in [today.adding(days: -31), today.adding(days: 295)] {
            XCTAssertThrowsError(try Child.expected(municipality: 707, dueDate: dueDate, district: "Område Grenaa", today: today)) { error in
                XCTAssertEqual((error as? DomainError)?.code, .dueDateImplausible)
                XCTAssertEqual((error as? DomainError)?.field, "dueDate")
            }
        }
    }

    // MARK: - The indicator

    /// The fixture `IndicatorFixtures.supportBeforeBirth` (its values are checked in `IndicatorFixtureTests`).
    static func fixture() -> [(IndicatorChildFacts, [Entry])] {
        IndicatorFixtures.supportBeforeBirth.children.map { ($0.facts, $0.entries) }
    }

    func testSupportBeforeBirthReadsAsAShare() {
        // Setup
        let table = IndicatorFixtureTests.table(IndicatorFixtures.supportBeforeBirth)
        let definition = IndicatorDefinition.supportBeforeBirth(.standard)
        // The thing under test, and the check: 5 of 7 shown; March's 1 of 2 hidden.
        XCTAssertEqual(table.readout(IndicatorCell(indicator: definition.id, period: IndicatorPeriod("2025")!), definition: definition),
                       .value(5.0 / 7.0, ninetiethPercentile: nil))
        XCTAssertEqual(table.readout(IndicatorCell(indicator: definition.id, period: IndicatorPeriod("2025-03")!), definition: definition),
                       .suppressed)
    }

    func testSupportBeforeBirthIsSuppressedBelowFiveChildren() {
        // Setup: the first four counted children, then the fifth.
        let computation = IndicatorComputation(grid: IndicatorFixtures.grid)
        let definition = IndicatorDefinition.supportBeforeBirth(.standard)
        let cell = IndicatorCell(indicator: definition.id, period: IndicatorPeriod("2025")!)
        var table = IndicatorTable()
        for (number, (facts, entries)) in Self.fixture().prefix(5).enumerated() {
            // The thing under test
            table.add(computation.contributions(of: facts, entries: entries, asOf: IndicatorFixtures.asOf))
            // Check
            if number < 4 { XCTAssertEqual(table.readout(cell, definition: definition), .suppressed, "\(number + 1) children") }
        }
        XCTAssertEqual(table.readout(cell, definition: definition), .value(4.0 / 5.0, ninetiethPercentile: nil), "children A, C, D and E of A–E")
    }

    func testTheIndicatorIsStandard() {
        let definition = IndicatorDefinition.standard().first { $0.id == "support-before-birth" }
        XCTAssertEqual(definition?.unit, .share)
        XCTAssertEqual(definition?.counting, .event)
    }
}
