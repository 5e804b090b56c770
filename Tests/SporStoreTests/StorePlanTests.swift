import Foundation
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

/// How SQLite reads what the pages read most (issue 26, item 6). Without statistics its planner read a municipality's
/// whole journal for the entries of a child's siblings: the page of a child with siblings, its API entries and every
/// note written to it cost 0.35 s of the server's time instead of 10 ms. PostgreSQL keeps statistics of its own, but
/// none after a bulk load until its autovacuum comes round.
final class StorePlanTests: XCTestCase {
    var db: TestDatabase!

    override func setUp() async throws {
        db = try await TestDatabase.make()
        try await db.store.ensureMunicipality(.norddjurs)
    }

    override func tearDown() async throws {
        try await db?.close()
    }

    /// The plan of a statement, as EXPLAIN QUERY PLAN words it.
    private func plan(_ statement: String) async throws -> String {
        // Each parameter ("?" or SQLKit's "?1") as a text: the plan does not depend on the values.
        let query = "EXPLAIN QUERY PLAN " + statement.replacingOccurrences(of: #"\?[0-9]*"#, with: "'x'", options: .regularExpression)
        return try await db.store.sql.raw(SQLQueryString(query)).all().map { try $0.decode(column: "detail", as: String.self) }
            .joined(separator: "\n")
    }

    /// Three children with notes, one of them with many: the journals of several children are read by the child's index,
    /// never by the municipality's, with or without statistics.
    func testTheJournalsOfSeveralChildrenAreReadByTheChildsIndex() async throws {
        try XCTSkipIf(db.kind != .sqlite, "SQLite's query planner (PostgreSQL reads the packed journal by its own plan)")
        let author = Fixture.user("raadgiver", role: .caseworker)
        try await db.store.addUser(author, now: Fixture.now)
        var children: [UUID] = []
        for (index, cpr) in ["020612-4331", "030612-4332", "040612-4333"].enumerated() {
            let child = Fixture.child(Fixture.cpr(cpr), given: "Barn\(index)")
            try await db.store.register(child, cpr: Fixture.cpr(cpr), by: author.id, now: Fixture.now)
            for note in 0..<(index == 0 ? 40 : 3) {
                try await db.store.append(Entry(municipality: Fixture.municipality, child: child.id,
                                                payload: .journalNote(JournalNote(text: "Notat \(note)")),
                                                occurredAt: Fixture.now.addingTimeInterval(Double(-note * 60)), recordedAt: Fixture.now,
                                                author: author.id), now: Fixture.now)
            }
            children.append(child.id)
        }
        for count in [1, 2, 3, 50] {
            let detail = try await plan(Store.sqliteJournalRows(children: count))
            XCTAssertTrue(detail.contains("USING INDEX journal_child_occurred"), "\(count) children: \(detail)")
            XCTAssertFalse(detail.contains("municipality_kind"), "\(count) children: \(detail)")
        }
        // And what the statement reads is each child's whole journal, no more.
        let timelines = try await db.store.timelines(children: Array(children.prefix(2)))
        XCTAssertEqual(timelines[children[0]]?.entries.count, 40)
        XCTAssertEqual(timelines[children[1]]?.entries.count, 3)
        XCTAssertNil(timelines[children[2]])
    }

    /// A teacher's submissions (the professional's page) are read by the author's index, not by the municipality's
    /// concerns and notifications, before statistics and after them.
    func testAnAuthorsSubmissionsAreReadByTheAuthorsIndex() async throws {
        try XCTSkipIf(db.kind != .sqlite, "SQLite's query planner")
        let teacher = Fixture.user("laerer", role: .professional), caseworker = Fixture.user("raadgiver", role: .caseworker)
        try await db.store.addUser(teacher, now: Fixture.now)
        try await db.store.addUser(caseworker, now: Fixture.now)
        for index in 0..<12 {
            let cpr = Fixture.cpr(String(format: "%02d0612-43%02d", index + 1, index))
            let child = Fixture.child(cpr, given: "Barn\(index)")
            try await db.store.register(child, cpr: cpr, by: caseworker.id, now: Fixture.now)
            try await db.store.append(Fixture.concern(child: child.id, author: index < 2 ? teacher.id : caseworker.id), now: Fixture.now)
        }
        let statement = db.store.sql.serialize(db.store.submissionsQuery(author: teacher.id, limit: 100).select).sql
        for moment in ["without statistics", "with statistics"] {
            if moment == "with statistics" { try await db.store.analyze() }
            let detail = try await plan(statement)
            XCTAssertTrue(detail.contains("journal_author_recorded"), "\(moment): \(detail)")
            XCTAssertFalse(detail.contains("municipality_kind"), "\(moment): \(detail)")
        }
        let submissions = try await db.store.submissions(author: teacher.id)
        XCTAssertEqual(submissions.count, 2)
    }

    /// The statistics are gathered (`sqlite_stat1`), and with them the planner takes the child's index for a statement
    /// that does not name it.
    func testPlannerStatisticsAreGathered() async throws {
        try XCTSkipIf(db.kind != .sqlite, "SQLite's statistics; PostgreSQL's autovacuum keeps its own (testAnalyzeAfterABulkLoad)")
        let author = Fixture.user("raadgiver", role: .caseworker)
        try await db.store.addUser(author, now: Fixture.now)
        for index in 0..<30 {
            let cpr = Fixture.cpr(String(format: "%02d0612-43%02d", index + 1, index))
            let child = Fixture.child(cpr, given: "Barn\(index)")
            try await db.store.register(child, cpr: cpr, by: author.id, now: Fixture.now)
            for note in 0..<4 {
                try await db.store.append(Entry(municipality: Fixture.municipality, child: child.id,
                                                payload: .journalNote(JournalNote(text: "Notat \(note)")),
                                                occurredAt: Fixture.now.addingTimeInterval(Double(-note * 60)), recordedAt: Fixture.now,
                                                author: author.id), now: Fixture.now)
            }
        }
        let before = try await db.store.sql.raw("SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'").first()!
            .decode(column: "n", as: Int.self)
        XCTAssertEqual(before, 0, "no statistics before the first refresh")
        try await db.store.refreshPlannerStatistics()
        let journal = try await db.store.sql.raw("SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = 'journal_entries'").first()!
            .decode(column: "n", as: Int.self)
        XCTAssertGreaterThan(journal, 0)
        let unnamed = "SELECT id FROM journal_entries WHERE child_id IN (?, ?) AND municipality = ?"
        let detail = try await plan(unnamed)
        XCTAssertTrue(detail.contains("journal_child_occurred"), detail)
        // A second refresh changes nothing that was right, and does not fail.
        try await db.store.refreshPlannerStatistics()
    }

    /// After a bulk load (`spor generate`, the demo, a restore) the statistics of the journal are there at once, on both
    /// engines.
    func testAnalyzeAfterABulkLoad() async throws {
        let author = Fixture.user("raadgiver", role: .caseworker)
        try await db.store.addUser(author, now: Fixture.now)
        let child = Fixture.child(Fixture.cpr("020612-4331"))
        try await db.store.register(child, cpr: Fixture.cpr("020612-4331"), by: author.id, now: Fixture.now)
        try await db.store.append(Fixture.concern(child: child.id, author: author.id), now: Fixture.now)
        try await db.store.analyze()
        let statistics: SQLQueryString = db.kind == .sqlite
            ? "SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = 'journal_entries'"
            : "SELECT count(*) AS n FROM pg_stats WHERE tablename LIKE 'journal_entries%'"
        let rows = try await db.store.sql.raw(statistics).first()!.decode(column: "n", as: Int.self)
        XCTAssertGreaterThan(rows, 0)
    }
}
