import FluentKit
import SQLKit

/// The family's own door (issue 8): an account for a child from 10 or a parent with custody, made by the
/// caseworker and opened with a one-time activation code. Only hashes of codes and passwords are kept.
struct M015FamilyAccounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("family_accounts")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality", .int, .required)
            .field("child_id", .uuid, .required)
            .field("who", .string, .required)
            .field("person_id", .uuid)
            .field("username", .string)
            .field("password_hash", .string)
            .field("code_hash", .string)
            .field("code_expires_at", .int64)
            .field("code_used_at", .int64)
            .field("activated_at", .int64)
            .field("created_by", .uuid, .required)
            .field("created_at", .int64, .required)
            .field("revoked_at", .int64)
            .unique(on: "username")
            .unique(on: "code_hash")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "family_accounts_child").on("family_accounts").column("child_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("family_accounts").delete()
    }
}
