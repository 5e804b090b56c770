import Foundation
import XCTest
import SporDomain
@testable import SporStore

/// Expected children (issue 23, item 1) in the store, on SQLite and PostgreSQL alike: registered without a CPR number,
/// a journal before birth, and the birth that keeps the id and the journal — or is refused with nothing saved.
final class ExpectedChildStoreTests: XCTestCase {
    var db: TestDatabase!
    var store: Store { db.store }
    var caseworker: UserRecord!
    var team: TeamRecord!
    var expected: Child!
    let mother = Person(municipality: Fixture.municipality, givenName: "Sofie", familyName: "Kragh")
    var today: LocalDate { DanishTime.localDate(of: Fixture.now) }
    /// Born the day before `Fixture.now`, two months before the due date.
    let birthCPR = Fixture.cpr("090326-4322")

    override func setUp() async throws {
        db = try await TestDatabase.make()
        team = TeamRecord(id: UUID(), municipality: Fixture.municipality, name: "Team Grenaa", district: "Område Grenaa")
        try await store.addTeam(team)
        caseworker = Fixture.user("rådgiver1", role: .caseworker, team: team.id)
        try await store.addUser(caseworker, now: Fixture.now)
        expected = try Child.expected(municipality: Fixture.municipality, dueDate: today.adding(days: 60), district: "Område Grenaa",
                                      familyName: mother.familyName, today: today)
        try await store.registerExpected(expected, parents: [.init(person: mother, kind: .mother)], by: caseworker.id, now: Fixture.now)
    }

    override func tearDown() async throws {
        try await db.close()
    }

    func entry(_ payload: EntryPayload, hoursAgo: Double = 1) -> Entry {
        Entry(municipality: Fixture.municipality, child: expected.id, payload: payload, occurredAt: Fixture.now.addingTimeInterval(-hoursAgo * 3600),
              recordedAt: Fixture.now, author: caseworker.id)
    }

    func testAnExpectedChildIsReadWithoutACPRNumberAndFoundByItsMothersName() async throws {
        // The thing under test
        let read = try await store.child(id: expected.id)
        let found = try await store.search("Sofie Kragh")
        let listed = try await store.children(openableBy: team)
        // Check
        XCTAssertEqual(read?.dueDate, expected.dueDate)
        XCTAssertEqual(read?.isExpected, true)
        XCTAssertEqual(read?.fullName, "Kragh")
        let cpr = try await store.cpr(child: expected.id)
        XCTAssertNil(cpr)
        XCTAssertEqual(found.map(\.id), [expected.id])
        XCTAssertEqual(listed.first { $0.id == expected.id }?.dueDate, expected.dueDate)
        let parents = try await store.relations(child: expected.id)
        XCTAssertEqual(parents.map(\.person.fullName), ["Sofie Kragh"])
        XCTAssertEqual(parents.map(\.relation.kind), [.mother])
        let log = try await store.accessLog(child: expected.id)
        XCTAssertTrue(log.contains { $0.action == .registerExpectedChild && $0.user == caseworker.id })
    }

    func testTheJournalBeforeBirthContinuesOnTheChild() async throws {
        // Setup: a notification before birth and support to the expectant mother; a child conversation is refused.
        let notification = entry(.notification(Notification(notifierKind: .professional, profession: .healthVisitor,
                                                            description: "Jordemoderen er bekymret for misbrug")), hoursAgo: 48)
        let support = entry(.measureStarted(MeasureStart(offer: "saarbare-gravide", decision: nil, legalBasis: .earlyHelp, parent: mother.id)),
                            hoursAgo: 40)
        try await store.append([notification, support], now: Fixture.now)
        let conversation = entry(.childConversation(try ChildConversation(heldBy: caseworker.id, place: "Hjemme", childsWords: "Hej",
                                                                          notHeldReason: nil)))
        do {
            try await store.append(conversation, now: Fixture.now)
            XCTFail("a child conversation on an unborn child")
        } catch let error as DomainError {
            XCTAssertEqual(error.code, .notBeforeBirth)
        }
        // The thing under test
        let born = try await store.recordBirth(of: expected.id, cpr: birthCPR, givenName: "Ida", familyName: "Kragh", by: caseworker.id,
                                               now: Fixture.now)
        // Check: the same id, the CPR number's birth date, the journal as it was, the join in the audit log.
        XCTAssertEqual(born.id, expected.id)
        let read = try await store.child(id: expected.id)
        XCTAssertEqual(read?.isExpected, false)
        XCTAssertEqual(read?.birthDate, LocalDate(year: 2026, month: 3, day: 9))
        XCTAssertEqual(read?.fullName, "Ida Kragh")
        let byCPR = try await store.child(cpr: birthCPR)
        XCTAssertEqual(byCPR?.id, expected.id)
        let timeline = try await store.timeline(child: expected.id)
        XCTAssertEqual(timeline.entries.map(\.id), [notification.id, support.id])
        let log = try await store.accessLog(child: expected.id)
        XCTAssertEqual(log.filter { $0.action == .childBorn }.count, 1)
        // Born, the child takes a child conversation.
        try await store.append(conversation, now: Fixture.now)
        // The indicator counts it, and the cells kept write by write equal a recount from the journal alone.
        let kept = try await store.allIndicatorCells().filter { $0.indicator == "support-before-birth" && $0.breakdown == .all }
        XCTAssertTrue(kept.contains { $0.period == IndicatorPeriod("2026")! && $0.tally.numerator == 1 && $0.tally.denominator == 1 }, "\(kept)")
        _ = try await store.rebuildIndicators(now: Fixture.now)
        let recounted = try await store.allIndicatorCells().filter { $0.indicator == "support-before-birth" && $0.breakdown == .all }
        XCTAssertEqual(Set(recounted), Set(kept))
    }

