import FluentKit
import SQLKit

/// The indicators' pre-aggregates: the summed tally of every cell (indicator · series · period · breakdown),
/// kept current on every write, and the instant each child's contribution was last counted at.
struct M012IndicatorCells: AsyncMigration {
    func prepare(on database: any Database) async throws {
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
        try await database.schema("indicator_state")
            .field("child_id", .uuid, .identifier(auto: false))
            .field("counted_at", .int64, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "indicator_cells_period").on("indicator_cells").column("municipality").column("period").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("indicator_state").delete()
        try await database.schema("indicator_cells").delete()
    }
}
