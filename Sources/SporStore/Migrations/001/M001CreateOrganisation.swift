import FluentKit

/// Municipalities, teams and the staff who log in.
struct M001CreateOrganisation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("municipalities")
            .field("code", .int, .identifier(auto: false))
            .field("name", .string, .required)
            .create()
        try await database.schema("teams")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality", .int, .required)
            .field("name", .string, .required)
            .field("district", .string, .required)
            .create()
        try await database.schema("users")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality", .int, .required)
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("role", .string, .required)
            .field("team_id", .uuid)
            .field("password_hash", .string, .required)
            .field("language", .string, .required)
            .field("created_at", .int64, .required)
            .unique(on: "username")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["users", "teams", "municipalities"] { try await database.schema(table).delete() }
    }
}
