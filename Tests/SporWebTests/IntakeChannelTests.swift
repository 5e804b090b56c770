import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// Every intake channel (issue 19): a caseworker registers a notification received by phone, letter, e-mail, the
/// digital form or in person, on the page or in the API; bad input is refused with a message and nothing saved; who
/// notified is read by those handling the child only; the professional's form steers level 4–5 to a notification.
final class IntakeChannelTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func caseworker() async throws -> Browser {
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        return browser
    }

    /// A phoned-in anonymous notification, received half an hour ago.
    static let phonedIn = ["cpr": "150315-4321", "channel": "phone", "notifierKind": "anonymous", "receivedAt": "2026-11-26T09:30",
                           "description": "En anonym nabo ringer: barnet er alene hjemme om aftenen", "concernsAbuse": "no"]

    func notifications() async throws -> [Entry] {
        try await test.store.timeline(child: test.child.id).entries.filter { $0.kind == .notification }
    }

    func testACaseworkerRegistersAPhonedInAnonymousNotificationAndItsDeadlinesRunFromReceipt() async throws {
        let browser = try await caseworker()
        let queue = try await browser.get("/intake")
        XCTAssertTrue(queue.body.string.contains(#"href="/intake/new?returnTo=/intake""#))
        let page = try await browser.get("/intake/new?returnTo=/intake")
        XCTAssertEqual(page.status, .ok)
        // The legal question and the facts start unanswered; the time received is offered as now.
        XCTAssertFalse(page.body.string.contains("checked"))
        XCTAssertTrue(page.body.string.contains(#"value="2026-11-26T10:00""#))

        var form = Self.phonedIn
        form["returnTo"] = "/intake"
        let saved = try await browser.post("/intake/new", form)
        XCTAssertEqual(saved.status, .seeOther)
        XCTAssertEqual(saved.headers.first(name: .location), "/intake")

        let first = try await notifications().first
        let entry = try XCTUnwrap(first)
        XCTAssertEqual(entry.occurredAt, DanishTime.instant(LocalDate(year: 2026, month: 11, day: 26)!, hour: 9, minute: 30))
        XCTAssertEqual(entry.author, test.users[.caseworker]!.id)
        guard case .notification(let notification) = entry.payload else { return XCTFail() }
        XCTAssertEqual(notification.channel, .phone)
        XCTAssertEqual(notification.notifierKind, .anonymous)
        XCTAssertFalse(notification.concernsAbuse)

        let after = try await browser.get("/intake")
        XCTAssertTrue(after.body.string.contains(Strings.notificationRegistered(.da, "26.11.2026 kl. 09.30")))
        XCTAssertTrue(after.body.string.contains("Alma Testesen"))
        XCTAssertTrue(after.body.string.contains(Strings.timeLeft(.da, "23 t 30 min")))
        // An anonymous caller is owed no receipt (§ 138).
        let owed = try await test.store.openObligations(team: test.team.id, district: test.team.district).filter { $0.child == test.child.id }
        XCTAssertTrue(owed.map(\.rule).contains(DeadlineRule.urgencyAssessment.id))
        XCTAssertFalse(owed.map(\.rule).contains(DeadlineRule.receipt.id))

        // Without a way back, the caseworker lands on the child's page, where the notification is.
        let again = try await browser.get("/intake/new")
        XCTAssertEqual(again.status, .ok)
        var police = Self.phonedIn
        police["notifierKind"] = "police"
        police["channel"] = "email"
        police["notifierName"] = "Politikreds Østjylland"
        police["receivedAt"] = "2026-11-26T09:45"
        let second = try await browser.post("/intake/new", police)
        XCTAssertEqual(second.headers.first(name: .location), "/children/\(test.child.id.uuidString)")
        let owedNow = try await test.store.openObligations(team: test.team.id, district: test.team.district).map(\.rule)
        XCTAssertTrue(owedNow.contains(DeadlineRule.receipt.id), "the police have the heightened duty: a receipt is owed")
    }

    func testBadInputIsRefusedWithAMessageAndNothingIsSaved() async throws {
        let browser = try await caseworker()
        try await browser.get("/intake/new")
        let cases: [(change: [String: String], field: String, message: String)] = [
            (["receivedAt": "2026-11-27T10:00"], "receivedAt", Strings.error(.occurredInFuture)(.da)),
            (["receivedAt": "i morgen"], "receivedAt", Strings.errorReceivedInvalid(.da)),
            (["notifierKind": "neighbour"], "notifierKind", Strings.errorNotifierKindUnknown(.da)),
            (["channel": "pigeon"], "channel", Strings.errorChannelUnknown(.da)),
            (["channel": "spor"], "channel", Strings.errorChannelUnknown(.da)),
            (["concernsAbuse": ""], "concernsAbuse", Strings.errorAbuseUnanswered(.da)),
            (["notifierName": "Hans Hansen"], "notifierName", Strings.errorAnonymousNamed(.da)),
            (["notifierKind": "professional"], "profession", Strings.errorProfessionMissing(.da)),
            (["profession": "teacher"], "profession", Strings.errorProfessionNotProfessional(.da)),
            (["notifierKind": "privatePerson", "notifierContact": String(repeating: "1", count: 201)], "notifierContact", Strings.error(.textTooLong)(.da)),
            (["description": "  "], "description", Strings.error(.textMissing)(.da)),
            (["cpr": "010101-1111"], "cpr", Strings.childNotFoundByIdentifier(.da)),
            (["cpr": ""], "cpr", Strings.childIdentifierMissing(.da)),
        ]
        for (change, field, message) in cases {
            let form = Self.phonedIn.merging(change) { $1 }
            let refused = try await browser.post("/intake/new", form)
            XCTAssertEqual(refused.status, .unprocessableEntity, "\(change)")
            XCTAssertTrue(refused.body.string.contains(escapeText(message)), "\(change): \(message)")
            XCTAssertTrue(refused.body.string.contains(#"id="intake-\#(field)-error""#), "\(change) marks \(field)")
            // What was typed comes back.
            XCTAssertTrue(refused.body.string.contains("alene hjemme om aftenen") || change["description"] != nil, "\(change)")
        }
        let count = try await notifications().count
        XCTAssertEqual(count, 0)
    }

    func testOnlyThoseHandlingTheChildReadWhoNotified() async throws {
        let browser = try await caseworker()
        try await browser.get("/intake/new")
        var form = Self.phonedIn
        form["notifierKind"] = "privatePerson"
        form["notifierName"] = "Nabo Hansen"
        form["notifierContact"] = "12 34 56 78"
        let saved = try await browser.post("/intake/new", form)
        XCTAssertEqual(saved.status, .seeOther)
        let first = try await notifications().first
        let entry = try XCTUnwrap(first)

        // The caseworker and the team lead of the child's team: on the child page, in the queue and in the API.
        let childPage = try await browser.get("/children/\(test.child.id)")
        XCTAssertTrue(childPage.body.string.contains("Nabo Hansen, 12 34 56 78"))
        let queue = try await browser.get("/intake")
        XCTAssertTrue(queue.body.string.contains("Nabo Hansen"))
        XCTAssertTrue(queue.body.string.contains("12 34 56 78"))
        let lead = Browser(test.app)
        _ = try await lead.login("teamlead", password: test.password)
        let leadPage = try await lead.get("/children/\(test.child.id)")
        XCTAssertTrue(leadPage.body.string.contains("Nabo Hansen"))
        let token = try await test.store.createApiToken(user: test.users[.caseworker]!.id, name: "t", now: TestApp.now)
        let entries = try await browser.get("/api/v1/children/\(test.child.id)/entries", headers: ["Authorization": "Bearer \(token)"])
        XCTAssertTrue(entries.body.string.contains("Nabo Hansen"))

        // Not the export to the family, as a page or as JSON.
        let export = try await browser.get("/children/\(test.child.id)/export")
        XCTAssertEqual(export.status, .ok)
        XCTAssertFalse(export.body.string.contains("Nabo Hansen"))
        XCTAssertFalse(export.body.string.contains("12 34 56 78"))
        let exportJSON = try await browser.get("/children/\(test.child.id)/export.json")
        XCTAssertTrue(exportJSON.body.string.contains(entry.id.uuidString))
        XCTAssertFalse(exportJSON.body.string.contains("Nabo Hansen"))

        // Not a caseworker of another team who broke the glass: the notification, not who made it.
        let intruder = Browser(test.app)
        _ = try await intruder.login("caseworker2", password: test.password)
        try await intruder.get("/children/\(test.child.id)")
        let granted = try await intruder.post("/children/\(test.child.id)/break-glass", ["reason": "Barnets rådgiver er syg; skolen ringer"])
        XCTAssertEqual(granted.status, .seeOther)
        let glass = try await intruder.get("/children/\(test.child.id)")
        XCTAssertEqual(glass.status, .ok)
        XCTAssertTrue(glass.body.string.contains("alene hjemme om aftenen"))
        XCTAssertFalse(glass.body.string.contains("Nabo Hansen"))
        XCTAssertFalse(glass.body.string.contains("12 34 56 78"))
        let otherToken = try await test.store.createApiToken(user: test.otherCaseworker.id, name: "t", now: TestApp.now)
        let glassAPI = try await intruder.get("/api/v1/children/\(test.child.id)/entries", headers: ["Authorization": "Bearer \(otherToken)"])
        XCTAssertEqual(glassAPI.status, .ok)
        XCTAssertTrue(glassAPI.body.string.contains(entry.id.uuidString))
        XCTAssertFalse(glassAPI.body.string.contains("Nabo Hansen"))
        // Nor the other team's intake queue.
        let otherQueue = try await intruder.get("/intake")
        XCTAssertFalse(otherQueue.body.string.contains("Nabo Hansen"))
        // Nor a professional: the submissions list holds only their own.
        let teacher = Browser(test.app)
        _ = try await teacher.login("professional", password: test.password)
        let mine = try await teacher.get("/professional")
        XCTAssertFalse(mine.body.string.contains("Nabo Hansen"))
    }

    func testAProfessionalWhoNotifiedInSporIsNamedToTheHandlersAndNotToAReaderWithAStatedReason() async throws {
        let teacher = Browser(test.app)
        _ = try await teacher.login("professional", password: test.password)
        try await teacher.get("/professional")
        let sent = try await teacher.post("/professional", ["cpr": "150315-4321", "kind": "notification", "description": "Eleven har blå mærker"])
        XCTAssertEqual(sent.status, .seeOther)

        let browser = try await caseworker()
        let queue = try await browser.get("/intake")
        XCTAssertTrue(queue.body.string.contains("Fagperson · Test professional"))
        let page = try await browser.get("/children/\(test.child.id)")
        XCTAssertTrue(page.body.string.contains("Skrevet af Test professional"))

        let intruder = Browser(test.app)
        _ = try await intruder.login("caseworker2", password: test.password)
        try await intruder.get("/children/\(test.child.id)")
        _ = try await intruder.post("/children/\(test.child.id)/break-glass", ["reason": "Barnets rådgiver er syg; skolen ringer"])
        let glass = try await intruder.get("/children/\(test.child.id)")
        XCTAssertTrue(glass.body.string.contains("Eleven har blå mærker"))
        XCTAssertFalse(glass.body.string.contains("Test professional"))
    }

    func testTheAPIRegistersANotificationAndRefusesWithAMessage() async throws {
        let token = try await test.store.createApiToken(user: test.users[.caseworker]!.id, name: "t", now: TestApp.now)
        var headers: HTTPHeaders = ["Authorization": "Bearer \(token)"]
        headers.contentType = .json
        let browser = Browser(test.app)
        let post = { (json: String) in try await browser.send(.POST, "/api/v1/notifications", headers: headers, body: ByteBuffer(string: json)) }

        let created = try await post(#"{"child":"\#(test.child.id)","channel":"letter","notifierKind":"healthcare","notifierName":"Regionshospitalet Randers","receivedAt":"2026-11-26T08:00:00Z","description":"Barnet er set på skadestuen tre gange.","concernsAbuse":true}"#)
        XCTAssertEqual(created.status, .created, created.body.string)
        let body = try JSONSerialization.jsonObject(with: Data(created.body.string.utf8)) as! [String: Any]
        let payload = body["payload"] as! [String: Any]
        XCTAssertEqual(payload["notifierKind"] as? String, "healthcare")
        XCTAssertEqual(payload["channel"] as? String, "letter")
        XCTAssertEqual(body["occurredAt"] as? String, "2026-11-26T08:00:00Z")
        let byName = try await post(#"{"name":"Alma Testesen","birthDate":"2015-03-15","channel":"digitalForm","notifierKind":"professional","profession":"teacher","description":"Fravær og sult.","concernsAbuse":false}"#)
        XCTAssertEqual(byName.status, .created, byName.body.string)

        let refusals: [(json: String, status: HTTPStatus, field: String?)] = [
            (#"{"child":"\#(test.child.id)","channel":"phone","notifierKind":"anonymous","receivedAt":"2026-11-27T08:00:00Z","description":"x","concernsAbuse":false}"#, .unprocessableEntity, "receivedAt"),
            (#"{"child":"\#(test.child.id)","channel":"phone","notifierKind":"neighbour","description":"x","concernsAbuse":false}"#, .unprocessableEntity, "notifierKind"),
            (#"{"child":"\#(test.child.id)","channel":"phone","notifierKind":"anonymous","description":"x"}"#, .unprocessableEntity, "concernsAbuse"),
            (#"{"child":"\#(UUID())","channel":"phone","notifierKind":"anonymous","description":"x","concernsAbuse":false}"#, .unprocessableEntity, "child"),
            (#"{"channel":"phone","notifierKind":"anonymous","description":"x","concernsAbuse":false}"#, .unprocessableEntity, "cpr"),
            (#"{"child":"not-a-child","channel":"phone"}"#, .badRequest, nil),
            (#"[1,2]"#, .badRequest, nil),
        ]
        for refusal in refusals {
            let response = try await post(refusal.json)
            XCTAssertEqual(response.status, refusal.status, refusal.json)
            let error = try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as! [String: Any]
            XCTAssertEqual(error["field"] as? String, refusal.field, refusal.json)
            XCTAssertFalse((error["message"] as? String ?? "").isEmpty)
        }
        let count = try await notifications().count
        XCTAssertEqual(count, 2)

        // The professional may not register one; without a token, 401.
        let teacherToken = try await test.store.createApiToken(user: test.users[.professional]!.id, name: "t", now: TestApp.now)
        var teacherHeaders: HTTPHeaders = ["Authorization": "Bearer \(teacherToken)"]
        teacherHeaders.contentType = .json
        let forbidden = try await browser.send(.POST, "/api/v1/notifications", headers: teacherHeaders, body: ByteBuffer(string: "{}"))
        XCTAssertEqual(forbidden.status, .forbidden)
        let anonymous = try await browser.send(.POST, "/api/v1/notifications", headers: ["Content-Type": "application/json"], body: ByteBuffer(string: "{}"))
        XCTAssertEqual(anonymous.status, .unauthorized)
    }

    func testTheOpenAPIExamplesOfANotificationAreAccepted() async throws {
        let browser = Browser(test.app)
        let document = try await browser.get("/api/openapi.json")
        let json = try JSONSerialization.jsonObject(with: Data(document.body.string.utf8)) as! [String: Any]
        let post = ((json["paths"] as! [String: Any])["/api/v1/notifications"] as! [String: Any])["post"] as! [String: Any]
        let content = (post["requestBody"] as! [String: Any])["content"] as! [String: Any]
        let examples = (content["application/json"] as! [String: Any])["examples"] as! [String: Any]
        let token = try await test.store.createApiToken(user: test.users[.caseworker]!.id, name: "examples", now: TestApp.now)
        var headers: HTTPHeaders = ["Authorization": "Bearer \(token)"]
        headers.contentType = .json
        for (name, example) in examples.sorted(by: { $0.key < $1.key }) {
            let data = try JSONSerialization.data(withJSONObject: (example as! [String: Any])["value"]!)
            let response = try await browser.send(.POST, "/api/v1/notifications", headers: headers, body: ByteBuffer(data: data))
            XCTAssertEqual(response.status, .created, "example \(name): \(response.body.string)")
        }
    }

    func testTheProfessionalsFormSteersLevelFourAndFiveToANotificationKeepingWhatWasTyped() async throws {
        let teacher = Browser(test.app)
        _ = try await teacher.login("professional", password: test.password)
        let form = try await teacher.get("/professional")
        XCTAssertTrue(form.body.string.contains(escapeText(Strings.levelIsNotification(.da))))
        XCTAssertTrue(form.body.string.contains(#"class="level-steer""#), "hidden until level 4 or 5 is chosen")

        let typed = ["cpr": "150315-4321", "kind": "concern", "level": "4", "description": "Eleven fortæller om slag derhjemme",
                     "concernsAbuse": "1", "switch": "notification"]
        let switched = try await teacher.post("/professional", typed)
        XCTAssertEqual(switched.status, .ok)
        let html = switched.body.string
        XCTAssertTrue(html.contains(#"<option value="notification" selected="selected">"#))
        XCTAssertTrue(html.contains("Eleven fortæller om slag derhjemme"))
        XCTAssertTrue(html.contains(#"value="150315-4321""#))
        XCTAssertTrue(html.contains(escapeText(Strings.switchedToNotification(.da))))
        let entriesAfterSwitch = try await test.store.timeline(child: test.child.id).entries.count
        XCTAssertEqual(entriesAfterSwitch, 1, "nothing is sent by switching")

        // A concern at level 4 that comes back refused shows the guidance at once.
        let refused = try await teacher.post("/professional", ["kind": "concern", "level": "5", "description": "Truet"])
        XCTAssertTrue(refused.body.string.contains(#"class="level-steer shown""#))

        let sent = try await teacher.post("/professional", ["cpr": "150315-4321", "kind": "notification", "description": "Eleven fortæller om slag derhjemme"])
        XCTAssertEqual(sent.status, .seeOther)
        let sentCount = try await notifications().count
        XCTAssertEqual(sentCount, 1)
    }
}
