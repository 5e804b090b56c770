import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
@testable import SporStore
@testable import SporWeb

/// The child page that scales (issue 21, item 5): the timeline by year, the household as far as the reader may see
/// it, a suspicion of abuse where the concern level stands, and the print layout.
final class ChildPageScaleTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func entry(_ payload: EntryPayload, daysAgo: Double) -> Entry {
        Entry(municipality: 707, child: test.child.id, payload: payload, occurredAt: TestApp.now.addingTimeInterval(-daysAgo * 86_400),
              recordedAt: TestApp.now, author: test.users[.caseworker]!.id)
    }

    func caseworkerPage(_ query: String = "") async throws -> String {
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        return try await browser.get("/children/\(test.child.id)" + query).body.string
    }

    func testTheTimelineShowsTheNewestYearAndLinksToEarlierOnes() async throws {
        // Now is 26 November 2026: a note from 2025 and one from yesterday.
        try await test.store.append(entry(.journalNote(JournalNote(text: "Notat fra sidste år")), daysAgo: 400), now: TestApp.now)
        try await test.store.append(entry(.journalNote(JournalNote(text: "Notat fra i går")), daysAgo: 1), now: TestApp.now)

        let first = try await caseworkerPage()
        XCTAssertTrue(first.contains("Notat fra i går"))
        XCTAssertFalse(first.contains("Notat fra sidste år"), "an earlier year's entry is not on the first page")
        let link = SiteURL.child(test.child.id).path(query: [("year", "2025")])
        XCTAssertTrue(first.contains("href=\"\(link)\""), "the page links to 2025")

        let earlier = try await caseworkerPage("?year=2025")
        XCTAssertTrue(earlier.contains("Notat fra sidste år"))
        XCTAssertFalse(earlier.contains("Notat fra i går"))
        XCTAssertTrue(earlier.contains(#"aria-current="page">2025"#))

        // A search by kind covers every year; its year links leave the search.
        let notes = try await caseworkerPage("?kind=journalNote")
        XCTAssertTrue(notes.contains("Notat fra sidste år") && notes.contains("Notat fra i går"))
        XCTAssertTrue(notes.contains("href=\"\(link)\""))

        // The turning points only when asked, within the year.
        let turningPoints = try await caseworkerPage("?significant=1")
        XCTAssertFalse(turningPoints.contains("Notat fra i går"))
        XCTAssertTrue(turningPoints.contains(Strings.casePhase(.earlyHelp)(.da)), "the assignment that opened the case, under its phase")
    }

    func testASiblingOutsideTheReadersAccessIsNotNamed() async throws {
        // Alma's mother is also the mother of Bo (the other team's case) and of Cille (no caseworker, Alma's district).
        let cille = try Child(municipality: 707, cpr: try CPR("010118-4328"), givenName: "Cille", familyName: "Testesen",
                              district: "Område Grenaa")
        try await test.store.register(cille, cpr: try CPR("010118-4328"), by: test.users[.caseworker]!.id, now: TestApp.now)
        let mother = Person(municipality: 707, givenName: "Mette", familyName: "Testesen")
        try await Store.insertPersons([mother], on: test.store.sql)
        try await Store.insertRelations([test.child.id, test.otherChild.id, cille.id].map {
            Relation(child: $0, person: mother.id, kind: .mother, hasCustody: true)
        }, municipality: 707, on: test.store.sql)

        let page = try await caseworkerPage()
        let household = try XCTUnwrap(page.components(separatedBy: #"id="glance-household""#).last?.components(separatedBy: "glance-card").first)
        XCTAssertTrue(household.contains("Mette Testesen"), "the custody holder")
        XCTAssertTrue(household.contains("Cille Testesen"), "a sibling the reader may open, with her case status")
        XCTAssertTrue(household.contains(Strings.siblingCaseClosed(.da)))
        XCTAssertFalse(page.contains("Prøvesen"), "a sibling outside the reader's access: no name")
        XCTAssertFalse(page.contains(test.otherChild.id.uuidString), "nor a link")
        XCTAssertTrue(household.contains(Strings.siblingNoAccess(.da)))

        // With a stated reason (break glass) for Bo, the reader sees him too.
        try await test.store.grantAccess(user: test.users[.caseworker]!.id, child: test.otherChild.id, reason: "Akut henvendelse", now: TestApp.now)
        let granted = try await caseworkerPage()
        XCTAssertTrue(granted.contains(test.otherChild.id.uuidString), "a sibling the reader holds a grant for is named")
    }

    func testAnAbuseCaseSaysAbuseSuspectedWhereTheConcernLevelStands() async throws {
        let before = try await caseworkerPage()
        XCTAssertFalse(before.contains(Strings.abuseSuspected(.da)))
        try await test.store.append(entry(.notification(Notification(notifierKind: .professional, profession: .teacher,
                                                                     description: "Barnet fortæller om slag", concernsAbuse: true)),
                                          daysAgo: 0.5), now: TestApp.now)
        let page = try await caseworkerPage()
        XCTAssertTrue(page.contains(#"<span class="concern abuse-suspected">Mistanke om overgreb</span>"#))
        let caseNow = try XCTUnwrap(page.components(separatedBy: #"id="glance-case""#).last?.components(separatedBy: "glance-card").first)
        XCTAssertTrue(caseNow.contains(Strings.abuseSuspected(.da)))
        XCTAssertTrue(caseNow.contains(Strings.casePhase(.notification)(.da)), "the case is at its notification")
        XCTAssertTrue(caseNow.contains(Strings.noDirectContact(.da)))
    }

    func testThePrintLayoutHasTheOverviewAndTheYearWithoutFormsOrNavigation() async throws {
        try await test.store.append(entry(.journalNote(JournalNote(text: "Notat fra sidste år")), daysAgo: 400), now: TestApp.now)
        try await test.store.append(entry(.journalNote(JournalNote(text: "Notat fra i går")), daysAgo: 1), now: TestApp.now)
        let page = try await caseworkerPage()
        let printLink = SiteURL.child(test.child.id).path(query: [("year", "2026"), ("print", "1")])
        XCTAssertTrue(page.contains("href=\"\(printLink)\""), "Udskriv prints the year shown")

        let printed = try await caseworkerPage("?year=2026&print=1")
        XCTAssertFalse(printed.contains("<form"), "no forms")
        XCTAssertFalse(printed.contains("<nav"), "no navigation")
        XCTAssertTrue(printed.contains(#"id="glance-case""#), "the overview")
        XCTAssertTrue(printed.contains(#"id="glance-household""#))
        XCTAssertTrue(page.contains(#"id="household-edit""#), "the page links the household's forms")
        XCTAssertFalse(printed.contains(#"id="household-edit""#), "the print does not")
        XCTAssertTrue(printed.contains("Notat fra i går"))
        XCTAssertFalse(printed.contains("Notat fra sidste år"), "only the chosen year")
        XCTAssertTrue(printed.contains(#"id="entry-"#), "entries keep their anchors")
    }
}
