import Crypto
import Foundation
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

/// The chains are keyed and checkpointed outside the database: an intruder with the database but not Spor's files
/// cannot remove rows and re-hash the rest, nor remove the last rows, without `verifyChains` naming it.
final class KeyedChainTests: XCTestCase {
    var db: TestDatabase!
    var folder: String!
    var anchor: ChainAnchor!
    /// A store with the chain key, as Spor runs.
    var store: Store!
    var author: UserRecord!

    override func setUp() async throws {
        db = try await TestDatabase.make()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("spor-chain-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        anchor = try ChainAnchor.load(keyFile: "\(folder!)/spor-chain.key", checkpointFile: "\(folder!)/spor-chain.checkpoint", createIfMissing: true)
        store = anchored(anchor)
        author = Fixture.user("rådgiver1", role: .caseworker)
        try await store.addUser(author, now: Fixture.now)
    }

    override func tearDown() async throws {
        try await db.close()
        try? FileManager.default.removeItem(atPath: folder)
    }

    func anchored(_ anchor: ChainAnchor) -> Store {
        Store(kind: db.kind, protector: db.store.protector, chain: anchor) { [runtime = db.runtime] in
            runtime.databases.database(logger: .init(label: "test"), on: runtime.databases.eventLoopGroup.any())!
        }
    }

    /// A child registered and `notes` notes appended: as many journal rows, and one audit row more.
    @discardableResult
    func write(notes: Int, with store: Store, cpr: String = "150315-4321") async throws -> Child {
        try await KeyedChainTests.write(notes: notes, with: store, author: author.id, cpr: cpr)
    }

    func append(notes: Int, to child: Child, with store: Store) async throws {
        try await KeyedChainTests.append(notes: notes, to: child.id, with: store, author: author.id)
    }

    static func write(notes: Int, with store: Store, author: UUID, cpr: String) async throws -> Child {
        let child = Fixture.child(Fixture.cpr(cpr))
        try await store.register(child, cpr: Fixture.cpr(cpr), by: author, now: Fixture.now)
        try await append(notes: notes, to: child.id, with: store, author: author)
        return child
    }

    static func append(notes: Int, to child: UUID, with store: Store, author: UUID) async throws {
        for minute in 0..<notes {
            try await store.append(Entry(municipality: Fixture.municipality, child: child,
                                         payload: .journalNote(JournalNote(text: "Notat \(minute)")),
                                         occurredAt: Fixture.now.addingTimeInterval(Double(-60 - minute * 60)), recordedAt: Fixture.now,
                                         author: author), now: Fixture.now)
        }
    }

    // MARK: - What holds

    func testAKeyedStoreVerifiesAndReachesItsCheckpoint() async throws {
        try await write(notes: 4, with: store)

        let reports = try await store.verifyChains()

        XCTAssertEqual(reports.map(\.isIntact), [true, true], "\(reports)")
        XCTAssertEqual(reports.map(\.keyedFrom), [1, 1])
        XCTAssertEqual(reports.map(\.checkpoint), [.reached(seq: 4), .reached(seq: 5)])
        let mode = try FileManager.default.attributesOfItem(atPath: anchor.checkpointFile)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        // The rows are not plain SHA-256: someone with only the database cannot make them.
        let first = try await store.sql.select().columns("*").from("journal_entries").where("seq", .equal, 1).first()!
        let plain = HashChain.hash(previous: HashChain.genesis, contents: try Store.canonicalContents(.journal, first))
        XCTAssertNotEqual(try first.decode(column: "hash", as: String.self), plain)
        print("verify of an intact keyed store on \(db.kind.rawValue): \(reports)")
    }

    func testAnUnkeyedPrefixFollowedByKeyedRowsVerifies() async throws {
        // Rows written before chains were keyed, by a store without the key.
        let child = try await write(notes: 2, with: db.store)
        XCTAssertFalse(FileManager.default.fileExists(atPath: anchor.checkpointFile))

        try await append(notes: 2, to: child, with: store)

        let reports = try await store.verifyChains()
        XCTAssertEqual(reports.map(\.isIntact), [true, true], "\(reports)")
        XCTAssertEqual(reports.map(\.keyedFrom), [3, 4], "the first rows the key wrote")
        XCTAssertEqual(reports.map(\.checkpoint), [.reached(seq: 4), .reached(seq: 5)], "the switch to the key starts the checkpoint")
        // A store without the key no longer writes to the chains, rather than weaken them.
        do {
            try await append(notes: 1, to: child, with: db.store)
            XCTFail("a store without the chain key appended to a keyed chain")
        } catch let error as StoreError {
            XCTAssertTrue(error.description.contains("SPOR_CHAIN_KEY_FILE"), error.description)
        }
        let after = try await store.verifyChains()
        XCTAssertEqual(after.map(\.isIntact), [true, true])
    }

    func testConcurrentWritersLeaveTheCheckpointAtTheHeads() async throws {
        // Two stores on one database with one key and checkpoint: two servers, or a command beside the server.
        let stores: [Store] = [store, anchored(anchor)]
        let author = author.id
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<6 {
                let store = stores[index % 2]
                let cpr = String(format: "1503%02d-43%02d", 10 + index, 21 + index)
                group.addTask { _ = try await KeyedChainTests.write(notes: 3, with: store, author: author, cpr: cpr) }
            }
            try await group.waitForAll()
        }

        let reports = try await store.verifyChains()

        XCTAssertEqual(reports.map(\.isIntact), [true, true], "\(reports)")
        XCTAssertEqual(reports.map(\.checkpoint), [.reached(seq: 18), .reached(seq: 24)])
    }

