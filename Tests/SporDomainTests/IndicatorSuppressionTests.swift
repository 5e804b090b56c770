import XCTest
@testable import SporDomain

/// Primary and secondary suppression over tables of counts of children.
final class IndicatorSuppressionTests: XCTestCase {
    typealias Position = SuppressionTable.Position

    func testACountOfOneToFourIsSuppressedAndZeroIsShown() {
        // Setup: no totals shown, so nothing can be worked out by subtraction.
        let table = SuppressionTable(cells: [[12, 3], [0, 20], [5, 4]])
        // The thing under test
        let decision = Suppression.decide(table)
        // Check
        XCTAssertEqual(decision.primary, [.cell(row: 0, column: 1), .cell(row: 2, column: 1)])
        XCTAssertEqual(decision.secondary, [])
    }

    func testASingleSuppressedCellInARowWithItsTotalGetsACompanion() {
        let table = SuppressionTable(cells: [[3, 10, 12]], rowTotals: [25])
        let decision = Suppression.decide(table)
        XCTAssertEqual(decision.primary, [.cell(row: 0, column: 0)])
        // The smallest other count in the row, not the total.
        XCTAssertEqual(decision.secondary, [.cell(row: 0, column: 1)])
    }

    func testSecondarySuppressionClosesARectangle() {
        // Setup: districts × quarters with every total shown; one district has 3 children in one quarter.
        let table = SuppressionTable.summed([[12, 3, 7], [8, 20, 9], [15, 6, 11]])
        XCTAssertEqual(table.rowTotals, [22, 37, 32])
        XCTAssertEqual(table.columnTotals, [35, 29, 27])
        XCTAssertEqual(table.grandTotal, 91)
        // The thing under test
        let decision = Suppression.decide(table)
        // Check: 3 is hidden; 7 beside it and 6 below it, and 11 to close the rectangle, so no row or column hides one.
        XCTAssertEqual(decision.primary, [.cell(row: 0, column: 1)])
        XCTAssertEqual(decision.secondary, [.cell(row: 0, column: 2), .cell(row: 2, column: 1), .cell(row: 2, column: 2)])
        assertNoLineHidesExactlyOne(table, decision)
    }

    func testASmallTotalIsSuppressedAndProtectedToo() {
        let table = SuppressionTable.summed([[2, 1], [1, 0]])
        let decision = Suppression.decide(table)
        XCTAssertTrue(decision.primary.isSuperset(of: [.cell(row: 0, column: 0), .cell(row: 0, column: 1), .cell(row: 1, column: 0),
                                                       .rowTotal(0), .rowTotal(1), .columnTotal(0), .columnTotal(1), .grandTotal]))
        XCTAssertFalse(decision.primary.contains(.cell(row: 1, column: 1)))
        assertNoLineHidesExactlyOne(table, decision)
    }

    func testSuppressionHoldsOnManyTables() {
        // Setup: a fixed sequence of pseudo-random tables, with small counts common.
        var random = TableRandom(seed: 707)
        for _ in 0..<300 {
            let rows = Int.random(in: 1...5, using: &random)
            let columns = Int.random(in: 1...5, using: &random)
            let cells = (0..<rows).map { _ in (0..<columns).map { _ in Int.random(in: 0...12, using: &random) } }
            let table = SuppressionTable.summed(cells)
            // The thing under test
            let decision = Suppression.decide(table)
            // Check
            for position in table.positions {
                XCTAssertEqual(decision.primary.contains(position), (1..<Suppression.threshold).contains(table.count(at: position)))
            }
            assertNoLineHidesExactlyOne(table, decision)
            XCTAssertEqual(Suppression.decide(table), decision, "deterministic")
        }
    }

    func testOnlyShownTotalsMakeLines() {
        // Column totals only: each column is a line, the rows are not.
        let table = SuppressionTable(cells: [[3, 9], [8, 7]], columnTotals: [11, 16])
        let decision = Suppression.decide(table)
        XCTAssertEqual(decision.secondary, [.cell(row: 1, column: 0)])
    }

    func assertNoLineHidesExactlyOne(_ table: SuppressionTable, _ decision: Suppression.Outcome,
                                     file: StaticString = #filePath, line: UInt = #line) {
        for positions in table.lines {
            XCTAssertNotEqual(positions.count { decision.isSuppressed($0) }, 1, "\(table.cells) \(positions)", file: file, line: line)
        }
    }
}

/// A small, fixed random number generator (SplitMix64), so the tables are the same on every run.
struct TableRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
