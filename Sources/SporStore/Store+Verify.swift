import Foundation
import FluentKit
import FluentSQLiteDriver
import SQLKit

/// What walking a hash chain found.
public struct ChainReport: Sendable, Hashable, CustomStringConvertible {
    public let table: String
    public let rows: Int
    /// The first row that does not fit, if any: its place in the chain, its id and why.
    public let firstBreak: Break?
    /// What the checkpoint outside the database says of the chain's end; nil for a store without a chain anchor.
    public let checkpoint: Checkpoint?
    /// The first row hashed with the chain key, if any.
    public let keyedFrom: Int64?
    /// The last row walked, when the chain fits.
    let end: HashChain.Link?

    public struct Break: Sendable, Hashable {
        /// 0 when the break is in the checkpoint file rather than at a row.
        public let seq: Int64
        public let id: UUID?
        public let reason: String
    }

    public enum Checkpoint: Sendable, Hashable {
        /// The chain reaches the checkpoint's row with the checkpoint's hash.
        case reached(seq: Int64)
        /// The chain has rows and the checkpoint file (or this chain's line in it) is missing: its end cannot be vouched for.
        case missing(file: String)
    }

    public var isIntact: Bool {
        guard firstBreak == nil else { return false }
        if case .missing = checkpoint { return false }
        return true
    }

    public var description: String {
        if let firstBreak {
            let id = firstBreak.id.map { " (id \($0.uuidString.lowercased()))" } ?? ""
            let place = firstBreak.seq > 0 ? " at row \(firstBreak.seq)" : ""
            return "\(table): BROKEN\(place)\(id): \(firstBreak.reason)"
        }
        let keyed = keyedFrom.map { $0 == 1 ? ", keyed" : ", keyed from row \($0)" } ?? ""
        switch checkpoint {
        case .reached(let seq):
            return "\(table): \(rows) rows, chain intact\(keyed); reaches the checkpoint's row \(seq)"
        case .missing(let file):
            return "\(table): \(rows) rows, chain intact\(keyed), but NOT CHECKED AGAINST A CHECKPOINT: there is none for it in \(file), "
                + "so rows removed at the end, or a chain rebuilt with the key, would not be found. "
                + "`spor audit checkpoint` writes one from the chain as it stands."
        case nil:
            return "\(table): \(rows) rows, chain intact\(keyed)"
        }
    }
}

extension Store {
    /// Walks the journal's and the audit log's hash chains and names the first row of each that does not fit. The
    /// checkpoint file is read first, so rows appended during the walk are not mistaken for a mismatch.
    ///
    /// Both chains and their heads are read in one snapshot of the database — one read transaction on a connection of
    /// its own on SQLite (WAL), REPEATABLE READ READ ONLY on PostgreSQL — so that writes going on meanwhile are either
    /// wholly in what is walked or wholly outside it: a row appended after the head was read, or a head moved on after
    /// the rows were read, is not mistaken for tampering.
    public func verifyChains() async throws -> [ChainReport] {
        try await verifyChains(pageSize: 5_000)
    }

    /// The walk read `pageSize` rows at a time (small in a test, so that it spans many reads while writers go on).
    func verifyChains(pageSize: Int) async throws -> [ChainReport] {
        let checkpoint = anchor?.readCheckpoint()
        return try await readSnapshot { sql in
            [try await self.verify(.journal, checkpoint: checkpoint, on: sql, pageSize: pageSize),
             try await self.verify(.audit, checkpoint: checkpoint, on: sql, pageSize: pageSize)]
        }
    }

    /// Runs `body` with reads that all see one committed state of the database.
    ///
    /// SQLite: a connection opened for the purpose on the store's file (the pool has one connection per event loop, and
    /// a long walk on it would hold up every request on that loop), in a deferred transaction: in WAL mode its snapshot
    /// is taken at the first read and kept until the end, while writers go on. PostgreSQL: one pooled connection in a
    /// REPEATABLE READ READ ONLY transaction, whose snapshot is taken at its first statement.
    func readSnapshot<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let pooled = self.sql
        switch kind {
        case .sqlite:
            let main = try await pooled.raw("PRAGMA database_list").all()
                .first { (try? $0.decode(column: "name", as: String.self)) == "main" }
            let file = try main?.decode(column: "file", as: String?.self) ?? ""
            guard !file.isEmpty else {
                // An in-memory database has no file to open again: its one connection.
                return try await (pooled as! any Database).withConnection { connection in
                    try await Store.inReadTransaction(connection as! any SQLDatabase, begin: "BEGIN", body)
                }
            }
            let connection = try await SQLiteConnection.open(storage: .file(path: file))
            do {
                let result = try await Store.inReadTransaction(connection.sql(), begin: "BEGIN", body)
                try await connection.close()
                return result
            } catch {
                try? await connection.close()
                throw error
            }
        case .postgres:
            return try await (pooled as! any Database).withConnection { connection in
                try await Store.inReadTransaction(connection as! any SQLDatabase,
                                                  begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
            }
        }
    }