    // MARK: - What is found

    func testAnAuditRowRemovedAndTheRestReHashedWithPlainSHA256IsNamed() async throws {
        try await removeAuditRowAndRechain(as: "plain SHA-256") { HashChain.hash(previous: $0, contents: $1) }
    }

    func testAnAuditRowRemovedAndTheRestReHashedUnderAnotherKeyIsNamed() async throws {
        let other = ChainAnchor(key: SymmetricKey(size: .bits256), checkpointFile: "")
        try await removeAuditRowAndRechain(as: "HMAC under another key") { other.hash(previous: $0, contents: $1) }
    }

    /// Removes audit row 3, closes the gap, re-hashes every row after it with `rehash` and moves the head: a chain
    /// that fits by any rule the intruder knows.
    func removeAuditRowAndRechain(as intruder: String, with rehash: @escaping @Sendable (String, String) -> String) async throws {
        try await write(notes: 4, with: store)
        let before = try await rows(.audit)
        try await withoutAppendOnly("audit_log") { sql in
            try await sql.delete(from: "audit_log").where("seq", .equal, Int64(3)).run()
            try await sql.raw("UPDATE audit_log SET seq = seq - 1 WHERE seq > 3").run()
        }
        try await rechain(.audit, from: 3, with: rehash)

        let reports = try await store.verifyChains()

        XCTAssertTrue(reports[0].isIntact, "\(reports)")
        XCTAssertEqual(reports[1].firstBreak?.seq, 3, "\(intruder): \(reports)")
        XCTAssertEqual(reports[1].firstBreak?.id, before[3].id, "\(intruder): the row that now stands at 3")
        XCTAssertTrue(reports[1].firstBreak?.reason.contains("chain key") ?? false, reports[1].description)
        print("verify after removing audit row 3 and re-hashing the rest with \(intruder) on \(db.kind.rawValue): \(reports[1])")
    }

