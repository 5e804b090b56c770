import XCTest
@testable import SporDomain
import SporTestSupport

/// A placed child's contact plan and visits (issue 24, item 3): a plan needs a running placement of the child and an
/// answer on supervision; a visit needs a plan of this child on a running placement; the visits due by the frequency;
/// the indicator's suppression below five children.
final class ContactPlanTests: XCTestCase {
    typealias B = IndicatorFixtures.CourseBuilder
    static func day(_ month: Int, _ day: Int) -> LocalDate { LocalDate(year: 2025, month: month, day: day)! }

    /// A child placed on 4 March 2025 (a conversation, a decision, the placement).
    func placedChild(_ number: Int = 1) -> (builder: B, placement: Entry) {
        var builder = B(fixture: 240, child: number, born: LocalDate(year: 2014, month: 6, day: 1)!, sex: .female, district: IndicatorFixtures.grenaa)
        let placed = builder.placed(conversationOn: Self.day(3, 1))
        return (builder, placed.placement)
    }

    /// Validates the builder's last entry against the course before it.
    func validateLast(_ builder: B) throws {
        let last = builder.entries.last!
        try JournalRules.validate(last, in: Timeline(Array(builder.entries.dropLast())), now: last.recordedAt.addingTimeInterval(60),
                                  context: JournalContext(birthDate: builder.facts.birthDate))
    }

