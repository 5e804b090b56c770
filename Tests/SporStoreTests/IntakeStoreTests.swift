import Foundation
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

/// The intake queries (submissions, the pending queue, the worklist's children) on both engines.
final class IntakeStoreTests: XCTestCase {
    var db: TestDatabase!
    var store: Store { db.store }
    var team: TeamRecord!
    var caseworker: UserRecord!
    var teacher: UserRecord!
    var known: Child!
    var newcomer: Child!

    override func setUp() async throws {
        db = try await TestDatabase.make()
        team = TeamRecord(id: UUID(), municipality: Fixture.municipality, name: "Team Grenaa", district: "Område Grenaa")
        try await store.addTeam(team)
        caseworker = Fixture.user("rådgiver", role: .caseworker, team: team.id)
        teacher = Fixture.user("lærer", role: .professional)
        try await store.addUser(caseworker, now: Fixture.now)
        try await store.addUser(teacher, now: Fixture.now)
        known = Fixture.child(Fixture.cpr("150315-4321"), given: "Kendt")
        newcomer = Fixture.child(Fixture.cpr("010412-4322"), given: "Ny")
        try await store.register(known, cpr: Fixture.cpr("150315-4321"), by: caseworker.id, now: Fixture.now)
        try await store.register(newcomer, cpr: Fixture.cpr("010412-4322"), by: caseworker.id, now: Fixture.now)
        try await store.append(Entry(municipality: Fixture.municipality, child: known.id,
                                     payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker.id)),
                                     occurredAt: Fixture.now.addingTimeInterval(-7200), recordedAt: Fixture.now, author: caseworker.id), now: Fixture.now)
    }

    override func tearDown() async throws {
        try await db.close()
    }

    func notify(_ child: Child, minutesAgo: Double) async throws -> Entry {
        let entry = Entry(municipality: Fixture.municipality, child: child.id,
                          payload: .notification(Notification(notifierKind: .professional, notifierUser: teacher.id, description: "Bekymret")),
                          occurredAt: Fixture.now.addingTimeInterval(-minutesAgo * 60), recordedAt: Fixture.now, author: teacher.id)
        try await store.append(entry, now: Fixture.now)
        return entry
    }

    func testTheQueueTheSubmissionsAndTheWorklistChildren() async throws {
        let first = try await notify(known, minutesAgo: 50)
        let second = try await notify(newcomer, minutesAgo: 40)
        try await store.append(Entry(municipality: Fixture.municipality, child: known.id,
                                     payload: .urgencyAssessment(UrgencyAssessment(notification: first.id, inDanger: false, acuteMeasures: false,
                                                                                   nextStep: .noAction, reasoning: "Ingen fare")),
                                     occurredAt: Fixture.now.addingTimeInterval(-30 * 60), recordedAt: Fixture.now, author: caseworker.id), now: Fixture.now)
        try await store.append(Entry(municipality: Fixture.municipality, child: known.id,
                                     payload: .receiptSent(Receipt(notification: first.id, text: "Tak")),
                                     occurredAt: Fixture.now.addingTimeInterval(-20 * 60), recordedAt: Fixture.now, author: caseworker.id), now: Fixture.now)

        let found = try await store.entries(ids: [first.id, second.id, UUID()])
        XCTAssertEqual(Set(found.keys), [first.id, second.id])

        let submissions = try await store.submissions(author: teacher.id)
        XCTAssertEqual(Set(submissions.map(\.entry.id)), [first.id, second.id])
        XCTAssertNotNil(submissions.first { $0.entry.id == first.id }?.receiptAt)
        XCTAssertNil(submissions.first { $0.entry.id == second.id }?.receiptAt)

        // The desk: the known child's open obligations on the caseworker, the newcomer's on the district team.
        let desk = try await store.openObligations(team: team.id, district: "Område Grenaa")
        let knownRules = Set(desk.filter { $0.child == known.id }.map(\.rule))
        let newRules = Set(desk.filter { $0.child == newcomer.id }.map(\.rule))
        // § 137 is owed only where help has already started: the known child has a caseworker but no measure.
        XCTAssertEqual(knownRules, ["notifier-feedback"])
        XCTAssertEqual(newRules, ["assessment-24h", "receipt-6-working-days", "notifier-feedback"])
        XCTAssertTrue(desk.filter { $0.child == known.id }.allSatisfy { $0.assignee == .caseworker(caseworker.id) })
        XCTAssertTrue(desk.filter { $0.child == newcomer.id }.allSatisfy { $0.assignee == .districtTeam })
        XCTAssertEqual(desk.map(\.due), desk.map(\.due).sorted())
        // Another district's team sees none of them.
        let elsewhere = try await store.openObligations(team: UUID(), district: "Område Auning")
        XCTAssertTrue(elsewhere.isEmpty)

        // The table is derived: a rebuild from the journal gives the same rows.
        try await store.sql.raw("DELETE FROM open_obligations").run()
        _ = try await store.rebuildSummaries(now: Fixture.now)
        let rebuilt = try await store.openObligations(team: team.id, district: "Område Grenaa")
        XCTAssertEqual(Set(rebuilt), Set(desk))

        let byCPR = try await store.child(cpr: Fixture.cpr("010412-4322"))
        XCTAssertEqual(byCPR?.id, newcomer.id)
        let byName = try await store.children(name: "Ny  Prøvesen", birthDate: newcomer.birthDate)
        XCTAssertEqual(byName.map(\.id), [newcomer.id])
    }
}
