import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// Text that would be markup if a page wrote it as it is: in a child's name, a note, an offer, a user's name and
/// every form field sent back. Every page of the application, as every role, must show it as text.
final class HostileTextTests: XCTestCase {
    var test: TestApp!
    /// Closes any attribute (both quotes) and opens an element; a meta refresh for the page head.
    static let markup = #"x"'><i id=pwn><meta http-equiv="refresh" content="0;url=https://evil.example/">"#
    static let written = ["<i id=pwn>", "<meta http-equiv"]

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func testHostileTextIsShownAsTextOnEveryPageForEveryRole() async throws {
        let markup = Self.markup
        let child = try Child(municipality: 707, cpr: try CPR("020614-4328"), givenName: markup, familyName: markup, district: "Område Grenaa")
        try await test.store.register(child, cpr: try CPR("020614-4328"), by: test.users[.caseworker]!.id, now: TestApp.now)
        try await test.store.append(test.assignment(child.id, test.users[.caseworker]!.id), now: TestApp.now)
        let note = Entry(municipality: 707, child: child.id, payload: .journalNote(JournalNote(text: markup)),
                         occurredAt: TestApp.now.addingTimeInterval(-3600), recordedAt: TestApp.now.addingTimeInterval(-3600),
                         author: test.users[.caseworker]!.id)
        try await test.store.append(note, now: TestApp.now)
        try await test.store.append(Entry(municipality: 707, child: child.id,
                                          payload: .concern(Concern(level: .vulnerable, source: .teacher, description: markup)),
                                          occurredAt: TestApp.now.addingTimeInterval(-1800), recordedAt: TestApp.now.addingTimeInterval(-1800),
                                          author: test.users[.caseworker]!.id), now: TestApp.now)
        // One without a caseworker, on the work tray's unassigned list (with its pickers named after the child).
        let unowned = try Child(municipality: 707, cpr: try CPR("030614-4326"), givenName: markup, familyName: markup, district: "Område Grenaa")
        try await test.store.register(unowned, cpr: try CPR("030614-4326"), by: test.users[.teamLead]!.id, now: TestApp.now)
        try await test.store.append(Entry(municipality: 707, child: unowned.id,
                                          payload: .notification(Notification(notifierKind: .anonymous, description: markup)),
                                          occurredAt: TestApp.now.addingTimeInterval(-900), recordedAt: TestApp.now.addingTimeInterval(-900),
                                          author: test.users[.caseworker]!.id), now: TestApp.now)
        var offers = try await test.store.offerCatalogue().offers
        offers[0].name = markup
        let offer = offers[0]
        try await test.store.saveOfferCatalogue(try OfferCatalogue(offers: offers), by: test.users[.admin]!.id, now: TestApp.now)

        let values: [String: [String]] = [
            "childID": [child.id.uuidString], "entryID": [note.id.uuidString], "indicatorID": ["child-heard"],
            "offerID": [offer.id], "year": ["2026"], "format": ["html", "md"],
            "step": CourseStep.allCases.map(\.rawValue),
            "initiativeID": [try await test.store.policyContent().initiatives[0].id.rawValue],
        ]
        // Every field name a form of the application reads, each holding the markup: a refused form shows what was typed.
        let fieldNames = ["name", "givenName", "familyName", "cpr", "birthDate", "district", "institution", "text", "description",
                          "reason", "level", "source", "occurredAt", "title", "year", "half", "deadline", "kind", "notifier", "caseworker",
                          "q", "return", "targetGroup", "purpose", "worries", "working", "needs", "action0What", "section-0-title",
                          "section-0-body", "status", "note", "username", "password", "code", "safetyScale",
                          "channel", "notifierKind", "profession", "notifierName", "notifierContact", "receivedAt", "receivedAtShown",
                          "concernsAbuse", "returnTo", "switch"]
        let form = Dictionary(uniqueKeysWithValues: fieldNames.map { ($0, markup) })

        var pages = 0
        for role in Role.allCases {
            let browser = Browser(test.app)
            _ = try await browser.login(role.rawValue, password: test.password)
            for route in test.app.routes.all where !route.path.description.hasPrefix("api") {
                guard case .requires(let permission)? = route.access, Authorization.allows(role, permission) else { continue }
                for path in expand(route.path, values) {
                    try await browser.get(Authorization.home(role).path) // a form token
                    let response = route.method == .POST ? try await browser.post(path, form) : try await browser.get(path)
                    pages += 1
                    let what = "\(role.rawValue) \(route.method) \(path) → \(response.status.code)"
                    XCTAssertLessThan(response.status.code, 500, what)
                    if response.headers.contentType == .json {
                        continue // JSON, sent as JSON (and `nosniff`): the markup is a string in it, not a page
                    }
                    if response.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true {
                        continue // a file to save (the export's ZIP), never shown as a page
                    }
                    for written in Self.written {
                        XCTAssertFalse(response.body.string.contains(written), "\(what) writes the markup")
                    }
                }
            }
        }
        XCTAssertGreaterThan(pages, 150)
    }

    /// A route's path with each parameter replaced by every value given for it.
    func expand(_ path: [PathComponent], _ values: [String: [String]]) -> [String] {
        path.reduce([""]) { paths, component in
            let choices: [String]
            if case .parameter(let name) = component { choices = values[name] ?? ["unknown"] } else { choices = [component.description] }
            return paths.flatMap { prefix in choices.map { "\(prefix)/\($0)" } }
        }
    }

    func testThePageTitleIsEscapedAndWrittenOnce() async throws {
        let child = try Child(municipality: 707, cpr: try CPR("020614-4328"), givenName: Self.markup, familyName: "Testesen", district: "Område Grenaa")
        try await test.store.register(child, cpr: try CPR("020614-4328"), by: test.users[.caseworker]!.id, now: TestApp.now)
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        let page = try await browser.get("/children/\(child.id)")
        XCTAssertEqual(page.status, .ok)
        let head = String(page.body.string.split(separator: "</head>")[0])
        XCTAssertEqual(head.components(separatedBy: "<title>").count, 2, head)
        XCTAssertTrue(head.contains("<title>x\"'&gt;&lt;i id=pwn&gt;"), head)
        XCTAssertFalse(head.contains("og:title"), head)
        XCTAssertFalse(head.contains("<meta http-equiv"), head)
    }
}