    func testTheLastRowsRemovedAndTheHeadMovedBackAreNamedThroughTheCheckpoint() async throws {
        try await write(notes: 4, with: store)
        let checkpoint = try String(contentsOfFile: anchor.checkpointFile, encoding: .utf8)
        let third = try await rows(.audit)[2]
        try await withoutAppendOnly("audit_log") { sql in
            try await sql.delete(from: "audit_log").where("seq", .greaterThan, Int64(3)).run()
            try await sql.update("chain_heads").set("seq", to: Int64(3)).set("hash", to: third.hash)
                .where("chain", .equal, "audit_log").run()
        }
        // By the key alone the chain fits: the checkpoint finds it.
        let keyOnly = try ChainAnchor.load(keyFile: "\(folder!)/spor-chain.key", checkpointFile: "\(folder!)/none", createIfMissing: false)
        let withoutCheckpoint = try await anchored(keyOnly).verifyChains()
        XCTAssertEqual(withoutCheckpoint.map(\.firstBreak), [nil, nil], "\(withoutCheckpoint)")

        let reports = try await store.verifyChains()

        XCTAssertTrue(reports[0].isIntact, "\(reports)")
        XCTAssertEqual(reports[1].firstBreak?.seq, 4, "\(reports)")
        XCTAssertTrue(reports[1].firstBreak?.reason.contains("checkpoint") ?? false, reports[1].description)
        print("verify after removing the last audit rows on \(db.kind.rawValue): \(reports[1])")
        // Nor is the evidence written over: not by the next write, nor by `spor audit checkpoint`.
        try await write(notes: 1, with: store, cpr: "150315-4313")
        do {
            _ = try await store.checkpointChains()
            XCTFail("a checkpoint the chain does not reach was replaced")
        } catch is StoreError {}
        let journalMoved = try String(contentsOfFile: anchor.checkpointFile, encoding: .utf8)
        XCTAssertEqual(journalMoved.split(separator: "\n").filter { $0.hasPrefix("audit_log") },
                       checkpoint.split(separator: "\n").filter { $0.hasPrefix("audit_log") }, "the audit log's mark stays")
        let after = try await store.verifyChains()
        XCTAssertNotNil(after[1].firstBreak, "\(after)")
    }

    func testTheKeyedRowsReHashedAsUnkeyedAreFound() async throws {
        try await write(notes: 3, with: store)
        try await withoutAppendOnly("journal_entries") { sql in
            try await sql.raw("UPDATE journal_entries SET payload = '{\"text\":\"Forfalsket\"}' WHERE seq = 2").run()
            try await sql.update("chain_heads").set("keyed_from", to: Int64?.none).where("chain", .equal, "journal_entries").run()
        }
        try await rechain(.journal, from: 1) { HashChain.hash(previous: $0, contents: $1) }

        let reports = try await store.verifyChains()

        XCTAssertNotNil(reports[0].firstBreak, "\(reports)")
        XCTAssertTrue(reports[0].firstBreak?.reason.contains("chain key") ?? false, reports[0].description)
        print("verify after re-hashing the journal as unkeyed on \(db.kind.rawValue): \(reports[0])")
    }

    func testRehashingTheUnkeyedPrefixIsFoundAtTheFirstKeyedRow() async throws {
        let child = try await write(notes: 2, with: db.store)
        try await append(notes: 2, to: child, with: store)
        // The unkeyed rows can be re-hashed by anyone: alter row 1 and re-hash rows 1 and 2.
        try await withoutAppendOnly("journal_entries") { sql in
            try await sql.raw("UPDATE journal_entries SET payload = '{\"text\":\"Forfalsket\"}' WHERE seq = 1").run()
        }
        try await rechain(.journal, from: 1, through: 2) { HashChain.hash(previous: $0, contents: $1) }

        let reports = try await store.verifyChains()

        XCTAssertEqual(reports[0].firstBreak?.seq, 3, "the first keyed row covers the hash before it: \(reports)")
    }

    func testACheckpointNotSignedWithTheKeyIsNamed() async throws {
        try await write(notes: 2, with: store)
        let text = try String(contentsOfFile: anchor.checkpointFile, encoding: .utf8)
        try text.replacingOccurrences(of: "journal_entries 2 ", with: "journal_entries 1 ")
            .write(toFile: anchor.checkpointFile, atomically: true, encoding: .utf8)

        let reports = try await store.verifyChains()

        XCTAssertEqual(reports.map { $0.firstBreak?.seq }, [0, 0], "\(reports)")
        XCTAssertTrue(reports[0].description.contains("not signed with the chain key"), reports[0].description)
        // Written under another key, it is refused the same way.
        let other = try ChainAnchor.load(keyFile: "\(folder!)/other.key", checkpointFile: anchor.checkpointFile, createIfMissing: true)
        let signedByOther = ChainCheckpoint(marks: ["journal_entries": .init(seq: 2, hash: String(repeating: "a", count: 64), keyedFrom: 1)])
        try other.writeCheckpoint(signedByOther)
        let underOther = try await store.verifyChains()
        XCTAssertEqual(underOther.map { $0.firstBreak?.seq }, [0, 0])
    }

