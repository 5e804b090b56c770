import XCTest
@testable import SporDomain
import SporTestSupport

/// Per-child contributions: they add up in any order, come out the same on a recompute, take away cleanly, count each
/// child once per cell, and stop at the time of reckoning.
final class IndicatorContributionTests: XCTestCase {
    let computation = IndicatorComputation(grid: IndicatorFixtures.grid)

    var everyChild: [(IndicatorFixtures.FixtureChild, Date)] {
        IndicatorFixtures.all.flatMap { fixture in fixture.children.map { ($0, fixture.asOf) } }
    }

    func contributions(_ child: IndicatorFixtures.FixtureChild, asOf: Date = IndicatorFixtures.asOf) -> ChildIndicatorContributions {
        computation.contributions(of: child.facts, entries: child.entries, asOf: asOf)
    }

    func testContributionsAddUpTheSameInAnyOrder() {
        // Setup
        let all = everyChild.map { contributions($0.0, asOf: $0.1) }
        // The thing under test
        var forwards = IndicatorTable()
        forwards.add(all)
        var backwards = IndicatorTable()
        backwards.add(Array(all.reversed()))
        // Check
        XCTAssertEqual(forwards, backwards)
        XCTAssertFalse(forwards.cells.isEmpty)
    }

    func testTablesOfSomeChildrenEachAddUpToTheTableOfAll() {
        // Setup: the children split in two, the second half first, so names and districts are numbered differently.
        let all = everyChild.map { contributions($0.0, asOf: $0.1) }
        var whole = IndicatorTable()
        whole.add(all)
        var first = IndicatorTable()
        first.add(Array(all.prefix(all.count / 2)))
        var second = IndicatorTable()
        second.add(Array(all.suffix(from: all.count / 2).reversed()))
        // The thing under test: a recompute sums the tables its workers counted.
        var merged = IndicatorTable()
        merged.add(second)
        merged.add(first)
        // Check
        XCTAssertEqual(merged, whole)
        XCTAssertNotEqual(first, whole)
        XCTAssertGreaterThan(Set(all.map(\.child.district)).count, 1)
    }

    func testASumOfManyChildrenGivesTheTableTheyAddUpTo() {
        // Setup: every fixture child, added to a table row by row; the children come from several districts and sexes.
        let all = everyChild.map { contributions($0.0, asOf: $0.1) }
        var added = IndicatorTable()
        added.add(all)
        XCTAssertGreaterThan(Set(all.map(\.child.district)).count, 1)
        XCTAssertEqual(Set(all.map(\.child.sex)).count, 2)
        // The thing under test: the same children, in another order, summed by district and sex together and spread.
        // (Several sums added together: `testTheSharesOfSeveralSumsCellGroupsAreTheGroupsOfTheirTable`.)
        var sum = IndicatorSum()
        for child in all.reversed() { sum.add(child) }
        // Check: the same cells, for the standard splits and for splits by two things at once.
        XCTAssertEqual(sum.table, added)
        XCTAssertFalse(added.cells.isEmpty)
        let twoAtOnce: [IndicatorBreakdown.Dimensions] = [[], [.district, .sex], [.ageGroup, .sex], .district]
        var byTwo = IndicatorTable(dimensions: twoAtOnce)
        byTwo.add(all)
        var summedByTwo = IndicatorSum(dimensions: twoAtOnce)
        for child in all { summedByTwo.add(child) }
        XCTAssertEqual(summedByTwo.table, byTwo)
        XCTAssertNotEqual(byTwo.cells.count, added.cells.count)
    }

    func testTheSharesOfSeveralSumsCellGroupsAreTheGroupsOfTheirTable() {
        // Setup: every fixture child, in a table; and in three sums of a third of the children each.
        let all = everyChild.map { contributions($0.0, asOf: $0.1) }
        var table = IndicatorTable()
        table.add(all)
        var sums = [IndicatorSum(), IndicatorSum(), IndicatorSum()]
        for (index, child) in all.enumerated() { sums[index % 3].add(child) }

        for shares in [1, 2, 5] {
            // The thing under test
            let groups = (0..<shares).map { IndicatorSum.cellGroups(of: sums, share: $0, of: shares) }

            // Check: every cell of the table once, in a group of its indicator series and period, and each group in one
            // share only; with several shares, none empty.
            var cells: [IndicatorCell: IndicatorTally] = [:]
            for group in groups.joined() {
                for (breakdown, tally) in group.cells {
                    let cell = IndicatorCell(indicator: group.indicator, series: group.series, period: group.period, breakdown: breakdown)
                    XCTAssertNil(cells.updateValue(tally, forKey: cell), "\(cell) twice with \(shares) shares")
                }
            }
            XCTAssertEqual(cells, table.cells, "\(shares) shares")
            let keys = groups.joined().map { "\($0.indicator)/\($0.series)/\($0.period)" }
            XCTAssertEqual(Set(keys).count, keys.count, "a group in two shares of \(shares)")
            if shares > 1 { XCTAssertTrue(groups.allSatisfy { !$0.isEmpty }, "\(shares) shares") }
        }
    }

