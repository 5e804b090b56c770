import FluentKit
import SQLKit

/// Accounts that end: a staff user can be deactivated, and a personal API token expires and can be revoked
/// (`last_used_at` is shown to its owner).
///
/// Tokens made before this migration had no expiry; they get the longest one a user can now choose, counted from
/// when they were made, so that no token lives longer than a new one could (one older than that has expired).
struct M018AccountLifecycle: AsyncMigration {
    static let existingTokensLifetime: Int64 = 365 * 24 * 3600 * 1000

    func prepare(on database: any Database) async throws {
        // One column at a time: SQLite adds one per ALTER TABLE.
        try await database.schema("users").field("deactivated_at", .int64).update()
        for column in ["expires_at", "revoked_at", "last_used_at"] {
            try await database.schema("api_tokens").field(.string(column), .int64).update()
        }
        let sql = database as! any SQLDatabase
        try await sql.raw("UPDATE api_tokens SET expires_at = created_at + \(bind: Self.existingTokensLifetime) WHERE expires_at IS NULL").run()
        try await sql.create(index: "api_tokens_user").on("api_tokens").column("user_id").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "api_tokens_user").run()
        for column in ["last_used_at", "revoked_at", "expires_at"] {
            try await database.schema("api_tokens").deleteField(.string(column)).update()
        }
        try await database.schema("users").deleteField("deactivated_at").update()
    }
}
