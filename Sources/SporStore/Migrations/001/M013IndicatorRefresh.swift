import FluentKit
import SQLKit

/// When each child's indicator contributions next change without a new entry (a deadline passing, another day of an
/// open case), so that a refresh finds the children to recount by an index rather than by reading every course.
///
/// The pre-aggregates are emptied: children counted before this migration have no such instant, and a child without
/// a counted instant is counted afresh by the next refresh (`Store.refreshIndicators`, run when `spor serve` starts).
struct M013IndicatorRefresh: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.delete(from: "indicator_cells").run()
        try await sql.delete(from: "indicator_state").run()
        try await database.schema("indicator_state")
            .field("refresh_at", .int64)
            .update()
        try await sql.create(index: "indicator_state_refresh").on("indicator_state").column("refresh_at").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "indicator_state_refresh").run()
        try await database.schema("indicator_state").deleteField("refresh_at").update()
    }
}
