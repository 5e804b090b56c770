import FluentKit
import SQLKit

/// The indicators' pre-aggregates kept a row for each indicator series and period (`IndicatorCellGroup`), its cells
/// by breakdown in one text, rather than a row for each cell: a full recompute of the demo municipality writes 3,500
/// rows rather than 35,000, which into an empty table took PostgreSQL 0.4–0.7 s against 0.05–0.07 s.
///
/// The cells are not carried over: the children's counted instants are emptied as well, so the next refresh
/// (`Store.refreshIndicators`, run when `spor serve` starts) counts every child afresh into the groups.
struct M016IndicatorCellGroups: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("indicator_cell_groups")
            .field("municipality", .int, .required)
            .field("indicator", .string, .required)
            .field("series", .string, .required)
            .field("period", .string, .required)
            .field("cells", .string, .required)
            // By period first: the one index also finds a period's groups (a dashboard reads one period and a few years).
            .unique(on: "municipality", "period", "indicator", "series")
            .create()
        let sql = database as! any SQLDatabase
        try await database.schema("indicator_cells").delete()
        try await sql.delete(from: "indicator_state").run()
    }

    func revert(on database: any Database) async throws {
        // The table of migration 12, as it was.
        try await database.schema("indicator_cells")
            .field("municipality", .int, .required)
            .field("indicator", .string, .required)
            .field("series", .string, .required)
            .field("period", .string, .required)
            .field("district", .string, .required)
            .field("age_group", .string, .required)
            .field("sex", .string, .required)
            .field("tally", .string, .required)
            .unique(on: "municipality", "indicator", "series", "period", "district", "age_group", "sex")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "indicator_cells_period").on("indicator_cells").column("municipality").column("period").run()
        try await database.schema("indicator_cell_groups").delete()
        try await sql.delete(from: "indicator_state").run()
    }
}
