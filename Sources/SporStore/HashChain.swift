import Crypto
import Foundation
import SQLKit

/// A hash chain over an append-only table: row n stores `seq = n` and
/// `hash = SHA-256(hash of row n-1 | the row's canonical contents)`. Altering, removing or inserting a
/// row breaks every hash from there on; `Store.verifyChains()` names the first row that does not fit.
enum HashChain: String, CaseIterable, Sendable {
    case journal = "journal_entries"
    case audit = "audit_log"

    static let genesis = String(repeating: "0", count: 64)

    var table: String { rawValue }

    static func hash(previous: String, contents: String) -> String {
        SHA256.hash(data: Data("\(previous)|\(contents)".utf8)).hexString
    }

    /// The head of the chain, locked for the rest of the transaction (PostgreSQL; SQLite has one writer).
    func head(on sql: any SQLDatabase) async throws -> (seq: Int64, hash: String) {
        let select = sql.select().columns("seq", "hash").from("chain_heads").where("chain", .equal, rawValue)
        if sql.dialect.name == "postgresql" { select.for(.update) }
        if let row = try await select.first() {
            return (try row.decode(column: "seq", as: Int64.self), try row.decode(column: "hash", as: String.self))
        }
        try await sql.insert(into: "chain_heads").columns("chain", "seq", "hash")
            .values(SQLBind(rawValue), SQLBind(Int64(0)), SQLBind(HashChain.genesis))
            .ignoringConflicts(with: ["chain"])
            .run()
        return try await head(on: sql)
    }

    /// Numbers and hashes `contents` (each a row's canonical text) after the head, moves the head on,
    /// and returns each row's (seq, hash).
    func extend(with contents: [String], on sql: any SQLDatabase) async throws -> [(seq: Int64, hash: String)] {
        guard !contents.isEmpty else { return [] }
        var (seq, hash) = try await head(on: sql)
        var links: [(Int64, String)] = []
        links.reserveCapacity(contents.count)
        for text in contents {
            seq += 1
            hash = HashChain.hash(previous: hash, contents: text)
            links.append((seq, hash))
        }
        try await sql.update("chain_heads").set("seq", to: seq).set("hash", to: hash).where("chain", .equal, rawValue).run()
        return links
    }
}

/// The canonical text of a row: its fields in a fixed order, with ids lowercased and absent values empty.
func canonical(_ fields: [Any?]) -> String {
    fields.map { field -> String in
        switch field {
        case nil: return ""
        case let uuid as UUID: return uuid.uuidString.lowercased()
        case let value?: return "\(value)"
        }
    }.joined(separator: "\u{1F}")
}
