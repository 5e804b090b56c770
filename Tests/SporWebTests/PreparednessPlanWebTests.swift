import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// The municipality's preparedness plan against abuse on the tracker (issue 24, item 1): policy staff and the
/// administrator save it as versions (who and when, nothing deleted), the tracker shows its revision's deadline and, past
/// it, a warning; a form without a title or with an adoption ahead of today is refused naming the field; no one else may.
final class PreparednessPlanWebTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func testPolicyStaffAndTheAdministratorSaveVersionsShownOnTheTracker() async throws {
        // Setup: policy staff on the tracker, no plan yet.
        let policy = Browser(test.app)
        _ = try await policy.login("policy", password: test.password)
        let empty = try await policy.get(SiteURL.tracker.path).body.string
        XCTAssertTrue(empty.contains("id=\"preparedness-plan\""))
        XCTAssertTrue(empty.contains("Der er ikke gemt nogen beredskabsplan endnu."))
        try await policy.get(SiteURL.preparednessPlan.path)
        // The thing under test: a plan without a title, one adopted tomorrow, then one adopted in 2021 (its revision passed).
        let untitled = try await policy.post(SiteURL.preparednessPlan.path, ["title": " ", "adoptedOn": "2021-03-01", "reference": "Sag 21-1", "note": ""])
        XCTAssertEqual(untitled.status, .unprocessableEntity)
        XCTAssertTrue(untitled.body.string.contains("id=\"plan-title-error\""), ParticipationTests.refusal(untitled))
        let tomorrow = DanishTime.localDate(of: TestApp.now).adding(days: 1).iso
        let ahead = try await policy.post(SiteURL.preparednessPlan.path, ["title": "Plan", "adoptedOn": tomorrow, "reference": "Sag 21-1"])
        XCTAssertEqual(ahead.status, .unprocessableEntity)
        XCTAssertTrue(ahead.body.string.contains("id=\"plan-adoptedOn-error\""), ParticipationTests.refusal(ahead))
        let none = try await test.store.preparednessPlanHistory()
        XCTAssertTrue(none.isEmpty)
        let first = try await policy.post(SiteURL.preparednessPlan.path,
                                          ["title": "Beredskab mod overgreb <2021>", "adoptedOn": "2021-03-01", "reference": "https://www.norddjurs.dk/beredskab"])
        XCTAssertEqual(first.status, .seeOther, ParticipationTests.refusal(first))
        // Check: the tracker warns that the revision (1 March 2025) has passed.
        let overdue = try await policy.get(SiteURL.tracker.path).body.string
        let card = try XCTUnwrap(overdue.components(separatedBy: "id=\"preparedness-plan\"").dropFirst().first?.components(separatedBy: "</section>").first)
        XCTAssertTrue(card.contains("Beredskab mod overgreb &lt;2021&gt;"), card)
        XCTAssertTrue(card.contains("class=\"countdown overdue\""), card)
        XCTAssertTrue(card.contains("den skulle være sket senest 01.03.2025"), card)

        // The administrator saves the revised plan: a second version; the tracker shows its deadline, no warning.
        let admin = Browser(test.app)
        _ = try await admin.login("admin", password: test.password)
        let page = try await admin.get(SiteURL.preparednessPlan.path).body.string
        XCTAssertTrue(page.contains("value=\"https://www.norddjurs.dk/beredskab\""), "the plan in force offered")
        let second = try await admin.post(SiteURL.preparednessPlan.path,
                                          ["title": "Beredskab mod overgreb 2025", "adoptedOn": "2025-06-12", "reference": "Sag 25-77", "note": "Revideret"])
        XCTAssertEqual(second.status, .seeOther, ParticipationTests.refusal(second))
        let revised = try await policy.get(SiteURL.tracker.path).body.string
        let newCard = try XCTUnwrap(revised.components(separatedBy: "id=\"preparedness-plan\"").dropFirst().first?.components(separatedBy: "</section>").first)
        XCTAssertTrue(newCard.contains("Revision senest 12.06.2029"), newCard)
        XCTAssertFalse(newCard.contains("overdue"), newCard)
        let history = try await test.store.preparednessPlanHistory()
        XCTAssertEqual(history.map(\.number), [2, 1], "nothing deleted")
        XCTAssertEqual(history.map(\.savedBy), [test.users[.admin]!.id, test.users[.policy]!.id])
        let versions = try await policy.get(SiteURL.preparednessPlan.path).body.string
        let table = try XCTUnwrap(versions.components(separatedBy: "id=\"plan-versions\"").dropFirst().first?.components(separatedBy: "</table>").first)
        XCTAssertTrue(table.contains(test.users[.admin]!.displayName) && table.contains(test.users[.policy]!.displayName), table)
    }

    func testNoOneElseMaySeeOrSaveThePlan() async throws {
        let declared = Dictionary(test.app.routes.all.map { ("\($0.method) /\($0.path.string)", $0.access) }, uniquingKeysWith: { first, _ in first })
        for route in ["GET /policy/preparedness-plan", "POST /policy/preparedness-plan"] {
            XCTAssertEqual(declared[route] ?? nil, .requires(.managePreparednessPlan), route)
        }
        for role in Role.allCases {
            XCTAssertEqual(Authorization.allows(role, .managePreparednessPlan), role == .policy || role == .admin, role.rawValue)
        }
        for username in ["caseworker", "teamlead", Role.professional.rawValue, Role.outreach.rawValue] {
            let browser = Browser(test.app)
            _ = try await browser.login(username, password: test.password)
            try await browser.get("/account")
            // The thing under test
            let page = try await browser.get(SiteURL.preparednessPlan.path).status
            let save = try await browser.post(SiteURL.preparednessPlan.path, ["title": "Plan", "adoptedOn": "2025-01-01", "reference": "Sag"]).status
            // Check
            XCTAssertEqual(page, .forbidden, username)
            XCTAssertEqual(save, .forbidden, username)
        }
        let history = try await test.store.preparednessPlanHistory()
        XCTAssertTrue(history.isEmpty)
    }
}
