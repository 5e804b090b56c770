import FluentKit
import SQLKit

/// Staff who sign in through the municipality's OpenID provider (issue 25, item 1): `external_id` holds the provider's
/// `sub` for the user, unique, so that a later sign-in finds the same Spor user whatever their name or username became.
/// Users with a password kept in Spor have none.
struct M023ExternalUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users").field("external_id", .string).update()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "users_external_id").unique().on("users").column("external_id").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "users_external_id").run()
        try await database.schema("users").deleteField("external_id").update()
    }
}
