import Foundation
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

final class JournalStoreTests: XCTestCase {
    var db: TestDatabase!
    var store: Store { db.store }
    var caseworker: UserRecord!
    var child: Child!

    override func setUp() async throws {
        db = try await TestDatabase.make()
        let team = TeamRecord(id: UUID(), municipality: Fixture.municipality, name: "Team Grenaa", district: "Område Grenaa")
        try await store.addTeam(team)
        caseworker = Fixture.user("rådgiver1", role: .caseworker, team: team.id)
        try await store.addUser(caseworker, now: Fixture.now)
        child = Fixture.child(Fixture.cpr())
        try await store.register(child, cpr: Fixture.cpr(), by: caseworker.id, now: Fixture.now)
    }

    override func tearDown() async throws {
        try await db.close()
    }

    func testAppendedEntriesComeBackAsTheTimeline() async throws {
        let concern = Fixture.concern(child: child.id, author: caseworker.id)
        let note = Entry(municipality: Fixture.municipality, child: child.id, payload: .journalNote(JournalNote(text: "Mor ringede.")),
                         occurredAt: Fixture.now.addingTimeInterval(-60), recordedAt: Fixture.now, author: caseworker.id)

        try await store.append(concern, now: Fixture.now)
        try await store.append(note, now: Fixture.now)

        let timeline = try await store.timeline(child: child.id)
        XCTAssertEqual(timeline.entries, [concern, note])
    }

