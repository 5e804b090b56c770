import Foundation
import SQLKit
import Vapor
import XCTest
import XCTVapor
import SporDomain
@testable import SporStore
@testable import SporWeb

/// Accounts that end: tokens expire and are revoked under *Min konto*; the administrator deactivates, reactivates and
/// unlocks users, and every such action is audited with ids only.
final class AccountLifecycleTests: XCTestCase {
    var test: TestApp!
    var caseworker: UserRecord { test.users[.caseworker]! }
    var admin: UserRecord { test.users[.admin]! }

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    // MARK: Tokens

    func testAnExpiredTokenAndARevokedTokenGet401() async throws {
        // Given two tokens of the caseworker that work
        let shortLived = try await test.store.createApiToken(user: caseworker.id, name: "kort", lifetime: .days30, now: TestApp.now)
        let longLived = try await test.store.createApiToken(user: caseworker.id, name: "lang", lifetime: .days365, now: TestApp.now)
        let api = Browser(test.app)
        for token in [shortLived, longLived] {
            let works = try await api.get("/api/v1/children", headers: ["Authorization": "Bearer \(token)"])
            XCTAssertEqual(works.status, .ok)
        }
        // When the one reaches its end and the other is revoked
        test.clock.advance(by: 30 * 24 * 3600)
        let id = try await test.store.apiTokens(user: caseworker.id).first { $0.name == "lang" }!.id
        try await test.store.revokeApiToken(id, user: caseworker.id, now: test.clock.now)
        // Then both are refused
        for token in [shortLived, longLived] {
            let refused = try await api.get("/api/v1/children", headers: ["Authorization": "Bearer \(token)"])
            XCTAssertEqual(refused.status, .unauthorized)
            XCTAssertFalse(refused.body.string.contains("Alma"))
        }
    }

