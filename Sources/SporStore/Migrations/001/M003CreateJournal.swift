import FluentKit
import SQLKit

/// The journal: append-only, enforced by the database as well as by the store.
struct M003CreateJournal: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("journal_entries")
            .field("id", .uuid, .identifier(auto: false))
            .field("municipality", .int, .required)
            .field("child_id", .uuid, .required)
            .field("kind", .string, .required)
            .field("payload", .string, .required)
            // Instants are UTC milliseconds since 1970, bound as parameters: the same SQL on both engines.
            .field("occurred_at", .int64, .required)
            .field("recorded_at", .int64, .required)
            .field("author_id", .uuid, .required)
            .field("corrects", .uuid)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "journal_child_occurred").on("journal_entries").column("child_id").column("occurred_at").run()
        try await sql.create(index: "journal_municipality_kind_occurred").on("journal_entries")
            .column("municipality").column("kind").column("occurred_at").run()
        try await AppendOnly.protect(table: "journal_entries", on: sql)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("journal_entries").delete()
    }
}

/// Database triggers that refuse UPDATE and DELETE on a table.
enum AppendOnly {
    static func protect(table: String, on sql: any SQLDatabase) async throws {
        switch sql.dialect.name {
        case "sqlite":
            for operation in ["UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_no_\(unsafeRaw: operation.lowercased())
                    BEFORE \(unsafeRaw: operation) ON \(unsafeRaw: table)
                    BEGIN SELECT RAISE(ABORT, '\(unsafeRaw: table) is append-only'); END
                    """).run()
            }
        default:
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION spor_refuse_change() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END
                $$ LANGUAGE plpgsql
                """).run()
            try await sql.raw("""
                CREATE TRIGGER \(unsafeRaw: table)_append_only BEFORE UPDATE OR DELETE ON \(unsafeRaw: table)
                FOR EACH ROW EXECUTE FUNCTION spor_refuse_change()
                """).run()
            try await sql.raw("""
                CREATE TRIGGER \(unsafeRaw: table)_no_truncate BEFORE TRUNCATE ON \(unsafeRaw: table)
                FOR EACH STATEMENT EXECUTE FUNCTION spor_refuse_change()
                """).run()
        }
    }
}
