import Foundation
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

/// The journal and the audit log refuse a row that would take the place of one they hold. On SQLite, `INSERT OR
/// REPLACE` and `REPLACE INTO` delete the row they conflict with without firing its DELETE trigger; on PostgreSQL,
/// `ON CONFLICT DO UPDATE` is an UPDATE.
final class AppendOnlyReplaceTests: XCTestCase {
    var db: TestDatabase!
    var store: Store { db.store }

    override func setUp() async throws {
        db = try await TestDatabase.make()
        let author = Fixture.user("rådgiver1", role: .caseworker)
        try await store.addUser(author, now: Fixture.now)
        let child = Fixture.child(Fixture.cpr())
        try await store.register(child, cpr: Fixture.cpr(), by: author.id, now: Fixture.now)
        for minute in 1...2 {
            try await store.append(Entry(municipality: Fixture.municipality, child: child.id, payload: .journalNote(JournalNote(text: "Notat \(minute)")),
                                         occurredAt: Fixture.now.addingTimeInterval(Double(-minute * 60)), recordedAt: Fixture.now,
                                         author: author.id), now: Fixture.now)
        }
    }

    override func tearDown() async throws {
        try await db.close()
    }

    /// Each table's columns, and the one a replacement would change.
    static let tables: [(table: String, changed: String, forged: String)] = [
        ("journal_entries", "payload", "'{\"text\":\"Forfalsket\"}'"),
        ("audit_log", "action", "'login'"),
    ]

    func testReplacingARowByItsIdOrItsPlaceInTheChainIsRefused() async throws {
        for (table, changed, forged) in Self.tables {
            let columns = try await columnNames(table)
            let before = try await snapshot(table)
            // The row at seq 1 again with one column forged: by its id and place, by its id alone, and (SQLite, where a
            // place is refused as well) by its place alone.
            var selections = [
                columns.map { $0 == changed ? forged : $0 },
                columns.map { $0 == changed ? forged : $0 == "seq" ? "seq + 1000" : $0 },
            ]
            if db.kind == .sqlite { selections.append(columns.map { $0 == changed ? forged : $0 == "id" ? "randomblob(16)" : $0 }) }
            let verbs = db.kind == .sqlite ? ["INSERT OR REPLACE INTO", "REPLACE INTO"] : ["INSERT INTO"]
            for verb in verbs {
                for selection in selections {
                    // PostgreSQL's tables are partitioned by municipality, whose key is (municipality, id) (M024).
                    let conflict = db.kind == .postgres ? " ON CONFLICT (municipality, id) DO UPDATE SET \(changed) = EXCLUDED.\(changed)" : ""
                    let statement = "\(verb) \(table) (\(columns.joined(separator: ", "))) SELECT \(selection.joined(separator: ", ")) FROM \(table) WHERE seq = 1\(conflict)"
                    do {
                        try await store.sql.raw("\(unsafeRaw: statement)").run()
                        XCTFail("not refused: \(statement)")
                    } catch {
                        let message = String(reflecting: error)
                        // On PostgreSQL the trigger names the partition the row is in (`journal_entries_m707 is append-only`).
                        XCTAssertTrue(message.contains("\(table) is append-only") || message.range(of: "\(table)_[a-z0-9]+ is append-only", options: .regularExpression) != nil,
                                      "refused for another reason: \(message)")
                        print("refused on \(db.kind.rawValue): \(verb) \(table) …\(conflict.isEmpty ? "" : " ON CONFLICT DO UPDATE")")
                    }
                }
            }
            let after = try await snapshot(table)
            XCTAssertEqual(after, before, "\(table) is as it was")
        }
        let reports = try await store.verifyChains()
        XCTAssertEqual(reports.map(\.isIntact), [true, true], "\(reports)")
    }

    func testAppendingStillWorks() async throws {
        let rowsBefore = try await snapshot("journal_entries").count
        let child = try await store.sql.select().column("child_id").from("journal_entries").first()!.decode(column: "child_id", as: UUID.self)
        let author = try await store.sql.select().column("author_id").from("journal_entries").first()!.decode(column: "author_id", as: UUID.self)
        try await store.append(Entry(municipality: Fixture.municipality, child: child, payload: .journalNote(JournalNote(text: "Notat 3")),
                                     occurredAt: Fixture.now.addingTimeInterval(-30), recordedAt: Fixture.now, author: author), now: Fixture.now)
        let rowsAfter = try await snapshot("journal_entries").count
        XCTAssertEqual(rowsAfter, rowsBefore + 1)
    }

    private func columnNames(_ table: String) async throws -> [String] {
        let query: SQLQueryString = db.kind == .sqlite
            ? "SELECT name FROM pragma_table_info(\(bind: table)) ORDER BY cid"
            : "SELECT column_name AS name FROM information_schema.columns WHERE table_name = \(bind: table) ORDER BY ordinal_position"
        return try await store.sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
    }

    /// Every row as text, in chain order.
    private func snapshot(_ table: String) async throws -> [String] {
        let changed = Self.tables.first { $0.table == table }!.changed
        return try await store.sql.select().columns("id", "seq", "hash", changed).from(table).orderBy("seq").all().map {
            [try $0.decode(column: "id", as: UUID.self).uuidString, String(try $0.decode(column: "seq", as: Int64.self)),
             try $0.decode(column: "hash", as: String.self), try $0.decode(column: changed, as: String.self)].joined(separator: " ")
        }
    }
}
