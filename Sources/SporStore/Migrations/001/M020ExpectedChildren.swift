import FluentKit
import SQLKit

/// Expected children (issue 23, item 1): `children.due_date` holds an expected child's due date (termin, ISO date).
/// An expected child is a `children` row like any other, so its id and journal carry on at birth; until then it has no
/// CPR number: `cpr_hash` holds `expected:<id>` (never a keyed hash, so no CPR number finds it, and the unique index
/// holds), `cpr_sealed`, `birth_date` and `sex` are empty. The columns stay NOT NULL: SQLite cannot drop a constraint
/// without rebuilding the table, and migrations only add.
struct M020ExpectedChildren: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("children").field("due_date", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("children").deleteField("due_date").update()
    }
}
