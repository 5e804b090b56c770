import Foundation
import SQLKit

/// What walking a hash chain found.
public struct ChainReport: Sendable, Hashable, CustomStringConvertible {
    public let table: String
    public let rows: Int
    /// The first row that does not fit, if any: its place in the chain, its id and why.
    public let firstBreak: Break?

    public struct Break: Sendable, Hashable {
        public let seq: Int64
        public let id: UUID?
        public let reason: String
    }

    public var isIntact: Bool { firstBreak == nil }

    public var description: String {
        guard let firstBreak else { return "\(table): \(rows) rows, chain intact" }
        let id = firstBreak.id.map { " (id \($0.uuidString.lowercased()))" } ?? ""
        return "\(table): BROKEN at row \(firstBreak.seq)\(id): \(firstBreak.reason)"
    }
}

extension Store {
    /// Walks the journal's and the audit log's hash chains and names the first row of each that does not fit.
    public func verifyChains() async throws -> [ChainReport] {
        [try await verify(.journal), try await verify(.audit)]
    }

    func verify(_ chain: HashChain) async throws -> ChainReport {
        let sql = self.sql
        let head = try await sql.select().columns("seq", "hash").from("chain_heads").where("chain", .equal, chain.rawValue).first()
            .map { (try $0.decode(column: "seq", as: Int64.self), try $0.decode(column: "hash", as: String.self)) } ?? (Int64(0), HashChain.genesis)
        var previous = HashChain.genesis
        var expected: Int64 = 1
        var rows = 0
        let pageSize = 5_000
        while true {
            let page = try await sql.select().columns("*").from(chain.table)
                .where("seq", .greaterThanOrEqual, expected).orderBy("seq").limit(pageSize).all()
            for row in page {
                rows += 1
                let seq = try row.decode(column: "seq", as: Int64.self)
                let id = try? row.decode(column: "id", as: UUID.self)
                guard seq == expected else {
                    return ChainReport(table: chain.table, rows: rows, firstBreak: .init(seq: expected, id: nil,
                        reason: "row \(expected) is missing (the next is \(seq))"))
                }
                let stored = try row.decode(column: "hash", as: String.self)
                let contents = try canonicalContents(chain, row)
                guard HashChain.hash(previous: previous, contents: contents) == stored else {
                    return ChainReport(table: chain.table, rows: rows, firstBreak: .init(seq: seq, id: id,
                        reason: "its contents do not match its hash (altered)"))
                }
                previous = stored
                expected += 1
            }
            if page.count < pageSize { break }
        }
        if expected - 1 != head.0 || previous != head.1 {
            return ChainReport(table: chain.table, rows: rows, firstBreak: .init(seq: expected, id: nil,
                reason: "the chain ends at row \(expected - 1) but its head says \(head.0) (rows removed at the end)"))
        }
        let unchained = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(chain.table)
            .where("seq", .is, SQLLiteral.null).first()?.decode(column: "n", as: Int.self) ?? 0
        if unchained > 0 {
            return ChainReport(table: chain.table, rows: rows, firstBreak: .init(seq: expected, id: nil,
                reason: "\(unchained) rows carry no place in the chain (inserted outside Spor)"))
        }
        return ChainReport(table: chain.table, rows: rows, firstBreak: nil)
    }

    private func canonicalContents(_ chain: HashChain, _ row: any SQLRow) throws -> String {
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
