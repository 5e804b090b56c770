import FluentKit
import SQLKit

/// The household (issue 24, item 2). `relations.lives_with` says whether the child lives with the person (bopæl; null:
/// not recorded, as for every relation registered before). `sibling_links` holds the siblings a caseworker recorded by
/// hand — two children whose shared parents are not in Spor — one row each way, each with whether they live together
/// (null: not recorded). Siblings who share a parent in `relations` are derived, not linked.
struct M021Household: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("relations").field("lives_with", .bool).update()
        try await database.schema("sibling_links")
            .field("child_id", .uuid, .required)
            .field("sibling_id", .uuid, .required)
            .field("municipality", .int, .required)
            .field("lives_with", .bool)
            .compositeIdentifier(over: "child_id", "sibling_id")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "sibling_links_sibling").on("sibling_links").column("sibling_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sibling_links").delete()
        try await database.schema("relations").deleteField("lives_with").update()
    }
}
