import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

final class WebTests: XCTestCase {
    var test: TestApp!
    var browser: Browser!

    override func setUp() async throws {
        test = try await TestApp()
        browser = Browser(test.app)
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func testHealthz() async throws {
        let response = try await browser.get("/healthz")
        XCTAssertEqual(response.status, .ok)
        XCTAssertTrue(response.body.string.contains("ok"))
    }

    func testEachRoleLandsOnItsHomePage() async throws {
        for role in Role.allCases {
            let browser = Browser(test.app)
            let login = try await browser.login(role.rawValue, password: test.password)
            XCTAssertEqual(login.status, .seeOther, role.rawValue)
            let home = login.headers.first(name: .location)
            XCTAssertEqual(home, Authorization.home(role).path)
            let page = try await browser.get(home!)
            XCTAssertEqual(page.status, .ok, role.rawValue)
            XCTAssertTrue(page.body.string.contains("<h1>"), role.rawValue)
            XCTAssertTrue(page.body.string.contains(#"id="logout-form""#), role.rawValue)
        }
    }

    func testWrongPasswordIsRefusedAndTheSessionIdChangesAtLogin() async throws {
        let wrong = try await browser.login("caseworker", password: "not the password")
        XCTAssertEqual(wrong.status, .unauthorized)
        XCTAssertTrue(wrong.body.string.contains(Strings.loginFailed(.da)))
        let before = browser.cookies["spor_session"]
        XCTAssertNotNil(before)
        let right = try await browser.post("/login", ["username": "caseworker", "password": test.password])
        XCTAssertEqual(right.status, .seeOther)
        XCTAssertNotEqual(browser.cookies["spor_session"], before)
    }

    func testCaseworkerSeesTheirChildrenAndTheChildPage() async throws {
        _ = try await browser.login("caseworker", password: test.password)
        let list = try await browser.get("/children")
        XCTAssertTrue(list.body.string.contains("Alma Testesen"))
        XCTAssertFalse(list.body.string.contains("Bo Prøvesen"))
        let page = try await browser.get("/children/\(test.child.id)")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("150315-xxxx"))
        XCTAssertFalse(page.body.string.contains("150315-4321"))
        XCTAssertTrue(page.body.string.contains(#"id="timeline""#))
    }

    func testViewingAChildIsAuditedAndTheTeamLeadSeesWhoLooked() async throws {
        _ = try await browser.login("caseworker", password: test.password)
        try await browser.get("/children/\(test.child.id)")
        let log = try await test.store.accessLog(child: test.child.id)
        XCTAssertTrue(log.contains { $0.action == .viewChild && $0.user == test.users[.caseworker]!.id })

        let lead = Browser(test.app)
        _ = try await lead.login("teamlead", password: test.password)
        let page = try await lead.get("/children/\(test.child.id)/access-log")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("Test caseworker"))
        XCTAssertTrue(page.body.string.contains(Strings.auditAction(.viewChild)(.da)))
        // A caseworker cannot read the access log.
        let denied = try await browser.get("/children/\(test.child.id)/access-log")
        XCTAssertEqual(denied.status, .forbidden)
    }

    func testAConcernAndANoteAreSavedAndShownNewestFirst() async throws {
        _ = try await browser.login("caseworker", password: test.password)
        try await browser.get("/children/\(test.child.id)")
        let saved = try await browser.post("/children/\(test.child.id)/concerns",
                                           ["level": "4", "source": "teacher", "description": "Kommer sulten i skole", "occurredAt": "2026-11-25T09:30"])
        XCTAssertEqual(saved.status, .seeOther, saved.body.string)
        try await browser.get("/children/\(test.child.id)")
        try await browser.post("/children/\(test.child.id)/notes", ["text": "Talt med mor i telefon", "occurredAt": "2026-11-26T09:00"])
        let page = try await browser.get("/children/\(test.child.id)")
        let html = page.body.string
        XCTAssertTrue(html.contains(Strings.saved(.da)))
        let note = try XCTUnwrap(html.range(of: "Talt med mor i telefon"))
        let concern = try XCTUnwrap(html.range(of: "Kommer sulten i skole"))
        XCTAssertLessThan(note.lowerBound, concern.lowerBound)
        let summary = try await test.store.summary(child: test.child.id)
        XCTAssertEqual(summary?.concernLevel, .atRisk)
    }

    func testBadInputGetsAClearErrorKeepsTheTextAndSavesNothing() async throws {
        _ = try await browser.login("caseworker", password: test.password)
        try await browser.get("/children/\(test.child.id)")
        let before = try await test.store.timeline(child: test.child.id).entries.count

        let future = try await browser.post("/children/\(test.child.id)/concerns",
                                            ["level": "3", "source": "teacher", "description": "Min lange beskrivelse", "occurredAt": "2026-12-24T10:00"])
        XCTAssertEqual(future.status, .unprocessableEntity)
        XCTAssertTrue(future.body.string.contains(Strings.error(.occurredInFuture)(.da)))
        XCTAssertTrue(future.body.string.contains("Min lange beskrivelse"))

        let empty = try await browser.post("/children/\(test.child.id)/notes", ["text": "   ", "occurredAt": "2026-11-26T09:00"])
        XCTAssertEqual(empty.status, .unprocessableEntity)
        XCTAssertTrue(empty.body.string.contains(Strings.error(.textMissing)(.da)))

        let badDate = try await browser.post("/children/\(test.child.id)/notes", ["text": "Tekst", "occurredAt": "i går"])
        XCTAssertEqual(badDate.status, .unprocessableEntity)

        let noToken = try await browser.post("/children/\(test.child.id)/notes", ["text": "Uden token", "occurredAt": "2026-11-26T09:00"], csrf: false)
        XCTAssertEqual(noToken.status, .forbidden)
        XCTAssertTrue(noToken.body.string.contains(Strings.errorCSRF(.da)))

        let tenMegabytes = "csrf=\(browser.csrf!.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&occurredAt=2026-11-26T09%3A00&text=" + String(repeating: "x", count: 10_000_000)
        let huge = try await browser.send(.POST, "/children/\(test.child.id)/notes", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                          body: ByteBuffer(string: tenMegabytes))
        XCTAssertEqual(huge.status, .payloadTooLarge)
        XCTAssertTrue(huge.body.string.contains(Strings.errorTooLarge(.da)))

        let after = try await test.store.timeline(child: test.child.id).entries.count
        XCTAssertEqual(after, before)
    }

    func testACorrectionKeepsTheOriginalVisible() async throws {
        _ = try await browser.login("caseworker", password: test.password)
        try await browser.get("/children/\(test.child.id)")
        try await browser.post("/children/\(test.child.id)/notes", ["text": "Far mødte op", "occurredAt": "2026-11-26T08:00"])
        let note = try await test.store.timeline(child: test.child.id).items.last { $0.entry.kind == .journalNote }!.entry
        try await browser.get("/children/\(test.child.id)")
        let corrected = try await browser.post("/children/\(test.child.id)/entries/\(note.id)/correct",
                                               ["reason": "Det var morfar", "text": "Morfar mødte op"])
        XCTAssertEqual(corrected.status, .seeOther)
        let html = try await browser.get("/children/\(test.child.id)").body.string
        XCTAssertTrue(html.contains("Far mødte op"))
        XCTAssertTrue(html.contains("Morfar mødte op"))
        XCTAssertTrue(html.contains("Det var morfar"))
        XCTAssertTrue(html.contains(Strings.correctedMark(.da)))
    }

    func testRolesOutsideTheCaseCannotOpenIt() async throws {
        for role in [Role.professional, .policy, .admin, .outreach] {
            let browser = Browser(test.app)
            _ = try await browser.login(role.rawValue, password: test.password)
            let page = try await browser.get("/children/\(test.child.id)")
            XCTAssertEqual(page.status, .forbidden, role.rawValue)
            XCTAssertFalse(page.body.string.contains("Alma"), role.rawValue)
        }
        // A caseworker cannot open another team's child.
        _ = try await browser.login("caseworker", password: test.password)
        let other = try await browser.get("/children/\(test.otherChild.id)")
        XCTAssertEqual(other.status, .forbidden)
        XCTAssertTrue(other.body.string.contains(Strings.errorChildOutOfScope(.da)))
        // Without logging in, the login page.
        let anonymous = try await Browser(test.app).get("/children/\(test.child.id)")
        XCTAssertEqual(anonymous.headers.first(name: .location), "/login")
    }

    func testRegisteringAChildRefusesAnImpossibleCPRAndAnEmptyName() async throws {
        _ = try await browser.login("caseworker", password: test.password)
        try await browser.get("/children/new")
        let before = try await test.store.search("Testesen").count

        let february = try await browser.post("/children", ["cpr": "310299-1234", "givenName": "Karla", "familyName": "Testesen", "district": "Område Grenaa"])
        XCTAssertEqual(february.status, .unprocessableEntity)
        XCTAssertTrue(february.body.string.contains(Strings.error(.cprDate)(.da)))
        XCTAssertTrue(february.body.string.contains("Karla"), "the typed name is kept")

        let noName = try await browser.post("/children", ["cpr": "010120-4322", "givenName": " ", "familyName": "Testesen", "district": "Område Grenaa"])
        XCTAssertEqual(noName.status, .unprocessableEntity)
        XCTAssertTrue(noName.body.string.contains(Strings.error(.nameMissing)(.da)))

        let twice = try await browser.post("/children", ["cpr": "150315-4321", "givenName": "Alma", "familyName": "Testesen", "district": "Område Grenaa"])
        XCTAssertEqual(twice.status, .unprocessableEntity)
        XCTAssertTrue(twice.body.string.contains(Strings.error(.cprAlreadyRegistered)(.da)))
        let after = try await test.store.search("Testesen").count
        XCTAssertEqual(after, before)

        let saved = try await browser.post("/children", ["cpr": "010120-4322", "givenName": "Karla", "familyName": "Testesen", "district": "Område Grenaa"])
        XCTAssertEqual(saved.status, .seeOther)
        let mine = try await browser.get("/children")
        XCTAssertTrue(mine.body.string.contains("Karla Testesen"))
    }

    func testTextTypedByAUserNeverBecomesMarkup() async throws {
        _ = try await browser.login("caseworker", password: test.password)
        let attack = #""><b id="injected">x</b>"#
        let search = try await browser.get("/search?q=" + attack.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        XCTAssertFalse(search.body.string.contains(#"<b id="injected">"#))
        XCTAssertTrue(search.body.string.contains("&quot;&gt;&lt;b id=&quot;injected&quot;&gt;"))
        try await browser.get("/children/new")
        let registration = try await browser.post("/children", ["cpr": attack, "givenName": attack, "familyName": "x", "district": "Område Grenaa"])
        XCTAssertEqual(registration.status, .unprocessableEntity)
        XCTAssertFalse(registration.body.string.contains(#"<b id="injected">"#))
    }

    func testSearchByNameAndCPR() async throws {
        _ = try await browser.login("caseworker", password: test.password)
        let byName = try await browser.get("/search?q=alma")
        XCTAssertTrue(byName.body.string.contains("Alma Testesen"))
        let byCPR = try await browser.post("/search", ["q": "010412-4322"])
        XCTAssertTrue(byCPR.body.string.contains("Bo Prøvesen"))
        let none = try await browser.get("/search?q=zzzz")
        XCTAssertTrue(none.body.string.contains(Strings.searchNoResults(.da)))
    }

    func testTheLanguageSwitchIsRememberedForTheUser() async throws {
        _ = try await browser.login("caseworker", password: test.password)
        let danish = try await browser.get("/children")
        XCTAssertTrue(danish.body.string.contains(#"<html lang="da">"#))
        try await browser.post("/language", ["lang": "en", "return": "/children"])
        let english = try await browser.get("/children")
        XCTAssertTrue(english.body.string.contains(#"<html lang="en">"#))
        XCTAssertTrue(english.body.string.contains(Strings.myChildrenTitle(.en)))
        let user = try await test.store.user(username: "caseworker")
        XCTAssertEqual(user?.language, "en")
    }

    func testTheApiNeedsATokenAndSpeaksJSON() async throws {
        let anonymous = try await browser.get("/api/v1/children")
        XCTAssertEqual(anonymous.status, .unauthorized)
        let token = try await test.store.createApiToken(user: test.users[.caseworker]!.id, name: "test", now: TestApp.now)
        let auth: HTTPHeaders = ["Authorization": "Bearer \(token)"]
        let list = try await browser.get("/api/v1/children", headers: auth)
        XCTAssertEqual(list.status, .ok)
        let children = try JSONDecoder().decode([[String: AnyDecodable]].self, from: Data(list.body.string.utf8))
        XCTAssertEqual(children.count, 1)

        var headers = auth
        headers.contentType = .json
        let created = try await browser.send(.POST, "/api/v1/children/\(test.child.id)/entries", headers: headers,
                                             body: ByteBuffer(string: #"{"kind":"journalNote","text":"Via API"}"#))
        XCTAssertEqual(created.status, .created)
        let refused = try await browser.send(.POST, "/api/v1/children/\(test.child.id)/entries", headers: headers,
                                             body: ByteBuffer(string: #"{"kind":"journalNote","text":""}"#))
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains("textMissing"))
        let entries = try await browser.get("/api/v1/children/\(test.child.id)/entries", headers: auth)
        XCTAssertTrue(entries.body.string.contains("Via API"))
        let other = try await browser.get("/api/v1/children/\(test.otherChild.id)", headers: auth)
        XCTAssertEqual(other.status, .forbidden)
    }

    func testTheOpenAPIDocumentDescribesEveryApiRoute() async throws {
        let response = try await browser.get("/api/openapi.json")
        let document = try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as! [String: Any]
        XCTAssertEqual((document["openapi"] as? String)?.hasPrefix("3."), true)
        let paths = document["paths"] as! [String: [String: Any]]
        for route in test.app.routes.all where route.path.first?.description == "api" && route.path.count > 2 {
            let path = "/" + route.path.map { component -> String in
                if case .parameter(let name) = component { return "{\(name)}" }
                return component.description
            }.joined(separator: "/")
            XCTAssertNotNil(paths[path]?[route.method.rawValue.lowercased()], "\(route.method) \(path) is not in the OpenAPI document")
        }
        // Every entry kind the journal knows is in the document's enum.
        let schemas = (document["components"] as! [String: Any])["schemas"] as! [String: [String: Any]]
        let kinds = Set(schemas["EntryKind"]?["enum"] as? [String] ?? [])
        XCTAssertEqual(kinds, Set(EntryKind.allCases.map(\.rawValue)))
    }

    func testPolicyStaffSeeOnlyAggregatesWithSmallCountsSuppressed() async throws {
        _ = try await browser.login("policy", password: test.password)
        let page = try await browser.get("/policy")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("&lt;5"))
        XCTAssertFalse(page.body.string.contains("Alma"))
    }
}

struct AnyDecodable: Decodable {
    init(from decoder: any Decoder) throws {}
}
