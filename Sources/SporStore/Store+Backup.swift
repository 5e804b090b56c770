import Foundation
import SQLKit

extension Store {
    /// Whether the store holds anything of a municipality's: a journal entry, an audit row or a user. `spor restore` is
    /// refused onto a store that does, unless told.
    public func holdsData() async throws -> Bool {
        for table in ["journal_entries", "audit_log", "users"] {
            if try await sql.select().column("id").from(table).limit(1).first() != nil { return true }
        }
        return false
    }

    /// PostgreSQL, for a restore: drops everything in the `public` schema and makes it anew, empty.
    public func dropPostgresSchema() async throws {
        guard kind == .postgres else { throw StoreError.configuration("dropPostgresSchema on a \(kind.rawValue) store") }
        try await sql.raw("DROP SCHEMA IF EXISTS public CASCADE").run()
        try await sql.raw("CREATE SCHEMA public").run()
    }

    /// SQLite: writes a consistent copy of the database to `path` while the server goes on (`VACUUM INTO` reads one
    /// snapshot; writers are not held up). The file must not exist.
    public func backupSQLite(to path: String) async throws {
        guard kind == .sqlite else { throw StoreError.configuration("backupSQLite on a \(kind.rawValue) store") }
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError.configuration("\(path) exists already; choose a new file for the backup")
        }
        try await sql.raw("VACUUM INTO \(literal: path)").run()
    }

    /// The chain checkpoint file's contents as they stand (nil without a chain key or a checkpoint). Read before a backup
    /// is taken, it names rows the backup holds: the checkpoint follows a write only after it has committed.
    public func chainCheckpointData() -> Data? {
        guard let anchor else { return nil }
        return FileManager.default.contents(atPath: anchor.checkpointFile)
    }

    /// The chain checkpoint file, for a restore: the backup's checkpoint replaces the store's, which is kept beside it
    /// as `.before-restore` (it names rows that the restored database no longer has).
    public func replaceChainCheckpoint(with data: Data) throws {
        guard let anchor else { throw StoreError.configuration("this store has no chain key (SPOR_CHAIN_KEY_FILE)") }
        let manager = FileManager.default
        let aside = anchor.checkpointFile + ".before-restore"
        if manager.fileExists(atPath: anchor.checkpointFile) {
            try? manager.removeItem(atPath: aside)
            try manager.moveItem(atPath: anchor.checkpointFile, toPath: aside)
        }
        guard manager.createFile(atPath: anchor.checkpointFile, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.configuration("could not write \(anchor.checkpointFile)")
        }
    }
}
