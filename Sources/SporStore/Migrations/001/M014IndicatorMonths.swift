import FluentKit
import SQLKit

/// Indicators are counted by month as well as by quarter and year. The cells counted on the old grid are emptied
/// with the children's counted instants, so the next refresh (`Store.refreshIndicators`, run when `spor serve`
/// starts) counts every child afresh on the new grid — subtracting a child's old contribution recomputed on the new
/// grid would otherwise take away months that were never added.
struct M014IndicatorMonths: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.delete(from: "indicator_cells").run()
        try await sql.delete(from: "indicator_state").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.delete(from: "indicator_cells").run()
        try await sql.delete(from: "indicator_state").run()
    }
}
