import XCTest
@testable import SporDomain
import SporTestSupport

/// The definitions as values, and the periods they are counted over.
final class IndicatorDefinitionTests: XCTestCase {
    func testEveryIndicatorOfDomainMdIsDefinedOnce() {
        let ids = IndicatorDefinition.standard().map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count)
        // DOMAIN.md, "Indicator definitions (defaults)", and the rest of "The policy, measured".
        let domain = ["immediate-help-share", "network-meeting-first", "child-heard", "child-in-network-meeting", "caseworker-changes",
                      "days-to-help", "deadlines-met", "general-settings", "specialised", "network-placements", "homecomings",
                      "handover-meetings", "care-leaver-decision", "goals-progress",
                      "support-before-birth",
                      "in-school-or-work", "placed-schooling", "help-after-absence",
                      "professionals-per-child", "placements-near-home", "placements-school-kept", "young-adult-support-uptake",
                      "leisure-participation", "contact-visits-held",
                      "abuse-preparedness-steps",
                      "siblings-placed-together", "siblings-assessed"]
        XCTAssertEqual(Set(ids), Set(domain))
    }

    func testEveryDefinitionIsWrittenInDanishAndEnglish() {
        for definition in IndicatorDefinition.standard() {
            for text in [definition.titleDa, definition.titleEn, definition.definitionDa, definition.definitionEn, definition.numeratorDa,
                         definition.numeratorEn, definition.denominatorDa, definition.denominatorEn, definition.sourceDa, definition.sourceEn] {
                XCTAssertFalse(text.isBlank, definition.id)
            }
            XCTAssertEqual(definition.exclusionsDa == nil, definition.exclusionsEn == nil, definition.id)
            XCTAssertEqual(Set(definition.series.map(\.id)).count, definition.series.count, definition.id)
            XCTAssertFalse(definition.series.contains { $0.id.isEmpty }, "\(definition.id): \"\" is the headline")
        }
    }

    func testGoalsTargetsAndUnitsFollowThePolicy() throws {
        let byID = Dictionary(uniqueKeysWithValues: IndicatorDefinition.standard().map { ($0.id, $0) })
        let immediate = try XCTUnwrap(byID["immediate-help-share"])
        XCTAssertEqual(immediate.goals, ["2.1"])
        XCTAssertEqual(immediate.target, .atLeast(0.7))
        XCTAssertEqual(immediate.unit, .share)
        XCTAssertEqual(byID["child-heard"]?.target, .atLeast(1))
        XCTAssertEqual(byID["caseworker-changes"]?.unit, .perChildYear)
        XCTAssertEqual(byID["caseworker-changes"]?.target, .falling)
        XCTAssertEqual(byID["days-to-help"]?.unit, .medianDays)
        XCTAssertEqual(byID["specialised"]?.unit, .count)
        XCTAssertEqual(byID["specialised"]?.goals, ["3.2"])
        XCTAssertEqual(byID["general-settings"]?.counting, .periodEnd)
        XCTAssertTrue(immediate.definitionEn.contains(ImmediateHelpDefinition.standard.summaryEn))
    }

    func testTheDefinitionInForceShowsItsSettings() {
        // Setup
        var settings = IndicatorSettings()
        settings.networkMeetingWindowDays = 90
        settings.deadlineRules = [DeadlineRule.urgencyAssessment.id, DeadlineRule.receipt.id]
        // The thing under test
        let network = IndicatorDefinition.networkMeetingFirst(settings)
        let deadlines = IndicatorDefinition.deadlinesMet(settings)
        // Check
        XCTAssertTrue(network.definitionDa.contains("90 dage"))
        XCTAssertTrue(network.definitionEn.contains("90 days"))
        XCTAssertEqual(deadlines.series.map(\.id), ["assessment-24h", "receipt-6-working-days"])
        XCTAssertTrue(deadlines.series[0].titleDa.contains("§ 136"))
    }

    func testDeadlinesCountTheLawsRulesButNotThePolicysOwn() {
        let rules = IndicatorSettings.standard.deadlineRules
        XCTAssertTrue(rules.contains("assessment-24h"))
        XCTAssertTrue(rules.contains("investigation-4-months"))
        XCTAssertTrue(rules.contains("follow-up-95-first"))
        XCTAssertFalse(rules.contains(DeadlineRule.networkMeetingAction.id))
        XCTAssertFalse(rules.contains(DeadlineRule.transitionHandover.id))
        XCTAssertFalse(rules.contains(DeadlineRule.portalMessage.id))
        XCTAssertEqual(rules.count, RuleBook.barnetsLov.rules.count - 3)
    }

    func testADeadlineRunningOutAtMidnightBelongsToTheDayBefore() {
        XCTAssertEqual(IndicatorDefinition.dayDeadlineRunsOut(DanishTime.endOfDay(IndicatorFixtures.day(2025, 3, 31))),
                       IndicatorFixtures.day(2025, 3, 31))
        XCTAssertEqual(IndicatorDefinition.dayDeadlineRunsOut(DanishTime.instant(IndicatorFixtures.day(2025, 4, 1), hour: 14)),
                       IndicatorFixtures.day(2025, 4, 1))
    }

    // MARK: - Periods

    func testPeriodsReadAndWriteAsText() {
        for text in ["2025-03", "2025-Q1", "2025", "2024-12", "2026-Q4"] {
            XCTAssertEqual(IndicatorPeriod(text)?.description, text)
        }
        // Written as String(format:) writes them, for every month and quarter and for short years.
        for year in [7, 999, 2010, 9999] {
            for month in 1...12 {
                XCTAssertEqual(IndicatorPeriod(kind: .month, year: year, number: month)?.description, String(format: "%04d-%02d", year, month))
            }
            for quarter in 1...4 {
                XCTAssertEqual(IndicatorPeriod(kind: .quarter, year: year, number: quarter)?.description, String(format: "%04d-Q%d", year, quarter))
            }
            XCTAssertEqual(IndicatorPeriod(kind: .year, year: year)?.description, String(format: "%04d", year))
        }
        for text in ["2025-13", "2025-Q5", "2025-Q0", "25", "2025-3", "2025-03-01", ""] {
            XCTAssertNil(IndicatorPeriod(text), text)
        }
    }

    func testAPeriodHoldsItsDaysFromStartToEnd() throws {
        let quarter = try XCTUnwrap(IndicatorPeriod("2025-Q1"))
        XCTAssertEqual(quarter.start, IndicatorFixtures.day(2025, 1, 1))
        XCTAssertEqual(quarter.end, IndicatorFixtures.day(2025, 4, 1))
        XCTAssertEqual(quarter.lastDay, IndicatorFixtures.day(2025, 3, 31))
        XCTAssertTrue(quarter.contains(IndicatorFixtures.day(2025, 3, 31)))
        XCTAssertFalse(quarter.contains(IndicatorFixtures.day(2025, 4, 1)))
        XCTAssertEqual(IndicatorPeriod(.quarter, containing: IndicatorFixtures.day(2025, 8, 10)).description, "2025-Q3")
        XCTAssertEqual(IndicatorPeriod("2024-12")!.next.description, "2025-01")
        XCTAssertEqual(IndicatorPeriod("2024")!.lastDay, IndicatorFixtures.day(2024, 12, 31))
        // February of a leap year.
        XCTAssertEqual(IndicatorPeriod("2024-02")!.lastDay, IndicatorFixtures.day(2024, 2, 29))
    }

    func testTheGridHoldsMonthsQuartersAndYears() {
        let grid = IndicatorGrid(years: 2024...2025)
        XCTAssertEqual(grid.periods.count, 24 + 8 + 2)
        XCTAssertEqual(grid.periods.first?.description, "2024-01")
        XCTAssertEqual(grid.periods.last?.description, "2025")
        XCTAssertEqual(IndicatorGrid(years: 2025...2025, kinds: [.year, .quarter]).periods.map(\.description),
                       ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025"])
        // A period ends at midnight in Copenhagen: 1 April 2025 00:00 is 31 March 22:00 UTC (summer time).
        let slot = grid.slotsByKind[0]![14]
        XCTAssertEqual(slot.period.description, "2025-03")
        XCTAssertEqual(slot.endInstant, Date(timeIntervalSince1970: 1_743_458_400))
    }
}
