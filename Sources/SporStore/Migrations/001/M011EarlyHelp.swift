import FluentKit
import SQLKit

/// The municipality's configuration, one version per save (the newest is in force), and consultations
/// held before the child is named; and the index that finds one person's own obligations.
struct M011EarlyHelp: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("configuration_versions")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality", .int, .required)
            .field("key", .string, .required)
            .field("version", .int, .required)
            .field("value", .string, .required)
            .field("saved_at", .int64, .required)
            .field("saved_by", .uuid, .required)
            .create()
        try await database.schema("anonymous_consultations")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality", .int, .required)
            .field("held_at", .int64, .required)
            .field("author", .uuid, .required)
            .field("asked_by", .string, .required)
            .field("question", .string, .required)
            .field("advice", .string, .required)
            .field("linked_child", .uuid)
            .field("linked_entry", .uuid)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "configuration_key").on("configuration_versions").column("municipality").column("key").column("version").run()
        try await sql.create(index: "obligations_assignee_due").on("open_obligations").column("assignee_id").column("due").run()
        try await sql.create(index: "anonymous_consultations_author").on("anonymous_consultations").column("author").column("held_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("anonymous_consultations").delete()
        try await database.schema("configuration_versions").delete()
    }
}