    func testARecomputeGivesTheSameRowsWhateverTheOrderOfTheEntries() {
        for (child, asOf) in everyChild {
            let once = contributions(child, asOf: asOf)
            let again = computation.contributions(of: child.facts, entries: child.entries.reversed(), asOf: asOf)
            XCTAssertEqual(once, again, child.about)
        }
    }

    func testTakingAChildAwayLeavesWhatTheOthersGive() {
        // Setup
        let all = everyChild.map { contributions($0.0, asOf: $0.1) }
        var withoutFirst = IndicatorTable()
        withoutFirst.add(Array(all.dropFirst()))
        // The thing under test: a store replacing a child's old contribution takes it away.
        var table = IndicatorTable()
        table.add(all)
        table.add(all[0], sign: -1)
        // Check
        XCTAssertEqual(table, withoutFirst)
        var empty = IndicatorTable()
        empty.add(all[0])
        empty.add(all[0], sign: -1)
        XCTAssertTrue(empty.cells.isEmpty)
    }

    func testAChildCountsOnceInACellThoughItsAgeBandChangedInThePeriod() throws {
        // C of the caseworker fixture turns 18 on 10 August: days in Q3 at 17 and at 18.
        let child = IndicatorFixtures.caseworkerChanges.children[2]
        let rows = contributions(child).rows.filter { $0.indicator == "caseworker-changes" && $0.period == IndicatorPeriod("2025-Q3")! }
        XCTAssertEqual(rows.map(\.ageGroup), [nil, .teen, .youngAdult])
        XCTAssertEqual(rows.map(\.tally.children), [1, 1, 1])
        XCTAssertEqual(rows.map(\.tally.denominator), [92, 40, 52])
        var table = IndicatorTable()
        table.add(contributions(child))
        XCTAssertEqual(table[IndicatorCell(indicator: "caseworker-changes", period: IndicatorPeriod("2025-Q3")!)].children, 1)
        XCTAssertEqual(table[IndicatorCell(indicator: "caseworker-changes", period: IndicatorPeriod("2025-Q3")!,
                                           breakdown: .district(IndicatorFixtures.grenaa))].children, 1)
    }

    func testCellsAcrossDimensionsComeFromTheChildsFacts() {
        // Setup: district × age band as well as the standard splits.
        var table = IndicatorTable(dimensions: IndicatorBreakdown.Dimensions.standard + [[.district, .ageGroup]])
        for child in IndicatorFixtures.immediateHelpShare.children { table.add(contributions(child)) }
        // Check: C (Grenaa) started ungestøtte at 18 in Q3.
        let cell = IndicatorCell(indicator: "immediate-help-share", period: IndicatorPeriod("2025-Q3")!,
                                 breakdown: IndicatorBreakdown(district: IndicatorFixtures.grenaa, ageGroup: .youngAdult))
        XCTAssertEqual(table[cell], IndicatorTally(numerator: 0, denominator: 1, children: 1))
        XCTAssertEqual(table[IndicatorCell(indicator: "immediate-help-share", period: IndicatorPeriod("2025-Q3")!,
                                           breakdown: IndicatorBreakdown(district: IndicatorFixtures.auning, ageGroup: .youngAdult))], .zero)
    }

    func testNothingAfterTheTimeOfReckoningCounts() {
        // Setup: C of the caseworker fixture, reckoned at noon on 9 August, before the change on her birthday.
        let child = IndicatorFixtures.caseworkerChanges.children[2]
        let asOf = DanishTime.instant(IndicatorFixtures.day(2025, 8, 9), hour: 12)
        // The thing under test
        var table = IndicatorTable()
        table.add(contributions(child, asOf: asOf))
        // Check: the change of 9 August (10.00) counts; days are counted up to 8 August (1 June – 8 August: 69 days).
        XCTAssertEqual(table[IndicatorCell(indicator: "caseworker-changes", period: IndicatorPeriod("2025")!)],
                       IndicatorTally(numerator: 1, denominator: 69, children: 1))
        // August's days run up to, not including, the day of reckoning: 1–8 August.
        XCTAssertEqual(table[IndicatorCell(indicator: "caseworker-changes", period: IndicatorPeriod("2025-08")!)],
                       IndicatorTally(numerator: 1, denominator: 8, children: 1))
    }

    func testStocksAreReadOnlyAtTheEndOfPeriodsThatHaveEnded() {
        let child = IndicatorFixtures.specialised.children[2]  // placed from December 2024
        let asOf = DanishTime.instant(IndicatorFixtures.day(2025, 5, 31), hour: 23, minute: 59)
        let periods = contributions(child, asOf: asOf).rows.filter { $0.indicator == "specialised" && $0.ageGroup == nil }.map(\.period)
        XCTAssertEqual(periods.map(\.description), ["2025-01", "2025-02", "2025-03", "2025-04", "2025-Q1"])
    }

