import Foundation
import FluentKit
import SQLKit
import SporDomain

/// Spor's persistence: the append-only journal, the summary tables kept in step with it, users,
/// tokens and the audit log. One code path for SQLite and PostgreSQL.
public struct Store: Sendable {
    public let kind: DatabaseKind
    /// The municipality every query of this store is scoped by; `scoped(to:)` gives the same store for another.
    public internal(set) var municipality: Int
    let protector: CPRProtector
    /// The chains' key and checkpoint; without one the chains are written with plain SHA-256 as before keys, and a
    /// chain that is already keyed is refused.
    let anchor: ChainAnchor?
    /// The journal's sealed files (letters, attachments); nil where a store is used without them (a benchmark).
    public let files: SealedFiles?
    private let database: @Sendable () -> any Database
    private let gate: WriteGate?

    /// - Parameter database: gives a database handle for one unit of work (e.g. `{ app.db }`).
    public init(kind: DatabaseKind, municipality: Int = Municipality.norddjurs.code,
                protector: CPRProtector, chain anchor: ChainAnchor? = nil, files: SealedFiles? = nil,
                database: @escaping @Sendable () -> any Database) {
        self.kind = kind
        self.municipality = municipality
        self.protector = protector
        self.anchor = anchor
        self.files = files
        self.database = database
        self.gate = kind == .sqlite ? WriteGate() : nil
    }

    var sql: any SQLDatabase { database() as! any SQLDatabase }

    /// Runs `body` in one transaction; on SQLite, one writer at a time. Once it has committed, the chain checkpoint
    /// follows the rows it added to the journal and the audit log.
    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let chains = ChainWrite(anchor: anchor)
        let result = try await transaction { sql in
            try await ChainWrite.$current.withValue(chains) { try await body(sql) }
        }
        if let anchor {
            let written = chains.written
            if !written.isEmpty {
                let sql = self.sql
                await anchor.advance(written) { chain, seq in try await Store.chainHash(chain, seq: seq, on: sql) }
            }
        }
        return result
    }

    private func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        guard let gate else {
            return try await database().transaction { try await body($0 as! any SQLDatabase) }
        }
        await gate.acquire()
        do {
            let result = try await database().withConnection { connection in
                // IMMEDIATE takes the write lock before the first read. A deferred transaction that reads
                // and then writes fails at once if another connection (sessions) wrote in between.
                let sql = connection as! any SQLDatabase
                try await sql.raw("BEGIN IMMEDIATE").run()
                do {
                    let result = try await body(sql)
                    try await sql.raw("COMMIT").run()
                    return result
                } catch {
                    try? await sql.raw("ROLLBACK").run()
                    throw error
                }
            }
            await gate.release()
            return result
        } catch {
            await gate.release()
            throw error
        }
    }

    /// Engine settings that belong to the file rather than to a connection.
    public func prepareEngine() async throws {
        if kind == .sqlite {
            try await sql.raw("PRAGMA journal_mode=WAL").run()
        } else {
            // The journal is read packed with the texts' lengths in the database's encoding (`Store.packedEntries`).
            let encoding = try await sql.raw("SHOW server_encoding").first()?.decode(column: "server_encoding", as: String.self)
            guard encoding == "UTF8" else {
                throw StoreError.configuration("the PostgreSQL database is encoded in \(encoding ?? "an unknown encoding"); Spor needs one created with ENCODING 'UTF8'")
            }
        }
    }

    /// Makes sure the municipality row exists.
    public func ensureMunicipality(_ municipality: Municipality) async throws {
        try await write { sql in
            try await sql.insert(into: "municipalities")
                .columns("code", "name")
                .values(SQLBind(municipality.code), SQLBind(municipality.name))
                .onConflict(with: ["code"]) { $0.set(excludedValueOf: "name") }
                .run()
            try await Store.ensurePartitions(municipality: municipality.code, on: sql)
        }
    }

    /// Health check: the database answers.
    public func ping() async throws {
        _ = try await sql.raw("SELECT 1 AS one").first()
    }
}
