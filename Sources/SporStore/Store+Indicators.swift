import Foundation
import SQLKit
import SporDomain

/// A cell of an indicator as the store keeps it: its key and the summed tally.
public struct StoredIndicatorCell: Sendable, Hashable {
    public let indicator: String
    public let series: String
    public let period: IndicatorPeriod
    public let breakdown: IndicatorBreakdown
    public let tally: IndicatorTally
}

extension Store {
    /// The one computation the store keeps current: quarters and years over a fixed span, so a child's earlier
    /// contribution can always be recomputed exactly and taken away.
    static let indicatorComputation = IndicatorComputation(grid: IndicatorGrid(years: 2010...2035, kinds: [.quarter, .year]))

    public var indicatorDefinitions: [IndicatorDefinition] { Store.indicatorComputation.definitions }

    /// On every write: take away what the child's course counted before (recomputed as of when it was counted),
    /// add what it counts now, cell by cell.
    static func updateIndicators(_ child: ChildFacts, before: Timeline, after: Timeline, municipality: Int, now: Date,
                                 on sql: any SQLDatabase) async throws {
        guard let facts = child.indicatorFacts else { return }
        var delta = IndicatorTable()
        if let countedAt = try await sql.select().column("counted_at").from("indicator_state").where("child_id", .equal, child.id)
            .first()?.decode(column: "counted_at", as: Int64.self) {
            delta.add(indicatorComputation.contributions(of: facts, timeline: before, asOf: Date(epochMilliseconds: countedAt)), sign: -1)
        }
        delta.add(indicatorComputation.contributions(of: facts, timeline: after, asOf: now))
        for (cell, change) in delta.cells {
            try await addToCell(cell, change, municipality: municipality, on: sql)
        }
        try await markCounted([child.id], at: now, on: sql)
    }

    /// Adds a batch (an import) to the cells: written directly when the municipality has none yet.
    static func addIndicatorCells(_ table: IndicatorTable, children: [UUID], municipality: Int, now: Date, on sql: any SQLDatabase) async throws {
        let existing = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("indicator_cells")
            .where("municipality", .equal, municipality).first()?.decode(column: "n", as: Int.self) ?? 0
        if existing == 0 {
            try await insertCells(table, municipality: municipality, on: sql)
        } else {
            for (cell, tally) in table.cells { try await addToCell(cell, tally, municipality: municipality, on: sql) }
        }
        try await markCounted(children, at: now, on: sql)
    }

    /// Replaces every cell with a recomputation from the journal (`spor rebuild`).
    static func replaceIndicatorCells(_ table: IndicatorTable, children: [UUID], municipality: Int, now: Date, on sql: any SQLDatabase) async throws {
        try await sql.delete(from: "indicator_cells").where("municipality", .equal, municipality).run()
        try await insertCells(table, municipality: municipality, on: sql)
        try await markCounted(children, at: now, on: sql)
    }

    /// The cells of some periods (all breakdowns), as stored.
    public func indicatorCells(periods: [IndicatorPeriod]) async throws -> [StoredIndicatorCell] {
        guard !periods.isEmpty else { return [] }
        return try await sql.select().columns("indicator", "series", "period", "district", "age_group", "sex", "tally").from("indicator_cells")
            .where("municipality", .equal, municipality).where("period", .in, periods.map(\.description))
            .all().compactMap(Store.decodeCell)
    }

    /// What the dashboard draws: every indicator for all children and by district in `period`, and for all
    /// children in the trend's periods — read without the age and sex splits it does not show.
    public func dashboardCells(period: IndicatorPeriod, trend: [IndicatorPeriod]) async throws -> [StoredIndicatorCell] {
        try await sql.select().columns("indicator", "series", "period", "district", "age_group", "sex", "tally").from("indicator_cells")
            .where("municipality", .equal, municipality).where("age_group", .equal, "").where("sex", .equal, "")
            .where { group in
                group.where("period", .equal, period.description)
                    .orWhere { inner in
                        inner.where("period", .in, trend.map(\.description)).where("district", .equal, "")
                    }
            }
            .all().compactMap(Store.decodeCell)
    }