    func testATokenListedUnderMyAccountIsRevokedByItsButton() async throws {
        // Given a token made on the account page for 30 days
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        try await browser.get("/account")
        let made = try await browser.post("/account/tokens", ["name": "Regneark <1>", "lifetime": "30"])
        XCTAssertEqual(made.status, .ok)
        let token = try XCTUnwrap(first(#"id="new-token">(spor_[A-Za-z0-9_-]+)<"#, in: made.body.string))
        let auth: HTTPHeaders = ["Authorization": "Bearer \(token)"]
        let works = try await browser.get("/api/v1/children", headers: auth)
        XCTAssertEqual(works.status, .ok)

        // Then it is listed with its name (escaped), when it was made, its end, its last use and a revoke button
        let page = try await browser.get("/account")
        let html = page.body.string
        XCTAssertTrue(html.contains("Regneark &lt;1&gt;"))
        XCTAssertFalse(html.contains("Regneark <1>"))
        XCTAssertTrue(html.contains(Format.dateTime(TestApp.now.addingTimeInterval(30 * 24 * 3600), .da)), "its end")
        XCTAssertTrue(html.contains(Strings.apiTokenActive(.da)))
        XCTAssertTrue(html.contains(#"aria-label="Tilbagekald nøglen »Regneark &lt;1&gt;«""#), "the label is escaped")
        let action = try XCTUnwrap(first(#"action="(/account/tokens/[0-9A-F-]+/revoke)""#, in: html))

        // When its button is pressed
        let revoked = try await browser.post(action, [:])
        XCTAssertEqual(revoked.status, .seeOther)
        XCTAssertEqual(revoked.headers.first(name: .location), "/account")

        // Then the page says so, the token is marked revoked and refused, and the revocation is audited
        let after = try await browser.get("/account")
        XCTAssertTrue(after.body.string.contains(Strings.apiTokenRevoked(.da)))
        XCTAssertTrue(after.body.string.contains(Strings.apiTokenRevokedAt(.da, Format.dateTime(TestApp.now, .da))))
        XCTAssertFalse(after.body.string.contains(action))
        let refused = try await browser.get("/api/v1/children", headers: auth)
        XCTAssertEqual(refused.status, .unauthorized)
        let rows = try await auditRows(.revokeApiToken)
        XCTAssertEqual(rows, [AuditRow(user: caseworker.id, child: nil, entry: nil)])

        // And a second press is done already, while another user's press finds no token
        let again = try await browser.post(action, [:])
        XCTAssertEqual(again.status, .seeOther)
        let other = Browser(test.app)
        _ = try await other.login("teamlead", password: test.password)
        try await other.get("/account")
        let notTheirs = try await other.post(action, [:])
        XCTAssertEqual(notTheirs.status, .notFound)
    }

    func testATokenIsMadeOnlyForALifetimeOnTheList() async throws {
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        let form = try await browser.get("/account")
        XCTAssertTrue(form.body.string.contains(#"<option value="90" selected="selected">"#), "90 days is the default")
        for lifetime in ["0", "7", "forever", "-30"] {
            let refused = try await browser.post("/account/tokens", ["name": "CI", "lifetime": lifetime])
            XCTAssertEqual(refused.status, .unprocessableEntity, lifetime)
            XCTAssertTrue(refused.body.string.contains(Strings.apiTokenLifetimeInvalid(.da)), lifetime)
        }
        let tokens = try await test.store.apiTokens(user: caseworker.id)
        XCTAssertTrue(tokens.isEmpty)
        let made = try await browser.post("/account/tokens", ["name": "CI"])
        XCTAssertEqual(made.status, .ok)
        let standard = try await test.store.apiTokens(user: caseworker.id)
        XCTAssertEqual(standard.map(\.expiresAt), [TestApp.now.addingTimeInterval(90 * 24 * 3600)])
    }

    // MARK: Deactivation

    func testADeactivatedUserIsLoggedOutRefusedAtLoginLikeAWrongPasswordAndTheirTokensRefused() async throws {
        // Given the caseworker logged in, with a token
        let session = Browser(test.app)
        _ = try await session.login("caseworker", password: test.password)
        let before = try await session.get("/children")
        XCTAssertEqual(before.status, .ok)
        let token = try await test.store.createApiToken(user: caseworker.id, name: "CI", now: TestApp.now)
        let auth: HTTPHeaders = ["Authorization": "Bearer \(token)"]

        // When the administrator deactivates them on the users page
        let administrator = try await adminBrowser()
        let page = try await administrator.get("/admin/users")
        let action = "/admin/users/\(caseworker.id.uuidString)/deactivate"
        XCTAssertTrue(page.body.string.contains(#"action="\#(action)""#))
        let done = try await administrator.post(action, [:])
        XCTAssertEqual(done.status, .seeOther)
        XCTAssertEqual(done.headers.first(name: .location), "/admin/users")
        let listed = try await administrator.get("/admin/users")
        XCTAssertTrue(listed.body.string.contains(Strings.userDeactivatedNotice(.da, "caseworker")))
        XCTAssertTrue(listed.body.string.contains(Strings.userDeactivatedSince(.da, Format.dateTime(TestApp.now, .da))))
        XCTAssertTrue(listed.body.string.contains(#"action="/admin/users/\#(caseworker.id.uuidString)/reactivate""#))

        // Then their session's next request is refused, sending them to the login
        let next = try await session.get("/children")
        XCTAssertEqual(next.headers.first(name: .location), "/login")
        let stillOut = try await session.get("/children")
        XCTAssertEqual(stillOut.headers.first(name: .location), "/login")

        // And the right password is answered as a wrong one is for an unknown username
        let login = Browser(test.app)
        let refused = try await login.login("caseworker", password: test.password)
        let unknown = Browser(test.app)
        let nobody = try await unknown.login("nobody-here", password: test.password)
        XCTAssertEqual(refused.status, .unauthorized)
        XCTAssertEqual(refused.status, nobody.status)
        XCTAssertEqual(alert(refused), Strings.loginFailed(.da))
        XCTAssertEqual(alert(refused), alert(nobody))
        XCTAssertNil(refused.headers.first(name: .location))

        // And their token is refused
        let api = try await login.get("/api/v1/children", headers: auth)
        XCTAssertEqual(api.status, .unauthorized)

        // And the deactivation is audited for the account and for the administrator, ids only
        let deactivations = try await auditRows(.userDeactivated)
        let administrations = try await auditRows(.administerUser)
        XCTAssertEqual(deactivations, [AuditRow(user: caseworker.id, child: nil, entry: nil)])
        XCTAssertEqual(administrations, [AuditRow(user: admin.id, child: nil, entry: nil)])
    }

    func testReactivationLetsTheUserInAgainButNotTheirOldTokens() async throws {
        // Given a deactivated caseworker with a token revoked by the deactivation
        let token = try await test.store.createApiToken(user: caseworker.id, name: "CI", now: TestApp.now)
        try await test.store.deactivateUser(caseworker.id, by: admin.id, now: TestApp.now)
        // When the administrator reactivates them
        let administrator = try await adminBrowser()
        try await administrator.get("/admin/users")
        let done = try await administrator.post("/admin/users/\(caseworker.id.uuidString)/reactivate", [:])
        XCTAssertEqual(done.status, .seeOther)
        let listed = try await administrator.get("/admin/users")
        XCTAssertTrue(listed.body.string.contains(Strings.userReactivatedNotice(.da, "caseworker")))
        // Then they log in again, and the old token stays refused
        let session = Browser(test.app)
        let login = try await session.login("caseworker", password: test.password)
        XCTAssertEqual(login.status, .seeOther)
        XCTAssertEqual(login.headers.first(name: .location), "/tray")
        let page = try await session.get("/children")
        XCTAssertEqual(page.status, .ok)
        let api = try await session.get("/api/v1/children", headers: ["Authorization": "Bearer \(token)"])
        XCTAssertEqual(api.status, .unauthorized)
        let reactivations = try await auditRows(.userReactivated)
        XCTAssertEqual(reactivations, [AuditRow(user: caseworker.id, child: nil, entry: nil)])
        let administrations = try await auditRows(.administerUser)
        XCTAssertEqual(administrations.count, 2)
        XCTAssertTrue(administrations.allSatisfy { $0 == AuditRow(user: admin.id, child: nil, entry: nil) })
    }

    func testAnAdministratorCannotDeactivateThemselves() async throws {
        let administrator = try await adminBrowser()
        let page = try await administrator.get("/admin/users")
        XCTAssertFalse(page.body.string.contains("/admin/users/\(admin.id.uuidString)/deactivate"), "no button for oneself")
        let refused = try await administrator.post("/admin/users/\(admin.id.uuidString)/deactivate", [:])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertEqual(alert(refused), Strings.cannotDeactivateSelf(.da))
        let record = try await test.store.user(id: admin.id)
        XCTAssertEqual(record?.isActive, true)
        let still = try await administrator.get("/admin/users")
        XCTAssertEqual(still.status, .ok)
        let rows = try await auditRows(.userDeactivated)
        XCTAssertTrue(rows.isEmpty)
    }

    func testAnUnknownUserIsNotFound() async throws {
        let administrator = try await adminBrowser()
        try await administrator.get("/admin/users")
        for action in ["deactivate", "reactivate", "unlock"] {
            let missing = try await administrator.post("/admin/users/\(UUID().uuidString)/\(action)", [:])
            XCTAssertEqual(missing.status, .notFound, action)
            let malformed = try await administrator.post("/admin/users/not-an-id/\(action)", [:])
            XCTAssertEqual(malformed.status, .notFound, action)
        }
    }

    // MARK: Lockouts

    func testALockedOutUsernameIsUnlockedByTheAdministratorsPage() async throws {
        // Given the caseworker's username locked after too many wrong passwords
        try await lockOut("caseworker")
        let locked = Browser(test.app)
        let refused = try await locked.login("caseworker", password: test.password)
        XCTAssertEqual(refused.status, .tooManyRequests)
        XCTAssertTrue(alert(refused).contains("Kontakt en administrator"), "the message sends them to an administrator")

        // When the administrator sees it on the users page and lifts it
        let administrator = try await adminBrowser()
        let page = try await administrator.get("/admin/users")
        let policy = test.app.spor.settings.loginThrottle
        let until = TestApp.now.addingTimeInterval(policy.lockout)
        XCTAssertTrue(page.body.string.contains(Strings.userLockedUntil(.da, Format.dateTime(until, .da), String(policy.failuresBeforeLockout))))
        let action = "/admin/users/\(caseworker.id.uuidString)/unlock"
        XCTAssertTrue(page.body.string.contains(#"action="\#(action)""#))
        XCTAssertFalse(page.body.string.contains("/admin/users/\(test.users[.teamLead]!.id.uuidString)/unlock"), "only the locked one")
        let done = try await administrator.post(action, [:])
        XCTAssertEqual(done.status, .seeOther)
        let after = try await administrator.get("/admin/users")
        XCTAssertTrue(after.body.string.contains(Strings.userUnlockedNotice(.da, "caseworker")))
        XCTAssertFalse(after.body.string.contains(action))

        // Then the right password logs in at once
        let login = try await locked.post("/login", ["username": "caseworker", "password": test.password])
        XCTAssertEqual(login.status, .seeOther)
        XCTAssertEqual(login.headers.first(name: .location), "/tray")
        let unlocks = try await auditRows(.loginUnlocked)
        let administrations = try await auditRows(.administerUser)
        XCTAssertEqual(unlocks, [AuditRow(user: caseworker.id, child: nil, entry: nil)])
        XCTAssertEqual(administrations, [AuditRow(user: admin.id, child: nil, entry: nil)])
    }

    func testTheCommandsStoreFunctionUnlocksAUsername() async throws {
        // Given the caseworker's username locked
        try await lockOut("caseworker")
        // When `spor user unlock --username caseworker` does what it does
        let unlocked = try await test.store.unlockLogin(account: test.app.loginAccount("caseworker"), user: caseworker.id, by: nil,
                                                        now: test.clock.now)
        // Then the right password logs in, and the audit names the account and no administrator
        XCTAssertTrue(unlocked)
        let login = try await Browser(test.app).login("caseworker", password: test.password)
        XCTAssertEqual(login.status, .seeOther)
        let unlocks = try await auditRows(.loginUnlocked)
        XCTAssertEqual(unlocks, [AuditRow(user: caseworker.id, child: nil, entry: nil)])
        let administrations = try await auditRows(.administerUser)
        XCTAssertTrue(administrations.isEmpty)
    }

    // MARK: Who may

    func testOnlyTheAdministratorReachesTheUsersPageAndItsActions() async throws {
        for role in Role.allCases where role != .admin {
            let browser = Browser(test.app)
            _ = try await browser.login(role.rawValue, password: test.password)
            try await browser.get(Authorization.home(role).path)
            let page = try await browser.get("/admin/users")
            XCTAssertEqual(page.status, .forbidden, role.rawValue)
            for action in ["deactivate", "reactivate", "unlock"] {
                let post = try await browser.post("/admin/users/\(test.otherCaseworker.id.uuidString)/\(action)", [:])
                XCTAssertEqual(post.status, .forbidden, "\(role.rawValue) \(action)")
            }
        }
        let record = try await test.store.user(id: test.otherCaseworker.id)
        XCTAssertEqual(record?.isActive, true)
        let rows = try await auditRows(.userDeactivated)
        XCTAssertTrue(rows.isEmpty)
    }

    func testTheAdministrationPageLinksToTheUsers() async throws {
        let administrator = try await adminBrowser()
        let home = try await administrator.get("/admin")
        XCTAssertTrue(home.body.string.contains(#"href="/admin/users""#))
        let page = try await administrator.get("/admin/users")
        for user in test.users.values { XCTAssertTrue(page.body.string.contains(user.displayName), user.username) }
    }

    // MARK: - Helpers

    func adminBrowser() async throws -> Browser {
        let browser = Browser(test.app)
        _ = try await browser.login("admin", password: test.password)
        return browser
    }

    /// Counts as many failed logins for `username` as lock it.
    func lockOut(_ username: String) async throws {
        let policy = test.app.spor.settings.loginThrottle
        for _ in 1...policy.failuresBeforeLockout {
            try await test.store.recordLoginFailure(account: test.app.loginAccount(username), now: TestApp.now, policy: policy)
        }
    }

    struct AuditRow: Hashable {
        let user: UUID?
        let child: UUID?
        let entry: UUID?
    }

    func auditRows(_ action: AuditAction) async throws -> [AuditRow] {
        try await test.store.sql.select().columns("user_id", "child_id", "entry_id").from("audit_log")
            .where("action", .equal, action.rawValue).orderBy("seq").all().map { row in
                AuditRow(user: try row.decode(column: "user_id", as: UUID?.self), child: try row.decode(column: "child_id", as: UUID?.self),
                         entry: try row.decode(column: "entry_id", as: UUID?.self))
            }
    }

    func first(_ pattern: String, in text: String) -> String? {
        let regex = try! NSRegularExpression(pattern: pattern)
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    /// The text of the page's alert.
    func alert(_ response: XCTHTTPResponse) -> String {
        let html = response.body.string
        guard let start = html.range(of: #"role="alert">"#), let end = html.range(of: "</p>", range: start.upperBound..<html.endIndex) else { return "" }
        return String(html[start.upperBound..<end.lowerBound])
    }
}
