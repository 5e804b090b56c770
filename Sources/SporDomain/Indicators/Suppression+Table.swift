import Foundation

/// A table of counts of children as a page shows it: rows × columns (districts × quarters, age bands × sexes, …), with
/// the totals it shows. A total not shown is nil.
public struct SuppressionTable: Sendable, Hashable {
    public var cells: [[Int]]
    /// One per row, when the table shows row totals.
    public var rowTotals: [Int]?
    /// One per column, when the table shows column totals.
    public var columnTotals: [Int]?
    public var grandTotal: Int?

    public init(cells: [[Int]], rowTotals: [Int]? = nil, columnTotals: [Int]? = nil, grandTotal: Int? = nil) {
        // A table without rows (a municipality with no districts yet) still has its columns' totals.
        let columns = cells.first?.count ?? columnTotals?.count ?? 0
        precondition(cells.allSatisfy { $0.count == columns }, "every row has the same number of columns")
        precondition(rowTotals.map { $0.count == cells.count } ?? true, "one row total per row")
        precondition(columnTotals.map { $0.count == columns } ?? true, "one column total per column")
        self.cells = cells
        self.rowTotals = rowTotals
        self.columnTotals = columnTotals
        self.grandTotal = grandTotal
    }

    /// The totals as the sums of the cells.
    public static func summed(_ cells: [[Int]]) -> SuppressionTable {
        let columns = cells.first?.count ?? 0
        let columnTotals = (0..<columns).map { column in cells.reduce(0) { $0 + $1[column] } }
        return SuppressionTable(cells: cells, rowTotals: cells.map { $0.reduce(0, +) }, columnTotals: columnTotals,
                                grandTotal: columnTotals.reduce(0, +))
    }

    public var rowCount: Int { cells.count }
    public var columnCount: Int { cells.first?.count ?? 0 }

    /// A place in the table that can be shown or suppressed.
    public enum Position: Sendable, Hashable, Comparable {
        case cell(row: Int, column: Int)
        case rowTotal(Int)
        case columnTotal(Int)
        case grandTotal
    }

    public func count(at position: Position) -> Int {
        switch position {
        case .cell(let row, let column): cells[row][column]
        case .rowTotal(let row): rowTotals![row]
        case .columnTotal(let column): columnTotals![column]
        case .grandTotal: grandTotal!
        }
    }

    /// Every shown position.
    public var positions: [Position] {
        var all: [Position] = []
        for row in 0..<rowCount { for column in 0..<columnCount { all.append(.cell(row: row, column: column)) } }
        if rowTotals != nil { all += (0..<rowCount).map { .rowTotal($0) } }
        if columnTotals != nil { all += (0..<columnCount).map { .columnTotal($0) } }
        if grandTotal != nil { all.append(.grandTotal) }
        return all
    }

    /// The lines along which one hidden count could be worked out from the others: each row with its total, each
    /// column with its total, the column totals with the grand total, the row totals with the grand total.
    var lines: [[Position]] {
        var lines: [[Position]] = []
        if rowTotals != nil {
            for row in 0..<rowCount { lines.append((0..<columnCount).map { .cell(row: row, column: $0) } + [.rowTotal(row)]) }
        }
        if columnTotals != nil {
            for column in 0..<columnCount { lines.append((0..<rowCount).map { .cell(row: $0, column: column) } + [.columnTotal(column)]) }
        }
        if grandTotal != nil {
            if columnTotals != nil { lines.append((0..<columnCount).map { .columnTotal($0) } + [.grandTotal]) }
            if rowTotals != nil { lines.append((0..<rowCount).map { .rowTotal($0) } + [.grandTotal]) }
        }
        return lines
    }
}

extension Suppression {
    /// Which positions of a table to show as "<5".
    public struct Outcome: Sendable, Hashable {
        /// Counts of 1 to 4 children.
        public let primary: Set<SuppressionTable.Position>
        /// Further positions hidden so that no primary count can be worked out from a total.
        public let secondary: Set<SuppressionTable.Position>

        public var all: Set<SuppressionTable.Position> { primary.union(secondary) }
        public func isSuppressed(_ position: SuppressionTable.Position) -> Bool { all.contains(position) }
    }

    /// Primary and secondary suppression over a table of counts of children (Danish official statistics' practice).
    ///
    /// Primary: a count of at least 1 and fewer than `threshold` children (0 is shown: it identifies no one). Secondary:
    /// along every row and column that shows its total (and along the totals with the grand total), a single hidden
    /// count could be worked out by subtraction, so each such line hides none or at least two. Where a line hides one,
    /// another of its counts is hidden too — preferring one that also completes a crossing line, then one that opens no
    /// new line, then a non-zero count, then the smallest, then a cell before a total, then the first in reading order.
    /// Pure and deterministic.
    public static func decide(_ table: SuppressionTable, threshold: Int = threshold) -> Outcome {
        let positions = table.positions
        let primary = Set(positions.filter { (1..<threshold).contains(table.count(at: $0)) })
        let lines = table.lines
        var linesOf: [SuppressionTable.Position: [Int]] = [:]
        for (index, line) in lines.enumerated() { for position in line { linesOf[position, default: []].append(index) } }

        var hidden = primary
        func hiddenCount(_ line: Int) -> Int { lines[line].count { hidden.contains($0) } }
        func rank(_ position: SuppressionTable.Position, crossing line: Int) -> (Int, Int, Int, Int, SuppressionTable.Position) {
            // 0: completes another line that hides one; 1: its other lines hide two or more; 2: opens a new line.
            let others = (linesOf[position] ?? []).filter { $0 != line }.map(hiddenCount)
            let effect = others.contains(0) ? 2 : (others.contains(1) ? 0 : 1)
            let count = table.count(at: position)
            let isTotal: Int = if case .cell = position { 0 } else { 1 }
            return (effect, count == 0 ? 1 : 0, count, isTotal, position)
        }

        while let exposed = lines.indices.first(where: { hiddenCount($0) == 1 }) {
            let candidates = lines[exposed].filter { !hidden.contains($0) }
            hidden.insert(candidates.min { rank($0, crossing: exposed) < rank($1, crossing: exposed) }!)
        }
        return Outcome(primary: primary, secondary: hidden.subtracting(primary))
    }
}
