import FluentKit
import SQLKit

/// Tamper evidence: every journal entry and audit row carries its place in a chain and the hash of
/// its contents joined to the hash before it. The head of each chain is kept in `chain_heads`.
struct M007ChainJournalAndAudit: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column at a time: SQLite adds one per ALTER TABLE.
        for table in ["journal_entries", "audit_log"] {
            try await database.schema(table).field("seq", .int64).update()
            try await database.schema(table).field("hash", .string).update()
        }
        try await database.schema("chain_heads")
            .field("chain", .string, .identifier(auto: false))
            .field("seq", .int64, .required)
            .field("hash", .string, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "journal_seq").on("journal_entries").column("seq").run()
        try await sql.create(index: "audit_seq").on("audit_log").column("seq").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("chain_heads").delete()
    }
}
