import FluentKit

/// Personal API tokens. Only a hash of each token is kept.
struct M006CreateApiTokens: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("api_tokens")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality", .int, .required)
            .field("user_id", .uuid, .required)
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("created_at", .int64, .required)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("api_tokens").delete()
    }
}