    private static func inReadTransaction<T: Sendable>(_ sql: any SQLDatabase, begin: String,
                                                       _ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await sql.raw("\(unsafeRaw: begin)").run()
        do {
            let result = try await body(sql)
            try await sql.raw("COMMIT").run()
            return result
        } catch {
            try? await sql.raw("ROLLBACK").run()
            throw error
        }
    }

    /// Writes the checkpoint from the chains as they stand, for a store that has none (its rows predate the chain key,
    /// or the file was lost), after walking them. Refuses while a chain does not fit, and while there is a checkpoint
    /// the chains do not reach or that is not signed with the chain key: that file is the evidence, and stays until
    /// someone moves it aside. Returns the chains' reports as checked against the new checkpoint.
    public func checkpointChains() async throws -> [ChainReport] {
        guard let anchor else { throw StoreError.configuration("this store has no chain key (SPOR_CHAIN_KEY_FILE)") }
        let reports = try await verifyChains()
        if let broken = reports.first(where: { $0.firstBreak != nil }) {
            throw StoreError.corrupt("no checkpoint written: \(broken)")
        }
        try anchor.withCheckpointLock {
            var checkpoint: ChainCheckpoint
            switch anchor.readCheckpoint() {
            case .missing: checkpoint = ChainCheckpoint(marks: [:])
            case .signed(let signed): checkpoint = signed
            case .unusable(let reason): throw StoreError.corrupt("no checkpoint written: \(anchor.checkpointFile) \(reason)")
            }
            for report in reports {
                guard let chain = HashChain(rawValue: report.table), let end = report.end, end.seq > 0 else { continue }
                // Another writer may have moved it on since the walk; it only moves forward.
                if let mark = checkpoint[chain], mark.seq >= end.seq { continue }
                checkpoint[chain] = .init(seq: end.seq, hash: end.hash, keyedFrom: report.keyedFrom)
            }
            try anchor.writeCheckpoint(checkpoint)
        }
        return try await verifyChains()
    }

    /// The hash stored for the row at `seq`.
    static func chainHash(_ chain: HashChain, seq: Int64, on sql: any SQLDatabase) async throws -> String? {
        try await sql.select().column("hash").from(chain.table).where("seq", .equal, seq).limit(1).first()?
            .decode(column: "hash", as: String?.self)
    }

