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

    /// Six children born in 2025 with a concern or notification before birth: four had support before (an offer
    /// started, or a network meeting), two only after. A seventh, born in 2025 with a concern after birth only, and an
    /// eighth, born in 2024, are not counted. So 2025: 4 / 6; March 2025 (children 1–2 born then): 1 / 2.
    static func fixture() -> [(IndicatorChildFacts, [Entry])] {
        let d = IndicatorFixtures.day
        func builder(_ number: Int, born: LocalDate) -> IndicatorFixtures.CourseBuilder {
            IndicatorFixtures.CourseBuilder(fixture: 0x23E, child: number, born: born, sex: .female, district: "Område Grenaa")
        }
        let support = EntryPayload.measureStarted(MeasureStart(offer: "saarbare-gravide", decision: nil, legalBasis: .earlyHelp))
        var children: [IndicatorFixtures.CourseBuilder] = []
        // 1: notification, offer before birth (counts).
        var c = builder(1, born: d(2025, 3, 10)); c.notification(d(2024, 12, 1)); c.add(support, d(2024, 12, 20)); children.append(c)
        // 2: concern before, offer only after birth (does not count).
        c = builder(2, born: d(2025, 3, 20)); c.concern(d(2025, 1, 5)); c.add(support, d(2025, 4, 1)); children.append(c)
        // 3: notification, network meeting before birth (counts).
        c = builder(3, born: d(2025, 6, 1)); c.notification(d(2025, 2, 1)); c.networkMeeting(d(2025, 2, 10), childTookPart: false); children.append(c)
        // 4: concern, offer before birth (counts).
        c = builder(4, born: d(2025, 8, 15)); c.concern(d(2025, 5, 1)); c.add(support, d(2025, 6, 1)); children.append(c)
        // 5: notification, offer before birth (counts).
        c = builder(5, born: d(2025, 10, 3)); c.notification(d(2025, 7, 1)); c.add(support, d(2025, 7, 15)); children.append(c)
        // 6: notification, nothing before birth (does not count).
        c = builder(6, born: d(2025, 11, 30)); c.notification(d(2025, 9, 1)); children.append(c)
        // 7: born 2025, a concern only after birth: not counted.
        c = builder(7, born: d(2025, 2, 1)); c.concern(d(2025, 5, 1)); c.add(support, d(2025, 5, 2)); children.append(c)
        // 8: born in 2024, before the grid: not counted.
        c = builder(8, born: d(2024, 11, 1)); c.notification(d(2024, 8, 1)); c.add(support, d(2024, 8, 2)); children.append(c)
        return children.map { ($0.facts, $0.entries) }
    }

    func testSupportBeforeBirthOnTheFixture() {
        // Setup
        let computation = IndicatorComputation(grid: IndicatorFixtures.grid)
        var table = IndicatorTable()
        // The thing under test
        for (facts, entries) in Self.fixture() {
            table.add(computation.contributions(of: facts, entries: entries, asOf: IndicatorFixtures.asOf))
        }
        // Check
        let year = table[IndicatorCell(indicator: "support-before-birth", period: IndicatorPeriod("2025")!)]
        XCTAssertEqual(year.numerator, 4)
        XCTAssertEqual(year.denominator, 6)
        XCTAssertEqual(year.children, 6)
        let march = table[IndicatorCell(indicator: "support-before-birth", period: IndicatorPeriod("2025-03")!)]
        XCTAssertEqual(march.numerator, 1)
        XCTAssertEqual(march.denominator, 2)
        let definition = IndicatorDefinition.supportBeforeBirth(.standard)
        XCTAssertEqual(table.readout(IndicatorCell(indicator: definition.id, period: IndicatorPeriod("2025")!), definition: definition),
                       .value(4.0 / 6.0, ninetiethPercentile: nil))
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
        XCTAssertEqual(table.readout(cell, definition: definition), .value(4.0 / 5.0, ninetiethPercentile: nil), "children 1, 3, 4 and 5 of 1–5")
    }

    func testTheIndicatorIsStandard() {
        let definition = IndicatorDefinition.standard().first { $0.id == "support-before-birth" }
        XCTAssertEqual(definition?.unit, .share)
        XCTAssertEqual(definition?.counting, .event)
    }
}
