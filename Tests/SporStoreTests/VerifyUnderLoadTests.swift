import Foundation
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

/// The tamper check reads each chain and its head in one snapshot: run while eight writers append, it passes every time,
/// and it still names a row altered behind Spor's back (issue 26, item 1).
final class VerifyUnderLoadTests: XCTestCase {
    var db: TestDatabase!
    var store: Store { db.store }

    override func setUp() async throws {
        db = try await TestDatabase.make()
    }

    override func tearDown() async throws {
        try await db.close()
    }

    /// Whether the verifier has finished, read by the writers between appends.
    actor Finish {
        private(set) var done = false
        func set() { done = true }
    }

    func testVerifyPassesEveryTimeWhileEightWritersAppend() async throws {
        let author = Fixture.user("rådgiver1", role: .caseworker)
        try await store.addUser(author, now: Fixture.now)
        var children: [UUID] = []
        for index in 0..<8 {
            let cpr = Fixture.cpr(String(format: "1503%02d-4321", 10 + index))
            let child = Fixture.child(cpr)
            try await store.register(child, cpr: cpr, by: author.id, now: Fixture.now)
            children.append(child.id)
        }
        // A journal long enough that each walk takes several pages' worth of time while the writers append.
        let preloaded = 1_000
        for batch in 0..<(preloaded / 500) {
            let notes = (0..<500).map { index in
                Entry(municipality: Fixture.municipality, child: children[index % children.count],
                      payload: .journalNote(JournalNote(text: "Forud \(batch)-\(index)")),
                      occurredAt: Fixture.now.addingTimeInterval(-3600), recordedAt: Fixture.now, author: author.id)
            }
            _ = try await store.append(notes, now: Fixture.now)
        }
        let store = self.store
        let finish = Finish()
        let verifies = 20

        let (reports, appended) = try await withThrowingTaskGroup(of: Int.self) { group in
            for child in children {
                group.addTask {
                    var count = 0
                    // Bounded, so that a verifier that never finishes cannot keep the test running for ever.
                    while await !finish.done, count < 5_000 {
                        count += 1
                        let note = Entry(municipality: Fixture.municipality, child: child,
                                         payload: .journalNote(JournalNote(text: "Notat \(count)")),
                                         occurredAt: Fixture.now.addingTimeInterval(-60), recordedAt: Fixture.now, author: author.id)
                        _ = try await store.append(note, now: Fixture.now)
                    }
                    return count
                }
            }
            var reports: [[ChainReport]] = []
            do {
                for _ in 0..<verifies {
                    // Read 100 rows at a time: each walk spans a dozen reads while the writers append.
                    reports.append(try await store.verifyChains(pageSize: 100))
                }
            } catch {
                await finish.set()
                throw error
            }
            await finish.set()
            var appended = 0
            for try await count in group { appended += count }
            return (reports, appended)
        }

        XCTAssertEqual(reports.count, verifies)
        for (index, report) in reports.enumerated() {
            XCTAssertEqual(report.map(\.isIntact), [true, true], "verify \(index + 1) of \(verifies) during the writes: \(report)")
        }
        // The writes went on during the verifies: the walks saw the journal at different lengths.
        let lengths = Set(reports.map { $0[0].rows })
        XCTAssertGreaterThan(lengths.count, 1, "every verify saw \(lengths) journal rows: the writers did not run alongside")
        let final = try await store.verifyChains()
        XCTAssertEqual(final.map(\.isIntact), [true, true], "\(final)")
        XCTAssertEqual(final[0].rows, preloaded + appended)
        print("VerifyUnderLoad on \(db.kind.rawValue): \(verifies) verifies intact while 8 writers appended \(appended) notes "
              + "(the walks saw \(lengths.min() ?? 0)–\(lengths.max() ?? 0) journal rows)")

        // Altered behind Spor's back, a row is named even so.
        let altered = preloaded + max(1, appended / 2)
        let id = try await store.sql.select().column("id").from("journal_entries").where("seq", .equal, altered).first()?
            .decode(column: "id", as: UUID.self)
        try await tamper("UPDATE journal_entries SET payload = '{\"text\":\"Forfalsket\"}' WHERE seq = \(altered)", table: "journal_entries")
        let broken = try await store.verifyChains()
        XCTAssertEqual(broken[0].firstBreak?.seq, Int64(altered), "\(broken[0])")
        XCTAssertEqual(broken[0].firstBreak?.id, id)
        XCTAssertFalse(broken[0].isIntact)
        XCTAssertTrue(broken[1].isIntact, "\(broken[1])")
    }

    /// What an intruder with database access would do: switch off the append-only triggers and change a row directly.
    func tamper(_ statement: String, table: String) async throws {
        switch db.kind {
        case .sqlite:
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = [db.sqlitePath!, "DROP TRIGGER IF EXISTS \(table)_no_update; \(statement);"]
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "sqlite3 failed")
        case .postgres:
            try await store.sql.raw("ALTER TABLE \(unsafeRaw: table) DISABLE TRIGGER \(unsafeRaw: table)_append_only").run()
            try await store.sql.raw("\(unsafeRaw: statement)").run()
            try await store.sql.raw("ALTER TABLE \(unsafeRaw: table) ENABLE TRIGGER \(unsafeRaw: table)_append_only").run()
        }
    }
}
