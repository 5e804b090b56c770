import FluentKit
import SQLKit

/// The audit log: who did what to which child, when. Ids only, never contents. Append-only.
struct M004CreateAudit: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_log")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality", .int, .required)
            .field("at", .int64, .required)
            .field("user_id", .uuid)
            .field("action", .string, .required)
            .field("child_id", .uuid)
            .field("entry_id", .uuid)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "audit_child_at").on("audit_log").column("child_id").column("at").run()
        try await sql.create(index: "audit_user_at").on("audit_log").column("user_id").column("at").run()
        try await AppendOnly.protect(table: "audit_log", on: sql)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_log").delete()
    }
}