    func assertRefused(_ builder: B, _ code: DomainError.Code, field: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try validateLast(builder), file: file, line: line) { error in
            XCTAssertEqual((error as? DomainError)?.code, code, file: file, line: line)
            XCTAssertEqual((error as? DomainError)?.field, field, file: file, line: line)
        }
    }

    func plan(_ placement: Entry, supersedes: Entry? = nil, supervised: Bool? = true, from: LocalDate = day(3, 5)) -> EntryPayload {
        IndicatorFixtures.contactPlanPayload(placement, supersedes: supersedes, person: UUID(), visits: 1, period: .fortnight,
                                             supervised: supervised, from: from)
    }

    func testAPlanOnARunningPlacementWithSupervisionAnsweredIsAccepted() throws {
        var (builder, placement) = placedChild()
        // The thing under test
        builder.add(plan(placement), Self.day(3, 5))
        // Check
        XCTAssertNoThrow(try validateLast(builder))
    }

    func testAPlanNeedsARunningPlacement() {
        // Setup: a child with a placement, and one whose placement has ended.
        var (builder, placement) = placedChild()
        var ended = builder
        ended.end(placement, Self.day(4, 1))
        // The thing under test: a plan naming a decision (not a placement), and a plan after the placement ended.
        builder.add(plan(builder.entries[1]), Self.day(3, 5))
        assertRefused(builder, .placementNotRunning, field: "placement")
        ended.add(plan(placement, from: Self.day(4, 2)), Self.day(4, 2))
        assertRefused(ended, .placementNotRunning, field: "placement")
    }

    func testSupervisionUnansweredIsRefused() {
        var (builder, placement) = placedChild()
        builder.add(plan(placement, supervised: nil), Self.day(3, 5))
        assertRefused(builder, .supervisionUnanswered, field: "supervised")
    }

    func testAPlanNamesOnePersonAndReplacesThePlanInForce() throws {
        var (builder, placement) = placedChild()
        let first = builder.add(plan(placement), Self.day(3, 5))
        // Neither a person nor a name, and both.
        var nobody = builder
        nobody.add(.contactPlan(ContactPlan(placement: placement.id, supersedes: first.id, visits: 1, period: .week, supervised: false,
                                            from: Self.day(3, 6))), Self.day(3, 6))
        assertRefused(nobody, .contactPersonMissing, field: "person")
        // A second plan that does not say it replaces the first (two caseworkers at once) is refused; one that does is accepted.
        var stale = builder
        stale.add(plan(placement, from: Self.day(3, 6)), Self.day(3, 6))
        assertRefused(stale, .contactPlanOutdated, field: "supersedes")
        let second = builder.add(plan(placement, supersedes: first, from: Self.day(3, 20)), Self.day(3, 6))
        XCTAssertNoThrow(try validateLast(builder))
        // Check: the timeline reads the second as in force, the first as stopped the day before the second's first day.
        let plans = Timeline(builder.entries).contactPlans
        XCTAssertEqual(plans.map(\.supersededBy), [second.id, nil])
        XCTAssertEqual(plans[0].end, Self.day(3, 19))
        XCTAssertEqual(Timeline(builder.entries).currentContactPlan(placement: placement.id)?.entry.id, second.id)
    }

    func testAVisitNeedsAPlanOfThisChildOnARunningPlacement() {
        // Setup: two placed children, each with a plan.
        var (builder, placement) = placedChild(1)
        let own = builder.add(plan(placement), Self.day(3, 5))
        var (other, otherPlacement) = placedChild(2)
        let theirs = other.add(plan(otherPlacement), Self.day(3, 5))
        // The thing under test: a visit on the other child's plan; on the child's own after the placement ended; a held visit.
        var stranger = builder
        stranger.add(IndicatorFixtures.visit(theirs, Self.day(3, 10)), Self.day(3, 10))
        assertRefused(stranger, .contactPlanMissing, field: "plan")
        var ended = builder
        ended.end(placement, Self.day(3, 12))
        ended.add(IndicatorFixtures.visit(own, Self.day(3, 10)), Self.day(3, 13))
        assertRefused(ended, .placementNotRunning, field: "plan")
        builder.add(IndicatorFixtures.visit(own, Self.day(3, 10)), Self.day(3, 10))
        XCTAssertNoThrow(try validateLast(builder))
    }

    func testAVisitIsOnADayOfThePlanAndACancelledOneSaysWhy() {
        var (builder, placement) = placedChild()
        let own = builder.add(plan(placement), Self.day(3, 5))
        var early = builder
        early.add(IndicatorFixtures.visit(own, Self.day(3, 4)), Self.day(3, 6))
        assertRefused(early, .dateInvalid, field: "day")
        var ahead = builder
        ahead.add(IndicatorFixtures.visit(own, Self.day(3, 20)), Self.day(3, 6))
        assertRefused(ahead, .dateInvalid, field: "day")
        var silent = builder
        silent.add(.contactVisit(ContactVisit(plan: own.id, day: Self.day(3, 6), cancelledBy: .parent, reason: "  ")), Self.day(3, 6))
        assertRefused(silent, .textMissing, field: "reason")
        var held = builder
        held.add(.contactVisit(ContactVisit(plan: own.id, day: Self.day(3, 6), reason: "Syg")), Self.day(3, 6))
        assertRefused(held, .visitCancellationInvalid, field: "reason")
        builder.add(IndicatorFixtures.visit(own, Self.day(3, 6), cancelledBy: .municipality), Self.day(3, 6))
        XCTAssertNoThrow(try validateLast(builder))
    }

    func testTheVisitsDueFollowTheFrequencyAndThePlanIsKeptWhenAsManyAreHeld() {
        let plan = ContactPlan(placement: UUID(), person: UUID(), visits: 2, period: .month, supervised: false, from: Self.day(1, 1))
        XCTAssertEqual(plan.visitsDue(through: Self.day(1, 29)), 0, "no whole month yet")
        XCTAssertEqual(plan.visitsDue(through: Self.day(1, 30)), 2)
        XCTAssertEqual(plan.visitsDue(through: Self.day(3, 31)), 6)
        XCTAssertEqual(plan.visitsDue(through: Self.day(3, 31), end: Self.day(2, 28)), 2, "not after the plan stopped")
        XCTAssertEqual(plan.visitsDue(through: LocalDate(year: 2024, month: 12, day: 1)!), 0)
        // A course: a fortnightly plan from 5 March, two visits held and one cancelled by 9 April.
        var (builder, placement) = placedChild()
        let own = builder.add(self.plan(placement), Self.day(3, 5))
        builder.add(IndicatorFixtures.visit(own, Self.day(3, 12)), Self.day(3, 12))
        builder.add(IndicatorFixtures.visit(own, Self.day(3, 26), cancelledBy: .child), Self.day(3, 26))
        builder.add(IndicatorFixtures.visit(own, Self.day(4, 9)), Self.day(4, 9))
        let reading = Timeline(builder.entries).contactPlans[0]
        XCTAssertEqual([reading.held, reading.cancelled], [2, 1])
        XCTAssertTrue(reading.isKept(through: Self.day(4, 14)), "2 held, 2 due (5 March–14 April: 41 days)")
        XCTAssertFalse(reading.isKept(through: Self.day(4, 15)), "2 held, 3 due (42 days)")
    }

    func testThePayloadsRoundTripAndAnOldPlacementStillReads() throws {
        let plan = EntryPayload.contactPlan(ContactPlan(placement: UUID(), otherName: "Morfar", visits: 1, period: .week, supervised: nil,
                                                        from: Self.day(3, 5)))
        XCTAssertEqual(try EntryPayload.decode(kind: .contactPlan, json: try plan.encodedJSON()), plan)
        let visit = EntryPayload.contactVisit(ContactVisit(plan: UUID(), day: Self.day(3, 6), cancelledBy: .placement, reason: "Lejrtur"))
        XCTAssertEqual(try EntryPayload.decode(kind: .contactVisit, json: try visit.encodedJSON()), visit)
        XCTAssertFalse(try visit.encodedJSON().contains("note"), "what is not recorded is left out")
    }

    func testTheIndicatorIsSuppressedBelowFiveChildren() {
        // Setup: child A of the fixture four times, then five.
        let computation = IndicatorComputation(grid: IndicatorFixtures.grid)
        let template = IndicatorFixtures.contactVisitsHeld.children[0]
        let definition = IndicatorDefinition.contactVisitsHeld(.standard)
        let cell = IndicatorCell(indicator: definition.id, period: IndicatorPeriod("2025-Q1")!)
        var table = IndicatorTable()
        for number in 1...5 {
            let facts = IndicatorChildFacts(id: IndicatorFixtures.uuid(98, number, 0), birthDate: template.facts.birthDate,
                                            sex: template.facts.sex, district: template.facts.district)
            let entries = template.entries.map {
                Entry(id: $0.id, municipality: $0.municipality, child: facts.id, payload: $0.payload, occurredAt: $0.occurredAt,
                      recordedAt: $0.recordedAt, author: $0.author)
            }
            // The thing under test
            table.add(computation.contributions(of: facts, entries: entries, asOf: IndicatorFixtures.asOf))
            // Check
            if number < 5 { XCTAssertEqual(table.readout(cell, definition: definition), .suppressed) }
        }
        XCTAssertEqual(table[cell].numerator, 15)
        XCTAssertEqual(table[cell].denominator, 20)
        XCTAssertEqual(table.readout(cell, definition: definition), .value(0.75, ninetiethPercentile: nil))
    }

    func testTheIndicatorIsStandard() {
        let definition = IndicatorDefinition.standard().first { $0.id == "contact-visits-held" }
        XCTAssertEqual(definition?.unit, .share)
        XCTAssertEqual(definition?.counting, .event)
        XCTAssertTrue(definition?.definitionEn.contains("held") == true)
    }
}