    func testRefreshAtSaysWhenTheRowsChangeWithoutANewEntry() {
        // A closed case with nothing left open never changes by itself.
        XCTAssertNil(contributions(IndicatorFixtures.caseworkerChanges.children[0]).refreshAt)
        // An open case gains a day at midnight.
        XCTAssertEqual(contributions(IndicatorFixtures.caseworkerChanges.children[1]).refreshAt,
                       DanishTime.startOfDay(IndicatorFixtures.day(2026, 1, 16)))
        // An open obligation turns overdue at its due instant: the transition of 20 December is due by the end of 19 January.
        let handover = IndicatorFixtures.handoverMeetings.children[1]
        XCTAssertEqual(contributions(handover).refreshAt, DanishTime.startOfDay(IndicatorFixtures.day(2026, 1, 20)))
    }

    func testAVoidedEntryCountsNothingAndACorrectedOneCountsAsCorrected() {
        var builder = IndicatorFixtures.CourseBuilder(fixture: 99, child: 1, born: IndicatorFixtures.day(2015, 1, 1), sex: .male,
                                                      district: IndicatorFixtures.grenaa)
        let meeting = builder.networkMeeting(IndicatorFixtures.day(2025, 3, 3), childTookPart: false)
        let computation = IndicatorComputation(grid: IndicatorFixtures.grid, definitions: [IndicatorDefinition.childInNetworkMeeting(.standard)])
        let cell = IndicatorCell(indicator: "child-in-network-meeting", period: IndicatorPeriod("2025-03")!)
        func tally(_ entries: [Entry]) -> IndicatorTally {
            var table = IndicatorTable()
            table.add(computation.contributions(of: builder.facts, entries: entries, asOf: IndicatorFixtures.asOf))
            return table[cell]
        }
        XCTAssertEqual(tally(builder.entries), IndicatorTally(numerator: 0, denominator: 1, children: 1))
        var corrected = builder
        corrected.correct(meeting, with: .networkMeeting(IndicatorFixtures.CourseBuilder.meeting(childTookPart: true)), IndicatorFixtures.day(2025, 3, 4))
        XCTAssertEqual(tally(corrected.entries), IndicatorTally(numerator: 1, denominator: 1, children: 1))
        var voided = builder
        voided.correct(meeting, with: nil, IndicatorFixtures.day(2025, 3, 4))
        XCTAssertEqual(tally(voided.entries), .zero)
    }

    func testEntriesOfAnotherChildAreIgnored() {
        let a = IndicatorFixtures.childInNetworkMeeting.children[0]
        let b = IndicatorFixtures.childInNetworkMeeting.children[1]
        XCTAssertEqual(computation.contributions(of: a.facts, entries: a.entries + b.entries, asOf: IndicatorFixtures.asOf).rows,
                       contributions(a).rows)
    }

    func testContributionsKeepTheirValueThroughJSON() throws {
        // Setup
        let rows = contributions(IndicatorFixtures.daysToHelp.children[1]).rows
        // The thing under test
        let data = try JSONEncoder().encode(rows)
        let decoded = try JSONDecoder().decode([IndicatorContribution].self, from: data)
        // Check
        XCTAssertEqual(decoded, rows)
        let text = String(decoding: try JSONEncoder().encode(IndicatorTally(numerator: 0, denominator: 2, children: 2, values: [69: 1, 14: 1])),
                          as: UTF8.self)
        XCTAssertTrue(text.contains("[[14,1],[69,1]]"), text)
        XCTAssertEqual(String(decoding: try JSONEncoder().encode(IndicatorPeriod("2025-Q3")!), as: UTF8.self), "\"2025-Q3\"")
    }

    func testReadoutSuppressesFewerThanFiveChildren() {
        // Setup: the same course for four, then five children.
        let template = IndicatorFixtures.childInNetworkMeeting.children[0]
        let definition = IndicatorDefinition.childInNetworkMeeting(.standard)
        let cell = IndicatorCell(indicator: definition.id, period: IndicatorPeriod("2025")!)
        var table = IndicatorTable()
        for number in 1...5 {
            let facts = IndicatorChildFacts(id: IndicatorFixtures.uuid(98, number, 0), birthDate: template.facts.birthDate,
                                            sex: template.facts.sex, district: template.facts.district)
            let entries = template.entries.map {
                Entry(id: UUID(), municipality: $0.municipality, child: facts.id, payload: $0.payload, occurredAt: $0.occurredAt,
                      recordedAt: $0.recordedAt, author: $0.author)
            }
            table.add(computation.contributions(of: facts, entries: entries, asOf: IndicatorFixtures.asOf))
            // Check
            if number < 5 {
                XCTAssertEqual(table.readout(cell, definition: definition), .suppressed)
            }
        }
        XCTAssertEqual(table.readout(cell, definition: definition), .value(2.0 / 3.0, ninetiethPercentile: nil))
        XCTAssertEqual(table.readout(IndicatorCell(indicator: definition.id, period: IndicatorPeriod("2025-12")!), definition: definition), .noData)
    }
}