    func testABirthAfterARefreshWhileUnbornCountsTheChildOnce() async throws {
        // Setup: a notification and support before birth; the hourly refresh marks the unborn child counted (with nothing).
        try await store.append([entry(.notification(Notification(notifierKind: .professional, profession: .healthVisitor,
                                                                 description: "Bekymring")), hoursAgo: 48),
                                entry(.measureStarted(MeasureStart(offer: "saarbare-gravide", decision: nil, legalBasis: .earlyHelp)), hoursAgo: 40)],
                               now: Fixture.now)
        _ = try await store.refreshIndicators(now: Fixture.now)
        // The thing under test
        try await store.recordBirth(of: expected.id, cpr: birthCPR, givenName: "Ida", familyName: "Kragh", by: caseworker.id,
                                    now: Fixture.now.addingTimeInterval(60))
        // Check: counted once, as a recount from the journal alone counts it.
        let kept = try await store.allIndicatorCells().filter { $0.indicator == "support-before-birth" && $0.breakdown == .all }
        XCTAssertTrue(kept.contains { $0.period == IndicatorPeriod("2026")! && $0.tally.numerator == 1 && $0.tally.children == 1 }, "\(kept)")
        _ = try await store.rebuildIndicators(now: Fixture.now.addingTimeInterval(60))
        let recounted = try await store.allIndicatorCells().filter { $0.indicator == "support-before-birth" && $0.breakdown == .all }
        XCTAssertEqual(Set(recounted), Set(kept))
        let everything = try await store.allIndicatorCells()
        XCTAssertFalse(everything.contains { $0.tally.children < 0 || $0.tally.denominator < 0 }, "nothing taken away that was never added")
    }

    func testABirthWithACPRNumberAlreadyRegisteredIsRefusedWithNothingSaved() async throws {
        // Setup: another child already has the number.
        let other = Fixture.child(birthCPR, given: "Anden", family: "Person")
        try await store.register(other, cpr: birthCPR, by: caseworker.id, now: Fixture.now)
        // The thing under test
        do {
            try await store.recordBirth(of: expected.id, cpr: birthCPR, givenName: "Ida", familyName: "Kragh", by: caseworker.id, now: Fixture.now)
            XCTFail("two journals merged")
        } catch let error as DomainError {
            XCTAssertEqual(error.code, .cprAlreadyRegistered)
        }
        // Check
        let read = try await store.child(id: expected.id)
        XCTAssertEqual(read?.isExpected, true)
        let log = try await store.accessLog(child: expected.id)
        XCTAssertFalse(log.contains { $0.action == .childBorn })
        let byCPR = try await store.child(cpr: birthCPR)
        XCTAssertEqual(byCPR?.id, other.id)
    }

    func testABirthFarFromTheDueDateOrTwiceIsRefused() async throws {
        do {
            try await store.recordBirth(of: expected.id, cpr: Fixture.cpr("150315-4321"), givenName: "Ida", familyName: "Kragh",
                                        by: caseworker.id, now: Fixture.now)
            XCTFail("born eleven years before the due date")
        } catch let error as DomainError {
            XCTAssertEqual(error.code, .birthOutsideDueWindow)
        }
        try await store.recordBirth(of: expected.id, cpr: birthCPR, givenName: "Ida", familyName: "Kragh", by: caseworker.id, now: Fixture.now)
        do {
            try await store.recordBirth(of: expected.id, cpr: Fixture.cpr("080326-4322"), givenName: "Ida", familyName: "Kragh",
                                        by: caseworker.id, now: Fixture.now)
            XCTFail("born twice")
        } catch let error as DomainError {
            XCTAssertEqual(error.code, .childAlreadyBorn)
        }
    }

    func testAnExpectedChildIsCopiedWithItsDueDate() async throws {
        // Setup: the records as `spor-bench replicate` reads them.
        let records = try await store.readRecords()
        XCTAssertEqual(records.children.first { $0.id == expected.id }?.dueDate, expected.dueDate?.iso)
        let copy = try await TestDatabase.make()
        // The thing under test
        try await copy.store.appendRecords(records)
        // Check
        let read = try await copy.store.child(id: expected.id)
        try await copy.close()
        XCTAssertEqual(read?.dueDate, expected.dueDate)
        XCTAssertEqual(read?.isExpected, true)
    }

    func testAnExpectedChildNeedsAnExpectantParent() async throws {
        let another = try Child.expected(municipality: Fixture.municipality, dueDate: today.adding(days: 30), district: "Område Grenaa", today: today)
        do {
            try await store.registerExpected(another, parents: [], by: caseworker.id, now: Fixture.now)
            XCTFail("no parent")
        } catch let error as DomainError {
            XCTAssertEqual(error.code, .expectantParentMissing)
        }
        let read = try await store.child(id: another.id)
        XCTAssertNil(read)
    }
}
