import FluentKit
import SQLKit

/// The open obligations of every child, kept in step with the journal on every write (a summary table:
/// `spor rebuild` recreates it). The worklist reads it; whether one is overdue is decided at read time.
struct M010CreateOpenObligations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("open_obligations")
            .field("id", .string, .identifier(auto: false))
            .field("municipality", .int, .required)
            .field("child_id", .uuid, .required)
            .field("rule", .string, .required)
            .field("trigger_id", .uuid, .required)
            .field("action_id", .uuid)
            .field("due", .int64, .required)
            .field("assignee_kind", .string, .required)
            .field("assignee_id", .uuid)
            .field("team_id", .uuid)
            .field("district", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "obligations_child").on("open_obligations").column("child_id").run()
        try await sql.create(index: "obligations_team_due").on("open_obligations").column("team_id").column("due").run()
        try await sql.create(index: "obligations_district_due").on("open_obligations").column("district").column("due").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("open_obligations").delete()
    }
}
