import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// The rule book shown (issue 24, item 4): the unverified marks on the caseworker's tray, the rules at `/api/v1/rules`
/// for the administrator, and the administrator's rules page; and a message from Min side offered as views, never as
/// the hearing of a decision (§ 5, stk. 3).
final class RulesPageTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func testTheAdministratorReadsTheRuleBookWithItsUnverifiedMarksAndTheCaseworkerMayNot() async throws {
        let admin = Browser(test.app)
        _ = try await admin.login("admin", password: test.password)
        let home = try await admin.get(SiteURL.admin.path).body.string
        XCTAssertTrue(home.contains("href=\"/admin/rules\""), "the administration page links to the rule book")
        let page = try await admin.get(SiteURL.adminRules.path)
        XCTAssertEqual(page.status, .ok)
        let html = page.body.string
        for rule in RuleBook.barnetsLov.rules {
            XCTAssertTrue(html.contains("id=\"rule-\(rule.id)\""), "\(rule.id) is listed")
        }
        // § 137's abuse conversation: its provision and why it is unverified.
        XCTAssertTrue(html.contains("Samtale med barnet ved mistanke om overgreb"))
        XCTAssertTrue(html.contains("uden forældrene, når de er mistænkt, er ikke bekræftet"))
        // The previous act's rules with their period, apart from Barnets Lov's.
        XCTAssertTrue(html.contains("id=\"rules-previous\""))
        XCTAssertTrue(html.contains("Serviceloven § 70, stk. 1"))
        XCTAssertTrue(html.contains("01.01.2014 – 31.12.2023") || html.contains("1. januar 2014 – 31. december 2023"), "the valid-to date is shown")
        XCTAssertEqual(html.components(separatedBy: "class=\"unverified-note\"").count - 1,
                       RuleBook.barnetsLov.rules.filter { !$0.unverified.isEmpty }.count, "every unverified rule explained")

        // The page is the administrator's: a caseworker, a professional and policy staff are refused.
        for username in ["caseworker", "professional", "policy"] {
            let browser = Browser(test.app)
            _ = try await browser.login(username, password: test.password)
            let refused = try await browser.get(SiteURL.adminRules.path)
            XCTAssertEqual(refused.status, .forbidden, username)
        }
    }

    func testTheAdministratorAndTheCaseworkerReadTheRulesAtTheAPIWithTheirUnverifiedParts() async throws {
        for role in [Role.admin, .caseworker, .teamLead] {
            let token = try await test.store.createApiToken(user: test.users[role]!.id, name: "rules", now: TestApp.now)
            let response = try await Browser(test.app).get("/api/v1/rules", headers: ["Authorization": "Bearer \(token)"])
            XCTAssertEqual(response.status, .ok, role.rawValue)
            let rules = try JSONDecoder().decode([DeadlineRule].self, from: Data(response.body.readableBytesView))
            XCTAssertEqual(rules, RuleBook.barnetsLov.rules, role.rawValue)
            let abuse = try XCTUnwrap(rules.first { $0.id == "child-conversation-abuse" })
            XCTAssertEqual(abuse.paragraph, "§ 137")
            XCTAssertEqual(abuse.unverified, [.paragraph, .due])
            XCTAssertNotNil(abuse.unverifiedNoteEn)
            XCTAssertTrue(rules.contains { $0.validTo == LocalDate(year: 2023, month: 12, day: 31) }, "the previous act's rules")
        }
        for role in [Role.professional, .policy, .outreach] {
            let token = try await test.store.createApiToken(user: test.users[role]!.id, name: "rules", now: TestApp.now)
            let response = try await Browser(test.app).get("/api/v1/rules", headers: ["Authorization": "Bearer \(token)"])
            XCTAssertEqual(response.status, .forbidden, role.rawValue)
        }
        let declared = Dictionary(test.app.routes.all.map { ("\($0.method) /\($0.path.string)", $0.access) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(declared["GET /api/v1/rules"] ?? nil, .requires(.readRules))
        XCTAssertEqual(declared["GET /admin/rules"] ?? nil, .requires(.administer))
        XCTAssertEqual(Role.allCases.filter { Authorization.allows($0, .readRules) }, [.caseworker, .teamLead, .admin].filter(Role.allCases.contains))
    }

    func testTheTrayMarksADeadlineWhoseRuleIsUnverifiedAndExplainsIt() async throws {
        let caseworker = test.users[.caseworker]!.id
        let at = TestApp.now.addingTimeInterval(-3600)
        try await test.store.append(Entry(municipality: 707, child: test.child.id, payload: .notification(Notification(
            notifierKind: .privatePerson, description: "Barnet fortæller om slag", concernsAbuse: true)),
            occurredAt: at, recordedAt: at, author: caseworker), now: TestApp.now)
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        let page = try await browser.get(SiteURL.tray.path).body.string
        let row = try XCTUnwrap(page.components(separatedBy: "data-rule=\"child-conversation-abuse\"").dropFirst().first?
            .components(separatedBy: "</tr>").first, "the abuse conversation is on the tray")
        XCTAssertTrue(row.contains("(§ 137)"), "cited as DOMAIN.md places it")
        XCTAssertTrue(row.contains("<details class=\"unverified-mark\">"), "a small mark on the deadline")
        XCTAssertTrue(row.contains("<summary>Ikke bekræftet</summary>"))
        XCTAssertTrue(row.contains("De 7 dage er en standard"), "its explanation")
        // § 136's 24 hours are read in the law: no mark.
        let assessment = try XCTUnwrap(page.components(separatedBy: "data-rule=\"assessment-24h\"").dropFirst().first?
            .components(separatedBy: "</tr>").first)
        XCTAssertFalse(assessment.contains("unverified-mark"))
    }

    func testTheDecisionFormOffersAMessageFromMinSideAsViewsNotAsTheHearing() async throws {
        let caseworker = test.users[.caseworker]!.id
        let sent = Entry(municipality: 707, child: test.child.id,
                         payload: .ownViews(OwnViews(who: .child, text: "Jeg vil bo hjemme", sentFromPortal: true)),
                         occurredAt: TestApp.now.addingTimeInterval(-7000), recordedAt: TestApp.now.addingTimeInterval(-7000), author: caseworker)
        let told = Entry(municipality: 707, child: test.child.id,
                         payload: .ownViews(OwnViews(who: .child, text: "Jeg vil bo hos mormor")),
                         occurredAt: TestApp.now.addingTimeInterval(-6000), recordedAt: TestApp.now.addingTimeInterval(-6000), author: caseworker)
        try await test.store.append(sent, now: TestApp.now)
        try await test.store.append(told, now: TestApp.now)
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        let form = try await browser.get(SiteURL.child(test.child.id, .course(.value(CourseStep.decision.rawValue))).path).body.string
        XCTAssertFalse(form.contains("value=\"\(sent.id.uuidString)\""), "§ 5, stk. 3: a message from Min side is not offered as the hearing")
        XCTAssertTrue(form.contains("value=\"\(told.id.uuidString)\""), "views the child told staff are")
    }
}