    /// Every stored cell (a test compares them with a recomputation).
    public func allIndicatorCells() async throws -> [StoredIndicatorCell] {
        try await sql.select().columns("indicator", "series", "period", "district", "age_group", "sex", "tally").from("indicator_cells")
            .where("municipality", .equal, municipality).all().compactMap(Store.decodeCell)
    }

    // MARK: - Rows

    private static func key(_ cell: IndicatorCell) -> (district: String, age: String, sex: String) {
        (cell.breakdown.district ?? "", cell.breakdown.ageGroup?.rawValue ?? "", cell.breakdown.sex?.rawValue ?? "")
    }

    private static func encode(_ tally: IndicatorTally) throws -> String {
        String(decoding: try JSONEncoder().encode(tally), as: UTF8.self)
    }

    static func decodeCell(_ row: any SQLRow) throws -> StoredIndicatorCell? {
        guard let period = IndicatorPeriod(try row.decode(column: "period", as: String.self)) else { return nil }
        let district = try row.decode(column: "district", as: String.self)
        let age = try row.decode(column: "age_group", as: String.self)
        let sex = try row.decode(column: "sex", as: String.self)
        return StoredIndicatorCell(
            indicator: try row.decode(column: "indicator", as: String.self), series: try row.decode(column: "series", as: String.self),
            period: period,
            breakdown: IndicatorBreakdown(district: district.isEmpty ? nil : district, ageGroup: AgeGroup(rawValue: age),
                                          sex: LegalSex(rawValue: sex)),
            tally: try JSONDecoder().decode(IndicatorTally.self, from: Data(try row.decode(column: "tally", as: String.self).utf8)))
    }

    private static func insertCells(_ table: IndicatorTable, municipality: Int, on sql: any SQLDatabase) async throws {
        let cells = Array(table.cells)
        for chunk in cells.chunks(of: 300) {
            let insert = sql.insert(into: "indicator_cells").columns("municipality", "indicator", "series", "period", "district", "age_group", "sex", "tally")
            for (cell, tally) in chunk {
                let k = key(cell)
                insert.values(SQLBind(municipality), SQLBind(cell.indicator), SQLBind(cell.series), SQLBind(cell.period.description),
                              SQLBind(k.district), SQLBind(k.age), SQLBind(k.sex), SQLBind(try encode(tally)))
            }
            try await insert.run()
        }
    }

    private static func addToCell(_ cell: IndicatorCell, _ change: IndicatorTally, municipality: Int, on sql: any SQLDatabase) async throws {
        let k = key(cell)
        let match = { (builder: SQLPredicateGroupBuilder) -> SQLPredicateGroupBuilder in
            builder.where("municipality", .equal, municipality).where("indicator", .equal, cell.indicator)
                .where("series", .equal, cell.series).where("period", .equal, cell.period.description)
                .where("district", .equal, k.district).where("age_group", .equal, k.age).where("sex", .equal, k.sex)
        }
        let current = try await sql.select().column("tally").from("indicator_cells").where { match($0) }.first()
            .map { try JSONDecoder().decode(IndicatorTally.self, from: Data(try $0.decode(column: "tally", as: String.self).utf8)) }
        var tally = current ?? .zero
        tally.add(change)
        if current == nil {
            guard !tally.isZero else { return }
            try await sql.insert(into: "indicator_cells").columns("municipality", "indicator", "series", "period", "district", "age_group", "sex", "tally")
                .values(SQLBind(municipality), SQLBind(cell.indicator), SQLBind(cell.series), SQLBind(cell.period.description),
                        SQLBind(k.district), SQLBind(k.age), SQLBind(k.sex), SQLBind(try encode(tally))).run()
        } else if tally.isZero {
            try await sql.delete(from: "indicator_cells").where { match($0) }.run()
        } else {
            try await sql.update("indicator_cells").set("tally", to: SQLBind(try encode(tally))).where { match($0) }.run()
        }
    }

    private static func markCounted(_ children: [UUID], at now: Date, on sql: any SQLDatabase) async throws {
        for chunk in children.chunks(of: 400) {
            try await sql.delete(from: "indicator_state").where("child_id", .in, Array(chunk)).run()
            let insert = sql.insert(into: "indicator_state").columns("child_id", "counted_at")
            for child in chunk { insert.values(SQLBind(child), SQLBind(now.epochMilliseconds)) }
            try await insert.run()
        }
    }
}
