import XCTest
@testable import SporDomain
import SporTestSupport

/// The fixtures' hand-computed values, and that the fixtures are what they claim: valid journals, every indicator covered.
final class IndicatorFixtureTests: XCTestCase {
    /// The fixture's children's contributions, summed.
    static func table(_ fixture: IndicatorFixtures.Fixture, settings: IndicatorSettings = .standard) -> IndicatorTable {
        let computation = IndicatorComputation(grid: fixture.grid, settings: settings)
        var table = IndicatorTable()
        for child in fixture.children {
            table.add(computation.contributions(of: child.facts, entries: child.entries, asOf: fixture.asOf))
        }
        return table
    }

    func check(_ fixture: IndicatorFixtures.Fixture, file: StaticString = #filePath, line: UInt = #line) {
        // Setup
        let table = Self.table(fixture)
        // Check
        for expectation in fixture.expected {
            XCTAssertEqual(table[expectation.cell], expectation.tally,
                           "\(fixture.name): \(expectation.cell.indicator) \(expectation.cell.series) \(expectation.cell.period) "
                               + "\(expectation.cell.breakdown)", file: file, line: line)
        }
    }

    // MARK: - One test per fixture

    func testImmediateHelpShare() { check(IndicatorFixtures.immediateHelpShare) }
    func testNetworkMeetingFirst() { check(IndicatorFixtures.networkMeetingFirst) }
    func testChildHeard() { check(IndicatorFixtures.childHeard) }
    func testChildInNetworkMeeting() { check(IndicatorFixtures.childInNetworkMeeting) }
    func testCaseworkerChanges() { check(IndicatorFixtures.caseworkerChanges) }
    func testProfessionalsPerChild() { check(IndicatorFixtures.professionalsPerChild) }
    func testDaysToHelp() { check(IndicatorFixtures.daysToHelp) }
    func testDeadlinesMet() { check(IndicatorFixtures.deadlinesMet) }
    func testGeneralSettings() { check(IndicatorFixtures.generalSettings) }
    func testSpecialised() { check(IndicatorFixtures.specialised) }
    func testPlacements() { check(IndicatorFixtures.placements) }
    func testHomecomings() { check(IndicatorFixtures.homecomings) }
    func testHandoverMeetings() { check(IndicatorFixtures.handoverMeetings) }
    func testCareLeaverDecision() { check(IndicatorFixtures.careLeaverDecision) }
    func testYoungAdultSupportUptake() { check(IndicatorFixtures.youngAdultSupportUptake) }
    func testGoalsProgress() { check(IndicatorFixtures.goalsProgress) }
    func testSchool() { check(IndicatorFixtures.school) }
    func testLeisureParticipation() { check(IndicatorFixtures.leisureParticipation) }
    func testSupportBeforeBirth() { check(IndicatorFixtures.supportBeforeBirth) }
    func testContactVisitsHeld() { check(IndicatorFixtures.contactVisitsHeld) }
    func testAbusePreparednessSteps() { check(IndicatorFixtures.abusePreparednessSteps) }
    func testSiblings() { check(IndicatorFixtures.siblings) }

    // MARK: - The fixtures themselves

    func testEveryIndicatorHasAFixtureWithAtLeastThreeChildren() {
        let covered = IndicatorFixtures.all.filter { $0.children.count >= 3 }.flatMap(\.indicators)
        for definition in IndicatorDefinition.standard() {
            XCTAssertTrue(covered.contains(definition.id), "no fixture for \(definition.id)")
        }
        XCTAssertEqual(IndicatorFixtures.all.count, 22)
    }

    func testEveryFixtureHasABoundaryACorrectionAndATurning18() {
        for fixture in IndicatorFixtures.all {
            let entries = fixture.children.flatMap(\.entries)
            XCTAssertTrue(entries.contains { $0.kind == .correction }, "\(fixture.name): no correction")
            XCTAssertTrue(fixture.children.contains { child in
                let turns18 = child.facts.birthDate.birthday(turning: 18)
                return fixture.grid.years.contains(turns18.year)
            }, "\(fixture.name): nobody turns 18 in the grid")
            XCTAssertTrue(fixture.children.contains { $0.about.contains("boundary") }, "\(fixture.name): no period boundary")
        }
    }

