import FluentKit
import SQLKit

/// The municipality's settings kept without code (issue 25, item 2): one row per saved version of one setting — its
/// key, its value (JSON), the day it takes effect (ISO date), who saved it and when. Rows are only added, never
/// changed or deleted, so every setting's history stays readable.
struct M022SettingVersions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("setting_versions")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality", .int, .required)
            .field("key", .string, .required)
            .field("version", .int, .required)
            .field("value", .string, .required)
            .field("valid_from", .string, .required)
            .field("saved_at", .int64, .required)
            .field("saved_by", .uuid, .required)
            .unique(on: "municipality", "key", "version")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("setting_versions").delete()
    }
}
