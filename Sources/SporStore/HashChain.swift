import Crypto
import Foundation
import SQLKit

/// A hash chain over an append-only table: row n stores `seq = n` and `hash = H(hash of row n-1 | the row's canonical
/// contents)`. Altering, removing or inserting a row breaks every hash from there on; `Store.verifyChains()` names the
/// first row that does not fit.
///
/// H is HMAC-SHA256 under the chain key (`ChainAnchor`) from the chain's `keyed_from` row on, so that someone with
/// only the database cannot re-hash the chain after changing it. Rows written before chains were keyed keep their
/// plain SHA-256 (a row is never rewritten); the first keyed row's HMAC covers the hash before it, so re-hashing
/// the older rows is found there.
enum HashChain: String, CaseIterable, Sendable {
    case journal = "journal_entries"
    case audit = "audit_log"

    static let genesis = String(repeating: "0", count: 64)

    var table: String { rawValue }

    /// The link of a row from before chains were keyed: plain SHA-256.
    static func hash(previous: String, contents: String) -> String {
        SHA256.hash(data: Data("\(previous)|\(contents)".utf8)).hexString
    }

    /// A row's place and hash.
    struct Link: Sendable, Hashable {
        var seq: Int64
        var hash: String
    }

    /// The chain's last row, and the first hashed with the key (nil while none is).
    struct Head: Sendable {
        var last: Link
        var keyedFrom: Int64?
    }

    /// The head of the chain, locked for the rest of the transaction (PostgreSQL; SQLite has one writer).
    func head(on sql: any SQLDatabase, lock: Bool = true) async throws -> Head {
        let select = sql.select().columns("seq", "hash", "keyed_from").from("chain_heads").where("chain", .equal, rawValue)
        if lock, sql.dialect.name == "postgresql" { select.for(.update) }
        if let row = try await select.first() {
            return Head(last: Link(seq: try row.decode(column: "seq", as: Int64.self), hash: try row.decode(column: "hash", as: String.self)),
                        keyedFrom: try row.decode(column: "keyed_from", as: Int64?.self))
        }
        guard lock else { return Head(last: Link(seq: 0, hash: HashChain.genesis), keyedFrom: nil) }
        try await sql.insert(into: "chain_heads").columns("chain", "seq", "hash")
            .values(SQLBind(rawValue), SQLBind(Int64(0)), SQLBind(HashChain.genesis))
            .ignoringConflicts(with: ["chain"])
            .run()
        return try await head(on: sql)
    }

    /// Numbers and hashes `contents` (each a row's canonical text) after the head, moves the head on,
    /// and returns each row's (seq, hash).
    ///
    /// Inside `Store.write` of a store with a chain anchor the rows are keyed — from here on, if the chain was not yet —
    /// and the write notes what it added, for the checkpoint. A store without one writes plain SHA-256 links, and
    /// refuses a chain that is already keyed rather than weaken it.
    func extend(with contents: [String], on sql: any SQLDatabase) async throws -> [(seq: Int64, hash: String)] {
        guard !contents.isEmpty else { return [] }
        let write = ChainWrite.current
        let anchor = write?.anchor
        let head = try await head(on: sql)
        var keyedFrom = head.keyedFrom
        if anchor != nil {
            if keyedFrom == nil { keyedFrom = head.last.seq + 1 }
        } else if let keyedFrom {
            throw StoreError.configuration("the \(table) chain is keyed from row \(keyedFrom), and this store was given no chain key (SPOR_CHAIN_KEY_FILE)")
        }
        var (seq, hash) = (head.last.seq, head.last.hash)
        var links: [(Int64, String)] = []
        links.reserveCapacity(contents.count)
        for text in contents {
            seq += 1
            if let anchor, let keyedFrom, seq >= keyedFrom {
                hash = anchor.hash(previous: hash, contents: text)
            } else {
                hash = HashChain.hash(previous: hash, contents: text)
            }
            links.append((seq, hash))
        }
        let update = sql.update("chain_heads").set("seq", to: seq).set("hash", to: hash)
        if keyedFrom != head.keyedFrom { update.set("keyed_from", to: keyedFrom) }
        try await update.where("chain", .equal, rawValue).run()
        write?.note(self, before: head.last, last: Link(seq: seq, hash: hash), keyedFrom: keyedFrom, switchedToKey: keyedFrom != head.keyedFrom)
        return links
    }
}

/// What one write transaction added to the chains, so that the checkpoint can follow once it has committed.
/// `Store.write` makes one and binds it for the transaction's work.
final class ChainWrite: @unchecked Sendable {
    @TaskLocal static var current: ChainWrite?

    struct Extension: Sendable {
        /// The chain's last row before this write.
        var before: HashChain.Link
        var last: HashChain.Link
        var keyedFrom: Int64?
        /// The chain's first keyed row is in this write.
        var switchedToKey: Bool

        var mark: ChainCheckpoint.Mark { .init(seq: last.seq, hash: last.hash, keyedFrom: keyedFrom) }
    }

    let anchor: ChainAnchor?
    private let lock = NSLock()
    private var extensions: [HashChain: Extension] = [:]

    init(anchor: ChainAnchor?) {
        self.anchor = anchor
    }

    func note(_ chain: HashChain, before: HashChain.Link, last: HashChain.Link, keyedFrom: Int64?, switchedToKey: Bool) {
        lock.withLock {
            if var known = extensions[chain] {
                known.last = last
                known.keyedFrom = keyedFrom
                known.switchedToKey = known.switchedToKey || switchedToKey
                extensions[chain] = known
            } else {
                extensions[chain] = Extension(before: before, last: last, keyedFrom: keyedFrom, switchedToKey: switchedToKey)
            }
        }
    }

    var written: [HashChain: Extension] { lock.withLock { extensions } }
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
