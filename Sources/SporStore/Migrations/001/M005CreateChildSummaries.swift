import FluentKit
import SQLKit

/// One row per child, kept in step with the journal on every write; lists read it.
/// `spor rebuild` recreates it from the journal alone.
struct M005CreateChildSummaries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("child_summaries")
            .field("child_id", .uuid, .identifier(auto: false))
            .field("municipality", .int, .required)
            .field("is_open", .bool, .required)
            .field("caseworker_id", .uuid)
            .field("team_id", .uuid)
            .field("concern_level", .int)
            .field("opened_at", .int64)
            .field("last_entry_at", .int64)
            .field("entry_count", .int, .required)
            .field("caseworker_changes", .int, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "summaries_caseworker").on("child_summaries").column("caseworker_id").column("is_open").run()
        try await sql.create(index: "summaries_team").on("child_summaries").column("team_id").column("is_open").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("child_summaries").delete()
    }
}
