import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
@testable import SporStore
@testable import SporWeb

/// Text from a request is checked once, before any handler: NUL and control characters, broken UTF-8 and JSON that
/// names a key twice are refused with a message, never changed silently. Runs on PostgreSQL too (`scripts/test` step
/// b), where a NUL that reached SQL used to answer 500.
final class InputTextTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    /// Posts a form body exactly as given (already percent-encoded).
    func postRaw(_ browser: Browser, _ path: String, _ body: String) async throws -> XCTHTTPResponse {
        let token = browser.csrf.map { "csrf=" + $0.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! + "&" } ?? ""
        return try await browser.send(.POST, path, headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                      body: ByteBuffer(string: token + body))
    }

    func testANulByteAnywhereIsRefusedBeforeItReachesTheDatabase() async throws {
        let engine = ProcessInfo.processInfo.environment["SPOR_TEST_DATABASE"] == "postgres" ? "postgresql" : "sqlite"
        XCTAssertEqual(test.store.sql.dialect.name, engine, "the engine the run asked for")
        // Before login: the username of the login form.
        let anonymous = Browser(test.app)
        try await anonymous.get("/login")
        let login = try await postRaw(anonymous, "/login", "username=case%00worker&password=x")
        XCTAssertEqual(login.status, .badRequest)
        XCTAssertTrue(login.body.string.contains(Strings.errorInputText(.controlCharacter)(.da)))
        let portal = Browser(test.app)
        try await portal.get("/portal/login")
        let response1 = try await postRaw(portal, "/portal/login", "username=ung%00&password=x")
        XCTAssertEqual(response1.status, .badRequest)

        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        try await browser.get("/children")
        let before = try await test.store.timeline(child: test.child.id).entries.count
        let cases: [(String, String)] = [
            ("/children/\(test.child.id)/notes", "text=Et%00notat&occurredAt=2026-11-26T09:00"),
            ("/children/\(test.child.id)/notes", "text=Et%01notat&occurredAt=2026-11-26T09:00"),
            ("/children/\(test.child.id)/notes", "text=Et%C3notat&occurredAt=2026-11-26T09:00"),   // half a character
            ("/children/\(test.child.id)/notes", "text=Et%C2%85notat&occurredAt=2026-11-26T09:00"), // NEL, a C1 control
            ("/children", "cpr=010120-4322&givenName=Ka%00rla&familyName=Testesen&district=Omr%C3%A5de+Grenaa"),
            ("/search", "q=Al%00ma"),
            ("/account/tokens", "name=t%00"),
            ("/consultations", "question=Sp%00rgsm%C3%A5l&advice=R%C3%A5d&occurredAt=2026-11-26T09:00"),
        ]
        for (path, body) in cases {
            let response = try await postRaw(browser, path, body)
            XCTAssertEqual(response.status, .badRequest, "\(path) \(body)")
        }
        for query in ["/search?q=Al%00ma", "/search?q=%FF", "/children/\(test.child.id)%00"] {
            let response2 = try await browser.get(query)
            XCTAssertEqual(response2.status, .badRequest, query)
        }
        let after = try await test.store.timeline(child: test.child.id).entries.count
        XCTAssertEqual(after, before, "nothing saved")
        // Access comes first: a route the user may not use answers that, whatever the text.
        let refused = try await browser.get("/policy/indicators/child%00heard")
        XCTAssertEqual(refused.status, .forbidden)
        // Tab and line breaks are text.
        let note = try await postRaw(browser, "/children/\(test.child.id)/notes", "text=Linje+1%0D%0ALinje%092&occurredAt=2026-11-26T09:00")
        XCTAssertEqual(note.status, .seeOther)
    }

    func testJSONWithAKeyTwiceOrANulIsRefused() async throws {
        let token = try await test.store.createApiToken(user: test.users[.caseworker]!.id, name: "json", now: TestApp.now)
        var headers: HTTPHeaders = ["Authorization": "Bearer \(token)"]
        headers.contentType = .json
        let browser = Browser(test.app)
        let path = "/api/v1/children/\(test.child.id)/entries"
        let before = try await test.store.timeline(child: test.child.id).entries.count
        for body in [#"{"kind":"journalNote","text":"Notat","kind":"caseClosed","reason":"x"}"#,
                     #"{"kind":"journalNote","text":"Et\u0000notat"}"#,
                     #"{"kind":"journalNote","text":"\ud800"}"#,
                     #"{"kind":"journalNote","text":"x"} trailing"#] {
            let response = try await browser.send(.POST, path, headers: headers, body: ByteBuffer(string: body))
            XCTAssertEqual(response.status, .badRequest, body)
        }
        let duplicate = try await browser.send(.POST, path, headers: headers,
                                               body: ByteBuffer(string: #"{"kind":"journalNote","kind":"caseClosed"}"#))
        XCTAssertTrue(duplicate.body.string.contains(Strings.errorInputText(.duplicateKey)(.en)) ||
                      duplicate.body.string.contains(Strings.errorInputText(.duplicateKey)(.da)), duplicate.body.string)
        let after = try await test.store.timeline(child: test.child.id).entries.count
        XCTAssertEqual(after, before)
        let response3 = try await test.store.summary(child: test.child.id)
        XCTAssertEqual(response3?.isOpen, true)
        // A well-formed body still goes through, escapes and all.
        let fine = try await browser.send(.POST, path, headers: headers,
                                          body: ByteBuffer(string: #"{"kind":"journalNote","text":"S\u00f8ster \ud83d\ude00\nny linje"}"#))
        XCTAssertEqual(fine.status, .created, fine.body.string)
    }

    func testTheLanguageSwitchReturnsOnlyToAPathOnThisSite() async throws {
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        try await browser.get("/children")
        for (sent, expected) in [("/children", "/children"), ("/%5Cevil.example", "/"), ("//evil.example", "/"),
                                 ("https://evil.example", "/"), ("/a%5Cb", "/")] {
            let response = try await postRaw(browser, "/language", "lang=en&return=\(sent)")
            XCTAssertEqual(response.headers.first(name: .location), expected, sent)
        }
        let injected = try await postRaw(browser, "/language", "lang=en&return=/children%0D%0ASet-Cookie:+x=1")
        XCTAssertEqual(injected.headers.first(name: .location), "/")
        XCTAssertNil(injected.headers.first(name: "x"))
        XCTAssertFalse(injected.headers[.setCookie].contains { $0.hasPrefix("x=1") })
        XCTAssertFalse(LanguageController.isLocalPath("/\\evil.example"))
        XCTAssertFalse(LanguageController.isLocalPath("/ok\r\nX: y"))
        XCTAssertTrue(LanguageController.isLocalPath("/policy?period=2025"))
    }

    func testMethodsSporDoesNotAnswerAre405() async throws {
        for method: HTTPMethod in [.TRACE, .PUT, .DELETE, .PATCH, .OPTIONS] {
            let response = try await Browser(test.app).send(method, "/login", headers: [:], body: nil)
            XCTAssertEqual(response.status, .methodNotAllowed, "\(method)")
            XCTAssertEqual(response.headers.first(name: .allow), "GET, HEAD, POST")
        }
    }

    func testTheCheckerItself() throws {
        XCTAssertNoThrow(try InputText.checkJSON(Array(#"{"a":[1,2.5e3,-1,true,false,null,{"b":"c"}],"d":{}}"#.utf8)))
        XCTAssertThrowsError(try InputText.checkJSON(Array(#"{"a":{"b":1,"b":2}}"#.utf8)))
        XCTAssertNoThrow(try InputText.checkJSON(Array(#"[{"b":1},{"b":2}]"#.utf8)), "the same key in two objects is fine")
        XCTAssertThrowsError(try InputText.checkJSON(Array(String(repeating: "[", count: 100).utf8)))
        XCTAssertThrowsError(try InputText.checkJSON([0x22, 0xC3, 0x22]))
        XCTAssertNoThrow(try InputText.checkURLEncoded(Array("a=%C3%B8&b=c+d".utf8), plusIsSpace: true))
        XCTAssertThrowsError(try InputText.checkURLEncoded(Array("a=%7F".utf8), plusIsSpace: true))
    }
}
