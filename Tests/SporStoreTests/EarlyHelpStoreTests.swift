import Foundation
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

/// Configuration versions and anonymous consultations, on SQLite and (under scripts/test) PostgreSQL.
final class EarlyHelpStoreTests: XCTestCase {
    var db: TestDatabase!
    var store: Store { db.store }
    var counsellor: UserRecord!
    var child: Child!

    override func setUp() async throws {
        db = try await TestDatabase.make()
        counsellor = Fixture.user("fremskudt1", role: .outreach, team: nil)
        try await store.addUser(counsellor, now: Fixture.now)
        child = Fixture.child(Fixture.cpr())
        try await store.register(child, cpr: Fixture.cpr(), by: counsellor.id, now: Fixture.now)
    }

    override func tearDown() async throws {
        try await db.close()
    }

    func testTheNewestSavedScaleIsInForceAndEveryVersionIsKept() async throws {
        let value1 = try await store.concernScale()
        XCTAssertEqual(value1, .standard)
        var levels = ConcernScale.standard.levels
        levels[0].nameDa = "Har det godt"
        try await store.saveConcernScale(try ConcernScale(levels: levels), by: counsellor.id, now: Fixture.now)
        levels[0].nameDa = "Trives godt"
        levels[4].guidance[.teen] = "Ring 112 ved akut fare."
        try await store.saveConcernScale(try ConcernScale(levels: levels), by: counsellor.id, now: Fixture.now.addingTimeInterval(60))
        let scale = try await store.concernScale()
        XCTAssertEqual(scale.level(.thriving).nameDa, "Trives godt")
        XCTAssertEqual(scale.guidance(.threatened, for: .teen), "Ring 112 ved akut fare.")
        let value2 = try await store.configurationVersions(key: "concernScale")
        XCTAssertEqual(value2, 2)
    }

    func testAnAnonymousConsultationLinksOnceAndKeepsItsTime() async throws {
        let heldAt = Fixture.now.addingTimeInterval(-3 * 86_400)
        let id = try await store.recordAnonymousConsultation(
            Consultation(askedBy: .healthVisitor, question: "Mor virker meget træt", advice: "Tilbyd efterfødselssamtale"),
            heldAt: heldAt, author: counsellor.id, now: Fixture.now)
        let entry = try await store.linkConsultation(id, child: child.id, by: counsellor.id, now: Fixture.now)
        XCTAssertEqual(entry.occurredAt, heldAt)
        let timeline = try await store.timeline(child: child.id)
        XCTAssertEqual(timeline.entries.map(\.id), [entry.id])
        let record = try await store.anonymousConsultation(id: id)
        XCTAssertEqual(record?.linkedChild, child.id)
        XCTAssertEqual(record?.linkedEntry, entry.id)
        do {
            _ = try await store.linkConsultation(id, child: child.id, by: counsellor.id, now: Fixture.now)
            XCTFail("a consultation links once")
        } catch let error as DomainError {
            XCTAssertEqual(error.code, .alreadyDone)
        }
        let value3 = try await store.timeline(child: child.id).entries.count
        XCTAssertEqual(value3, 1)
        // An empty question is refused before anything is written.
        do {
            _ = try await store.recordAnonymousConsultation(Consultation(askedBy: .teacher, question: " ", advice: "Råd"),
                                                            heldAt: Fixture.now, author: counsellor.id, now: Fixture.now)
            XCTFail("a consultation needs a question")
        } catch let error as DomainError {
            XCTAssertEqual(error.code, .textMissing)
        }
        let value4 = try await store.anonymousConsultations(author: counsellor.id).count
        XCTAssertEqual(value4, 1)
    }
}
