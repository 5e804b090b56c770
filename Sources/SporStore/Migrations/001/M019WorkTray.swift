import FluentKit
import SQLKit

/// The work tray (issue 19): what sorts an open obligation on the tray, and which children need a caseworker.
/// `spor rebuild` fills the new columns from the journal.
/// - `open_obligations.priority`: 1 for a notification about abuse or a child found in danger (first within a group).
/// - `open_obligations.note`: what the obligation carries besides its rule (an agreed action marked not done: why).
/// - `child_summaries.owner_need_since` / `owner_need_level`: the open case without a caseworker, since when and how
///   strongly it asks for one (`OwnerNeed`); NULL when it has one or asks for none.
/// - `child_summaries.caseworker_since`: when the caseworker took the case (the tray's *Nye sager*; a deadline due before
///   it is backlog).
struct M019WorkTray: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column at a time: SQLite adds one per ALTER TABLE.
        try await database.schema("open_obligations").field("priority", .int).update()
        try await database.schema("open_obligations").field("note", .string).update()
        try await database.schema("child_summaries").field("owner_need_since", .int64).update()
        try await database.schema("child_summaries").field("owner_need_level", .int).update()
        try await database.schema("child_summaries").field("caseworker_since", .int64).update()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "summaries_owner_need").on("child_summaries").column("owner_need_level").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "summaries_owner_need").run()
        for column in ["caseworker_since", "owner_need_level", "owner_need_since"] {
            try await database.schema("child_summaries").deleteField(.string(column)).update()
        }
        for column in ["note", "priority"] {
            try await database.schema("open_obligations").deleteField(.string(column)).update()
        }
    }
}
