import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb
import SporSecurity

final class LoginSecurityTests: XCTestCase {
    var test: TestApp!
    var browser: Browser!

    override func setUp() async throws {
        test = try await TestApp()
        browser = Browser(test.app)
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    // MARK: Throttling and lockout

    func testTwentyWrongPasswordsAreThrottledThenLockTheUsernameUntilTheLockoutEnds() async throws {
        // Given twenty wrong passwords in a row, each tried again after the wait it is told
        try await browser.get("/login")
        for attempt in 1...20 {
            var response = try await browser.post("/login", ["username": "caseworker", "password": "wrong password \(attempt)"])
            if response.status == .tooManyRequests {
                XCTAssertGreaterThan(attempt, 5, "throttled already at attempt \(attempt)")
                let wait = try XCTUnwrap(response.headers.first(name: .retryAfter).flatMap(Int.init))
                XCTAssertTrue(alert(response).contains(Strings.loginWait(.da, String(wait))), alert(response))
                test.clock.advance(by: TimeInterval(wait))
                response = try await browser.post("/login", ["username": "caseworker", "password": "wrong password \(attempt)"])
            } else {
                XCTAssertLessThanOrEqual(attempt, 5, "not throttled at attempt \(attempt)")
            }
            XCTAssertEqual(response.status, .unauthorized, "attempt \(attempt)")
            if attempt < 20 {
                XCTAssertTrue(alert(response).hasPrefix(Strings.loginFailed(.da)), alert(response))
            } else {
                XCTAssertTrue(alert(response).hasPrefix(lockedPrefix), alert(response))
            }
        }

        // When the right password comes during the lockout, it is refused all the same
        test.clock.advance(by: 14 * 60)
        let refused = try await browser.post("/login", ["username": "caseworker", "password": test.password])
        XCTAssertEqual(refused.status, .tooManyRequests)
        XCTAssertTrue(alert(refused).hasPrefix(lockedPrefix), alert(refused))
        XCTAssertNil(refused.headers.first(name: .location))

        // Then after the lockout the right password logs in and the count starts again
        test.clock.advance(by: 60)
        let right = try await browser.post("/login", ["username": "caseworker", "password": test.password])
        XCTAssertEqual(right.status, .seeOther)
        XCTAssertEqual(right.headers.first(name: .location), "/tray")
        try await browser.get("/children")
        try await browser.post("/logout", [:])
        try await browser.get("/login")
        let wrongOnce = try await browser.post("/login", ["username": "caseworker", "password": "wrong again"])
        XCTAssertEqual(wrongOnce.status, .unauthorized)
        XCTAssertEqual(alert(wrongOnce), Strings.loginFailed(.da))
    }

    func testAnUnknownUsernameIsAnsweredLikeAKnownOne() async throws {
        let other = Browser(test.app)
        try await browser.get("/login")
        try await other.get("/login")
        for attempt in 1...7 {
            let known = try await browser.post("/login", ["username": "caseworker", "password": "wrong \(attempt)"])
            let unknown = try await other.post("/login", ["username": "nobody-here", "password": "wrong \(attempt)"])
            XCTAssertEqual(known.status, unknown.status, "attempt \(attempt)")
            XCTAssertEqual(alert(known), alert(unknown), "attempt \(attempt)")
            XCTAssertEqual(known.headers.first(name: .retryAfter), unknown.headers.first(name: .retryAfter))
        }
    }

    // MARK: Idle timeout

    func testASessionUnusedForThirtyMinutesEndsWithANotice() async throws {
        // Given a logged-in caseworker who keeps using Spor
        _ = try await browser.login("caseworker", password: test.password)
        for _ in 1...3 {
            test.clock.advance(by: 29 * 60)
            let page = try await browser.get("/children")
            XCTAssertEqual(page.status, .ok)
        }
        // When thirty minutes pass without a request
        test.clock.advance(by: 30 * 60 + 1)
        let expired = try await browser.get("/children")
        // Then the next request goes to the login page, which says why
        XCTAssertEqual(expired.status, .seeOther)
        XCTAssertEqual(expired.headers.first(name: .location), "/login")
        let login = try await browser.get("/login")
        XCTAssertTrue(login.body.string.contains(Strings.sessionExpired(.da, "30")))
        XCTAssertTrue(login.body.string.contains(#"id="username""#))
        let after = try await browser.get("/children")
        XCTAssertEqual(after.headers.first(name: .location), "/login")
    }

    func testAfterThirtyIdleMinutesTheLoginPageShowsTheNoticeAndLogsInAgain() async throws {
        _ = try await browser.login("caseworker", password: test.password)
        test.clock.advance(by: 31 * 60)
        let login = try await browser.get("/login")
        XCTAssertEqual(login.status, .ok)
        XCTAssertTrue(login.body.string.contains(Strings.sessionExpired(.da, "30")))
        let again = try await browser.post("/login", ["username": "caseworker", "password": test.password])
        XCTAssertEqual(again.headers.first(name: .location), "/tray")
    }

    // MARK: Two-step login

    func testTwoStepLoginAsksForTheCodeAfterThePassword() async throws {
        // Given a caseworker who turns on two-step login
        _ = try await browser.login("caseworker", password: test.password)
        let enrol = try await browser.get("/account/totp")
        XCTAssertEqual(enrol.status, .ok)
        let totp = try XCTUnwrap(secret(in: enrol.body.string))
        XCTAssertTrue(enrol.body.string.contains("otpauth://totp/Spor%3Acaseworker?secret=\(totp.base32)"))
        let mistyped = try await browser.post("/account/totp", ["code": wrongCode(totp)])
        XCTAssertEqual(mistyped.status, .unprocessableEntity)
        XCTAssertTrue(mistyped.body.string.contains(Strings.totpCodeWrong(.da)))
        let confirmed = try await browser.post("/account/totp", ["code": totp.code(at: test.clock.now)])
        XCTAssertEqual(confirmed.status, .seeOther)
        let on = try await browser.get("/account/totp")
        XCTAssertTrue(on.body.string.contains(#"id="totp-on""#))
        XCTAssertTrue(on.body.string.contains(Strings.totpEnabledNotice(.da)))
        try await browser.post("/logout", [:])
        test.clock.advance(by: 60)

        // When they log in again, the password alone does not log them in
        let password = try await browser.login("caseworker", password: test.password)
        XCTAssertEqual(password.status, .seeOther)
        XCTAssertEqual(password.headers.first(name: .location), "/login/totp")
        let notYet = try await browser.get("/children")
        XCTAssertEqual(notYet.headers.first(name: .location), "/login")
        let step = try await browser.get("/login/totp")
        XCTAssertEqual(step.status, .ok)
        XCTAssertTrue(step.body.string.contains(#"autocomplete="off""#))

        // Then a wrong code is refused and the right one logs in
        let wrong = try await browser.post("/login/totp", ["code": wrongCode(totp)])
        XCTAssertEqual(wrong.status, .unauthorized)
        XCTAssertEqual(alert(wrong), Strings.loginCodeWrong(.da))
        let code = totp.code(at: test.clock.now)
        let right = try await browser.post("/login/totp", ["code": code])
        XCTAssertEqual(right.status, .seeOther)
        XCTAssertEqual(right.headers.first(name: .location), "/tray")
        let home = try await browser.get("/children")
        XCTAssertEqual(home.status, .ok)

        // And the same code does not log in a second time
        try await browser.post("/logout", [:])
        _ = try await browser.login("caseworker", password: test.password)
        try await browser.get("/login/totp")
        let replayed = try await browser.post("/login/totp", ["code": code])
        XCTAssertEqual(replayed.status, .unauthorized)
    }

    func testTheCodeStepTimesOut() async throws {
        let totp = SporSecurity.TOTP.random()
        try await test.store.enableTOTP(user: test.users[.caseworker]!.id, totp: totp, confirmedStep: 0, now: test.clock.now)
        _ = try await browser.login("caseworker", password: test.password)
        test.clock.advance(by: 6 * 60)
        let late = try await browser.get("/login/totp")
        XCTAssertEqual(late.headers.first(name: .location), "/login")
        let login = try await browser.get("/login")
        XCTAssertTrue(login.body.string.contains(Strings.loginCodeExpired(.da)))
    }

    // MARK: TLS

    func testOverTLSTheResponseCarriesHSTSAndASecureCookie() async throws {
        let secure = try await browser.get("/login", headers: ["X-Forwarded-Proto": "https"])
        XCTAssertEqual(secure.headers.first(name: "Strict-Transport-Security"), "max-age=31536000; includeSubDomains")
        let cookie = try XCTUnwrap(secure.headers[.setCookie].first { $0.hasPrefix("spor_session=") })
        XCTAssertTrue(cookie.contains("Secure"), cookie)
        XCTAssertTrue(cookie.contains("HttpOnly"), cookie)

        let plain = try await Browser(test.app).get("/login")
        XCTAssertNil(plain.headers.first(name: "Strict-Transport-Security"))
        let plainCookie = try XCTUnwrap(plain.headers[.setCookie].first { $0.hasPrefix("spor_session=") })
        XCTAssertFalse(plainCookie.contains("Secure"), plainCookie)
    }

    // MARK: Helpers

    private var lockedPrefix: String { String(Strings.loginLocked(.da, "15").prefix { $0 != "{" }) }

    /// The text of the page's alert, unescaped enough for the catalog's texts.
    private func alert(_ response: XCTHTTPResponse) -> String {
        let html = response.body.string
        guard let start = html.range(of: #"role="alert">"#), let end = html.range(of: "</p>", range: start.upperBound..<html.endIndex) else { return "" }
        return String(html[start.upperBound..<end.lowerBound])
    }

    private func secret(in html: String) -> SporSecurity.TOTP? {
        guard let start = html.range(of: #"id="totp-secret">"#), let end = html.range(of: "<", range: start.upperBound..<html.endIndex) else { return nil }
        return SporSecurity.TOTP(base32: String(html[start.upperBound..<end.lowerBound]))
    }

    /// Six digits that are no code of now or the steps either side.
    private func wrongCode(_ totp: SporSecurity.TOTP) -> String {
        var candidate = 0
        while totp.step(matching: String(format: "%06d", candidate), at: test.clock.now) != nil { candidate += 1 }
        return String(format: "%06d", candidate)
    }
}
