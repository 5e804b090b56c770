import FluentKit
import SporSecurity

/// Login security: failed attempts per username (throttling and lockout) and staff TOTP secrets.
struct M009LoginSecurity: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // Keyed by a keyed hash of the username, so typed usernames (sometimes passwords) are not kept.
        try await database.schema("login_attempts")
            .field("account_key", .string, .required)
            .field("municipality", .int, .required)
            .field("failures", .int, .required)
            .field("last_failure_at", .int64)
            .field("locked_until", .int64)
            .unique(on: "account_key")
            .create()
        // The secret is kept as the user's app holds it (base32); not yet sealed like CPR numbers.
        try await database.schema("user_totp")
            .field("user_id", .uuid, .identifier(auto: false))
            .field("municipality", .int, .required)
            .field("secret", .string, .required)
            .field("enabled_at", .int64, .required)
            // The last step whose code was taken: a code is taken only once.
            .field("last_step", .int64, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["user_totp", "login_attempts"] { try await database.schema(table).delete() }
    }
}
