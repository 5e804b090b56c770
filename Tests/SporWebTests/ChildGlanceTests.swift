import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// The child page at a glance (next deadlines, people, concern trail, caseworker continuity) and the
/// timeline's filters.
final class ChildGlanceTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func note(_ text: String, daysAgo: Double) -> Entry {
        Entry(municipality: 707, child: test.child.id, payload: .journalNote(JournalNote(text: text)),
              occurredAt: TestApp.now.addingTimeInterval(-daysAgo * 86_400), recordedAt: TestApp.now, author: test.users[.caseworker]!.id)
    }

    func testTheTimelineFiltersByKindPeriodAndTurningPoints() async throws {
        try await test.store.append(note("Notat fra sidste år", daysAgo: 400), now: TestApp.now)
        try await test.store.append(note("Notat fra i går", daysAgo: 1), now: TestApp.now)
        try await test.store.append(Entry(municipality: 707, child: test.child.id,
                                          payload: .concern(Concern(level: .atRisk, source: .teacher, description: "Stort fravær")),
                                          occurredAt: TestApp.now.addingTimeInterval(-3 * 86_400), recordedAt: TestApp.now,
                                          author: test.users[.caseworker]!.id), now: TestApp.now)
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        let base = "/children/\(test.child.id)"

        let notes = try await browser.get(base + "?kind=journalNote").body.string
        XCTAssertTrue(notes.contains("Notat fra sidste år"))
        XCTAssertTrue(notes.contains("Notat fra i går"))
        XCTAssertFalse(notes.contains("Stort fravær"))
        XCTAssertTrue(notes.contains(Strings.filterShowing(.da).replacingOccurrences(of: "{0}", with: "2").replacingOccurrences(of: "{1}", with: "4")))

        let recent = try await browser.get(base + "?from=2026-11-01&to=2026-11-30").body.string
        XCTAssertFalse(recent.contains("Notat fra sidste år"))
        XCTAssertTrue(recent.contains("Notat fra i går"))

        let turningPoints = try await browser.get(base + "?significant=1").body.string
        XCTAssertTrue(turningPoints.contains("Stort fravær"))
        XCTAssertFalse(turningPoints.contains("Notat fra i går"))

        // Unknown values are ignored, not an error.
        let odd = try await browser.get(base + "?kind=nonsense&from=yesterday")
        XCTAssertEqual(odd.status, .ok)
        XCTAssertTrue(odd.body.string.contains("Notat fra i går"))
    }

    func testAtAGlanceShowsTheNextDeadlineAndHowManyCaseworkersCarriedTheCase() async throws {
        // A professional's notification: the 24-hour assessment is the next deadline.
        let teacher = Browser(test.app)
        _ = try await teacher.login("professional", password: test.password)
        try await teacher.get("/professional")
        _ = try await teacher.post("/professional", ["cpr": "150315-4321", "kind": "notification", "description": "Meget fravær"])
        // Two months ago a caseworker from the other team, a month ago the team lead, now the caseworker.
        try await test.store.append(Entry(municipality: 707, child: test.child.id,
                                          payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: test.otherCaseworker.id)),
                                          occurredAt: TestApp.now.addingTimeInterval(-60 * 86_400), recordedAt: TestApp.now,
                                          author: test.otherCaseworker.id), now: TestApp.now)
        try await test.store.append(Entry(municipality: 707, child: test.child.id,
                                          payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: test.users[.teamLead]!.id)),
                                          occurredAt: TestApp.now.addingTimeInterval(-30 * 86_400), recordedAt: TestApp.now,
                                          author: test.users[.teamLead]!.id), now: TestApp.now)

        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        let page = try await browser.get("/children/\(test.child.id)").body.string
        XCTAssertTrue(page.contains("id=\"glance-deadlines\""))
        XCTAssertTrue(page.contains(DeadlineRule.urgencyAssessment.titleDa))
        XCTAssertTrue(page.contains(Strings.caseworkerOrdinal(.da).replacingOccurrences(of: "{0}", with: "3")),
                      "three different people have carried the case in two years")
    }
}
