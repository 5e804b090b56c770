import FluentKit
import SQLKit

/// Many municipalities in one database (issue 26, item 4): `indicator_state` (when each child was last counted by the
/// indicators, and when it is next due) carries its child's municipality, filled from `children`, so that every read
/// and write of it is scoped like every other table, and a municipality's due children are found by
/// (municipality, refresh_at). A state row whose child is gone counted nothing and is dropped (the child, were it
/// there, would be counted afresh).
///
/// Not partitioned on PostgreSQL: one small row per child, read by child id or by the index; its key stays the child
/// id (unique in the country).
struct M025IndicatorStateMunicipality: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let integer = sql.dialect.name == "postgresql" ? "BIGINT" : "INTEGER"
        try await sql.raw("DELETE FROM indicator_state WHERE child_id NOT IN (SELECT id FROM children)").run()
        try await sql.raw("ALTER TABLE indicator_state ADD COLUMN municipality \(unsafeRaw: integer) NOT NULL DEFAULT 0").run()
        try await sql.raw("""
            UPDATE indicator_state SET municipality = (SELECT c.municipality FROM children c WHERE c.id = indicator_state.child_id)
            """).run()
        try await sql.drop(index: "indicator_state_refresh").run()
        try await sql.create(index: "indicator_state_municipality_refresh").on("indicator_state")
            .column("municipality").column("refresh_at").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "indicator_state_municipality_refresh").run()
        try await sql.create(index: "indicator_state_refresh").on("indicator_state").column("refresh_at").run()
        try await database.schema("indicator_state").deleteField("municipality").update()
    }
}
