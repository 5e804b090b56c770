import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// The work tray: the team's children without a caseworker, claimed in one action or given by the lead; today's work
/// apart from the backlog; filters; the badge in the navigation; one team owns a district's intake.
final class TrayTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    /// A child of the first team's district with no caseworker, and what a professional passed on about it.
    func unownedChild(_ given: String, cpr: String, _ payload: EntryPayload, hoursAgo: Double = 1) async throws -> Child {
        let child = try Child(municipality: 707, cpr: try CPR(cpr), givenName: given, familyName: "Bakkesen", district: "Område Grenaa")
        try await test.store.register(child, cpr: try CPR(cpr), by: test.users[.caseworker]!.id, now: TestApp.now)
        let at = TestApp.now.addingTimeInterval(-hoursAgo * 3600)
        try await test.store.append(Entry(municipality: 707, child: child.id, payload: payload, occurredAt: at, recordedAt: at,
                                          author: test.users[.professional]!.id), now: TestApp.now)
        return child
    }

    func concern(_ level: ConcernLevel) -> EntryPayload {
        .concern(Concern(level: level, source: .teacher, description: "Eleven er ofte sulten"))
    }

    func testAConcernAtLevelFourIsOnTheTeamsUnassignedListUntilACaseworkerTakesIt() async throws {
        let worried = try await unownedChild("Ida", cpr: "120316-4312", concern(.atRisk))
        let mild = try await unownedChild("Ole", cpr: "120316-4321", concern(.sensitive))

        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let tray = try await caseworker.get("/tray")
        XCTAssertEqual(tray.status, .ok)
        let unassigned = try XCTUnwrap(section("unassigned", of: tray.body.string))
        XCTAssertTrue(unassigned.contains("Ida Bakkesen"), "level 4 without a caseworker is the team's to assign")
        XCTAssertFalse(unassigned.contains("Ole Bakkesen"), "level 2 is early help: no caseworker asked for")
        XCTAssertTrue(unassigned.contains("Jeg tager den"))

        // The other district's team does not see it.
        let other = Browser(test.app)
        _ = try await other.login("caseworker2", password: test.password)
        let theirs = try await other.get("/tray")
        XCTAssertFalse(theirs.body.string.contains("Ida Bakkesen"))

        // One action: "Jeg tager den".
        let claimed = try await caseworker.post("/tray/children/\(worried.id)/assign", ["caseworker": "me"])
        XCTAssertEqual(claimed.status, .seeOther)
        XCTAssertEqual(claimed.headers.first(name: .location), "/tray")
        let summary = try await test.store.summary(child: worried.id)
        XCTAssertEqual(summary?.caseworker, test.users[.caseworker]!.id)
        let after = try await caseworker.get("/tray")
        XCTAssertTrue(after.body.string.contains("Du er nu sagsbehandler for Ida Bakkesen."))
        XCTAssertFalse(section("unassigned", of: after.body.string)?.contains("Ida Bakkesen") ?? false)
        XCTAssertTrue(section("new-cases", of: after.body.string)?.contains("Ida Bakkesen") ?? false, "on the caseworker's tray as a new case")
        _ = mild
    }

    func testTheLeadGivesAChildToACaseworkerAndOnlyTheTeamsActiveStaffCanBeChosen() async throws {
        let notified = try await unownedChild("Maja", cpr: "120316-4320",
                                              .notification(Notification(notifierKind: .anonymous, description: "Opkald om vold")))
        let lead = Browser(test.app)
        _ = try await lead.login("teamlead", password: test.password)
        let tray = try await lead.get("/tray")
        XCTAssertTrue(section("unassigned", of: tray.body.string)?.contains("Maja Bakkesen") ?? false)
        XCTAssertTrue(tray.body.string.contains("Tildel"))

        // Another team's caseworker, or no one: refused, nothing saved.
        for chosen in [test.otherCaseworker.id.uuidString, "", "not-a-uuid"] {
            let refused = try await lead.post("/tray/children/\(notified.id)/assign", ["caseworker": chosen])
            XCTAssertEqual(refused.status, .unprocessableEntity, chosen)
            XCTAssertTrue(refused.body.string.contains(Strings.trayAssignInvalid(.da)), chosen)
        }
        let unchanged = try await test.store.summary(child: notified.id)
        XCTAssertNil(unchanged?.caseworker)

        // A caseworker cannot give a child to a colleague, only take it.
        let hash = try test.app.password.hash(test.password)
        let colleague = UserRecord(id: UUID(), municipality: 707, username: "caseworker3", displayName: "Kollega Tre", role: .caseworker,
                                   team: test.team.id, passwordHash: hash, language: "da")
        try await test.store.addUser(colleague, now: TestApp.now)
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        _ = try await caseworker.get("/tray")
        let pushed = try await caseworker.post("/tray/children/\(notified.id)/assign", ["caseworker": colleague.id.uuidString])
        XCTAssertEqual(pushed.status, .unprocessableEntity)

        let given = try await lead.post("/tray/children/\(notified.id)/assign", ["caseworker": colleague.id.uuidString])
        XCTAssertEqual(given.status, .seeOther)
        let summary = try await test.store.summary(child: notified.id)
        XCTAssertEqual(summary?.caseworker, colleague.id)

        // Now it has a caseworker, another caseworker cannot take it; moving it is the lead's.
        let taken = try await caseworker.post("/tray/children/\(notified.id)/assign", ["caseworker": "me"])
        XCTAssertEqual(taken.status, .unprocessableEntity)
        XCTAssertTrue(taken.body.string.contains(Strings.trayHasCaseworker(.da)))
        let still = try await test.store.summary(child: notified.id)
        XCTAssertEqual(still?.caseworker, colleague.id)

        // The notification's 24-hour assessment is now on that caseworker's tray, not on the team's.
        let theirs = Browser(test.app)
        _ = try await theirs.login("caseworker3", password: test.password)
        let page = try await theirs.get("/tray")
        XCTAssertTrue(page.body.string.contains("Maja Bakkesen"))
        XCTAssertTrue(page.body.string.contains(DeadlineRule.urgencyAssessment.titleDa))
        let mine = try await caseworker.get("/tray")
        XCTAssertFalse(mine.body.string.contains("Maja Bakkesen"))
    }

    func testANotificationIsTakenFromTheIntakeQueueAndTheUserReturnsThere() async throws {
        let notified = try await unownedChild("Sofie", cpr: "120316-4347",
                                              .notification(Notification(notifierKind: .privatePerson, description: "Nabo ringer igen")))
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let queue = try await caseworker.get("/intake").body.string
        XCTAssertTrue(queue.contains("/tray/children/\(notified.id.uuidString)/assign"), "the row can be taken")
        let taken = try await caseworker.post("/tray/children/\(notified.id)/assign", ["caseworker": "me", "returnTo": "/intake"])
        XCTAssertEqual(taken.status, .seeOther)
        XCTAssertEqual(taken.headers.first(name: .location), "/intake")
        let after = try await caseworker.get("/intake").body.string
        XCTAssertTrue(after.contains("Sofie Bakkesen"), "still to be assessed, now by its caseworker")
        XCTAssertFalse(after.contains("/tray/children/\(notified.id.uuidString)/assign"))
        XCTAssertTrue(after.contains(test.users[.caseworker]!.displayName))
        // A return address off the site is not followed.
        let other = try await unownedChild("Karl", cpr: "120316-4355",
                                           .notification(Notification(notifierKind: .anonymous, description: "Anonym")))
        let offsite = try await caseworker.post("/tray/children/\(other.id)/assign", ["caseworker": "me", "returnTo": "//evil.example"])
        XCTAssertEqual(offsite.headers.first(name: .location), "/tray")
    }

    func testOneTeamReceivesADistrictsIntake() async throws {
        // A second team in the same district: the first by name receives the intake, the second sees none of it.
        let second = TeamRecord(id: UUID(), municipality: 707, name: "Team Grenaa 2", district: "Område Grenaa")
        try await test.store.addTeam(second)
        let hash = try test.app.password.hash(test.password)
        try await test.store.addUser(UserRecord(id: UUID(), municipality: 707, username: "grenaa2", displayName: "Anden Grenaa",
                                                role: .caseworker, team: second.id, passwordHash: hash, language: "da"), now: TestApp.now)
        _ = try await unownedChild("Eva", cpr: "120316-4304", .notification(Notification(notifierKind: .privatePerson, description: "Nabo ringer")))
        let teams = try await test.store.teams()
        XCTAssertTrue(Store.receivesIntake(test.team, among: teams))
        XCTAssertFalse(Store.receivesIntake(second, among: teams))

        let receiving = Browser(test.app)
        _ = try await receiving.login("caseworker", password: test.password)
        let received = try await receiving.get("/tray")
        XCTAssertTrue(received.body.string.contains("Eva Bakkesen"))
        let intake = try await receiving.get("/intake")
        XCTAssertTrue(intake.body.string.contains("Eva Bakkesen"))

        let notReceiving = Browser(test.app)
        _ = try await notReceiving.login("grenaa2", password: test.password)
        let tray = try await notReceiving.get("/tray")
        XCTAssertFalse(tray.body.string.contains("Eva Bakkesen"))
        let queue = try await notReceiving.get("/intake")
        XCTAssertFalse(queue.body.string.contains("Eva Bakkesen"))
    }

    func testTodaysWorkComesFirstTheBacklogApartAndFiltersCutTheLeadsTray() async throws {
        let caseworker = test.users[.caseworker]!.id
        let registered = try Child(municipality: 707, cpr: try CPR("120316-4339"), givenName: "Liv", familyName: "Fristesen",
                                   district: "Område Grenaa")
        try await test.store.register(registered, cpr: try CPR("120316-4339"), by: caseworker, now: TestApp.now)
        let child = registered.id
        let assigned = TestApp.now.addingTimeInterval(-10 * 86_400)
        try await test.store.append(Entry(municipality: 707, child: child, payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker)),
                                          occurredAt: assigned, recordedAt: assigned, author: caseworker), now: TestApp.now)
        // 26 November 10:00; the caseworker took the case 10 days ago. A notification an hour ago: assessment due tomorrow
        // 09:00, within 24 hours (today's work). One 30 hours ago: overdue. One 120 days ago, before the caseworker took the case: backlog.
        for (hours, text) in [(1.0, "Ny"), (30.0, "I går"), (120.0 * 24, "Gammel")] {
            let at = TestApp.now.addingTimeInterval(-hours * 3600)
            try await test.store.append(Entry(municipality: 707, child: child, payload: .notification(Notification(
                notifierKind: .privatePerson, description: text)), occurredAt: at, recordedAt: at, author: caseworker), now: TestApp.now)
        }
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        let page = try await browser.get("/tray").body.string
        let overdue = try XCTUnwrap(section("tray-overdue", of: page))
        let week = try XCTUnwrap(section("tray-today", of: page))
        let backlog = try XCTUnwrap(section("tray-backlog", of: page))
        XCTAssertEqual(rows(overdue, rule: DeadlineRule.urgencyAssessment.id), 1)
        XCTAssertEqual(rows(week, rule: DeadlineRule.urgencyAssessment.id), 1)
        XCTAssertEqual(rows(backlog, rule: DeadlineRule.urgencyAssessment.id), 1, "due long ago: apart, not above today's work")
        XCTAssertLessThan(page.range(of: "id=\"tray-overdue\"")!.lowerBound, page.range(of: "id=\"tray-backlog\"")!.lowerBound)
        XCTAssertTrue(page.contains("1 i efterslæb"))

        // The badge: what is overdue or today's (both notifications' assessments), not the backlog. Overdue: yesterday's
        // assessment alone — no § 137 reassessment, as the case is open with a caseworker but no help has started.
        XCTAssertEqual(section("tray-overdue", of: page).map { $0.components(separatedBy: "class=\"tray-item ").count - 1 }, 1)
        XCTAssertEqual(rows(page, rule: DeadlineRule.reassessment.id), 0, "§ 137: owed only where help has already started")
        XCTAssertTrue(page.contains("<span class=\"badge\" aria-hidden=\"true\">2</span>"), "one overdue and one today, not the backlog: \(page.components(separatedBy: "badge").dropFirst().first?.prefix(60) ?? "no badge")")

        // The lead cuts the tray to one caseworker and one rule.
        let lead = Browser(test.app)
        _ = try await lead.login("teamlead", password: test.password)
        let all = try await lead.get("/tray").body.string
        XCTAssertTrue(all.contains("id=\"tray-loads\""))
        let cut = try await lead.get("/tray?member=\(caseworker.uuidString)&rule=\(DeadlineRule.urgencyAssessment.id)").body.string
        XCTAssertEqual(rows(cut, rule: DeadlineRule.urgencyAssessment.id), 3, "this week's, the overdue and the backlog's")
        XCTAssertEqual(cut.components(separatedBy: "class=\"tray-item ").count - 1, 3, "only that rule's rows")
        let nobody = try await lead.get("/tray?member=\(UUID().uuidString)").body.string
        XCTAssertEqual(nobody.components(separatedBy: "class=\"tray-item ").count - 1, 0)
        // A hostile filter value is ignored, not echoed.
        let hostile = try await lead.get("/tray?rule=%22%3E%3Cscript%3E&kind=x").body.string
        XCTAssertFalse(hostile.contains("<script>"))
    }

    func testOnlyThePortalMarksAMessageAsSentFromMinSide() async throws {
        // Staff posting views through the API cannot start the caseworker's task to answer a family's message.
        let token = try await test.store.createApiToken(user: test.users[.caseworker]!.id, name: "views", now: TestApp.now)
        var headers: HTTPHeaders = ["Authorization": "Bearer \(token)"]
        headers.contentType = .json
        let browser = Browser(test.app)
        let posted = try await browser.send(.POST, "/api/v1/children/\(test.child.id)/entries", headers: headers, body: ByteBuffer(string:
            #"{"kind":"ownViews","ownViews":{"who":"child","text":"Jeg vil bo hjemme","scale":[],"sentFromPortal":true}}"#))
        XCTAssertEqual(posted.status, .created, posted.body.string)
        let timeline = try await test.store.timeline(child: test.child.id)
        guard case .ownViews(let views)? = timeline.items.last?.effective else { return XCTFail("no views saved") }
        XCTAssertFalse(views.sentFromPortal)
        let open = try await test.store.openObligations(child: test.child.id)
        XCTAssertFalse(open.contains { $0.trigger == timeline.items.last?.entry.id })
    }

    func testTheOldWorklistLeadsToTheTray() async throws {
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        let old = try await browser.get("/worklist")
        XCTAssertEqual(old.status, .movedPermanently)
        XCTAssertEqual(old.headers.first(name: .location), "/tray")
    }

    func testWorkSettingsOutOfRangeAreRefusedAtStart() throws {
        XCTAssertEqual(try WorkSettings.fromEnvironment([:]), .standard)
        XCTAssertEqual(try WorkSettings.fromEnvironment(["SPOR_BACKLOG_DAYS": "30", "SPOR_UNASSIGNED_CONCERN_LEVEL": "4"]),
                       WorkSettings(backlogAfterDays: 30, unassignedConcernLevel: .atRisk))
        for (name, value) in [("SPOR_BACKLOG_DAYS", "-5"), ("SPOR_BACKLOG_DAYS", "0"), ("SPOR_BACKLOG_DAYS", "ninety"),
                              ("SPOR_UNASSIGNED_CONCERN_LEVEL", "6"), ("SPOR_UNASSIGNED_CONCERN_LEVEL", "0")] {
            XCTAssertThrowsError(try WorkSettings.fromEnvironment([name: value]), "\(name)=\(value)")
        }
    }

    /// The HTML of the element with this id, up to the next section.
    func section(_ id: String, of page: String) -> String? {
        guard let start = page.range(of: "id=\"\(id)\"") else { return nil }
        let rest = page[start.upperBound...]
        let end = rest.range(of: "<section")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    func rows(_ html: String, rule: String) -> Int {
        html.components(separatedBy: "data-rule=\"\(rule)\"").count - 1
    }
}
