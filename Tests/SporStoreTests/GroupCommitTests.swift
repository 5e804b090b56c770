import Foundation
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

/// SQLite's writes that queue while one runs are committed together (`WriteGate`): each in a savepoint of its own, so
/// a write that fails is undone alone and its caller gets its own error, while the others' rows are committed and the
/// chains and their checkpoint stay whole (issue 26: journal writes per second).
final class GroupCommitTests: XCTestCase {
    var db: TestDatabase!
    var store: Store { db.store }

    override func setUp() async throws {
        db = try await TestDatabase.make()
    }

    override func tearDown() async throws {
        try await db.close()
    }

    struct Refused: Error, Equatable {
        let index: Int
    }

    func testConcurrentWritesAreGroupedAndAFailingOneIsUndoneAlone() async throws {
        let author = Fixture.user("rådgiver1", role: .caseworker)
        try await store.addUser(author, now: Fixture.now)
        let cpr = Fixture.cpr("150310-4321")
        let child = Fixture.child(cpr)
        try await store.register(child, cpr: cpr, by: author.id, now: Fixture.now)
        let journalBefore = try await store.timeline(child: child.id).entries.count
        let auditedBefore = try await appendsAudited()
        let store = self.store
        let writes = 48

        // Every third write writes an audit row and a journal note, then fails: both must be undone.
        let outcomes = try await withThrowingTaskGroup(of: (Int, Result<Void, Refused>).self) { group in
            for index in 0..<writes {
                group.addTask {
                    let note = Entry(municipality: Fixture.municipality, child: child.id,
                                     payload: .journalNote(JournalNote(text: "Notat \(index)")),
                                     occurredAt: Fixture.now.addingTimeInterval(-60), recordedAt: Fixture.now, author: author.id)
                    do {
                        try await store.write { sql in
                            try await Store.append(note, municipality: Fixture.municipality, now: Fixture.now, on: sql)
                            if index % 3 == 2 { throw Refused(index: index) }
                        }
                        return (index, .success(()))
                    } catch let refused as Refused {
                        return (index, .failure(refused))
                    }
                }
            }
            return try await group.reduce(into: [Int: Result<Void, Refused>]()) { $0[$1.0] = $1.1 }
        }

        for index in 0..<writes {
            if index % 3 == 2 {
                guard case .failure(let refused) = outcomes[index] else { XCTFail("write \(index) was not refused"); continue }
                XCTAssertEqual(refused, Refused(index: index), "write \(index) got another write's error")
            } else {
                XCTAssertNotNil(try? outcomes[index]?.get(), "write \(index) failed")
            }
        }
        let texts = try await store.timeline(child: child.id).entries.compactMap { entry -> String? in
            if case .journalNote(let note) = entry.payload { note.text } else { nil }
        }
        let written = (0..<writes).filter { $0 % 3 != 2 }
        XCTAssertEqual(Set(texts), Set(written.map { "Notat \($0)" }), "exactly the writes that succeeded are in the journal")
        let journalAfter = try await store.timeline(child: child.id).entries.count
        XCTAssertEqual(journalAfter, journalBefore + written.count)
        if db.kind == .sqlite {
            let largest = await store.gate!.largestBatch
            XCTAssertGreaterThan(largest, 1, "\(writes) writes at once were never committed together")
        }
        // The chains (the undone writes' rows taken out of them) and the checkpoint moved by each batch hold.
        let report = try await store.verifyChains()
        XCTAssertEqual(report.map(\.isIntact), [true, true], "\(report)")
        let audited = try await appendsAudited()
        XCTAssertEqual(audited, auditedBefore + written.count, "an undone write left its audit row")
    }

    func appendsAudited() async throws -> Int {
        try await store.sql.select().column("id").from("audit_log").where("action", .equal, AuditAction.appendEntry.rawValue).all().count
    }
}
