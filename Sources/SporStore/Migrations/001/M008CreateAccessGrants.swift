import FluentKit
import SQLKit

/// Break-the-glass: time-limited access to a child outside one's own cases, with the stated reason.
struct M008CreateAccessGrants: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("access_grants")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality", .int, .required)
            .field("user_id", .uuid, .required)
            .field("child_id", .uuid, .required)
            .field("reason", .string, .required)
            .field("granted_at", .int64, .required)
            .field("expires_at", .int64, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "grants_user_child").on("access_grants").column("user_id").column("child_id").run()
        try await sql.create(index: "grants_granted").on("access_grants").column("granted_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("access_grants").delete()
    }
}