    func testAMissingCheckpointIsReportedAndWrittenOnlyAfterTheChainsAreWalked() async throws {
        let child = try await write(notes: 2, with: store)
        try FileManager.default.removeItem(atPath: anchor.checkpointFile)

        let reports = try await store.verifyChains()

        XCTAssertEqual(reports.map(\.isIntact), [false, false], "\(reports)")
        XCTAssertEqual(reports.map(\.firstBreak), [nil, nil])
        XCTAssertEqual(reports[0].checkpoint, .missing(file: anchor.checkpointFile))
        XCTAssertTrue(reports[0].description.contains("NOT CHECKED AGAINST A CHECKPOINT"), reports[0].description)
        print("verify without a checkpoint on \(db.kind.rawValue): \(reports[0])")
        // A write does not start a checkpoint over rows it did not see written.
        try await append(notes: 1, to: child, with: store)
        XCTAssertFalse(FileManager.default.fileExists(atPath: anchor.checkpointFile))

        let written = try await store.checkpointChains()

        XCTAssertEqual(written.map(\.isIntact), [true, true], "\(written)")
        XCTAssertEqual(written.map(\.checkpoint), [.reached(seq: 3), .reached(seq: 4)])
        try await append(notes: 1, to: child, with: store)
        let moved = try await store.verifyChains()
        XCTAssertEqual(moved.map(\.checkpoint), [.reached(seq: 4), .reached(seq: 5)], "writes move it on again")
    }

    func testNoCheckpointIsWrittenOverAChainThatDoesNotFit() async throws {
        try await write(notes: 2, with: store)
        try FileManager.default.removeItem(atPath: anchor.checkpointFile)
        try await withoutAppendOnly("journal_entries") { sql in
            try await sql.raw("UPDATE journal_entries SET payload = '{\"text\":\"Forfalsket\"}' WHERE seq = 2").run()
        }

        do {
            _ = try await store.checkpointChains()
            XCTFail("a checkpoint was written over an altered chain")
        } catch is StoreError {}
        XCTAssertFalse(FileManager.default.fileExists(atPath: anchor.checkpointFile))
    }

    // MARK: - The intruder's tools

    struct Row {
        let seq: Int64
        let id: UUID
        let hash: String
    }

    func rows(_ chain: HashChain) async throws -> [Row] {
        try await db.store.sql.select().columns("seq", "id", "hash").from(chain.table).orderBy("seq").all().map {
            Row(seq: try $0.decode(column: "seq", as: Int64.self), id: try $0.decode(column: "id", as: UUID.self),
                hash: try $0.decode(column: "hash", as: String.self))
        }
    }

    /// Re-hashes the rows of `chain` from `first` (through `last`, or to the end, moving the head) with `rehash` —
    /// what an intruder with the database but without the chain key can do.
    func rechain(_ chain: HashChain, from first: Int64, through last: Int64? = nil,
                 with rehash: @escaping @Sendable (String, String) -> String) async throws {
        try await withoutAppendOnly(chain.table) { sql in
            var previous = HashChain.genesis
            var seq: Int64 = 0
            for row in try await sql.select().columns("*").from(chain.table).orderBy("seq").all() {
                seq = try row.decode(column: "seq", as: Int64.self)
                guard seq >= first, seq <= last ?? .max else {
                    if seq < first { previous = try row.decode(column: "hash", as: String.self) }
                    continue
                }
                previous = rehash(previous, try Store.canonicalContents(chain, row))
                try await sql.update(chain.table).set("hash", to: previous).where("seq", .equal, seq).run()
            }
            if last == nil {
                try await sql.update("chain_heads").set("seq", to: seq).set("hash", to: previous).where("chain", .equal, chain.table).run()
            }
        }
    }

    /// Switches off the append-only triggers of `table` for `body`, as an intruder with database access would.
    func withoutAppendOnly(_ table: String, _ body: @Sendable (any SQLDatabase) async throws -> Void) async throws {
        let sql = db.store.sql
        switch db.kind {
        case .sqlite:
            for trigger in ["no_update", "no_delete"] {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_\(unsafeRaw: trigger)").run()
            }
            try await body(sql)
        case .postgres:
            try await sql.raw("ALTER TABLE \(unsafeRaw: table) DISABLE TRIGGER \(unsafeRaw: table)_append_only").run()
            try await body(sql)
            try await sql.raw("ALTER TABLE \(unsafeRaw: table) ENABLE TRIGGER \(unsafeRaw: table)_append_only").run()
        }
    }
}