    func testEveryWriteUpdatesTheSummaryAndTheAuditLog() async throws {
        try await store.append(Fixture.concern(child: child.id, author: caseworker.id, level: .atRisk), now: Fixture.now)
        let assignment = Entry(municipality: Fixture.municipality, child: child.id,
                               payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker.id)),
                               occurredAt: Fixture.now, recordedAt: Fixture.now, author: caseworker.id)
        try await store.append(assignment, now: Fixture.now)

        let summary = try await store.summary(child: child.id)
        XCTAssertEqual(summary?.concernLevel, .atRisk)
        XCTAssertEqual(summary?.caseworker, caseworker.id)
        XCTAssertEqual(summary?.team, caseworker.team)
        XCTAssertEqual(summary?.entryCount, 2)
        XCTAssertEqual(summary?.isOpen, true)
        let mine = try await store.children(caseworker: caseworker.id)
        XCTAssertEqual(mine.map(\.id), [child.id])
        let log = try await store.accessLog(child: child.id)
        XCTAssertEqual(log.filter { $0.action == .appendEntry }.map(\.entry), [assignment.id, log.last(where: { $0.action == .appendEntry })!.entry])
        XCTAssertEqual(log.filter { $0.action == .appendEntry }.count, 2)
        XCTAssertTrue(log.contains { $0.action == .registerChild && $0.user == caseworker.id })
    }

    func testATeamLeadsChildrenAreTheTeamsCasesAndTheUnassignedOfItsDistrict() async throws {
        let teams = try await store.teams()
        let grenaa = try XCTUnwrap(teams.first)
        let auning = TeamRecord(id: UUID(), municipality: Fixture.municipality, name: "Team Auning", district: "Område Auning")
        try await store.addTeam(auning)
        let other = Fixture.user("rådgiver2", role: .caseworker, team: auning.id)
        try await store.addUser(other, now: Fixture.now)
        func child(_ name: String, _ cpr: String, district: String, caseworker: UserRecord?, closed: Bool = false) async throws -> UUID {
            let child = try Child(municipality: Fixture.municipality, cpr: Fixture.cpr(cpr), givenName: name, familyName: "Prøvesen", district: district)
            try await store.register(child, cpr: Fixture.cpr(cpr), by: self.caseworker.id, now: Fixture.now)
            try await store.append(Fixture.concern(child: child.id, author: self.caseworker.id, at: Fixture.now.addingTimeInterval(-7200)), now: Fixture.now)
            if let caseworker {
                try await store.append(Entry(municipality: Fixture.municipality, child: child.id,
                                             payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker.id)),
                                             occurredAt: Fixture.now.addingTimeInterval(-3600), recordedAt: Fixture.now, author: caseworker.id), now: Fixture.now)
            }
            if closed {
                try await store.append(Entry(municipality: Fixture.municipality, child: child.id, payload: .caseClosed(CaseClosure(reason: "Afsluttet")),
                                             occurredAt: Fixture.now.addingTimeInterval(-60), recordedAt: Fixture.now, author: self.caseworker.id), now: Fixture.now)
            }
            return child.id
        }
        let teamsCase = try await child("Anna", "010112-4001", district: "Område Grenaa", caseworker: caseworker)
        let teamsCaseElsewhere = try await child("Bent", "010112-4011", district: "Område Auning", caseworker: caseworker)
        let closedInDistrict = try await child("Cilla", "010112-4021", district: "Område Grenaa", caseworker: caseworker, closed: true)
        let unassignedInDistrict = try await child("Dan", "010112-4031", district: "Område Grenaa", caseworker: nil)
        _ = try await child("Eva", "010112-4041", district: "Område Grenaa", caseworker: other)
        _ = try await child("Finn", "010112-4051", district: "Område Auning", caseworker: other, closed: true)

        let children = try await store.children(openableBy: grenaa)
        // The child of setUp, registered with no entry yet, is in the district with no caseworker too.
        XCTAssertEqual(Set(children.map(\.id)), [teamsCase, teamsCaseElsewhere, closedInDistrict, unassignedInDistrict, self.child.id])
        XCTAssertEqual(children.map(\.name), ["Anna Prøvesen", "Bent Prøvesen", "Cilla Prøvesen", "Dan Prøvesen", "Testbarn Prøvesen"], "by name")
        // The open cases alone, as the team's page lists them.
        let openCases = try await store.children(team: grenaa.id)
        XCTAssertEqual(Set(openCases.map(\.id)), [teamsCase, teamsCaseElsewhere])
    }

    func testAnInvalidEntryIsRefusedAndNothingIsSaved() async throws {
        let future = Fixture.concern(child: child.id, author: caseworker.id, at: Fixture.now.addingTimeInterval(86_400))
        let empty = Fixture.concern(child: child.id, author: caseworker.id, text: "   ")
        let unknownCaseworker = Entry(municipality: Fixture.municipality, child: child.id,
                                      payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: UUID())),
                                      occurredAt: Fixture.now, recordedAt: Fixture.now, author: caseworker.id)

        for (entry, code) in [(future, DomainError.Code.occurredInFuture), (empty, .textMissing), (unknownCaseworker, .caseworkerUnknown)] {
            do {
                try await store.append(entry, now: Fixture.now)
                XCTFail("\(code) was accepted")
            } catch let error as DomainError {
                XCTAssertEqual(error.code, code)
            }
        }

        let timeline = try await store.timeline(child: child.id)
        XCTAssertTrue(timeline.entries.isEmpty)
        let log = try await store.accessLog(child: child.id)
        XCTAssertFalse(log.contains { $0.action == .appendEntry })
    }

    func testTheDatabaseRefusesUpdateAndDeleteOnTheJournal() async throws {
        try await store.append(Fixture.concern(child: child.id, author: caseworker.id), now: Fixture.now)
        let sql = store.sql

        await XCTAssertThrowsAsync(try await sql.raw("UPDATE journal_entries SET payload = '{}'").run())
        await XCTAssertThrowsAsync(try await sql.raw("DELETE FROM journal_entries").run())
        await XCTAssertThrowsAsync(try await sql.raw("UPDATE audit_log SET action = 'login'").run())
        await XCTAssertThrowsAsync(try await sql.raw("DELETE FROM audit_log").run())

        let timeline = try await store.timeline(child: child.id)
        XCTAssertEqual(timeline.entries.count, 1)
        print("append-only journal and audit refused UPDATE and DELETE on \(db.kind.rawValue)")
    }

    func testACorrectionKeepsTheOriginalAndChangesTheState() async throws {
        let concern = Fixture.concern(child: child.id, author: caseworker.id, level: .threatened)
        try await store.append(concern, now: Fixture.now)
        let correction = Entry(municipality: Fixture.municipality, child: child.id,
                               payload: .correction(Correction(reason: "Forkert niveau valgt",
                                                               replacement: .concern(Concern(level: .sensitive, source: .teacher, description: "Trist")))),
                               occurredAt: Fixture.now, recordedAt: Fixture.now, author: caseworker.id, corrects: concern.id)
        try await store.append(correction, now: Fixture.now)

        let timeline = try await store.timeline(child: child.id)
        XCTAssertEqual(timeline.entries.count, 2)
        XCTAssertEqual(timeline.items.first?.entry, concern)
        XCTAssertTrue(timeline.items.first?.isCorrected ?? false)
        let summary = try await store.summary(child: child.id)
        XCTAssertEqual(summary?.concernLevel, .sensitive)
    }

    func testRebuildRecreatesTheSummariesFromTheJournal() async throws {
        try await store.append(Fixture.concern(child: child.id, author: caseworker.id, level: .atRisk), now: Fixture.now)
        let before = try await store.summary(child: child.id)
        // Wipe the derived table (not the journal) and rebuild it.
        try await store.sql.raw("DELETE FROM child_summaries").run()
        let wiped = try await store.summary(child: child.id)
        XCTAssertNil(wiped)

        let rebuilt = try await store.rebuildSummaries()

        XCTAssertEqual(rebuilt, 1)
        let after = try await store.summary(child: child.id)
        XCTAssertEqual(after, before)
    }

    func testChildrenAreFoundByNameOrExactCPRAndTheCPRIsNotStoredInClear() async throws {
        let byName = try await store.search("testbarn prøv")
        XCTAssertEqual(byName.map(\.id), [child.id])
        let byCPR = try await store.search("1503154321")
        XCTAssertEqual(byCPR.map(\.id), [child.id])
        let other = try await store.search("150315-4322")
        XCTAssertTrue(other.isEmpty)

        let rows = try await store.sql.raw("SELECT cpr_hash, cpr_sealed FROM children").all()
        for row in rows {
            XCTAssertFalse(try row.decode(column: "cpr_hash", as: String.self).contains("150315"))
            XCTAssertFalse(try row.decode(column: "cpr_sealed", as: String.self).contains("150315"))
        }
        do {
            try await store.register(Fixture.child(Fixture.cpr()), cpr: Fixture.cpr(), by: caseworker.id, now: Fixture.now)
            XCTFail("the same CPR number was registered twice")
        } catch let error as DomainError {
            XCTAssertEqual(error.code, .cprAlreadyRegistered)
        }
    }

    func testConcurrentAppendsAllLand() async throws {
        let store = self.store
        let child = self.child!, author = caseworker.id
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                group.addTask {
                    let note = Entry(municipality: Fixture.municipality, child: child.id,
                                     payload: .journalNote(JournalNote(text: "Notat \(index)")),
                                     occurredAt: Fixture.now.addingTimeInterval(Double(-index)), recordedAt: Fixture.now, author: author)
                    try await store.append(note, now: Fixture.now)
                }
            }
            try await group.waitForAll()
        }
        let summary = try await store.summary(child: child.id)
        XCTAssertEqual(summary?.entryCount, 20)
    }
}

func XCTAssertThrowsAsync(_ expression: @autoclosure () async throws -> Void, file: StaticString = #filePath, line: UInt = #line) async {
    do {
        try await expression()
        XCTFail("expected an error", file: file, line: line)
    } catch {}
}