    /// Walks one chain on `sql`, which is to read one snapshot (`readSnapshot`) for the chain and its head to agree.
    func verify(_ chain: HashChain, checkpoint read: ChainAnchor.CheckpointRead?, on sql: any SQLDatabase,
                pageSize: Int = 5_000) async throws -> ChainReport {
        let head = try await chain.head(on: sql, lock: false)
        var mark: ChainCheckpoint.Mark? = nil
        var checkpointBreak: ChainReport.Break? = nil
        var keyedFrom = head.keyedFrom
        switch read {
        case nil, .missing?:
            break
        case .unusable(let reason)?:
            checkpointBreak = .init(seq: 0, id: nil, reason: "the checkpoint \(anchor?.checkpointFile ?? "") \(reason)")
        case .signed(let checkpoint)?:
            mark = checkpoint[chain]
        }
        if let mark {
            // The checkpoint, not the database, says from where the chain is keyed: a chain re-hashed with plain
            // SHA-256 and its `keyed_from` cleared would otherwise pass as one from before keys.
            if let signed = mark.keyedFrom {
                if head.keyedFrom != signed {
                    checkpointBreak = .init(seq: signed, id: nil, reason: "chain_heads says the chain is keyed from "
                        + "\(head.keyedFrom.map { "row \($0)" } ?? "nowhere"), the checkpoint from row \(signed) (chain_heads altered)")
                }
                keyedFrom = signed
            } else if let stored = head.keyedFrom, stored <= mark.seq {
                checkpointBreak = .init(seq: stored, id: nil, reason: "chain_heads says the chain is keyed from row \(stored), "
                    + "but at row \(mark.seq) the checkpoint knew no keyed row (chain_heads altered)")
            }
        }
        let report = { (rows: Int, firstBreak: ChainReport.Break?, end: HashChain.Link?) -> ChainReport in
            var status: ChainReport.Checkpoint? = nil
            if read != nil {
                if let mark { status = .reached(seq: mark.seq) } else if rows > 0 { status = .missing(file: self.anchor?.checkpointFile ?? "") }
            }
            // A row that does not fit is named before a disagreement with the checkpoint.
            let found = firstBreak ?? checkpointBreak
            return ChainReport(table: chain.table, rows: rows, firstBreak: found, checkpoint: status, keyedFrom: keyedFrom,
                               end: found == nil ? end : nil)
        }

        var previous = HashChain.genesis
        var expected: Int64 = 1
        var rows = 0
        while true {
            let page = try await sql.select().columns("*").from(chain.table)
                .where("seq", .greaterThanOrEqual, expected).orderBy("seq").limit(pageSize).all()
            for row in page {
                rows += 1
                let seq = try row.decode(column: "seq", as: Int64.self)
                let id = try? row.decode(column: "id", as: UUID.self)
                guard seq == expected else {
                    return report(rows, .init(seq: expected, id: nil, reason: "row \(expected) is missing (the next is \(seq))"), nil)
                }
                let stored = try row.decode(column: "hash", as: String.self)
                let contents = try Store.canonicalContents(chain, row)
                if let keyedFrom, seq >= keyedFrom {
                    guard let anchor else {
                        return report(rows, .init(seq: seq, id: id, reason: "the chain is keyed from here, and no chain key was given (SPOR_CHAIN_KEY_FILE)"), nil)
                    }
                    guard anchor.hash(previous: previous, contents: contents) == stored else {
                        return report(rows, .init(seq: seq, id: id, reason: "its hash does not fit its contents and the row before it under the chain key "
                            + "(the row altered, or rows before it removed or altered and the chain re-hashed without the key)"), nil)
                    }
                } else {
                    guard HashChain.hash(previous: previous, contents: contents) == stored else {
                        return report(rows, .init(seq: seq, id: id, reason: "its contents do not match its hash (altered)"), nil)
                    }
                }
                if let mark, seq == mark.seq, stored != mark.hash {
                    return report(rows, .init(seq: seq, id: id, reason: "its hash is not the one the checkpoint outside the database holds for it "
                        + "(the chain rebuilt up to here)"), nil)
                }
                previous = stored
                expected += 1
            }
            if page.count < pageSize { break }
        }
        let last = expected - 1
        if let mark, mark.seq > last {
            return report(rows, .init(seq: last + 1, id: nil, reason: "the chain ends at row \(last), but the checkpoint outside the database "
                + "holds row \(mark.seq) (rows removed at the end)"), nil)
        }
        if last != head.last.seq || previous != head.last.hash {
            return report(rows, .init(seq: expected, id: nil,
                reason: "the chain ends at row \(last) but its head says \(head.last.seq) (rows removed at the end)"), nil)
        }
        let unchained = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(chain.table)
            .where("seq", .is, SQLLiteral.null).first()?.decode(column: "n", as: Int.self) ?? 0
        if unchained > 0 {
            return report(rows, .init(seq: expected, id: nil, reason: "\(unchained) rows carry no place in the chain (inserted outside Spor)"), nil)
        }
        return report(rows, nil, HashChain.Link(seq: last, hash: previous))
    }

    /// A stored row's canonical text, as the chain hashes it.
    static func canonicalContents(_ chain: HashChain, _ row: any SQLRow) throws -> String {
        switch chain {
        case .journal:
            return canonical([
                try row.decode(column: "id", as: UUID.self), try row.decode(column: "municipality", as: Int.self),
                try row.decode(column: "child_id", as: UUID.self), try row.decode(column: "kind", as: String.self),
                try row.decode(column: "payload", as: String.self), try row.decode(column: "occurred_at", as: Int64.self),
                try row.decode(column: "recorded_at", as: Int64.self), try row.decode(column: "author_id", as: UUID.self),
                try row.decode(column: "corrects", as: UUID?.self),
            ])
        case .audit:
            return Store.canonicalAudit(
                id: try row.decode(column: "id", as: UUID.self), municipality: try row.decode(column: "municipality", as: Int.self),
                at: try row.decode(column: "at", as: Int64.self), user: try row.decode(column: "user_id", as: UUID?.self),
                action: try row.decode(column: "action", as: String.self), child: try row.decode(column: "child_id", as: UUID?.self),
                entry: try row.decode(column: "entry_id", as: UUID?.self))
        }
    }
}