    func testFixtureJournalsAreValidCourses() {
        for fixture in IndicatorFixtures.all {
            for child in fixture.children {
                var recorded: [Entry] = []
                for entry in child.entries {
                    // An entry dated before the birth day was written on the expected child, under its rules.
                    let unborn = entry.occurredAt < DanishTime.startOfDay(child.facts.birthDate)
                    let context = JournalContext(birthDate: unborn ? nil : child.facts.birthDate, unborn: unborn)
                    XCTAssertNoThrow(try JournalRules.validate(entry, in: Timeline(recorded), now: entry.recordedAt.addingTimeInterval(60),
                                                               context: context),
                                     "\(fixture.name), \(child.about): \(entry.kind) at \(entry.occurredAt)")
                    recorded.append(entry)
                }
            }
        }
    }

    func testFixtureIdsAreFixedAndUnique() {
        let ids = IndicatorFixtures.all.flatMap { $0.children.flatMap { $0.entries.map(\.id) } }
        XCTAssertEqual(Set(ids).count, ids.count)
        XCTAssertEqual(IndicatorFixtures.immediateHelpShare.children[0].facts.id.uuidString, "00000001-0001-4000-8000-000000000000")
        XCTAssertEqual(IndicatorFixtures.immediateHelpShare.children[0].entries[0].id.uuidString, "00000001-0001-4000-8000-000000000001")
    }

    /// The one-pass reading agrees with `ImmediateHelpDefinition.isImmediateHelp`, the case page's definition.
    func testImmediateHelpAgreesWithTheDefinition() {
        for definition in [ImmediateHelpDefinition.standard,
                           ImmediateHelpDefinition(ruledOutBy: [.investigationConcluded, .focusedAssessmentConcluded], lookbackMonths: 2)] {
            var settings = IndicatorSettings()
            settings.courseRules.immediateHelp = definition
            for fixture in IndicatorFixtures.all {
                for child in fixture.children {
                    let timeline = Timeline(child.entries)
                    let course = IndicatorCourse(child: child.facts, timeline: timeline, settings: settings, asOf: fixture.asOf)
                    for start in course.starts {
                        XCTAssertEqual(start.immediateHelp, definition.isImmediateHelp(timeline.entry(id: start.entry)!, in: timeline),
                                       "\(fixture.name), \(child.about), \(start.day)")
                    }
                }
            }
        }
    }

    // MARK: - What the cells show

    func testDaysToHelpReadsAsMedianAndNinetiethPercentile() {
        let table = Self.table(IndicatorFixtures.daysToHelp)
        let definition = IndicatorDefinition.daysToHelp(.standard)
        let year = IndicatorPeriod("2025")!
        XCTAssertEqual(table[IndicatorCell(indicator: "days-to-help", period: year)].median, 45)
        XCTAssertEqual(table[IndicatorCell(indicator: "days-to-help", period: year)].percentile(90), 80)
        XCTAssertEqual(table[IndicatorCell(indicator: "days-to-help", series: "with-early-help", period: year)].median, 17.5)
        // Four children: fewer than five, so the page shows "<5".
        XCTAssertEqual(table.readout(IndicatorCell(indicator: "days-to-help", period: year), definition: definition), .suppressed)
    }

    func testCaseworkerChangesReadPerChildYear() throws {
        let table = Self.table(IndicatorFixtures.caseworkerChanges)
        let tally = table[IndicatorCell(indicator: "caseworker-changes", period: IndicatorPeriod("2025")!)]
        XCTAssertEqual(try XCTUnwrap(tally.perChildYear()), 5 / (730 / 365.25), accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(IndicatorDefinition.caseworkerChanges(.standard).value(of: tally)), 2.5017, accuracy: 1e-4)
    }

    func testAShorterNetworkWindowDropsTheMeetingAtItsEdge() {
        // Setup: 179 days instead of 180.
        var settings = IndicatorSettings()
        settings.networkMeetingWindowDays = 179
        // The thing under test
        let table = Self.table(IndicatorFixtures.networkMeetingFirst, settings: settings)
        // Check: the meeting on 1 October 2024 no longer counts for the notification on 30 March 2025.
        XCTAssertEqual(table[IndicatorCell(indicator: "network-meeting-first", period: IndicatorPeriod("2025-Q1")!)],
                       IndicatorTally(numerator: 0, denominator: 1, children: 1))
    }
}
