import Crypto
import Foundation
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

/// The journal and the audit log are hash chains: altering a row in the database is found and named.
final class ChainTests: XCTestCase {
    var db: TestDatabase!
    var store: Store { db.store }
    var author: UserRecord!
    var child: Child!
    var entries: [Entry] = []

    override func setUp() async throws {
        db = try await TestDatabase.make()
        author = Fixture.user("rådgiver1", role: .caseworker)
        try await store.addUser(author, now: Fixture.now)
        child = Fixture.child(Fixture.cpr())
        try await store.register(child, cpr: Fixture.cpr(), by: author.id, now: Fixture.now)
        for minutes in 1...4 {
            let note = Entry(municipality: Fixture.municipality, child: child.id, payload: .journalNote(JournalNote(text: "Notat \(minutes)")),
                             occurredAt: Fixture.now.addingTimeInterval(Double(-minutes * 60)), recordedAt: Fixture.now, author: author.id)
            try await store.append(note, now: Fixture.now)
            entries.append(note)
        }
    }

    override func tearDown() async throws {
        try await db.close()
    }

    func testAnUntouchedDatabaseVerifies() async throws {
        let reports = try await store.verifyChains()
        XCTAssertEqual(reports.map(\.isIntact), [true, true], "\(reports)")
        XCTAssertEqual(reports[0].rows, 4)
        XCTAssertEqual(reports[1].rows, 5) // one registration, four appends
    }

    func testAnAlteredJournalRowIsNamed() async throws {
        try await tamper("""
            UPDATE journal_entries SET payload = '{"text":"Forfalsket"}' WHERE seq = 2
            """, table: "journal_entries")

        let reports = try await store.verifyChains()

        XCTAssertEqual(reports[0].firstBreak?.seq, 2)
        XCTAssertEqual(reports[0].firstBreak?.id, entries[1].id)
        XCTAssertTrue(reports[1].isIntact)
        print("verify after altering journal row 2 on \(db.kind.rawValue): \(reports[0])")
    }

    func testAnAlteredAuditRowIsNamed() async throws {
        try await tamper("UPDATE audit_log SET action = 'login' WHERE seq = 3", table: "audit_log")

        let reports = try await store.verifyChains()

        XCTAssertTrue(reports[0].isIntact)
        XCTAssertEqual(reports[1].firstBreak?.seq, 3)
        XCTAssertNotNil(reports[1].firstBreak?.id)
        print("verify after altering audit row 3 on \(db.kind.rawValue): \(reports[1])")
    }

    func testRemovedRowsAreFound() async throws {
        try await tamper("DELETE FROM journal_entries WHERE seq = 4", table: "journal_entries")
        let afterLast = try await store.verifyChains()
        XCTAssertEqual(afterLast[0].firstBreak?.seq, 4)

        try await tamper("DELETE FROM journal_entries WHERE seq = 2", table: "journal_entries")
        let afterMiddle = try await store.verifyChains()
        XCTAssertEqual(afterMiddle[0].firstBreak?.seq, 2)
    }

    /// Does what an intruder with database access would: switch off the append-only triggers and change rows.
    /// On SQLite through the `sqlite3` command-line tool on the database file.
    func tamper(_ statement: String, table: String) async throws {
        switch db.kind {
        case .sqlite:
            let script = """
                DROP TRIGGER IF EXISTS \(table)_no_update;
                DROP TRIGGER IF EXISTS \(table)_no_delete;
                \(statement);
                """
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = [db.sqlitePath!, script]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            process.waitUntilExit()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            XCTAssertEqual(process.terminationStatus, 0, "sqlite3 failed: \(message)")
        case .postgres:
            try await store.sql.raw("ALTER TABLE \(unsafeRaw: table) DISABLE TRIGGER \(unsafeRaw: table)_append_only").run()
            try await store.sql.raw("\(unsafeRaw: statement)").run()
            try await store.sql.raw("ALTER TABLE \(unsafeRaw: table) ENABLE TRIGGER \(unsafeRaw: table)_append_only").run()
        }
    }

    /// Hashes are written as they always were (lower-case hex, two digits a byte): a chain written before reads the same.
    func testHashesAreLowerCaseHexAsBefore() {
        XCTAssertEqual(SHA256.hash(data: Data("abc".utf8)).hexString,
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual([UInt8(0), 9, 10, 255].hexString, "00090aff")
    }
}
