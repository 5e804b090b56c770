import FluentKit
import SQLKit

/// Two holes in the journal's and the audit log's protection.
///
/// On SQLite, `INSERT OR REPLACE` and `REPLACE INTO` remove the row they conflict with without firing its DELETE
/// triggers (unless `recursive_triggers` is on, which is a connection's choice), so `AppendOnly`'s triggers let a
/// row be replaced. A BEFORE INSERT trigger refuses any row whose id or place in the chain is already taken; it
/// runs before the conflict is resolved. (PostgreSQL has no REPLACE; `ON CONFLICT DO UPDATE` fires the UPDATE trigger.)
///
/// The chains become keyed (`ChainAnchor`): `chain_heads.keyed_from` records each chain's first row hashed with the
/// chain key. Rows before it keep their plain SHA-256.
struct M017NoReplaceKeyedChains: AsyncMigration {
    static let tables = ["journal_entries", "audit_log"]

    func prepare(on database: any Database) async throws {
        try await database.schema("chain_heads").field("keyed_from", .int64).update()
        let sql = database as! any SQLDatabase
        guard sql.dialect.name == "sqlite" else { return }
        for table in Self.tables {
            try await sql.raw("""
                CREATE TRIGGER \(unsafeRaw: table)_no_replace BEFORE INSERT ON \(unsafeRaw: table)
                WHEN EXISTS (SELECT 1 FROM \(unsafeRaw: table) WHERE id = NEW.id)
                  OR (NEW.seq IS NOT NULL AND EXISTS (SELECT 1 FROM \(unsafeRaw: table) WHERE seq = NEW.seq))
                BEGIN SELECT RAISE(ABORT, '\(unsafeRaw: table) is append-only: a row with this id or seq exists'); END
                """).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "sqlite" {
            for table in Self.tables {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_no_replace").run()
            }
        }
        try await database.schema("chain_heads").deleteField("keyed_from").update()
    }
}
