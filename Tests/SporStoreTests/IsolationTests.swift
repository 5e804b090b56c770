import Foundation
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

/// Two municipalities in one database (issue 26, item 4): a store scoped to municipality A given B's ids — a child,
/// an entry, a user, a team, a person, a consultation — finds nothing, lists none of B's rows, and refuses to write
/// about B's child or to name B's staff. On SQLite and (under scripts/test) PostgreSQL, where the journal and the
/// audit log are partitioned by municipality.
final class IsolationTests: XCTestCase {
    var db: TestDatabase!
    let codeA = Municipality.norddjurs.code
    let codeB = 101
    var storeA: Store { db.store.scoped(to: codeA) }
    var storeB: Store { db.store.scoped(to: codeB) }
    var userA: UserRecord!, userB: UserRecord!
    var teamB: TeamRecord!
    var childA: Child!, childB: Child!, siblingB: Child!
    let cprB = Fixture.cpr("010410-4322")
    var motherB: Person!
    var entryB: Entry!
    var consultationB: UUID!

    override func setUp() async throws {
        db = try await TestDatabase.make()
        try await db.store.ensureMunicipality(.norddjurs)
        try await db.store.ensureMunicipality(Municipality(code: codeB, name: "Københavns Kommune"))
        teamB = TeamRecord(id: UUID(), municipality: codeB, name: "Team Nord", district: "Område Nord")
        try await storeB.addTeam(teamB)
        userA = Fixture.user("a-raadgiver", role: .caseworker)
        userB = UserRecord(id: UUID(), municipality: codeB, username: "b-raadgiver", displayName: "Medarbejder B", role: .caseworker,
                           team: teamB.id, passwordHash: "x", language: "da")
        try await storeA.addUser(userA, now: Fixture.now)
        try await storeB.addUser(userB, now: Fixture.now)

        childA = Fixture.child(Fixture.cpr("020612-4331"), given: "Anna", family: "Holm")
        try await storeA.register(childA, cpr: Fixture.cpr("020612-4331"), by: userA.id, now: Fixture.now)
        try await storeA.append(Fixture.concern(child: childA.id, author: userA.id), now: Fixture.now)

        // B: two siblings sharing a mother, a concern, a caseworker, a break-glass grant, a family account, a consultation.
        childB = try Child(municipality: codeB, cpr: cprB, givenName: "Anna", familyName: "Holm", district: "Område Nord")
        siblingB = try Child(municipality: codeB, cpr: Fixture.cpr("030914-4342"), givenName: "Bo", familyName: "Holm", district: "Område Nord")
        motherB = Person(municipality: codeB, givenName: "Mette", familyName: "Holm")
        try await storeB.importFamilies([Store.FamilyImport(
            children: [(childB, cprB, []), (siblingB, Fixture.cpr("030914-4342"), [])], parents: [motherB],
            relations: [Relation(child: childB.id, person: motherB.id, kind: .mother, hasCustody: true, livesWith: true),
                        Relation(child: siblingB.id, person: motherB.id, kind: .mother, hasCustody: true)])],
            by: userB.id, now: Fixture.now)
        entryB = Entry(municipality: codeB, child: childB.id, payload: .concern(Concern(level: .vulnerable, source: .teacher, description: "B")),
                       occurredAt: Fixture.now.addingTimeInterval(-7200), recordedAt: Fixture.now, author: userB.id)
        try await storeB.append(entryB, now: Fixture.now)
        try await storeB.append(Entry(municipality: codeB, child: childB.id, payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: userB.id)),
                                      occurredAt: Fixture.now.addingTimeInterval(-3600), recordedAt: Fixture.now, author: userB.id), now: Fixture.now)
        try await storeB.grantAccess(user: userB.id, child: childB.id, reason: "Akut henvendelse", now: Fixture.now)
        _ = try await storeB.createFamilyAccount(child: childB.id, reader: .parent(motherB.id), by: userB.id, now: Fixture.now)
        consultationB = try await storeB.recordAnonymousConsultation(
            Consultation(askedBy: .healthVisitor, question: "Mor er træt", advice: "Samtale"), heldAt: Fixture.now, author: userB.id, now: Fixture.now)
        try await storeB.audit(.viewChild, user: userB.id, child: childB.id, now: Fixture.now)
    }

    override func tearDown() async throws {
        try await db.close()
    }

    /// B sees its own rows: the reads below would find them were they not scoped.
    func testTheOtherMunicipalityFindsItsOwnRows() async throws {
        let child = try await storeB.child(id: childB.id)
        XCTAssertEqual(child?.id, childB.id)
        let timeline = try await storeB.timeline(child: childB.id)
        XCTAssertEqual(timeline.entries.count, 2)
        let relations = try await storeB.relations(child: childB.id)
        XCTAssertEqual(relations.count, 1)
        let log = try await storeB.accessLog(child: childB.id)
        XCTAssertFalse(log.isEmpty)
        let grant = try await storeB.hasActiveGrant(user: userB.id, child: childB.id, now: Fixture.now)
        XCTAssertTrue(grant)
        let accounts = try await storeB.familyAccounts(child: childB.id)
        XCTAssertEqual(accounts.count, 1)
        let siblings = try await storeB.householdSiblings(of: childB.id)
        XCTAssertEqual(siblings.map(\.item.id), [siblingB.id])
        let entries = try await storeB.entries(ids: [entryB.id])
        XCTAssertEqual(entries.count, 1)
        let summary = try await storeB.summary(child: childB.id)
        XCTAssertNotNil(summary)
        let byCaseworker = try await storeB.children(caseworker: userB.id)
        XCTAssertEqual(byCaseworker.map(\.id), [childB.id])
        let cells = try await storeB.allIndicatorCells()
        XCTAssertFalse(cells.isEmpty)
    }

    /// Every read of A's store that takes an id, given B's, finds nothing; every list of A's holds none of B's rows.
    func testAStoreGivenTheOtherMunicipalitysIdsFindsNothing() async throws {
        let a = storeA, now = Fixture.now
        let child = try await a.child(id: childB.id)
        XCTAssertNil(child)
        let children = try await a.children(ids: [childB.id, siblingB.id])
        XCTAssertEqual(children.count, 0)
        let byCPR = try await a.child(cpr: cprB)
        XCTAssertNil(byCPR)
        let byName = try await a.children(name: "Anna Holm", birthDate: childB.birthDate)
        XCTAssertEqual(byName.count, 0)
        let summary = try await a.summary(child: childB.id)
        XCTAssertNil(summary)
        let timeline = try await a.timeline(child: childB.id)
        XCTAssertEqual(timeline.entries.count, 0)
        let timelines = try await a.timelines(children: [childB.id, siblingB.id])
        XCTAssertTrue(timelines.isEmpty)
        let entries = try await a.entries(ids: [entryB.id])
        XCTAssertTrue(entries.isEmpty)
        let cpr = try await a.cpr(child: childB.id)
        XCTAssertNil(cpr)
        let relations = try await a.relations(child: childB.id)
        XCTAssertTrue(relations.isEmpty)
        let log = try await a.accessLog(child: childB.id)
        XCTAssertTrue(log.isEmpty)
        let grant = try await a.hasActiveGrant(user: userB.id, child: childB.id, now: now)
        XCTAssertFalse(grant)
        let granted = try await a.childrenWithActiveGrant(user: userB.id, now: now)
        XCTAssertTrue(granted.isEmpty)
        let grants = try await a.accessGrants(team: teamB, since: now.addingTimeInterval(-86_400))
        XCTAssertTrue(grants.isEmpty)
        let accounts = try await a.familyAccounts(child: childB.id)
        XCTAssertTrue(accounts.isEmpty)
        let siblings = try await a.householdSiblings(of: childB.id)
        XCTAssertTrue(siblings.isEmpty)
        let obligations = try await a.openObligations(child: childB.id)
        XCTAssertTrue(obligations.isEmpty)
        let assigned = try await a.openObligations(assignee: userB.id)
        XCTAssertTrue(assigned.isEmpty)
        let teamObligations = try await a.openObligations(team: teamB.id, district: teamB.district)
        XCTAssertTrue(teamObligations.isEmpty)
        let byCaseworker = try await a.children(caseworker: userB.id)
        XCTAssertTrue(byCaseworker.isEmpty)
        let byTeam = try await a.children(team: teamB.id)
        XCTAssertTrue(byTeam.isEmpty)
        let openable = try await a.children(openableBy: teamB)
        XCTAssertTrue(openable.isEmpty)
        let unassigned = try await a.unassignedChildren(district: teamB.district, minimumLevel: 0)
        XCTAssertTrue(unassigned.isEmpty)
        let newCases = try await a.newCases(caseworker: userB.id, since: now.addingTimeInterval(-86_400))
        XCTAssertTrue(newCases.isEmpty)
        let submissions = try await a.submissions(author: userB.id)
        XCTAssertTrue(submissions.isEmpty)
        let consultation = try await a.anonymousConsultation(id: consultationB)
        XCTAssertNil(consultation)
        let consultations = try await a.anonymousConsultations(author: userB.id)
        XCTAssertTrue(consultations.isEmpty)
        let messages = try await a.portalMessages(caseworker: userB.id, since: now.addingTimeInterval(-86_400))
        XCTAssertTrue(messages.isEmpty)
        let absence = try await a.absenceReports(district: teamB.district, since: now.addingTimeInterval(-86_400))
        XCTAssertTrue(absence.isEmpty)
        let starts = try await a.groupStarts(author: userB.id)
        XCTAssertTrue(starts.isEmpty)
        let marks = try await a.notRelevantMarks(team: teamB)
        XCTAssertTrue(marks.isEmpty)
        let fosterChildren = try await a.childrenWithFosterCarers()
        XCTAssertTrue(fosterChildren.isEmpty)

        // Lists: only A's child, user and team; the search finds A's Anna, not B's.
        let found = try await a.search("Anna")
        XCTAssertEqual(found.map(\.id), [childA.id])
        let users = try await a.users()
        XCTAssertEqual(users.map(\.id), [userA.id])
        let teams = try await a.teams()
        XCTAssertFalse(teams.contains { $0.id == teamB.id })
        let records = try await a.readRecords()
        XCTAssertEqual(records.children.map(\.id), [childA.id])
        XCTAssertFalse(records.persons.contains { $0.id == motherB.id })
        XCTAssertFalse(records.relations.contains { $0.child == childB.id })
        // A's indicator cells count A's one child and none of B's two.
        let cellsA = try await a.allIndicatorCells()
        let cellsB = try await storeB.allIndicatorCells()
        XCTAssertNotEqual(Set(cellsA), Set(cellsB))
        let rebuilt = try await db.store.scoped(to: codeA).rebuildIndicators(now: now)
        XCTAssertEqual(rebuilt.children, 1)
    }

    /// A cannot write about B's child, write an entry into B, nor name B's staff as caseworker.
    func testAStoreRefusesToWriteAboutTheOtherMunicipality() async throws {
        let a = storeA, now = Fixture.now
        for entry in [
            Entry(municipality: codeA, child: childB.id, payload: .concern(Concern(level: .vulnerable, source: .teacher, description: "x")),
                  occurredAt: now.addingTimeInterval(-60), recordedAt: now, author: userA.id),
            Entry(municipality: codeB, child: childB.id, payload: .concern(Concern(level: .vulnerable, source: .teacher, description: "x")),
                  occurredAt: now.addingTimeInterval(-60), recordedAt: now, author: userA.id),
            Entry(municipality: codeB, child: childA.id, payload: .concern(Concern(level: .vulnerable, source: .teacher, description: "x")),
                  occurredAt: now.addingTimeInterval(-60), recordedAt: now, author: userA.id),
        ] {
            await XCTAssertDomainError(.childNotFound) { try await a.append(entry, now: now) }
        }
        await XCTAssertDomainError(.caseworkerUnknown) {
            try await a.append(Entry(municipality: codeA, child: childA.id, payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: userB.id)),
                                     occurredAt: now.addingTimeInterval(-60), recordedAt: now, author: userA.id), now: now)
        }
        await XCTAssertDomainError(.childNotFound) { try await a.grantAccess(user: userA.id, child: childB.id, reason: "Nysgerrig", now: now) }
        await XCTAssertDomainError(.childNotFound) { try await a.linkSibling(child: childA.id, sibling: childB.id, livesWith: nil, by: userA.id, now: now) }
        await XCTAssertDomainError(.childNotFound) {
            _ = try await a.createFamilyAccount(child: childB.id, reader: .parent(motherB.id), by: userA.id, now: now)
        }
        await XCTAssertDomainError(.consultationMissing) { _ = try await a.linkConsultation(consultationB, child: childA.id, by: userA.id, now: now) }
        // B's user is unknown to A's administration (refused, or nothing done).
        let deactivated = try? await a.deactivateUser(userB.id, by: userA.id, now: now)
        XCTAssertNotEqual(deactivated, true)
        let stillActive = try await storeB.user(id: userB.id)
        XCTAssertEqual(stillActive?.isActive, true)
        // B's course is as it was.
        let timeline = try await storeB.timeline(child: childB.id)
        XCTAssertEqual(timeline.entries.count, 2)
    }

    /// Each child's indicator state (when it was counted, when it is next due) is its municipality's row: filled on
    /// every write, and read by the municipality — A's state filed under B is, to A, a child never counted.
    func testIndicatorStateIsScopedByMunicipality() async throws {
        let rows = try await db.store.sql.raw("SELECT child_id, municipality FROM indicator_state").all()
        var state: [UUID: Int] = [:]
        for row in rows { state[try row.decode(column: "child_id", as: UUID.self)] = try row.decode(column: "municipality", as: Int.self) }
        XCTAssertEqual(state, [childA.id: codeA, childB.id: codeB, siblingB.id: codeB])
        let before = try await storeA.indicatorRefreshPending(now: Fixture.now)
        XCTAssertEqual(before, 0)
        try await db.store.sql.raw("UPDATE indicator_state SET municipality = \(bind: codeB) WHERE child_id = \(bind: childA.id)").run()
        let after = try await storeA.indicatorRefreshPending(now: Fixture.now)
        XCTAssertEqual(after, 1)
        let pendingB = try await storeB.indicatorRefreshPending(now: Fixture.now)
        XCTAssertEqual(pendingB, 0)
        let recounted = try await storeA.refreshIndicators(now: Fixture.now)
        XCTAssertEqual(recounted, 1)
        let mine = try await db.store.sql.raw("SELECT municipality FROM indicator_state WHERE child_id = \(bind: childA.id)").first()?
            .decode(column: "municipality", as: Int.self)
        XCTAssertEqual(mine, codeA)
        let settled = try await storeA.indicatorRefreshPending(now: Fixture.now)
        XCTAssertEqual(settled, 0)
    }

    /// A child who moved from B to A is registered in A under the same CPR number: A's registration is not refused by
    /// B's row (which would tell A that B knows the child), and each municipality finds its own child by the number.
    /// A second registration in the same municipality is still refused, and A registers no child into B.
    func testTheSameCPRNumberIsRegisteredInEachMunicipality() async throws {
        let moved = try Child(municipality: codeA, cpr: cprB, givenName: "Anna", familyName: "Holm", district: "Område Grenaa")
        try await storeA.register(moved, cpr: cprB, by: userA.id, now: Fixture.now)
        let inA = try await storeA.child(cpr: cprB)
        XCTAssertEqual(inA?.id, moved.id)
        let inB = try await storeB.child(cpr: cprB)
        XCTAssertEqual(inB?.id, childB.id)
        let searchedA = try await storeA.search(cprB.formatted)
        XCTAssertEqual(searchedA.map(\.id), [moved.id])
        let searchedB = try await storeB.search(cprB.formatted)
        XCTAssertEqual(searchedB.map(\.id), [childB.id])
        let again = try Child(municipality: codeA, cpr: cprB, givenName: "Anna", familyName: "Holm", district: "Område Grenaa")
        await XCTAssertDomainError(.cprAlreadyRegistered) { try await self.storeA.register(again, cpr: self.cprB, by: self.userA.id, now: Fixture.now) }
        let intoB = try Child(municipality: codeB, cpr: Fixture.cpr("050516-4329"), givenName: "Ib", familyName: "Holm", district: "Område Nord")
        await XCTAssertDomainError(.childNotFound) {
            try await self.storeA.register(intoB, cpr: Fixture.cpr("050516-4329"), by: self.userA.id, now: Fixture.now)
        }
        let strayed = try await storeB.child(cpr: Fixture.cpr("050516-4329"))
        XCTAssertNil(strayed)
    }

    /// On PostgreSQL the journal and the audit log have a partition for each municipality, holding its rows alone; the
    /// chains over every partition still verify. (SQLite has no partitions; the chains are checked there too.)
    func testPartitionsHoldEachMunicipalitysRowsAndTheChainsVerify() async throws {
        let reports = try await db.store.verifyChains()
        XCTAssertEqual(reports.count, 2)
        for report in reports { XCTAssertNil(report.firstBreak, report.description) }
        let partitions = try await db.store.partitions(of: "journal_entries")
        guard db.kind == .postgres else {
            XCTAssertEqual(partitions, [])
            return
        }
        for table in ["journal_entries", "audit_log"] {
            let names = try await db.store.partitions(of: table)
            XCTAssertEqual(Set(names), ["\(table)_default", "\(table)_m\(codeA)", "\(table)_m\(codeB)"])
            for code in [codeA, codeB] {
                let row = try await db.store.sql.raw("""
                    SELECT count(*) AS n, count(*) FILTER (WHERE municipality = \(bind: code)) AS own FROM \(ident: "\(table)_m\(code)")
                    """).first()!
                let (n, own) = (try row.decode(column: "n", as: Int.self), try row.decode(column: "own", as: Int.self))
                XCTAssertGreaterThan(n, 0, "\(table)_m\(code)")
                XCTAssertEqual(n, own)
            }
            // The partitions are append-only like the table.
            do {
                try await db.store.sql.raw("TRUNCATE \(ident: "\(table)_m\(codeB)")").run()
                XCTFail("TRUNCATE of a partition was let through")
            } catch {}
            do {
                try await db.store.sql.raw("DELETE FROM \(ident: "\(table)_m\(codeB)")").run()
                XCTFail("DELETE from a partition was let through")
            } catch {}
        }
        // A third municipality added later gets its partitions.
        try await db.store.ensureMunicipality(Municipality(code: 751, name: "Aarhus Kommune"))
        let after = try await db.store.partitions(of: "audit_log")
        XCTAssertTrue(after.contains("audit_log_m751"))
    }
}

/// Fails unless `body` throws a `DomainError` with `code`.
func XCTAssertDomainError(_ code: DomainError.Code, file: StaticString = #filePath, line: UInt = #line,
                          _ body: () async throws -> Void) async {
    do {
        try await body()
        XCTFail("no error; expected \(code)", file: file, line: line)
    } catch let error as DomainError {
        XCTAssertEqual(error.code, code, file: file, line: line)
    } catch {
        XCTFail("\(error); expected \(code)", file: file, line: line)
    }
}
