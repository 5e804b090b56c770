import FluentKit
import SQLKit

/// Children, the people around them, and how they are related.
struct M002CreatePeople: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("children")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality", .int, .required)
            // Keyed hash for exact look-up; the number itself only sealed.
            .field("cpr_hash", .string, .required)
            .field("cpr_sealed", .string, .required)
            .field("given_name", .string, .required)
            .field("family_name", .string, .required)
            .field("search_name", .string, .required)
            .field("birth_date", .string, .required)
            .field("sex", .string, .required)
            .field("district", .string, .required)
            .field("institution", .string)
            .field("created_at", .int64, .required)
            .unique(on: "cpr_hash")
            .create()
        try await database.schema("persons")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality", .int, .required)
            .field("given_name", .string, .required)
            .field("family_name", .string, .required)
            .create()
        try await database.schema("relations")
            .field("child_id", .uuid, .required)
            .field("person_id", .uuid, .required)
            .field("municipality", .int, .required)
            .field("kind", .string, .required)
            .field("has_custody", .bool, .required)
            .compositeIdentifier(over: "child_id", "person_id")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "children_search_name").on("children").column("search_name").run()
        try await sql.create(index: "relations_person").on("relations").column("person_id").run()
    }

    func revert(on database: any Database) async throws {
        for table in ["relations", "persons", "children"] { try await database.schema(table).delete() }
    }
}
