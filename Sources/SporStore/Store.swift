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
    let gate: WriteGate?

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

    /// What a write's body returned, handed from the batch that ran it to its caller.
    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }

    /// Runs `body` in one transaction; on SQLite, one writer at a time, with the writes that queue meanwhile committed
    /// together (`WriteGate`). Once it has committed, the chain checkpoint follows the rows it added to the journal and
    /// the audit log.
    func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let chains = ChainWrite(anchor: anchor)
        guard let gate else {
            let result = try await database().transaction { database in
                try await Store.within(chains) { try await body(database as! any SQLDatabase) }
            }
            await Store.advance(anchor, chains.written, sql: sql)
            return result
        }
        let result = ResultBox<T>()
        let database = self.database, anchor = self.anchor
        try await gate.submit(chains: chains, commit: { batch in await Store.commit(batch, database: database(), anchor: anchor) }) { sql in
            result.value = try await Store.within(chains) { try await body(sql) }
        }
        return result.value!
    }

    /// A write's body with what is kept for one write: its chain extensions and the settings it has read.
    private static func within<T>(_ chains: ChainWrite, _ body: () async throws -> T) async throws -> T {
        try await ChainWrite.$current.withValue(chains) {
            try await SettingsMemo.$current.withValue(SettingsMemo()) { try await body() }
        }
    }

    /// Moves the chain checkpoint on to what committed writes added (nothing without a chain key).
    private static func advance(_ anchor: ChainAnchor?, _ written: [HashChain: ChainWrite.Extension], sql: any SQLDatabase) async {
        guard let anchor, !written.isEmpty else { return }
        await anchor.advance(written) { chain, seq in try await Store.chainHash(chain, seq: seq, on: sql) }
    }

    /// One batch of SQLite writes (`WriteGate`): one transaction, each job in a savepoint of its own when there are
    /// several; the audit rows of the jobs that succeeded chained and inserted together at the end (`DeferredAudit`: a
    /// view of a child page writes one, a journal write one per entry); one commit; then the checkpoint moved once for
    /// the whole batch, and each caller answered.
    private static func commit(_ batch: [WriteGate.Job], database: any Database, anchor: ChainAnchor?) async {
        let outcomes: [Result<Void, any Error>]
        let audits = ChainWrite(anchor: anchor)
        do {
            outcomes = try await database.withConnection { connection in
                // IMMEDIATE takes the write lock before the first read. A deferred transaction that reads
                // and then writes fails at once if another connection (sessions) wrote in between.
                let sql = connection as! any SQLDatabase
                try await sql.raw("BEGIN IMMEDIATE").run()
                var outcomes: [Result<Void, any Error>] = []
                var audited: [AuditRow] = []
                do {
                    if batch.count == 1 {
                        let deferred = DeferredAudit()
                        try await DeferredAudit.$current.withValue(deferred) { try await batch[0].run(sql) }
                        outcomes = [.success(())]
                        audited = deferred.rows
                    } else {
                        for job in batch {
                            let deferred = DeferredAudit()
                            try await sql.raw("SAVEPOINT job").run()
                            do {
                                try await DeferredAudit.$current.withValue(deferred) { try await job.run(sql) }
                                outcomes.append(.success(()))
                                audited += deferred.rows
                            } catch {
                                try await sql.raw("ROLLBACK TO job").run()
                                outcomes.append(.failure(error))
                            }
                            try await sql.raw("RELEASE job").run()
                        }
                    }
                    if !audited.isEmpty {
                        try await ChainWrite.$current.withValue(audits) { try await Store.insertAudit(audited, on: sql) }
                    }
                    try await sql.raw("COMMIT").run()
                } catch {
                    try? await sql.raw("ROLLBACK").run()
                    throw error
                }
                return outcomes
            }
        } catch {
            // A batch of one fails with its job's own error; a batch whose transaction failed, every job with it.
            for job in batch { job.done.resume(throwing: error) }
            return
        }
        // The jobs that succeeded extended the chains one after the other: the batch's extension runs from the first's
        // row before to the last's last row.
        var written: [HashChain: ChainWrite.Extension] = [:]
        let succeeded = zip(batch, outcomes).filter { (try? $0.1.get()) != nil }.map(\.0.chains)
        for chains in succeeded + [audits] {
            for (chain, part) in chains.written {
                if var known = written[chain] {
                    known.last = part.last
                    known.keyedFrom = part.keyedFrom
                    known.switchedToKey = known.switchedToKey || part.switchedToKey
                    written[chain] = known
                } else {
                    written[chain] = part
                }
            }
        }
        await advance(anchor, written, sql: database as! any SQLDatabase)
        for (job, outcome) in zip(batch, outcomes) { job.done.resume(with: outcome) }
    }

    /// SQLite's settings of each connection: `synchronous=NORMAL` in WAL mode (consistent after a crash, synced at
    /// checkpoints rather than on every commit), and a page cache of 16 MiB rather than the default 2 MiB, so that a write
    /// to a long journal finds the journal's, the indexes' and the indicator cells' pages in memory instead of reading
    /// them from the file again (the default demo's database is about 130 MB; two connections, at most 32 MiB).
    public static let sqliteConnectionPragmas = ["PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-16384"]

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

    /// SQLite's planner chooses among a table's indexes by the statistics in `sqlite_stat1`; without them it guesses. It
    /// guessed wrong once the journal had its (municipality, kind, …) indexes: it read a municipality's whole journal for
    /// two children's entries. `PRAGMA optimize=0x10002` gathers the statistics of the tables that lack them or have
    /// outgrown them, with a bounded effort, which is what SQLite advises for long-lived connections: when the server
    /// starts and then every few hours (`PlannerStatistics`). Inside a write, so that it takes its turn with the others.
    /// PostgreSQL's autovacuum keeps its own statistics.
    public func refreshPlannerStatistics() async throws {
        guard kind == .sqlite else { return }
        try await write { sql in try await sql.raw("PRAGMA optimize=0x10002").run() }
    }

    /// Gathers the planner's statistics of every table now (`ANALYZE`), after a bulk load — `spor generate`, the demo, a
    /// restore (`pg_restore` brings none) — so that the first queries after it are planned with them, not after
    /// PostgreSQL's autovacuum or the server's next `refreshPlannerStatistics` has come round.
    public func analyze() async throws {
        switch kind {
        case .sqlite: try await write { sql in try await sql.raw("ANALYZE").run() }
        case .postgres: try await sql.raw("ANALYZE").run()
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
