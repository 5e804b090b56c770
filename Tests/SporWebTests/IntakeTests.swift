import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// A professional notifies; the caseworker sees it in the intake queue, assesses it and sends the
/// receipt; the professional sees "receipt sent" — and never the case.
final class IntakeTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func testANotificationFromAProfessionalToItsReceipt() async throws {
        let teacher = Browser(test.app)
        _ = try await teacher.login("professional", password: test.password)
        try await teacher.get("/professional")
        let sent = try await teacher.post("/professional", ["cpr": "150315-4321", "kind": "notification",
                                                            "description": "Eleven har blå mærker og vil ikke gå hjem", "concernsAbuse": "1"])
        XCTAssertEqual(sent.status, .seeOther)
        let mine = try await teacher.get("/professional")
        XCTAssertTrue(mine.body.string.contains("Alma Testesen"))
        XCTAssertTrue(mine.body.string.contains(Strings.statusReceived(.da, "26.11.2026 kl. 10.00")))

        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let queue = try await caseworker.get("/intake")
        XCTAssertTrue(queue.body.string.contains("Alma Testesen"))
        XCTAssertTrue(queue.body.string.contains(Strings.timeLeft(.da, "24 t 0 min")))
        let notification = try await test.store.timeline(child: test.child.id).entries.first { $0.kind == .notification }!

        // Twelve hours later the queue counts down; after 25 it says overdue, in words.
        test.clock.advance(by: 25 * 3600)
        let late = Browser(test.app)
        _ = try await late.login("caseworker", password: test.password)
        let overdue = try await late.get("/intake")
        XCTAssertTrue(overdue.body.string.contains(Strings.overdueBy(.da, "1 t 0 min")))
        // Long overdue reads in days.
        XCTAssertEqual(IntakeController.countdownText(seconds: -(3 * 86_400 + 2 * 3600), .da), Strings.overdueBy(.da, "3 døgn 2 t"))
        XCTAssertEqual(IntakeController.countdownText(seconds: 5 * 3600 + 60, .en), Strings.timeLeft(.en, "5 h 1 min"))

        try await late.get("/children/\(test.child.id)")
        let base = "/children/\(test.child.id)/notifications/\(notification.id)"
        // Danger is the caseworker's answer: the form starts unanswered, and left so it is refused naming the field,
        // with nothing saved.
        let form = try await late.get("/children/\(test.child.id)")
        let danger = "a-\(notification.id.uuidString.prefix(8))-danger"
        XCTAssertTrue(form.body.string.contains(#"<option value selected="selected">\#(Strings.chooseAnswer(.da))</option>"#))
        let unanswered = try await late.post(base + "/assessment", ["acuteMeasures": "no", "nextStep": "investigation",
                                                                    "reasoning": "Mulige tegn på vold"])
        XCTAssertEqual(unanswered.status, .unprocessableEntity)
        XCTAssertTrue(unanswered.body.string.contains(#"id="\#(danger)-error""#))
        XCTAssertTrue(unanswered.body.string.contains(Strings.errorAnswerRequired(.da)))
        let stillWaiting = try await late.get("/intake")
        XCTAssertTrue(stillWaiting.body.string.contains("Alma Testesen"))
        try await late.get("/children/\(test.child.id)")
        let assessed = try await late.post(base + "/assessment", ["inDanger": "yes", "acuteMeasures": "no", "nextStep": "investigation",
                                                                  "reasoning": "Mulige tegn på vold; undersøgelse iværksættes"])
        XCTAssertEqual(assessed.status, .seeOther)
        let emptied = try await late.get("/intake")
        XCTAssertFalse(emptied.body.string.contains("Alma Testesen"))

        try await late.get("/children/\(test.child.id)")
        let early = try await late.post(base + "/receipt", ["text": "Tak for din underretning", "sentAt": "2026-11-20T09:00"])
        XCTAssertEqual(early.status, .unprocessableEntity)
        XCTAssertTrue(early.body.string.contains(Strings.error(.beforeNotification)(.da)))
        let receipt = try await late.post(base + "/receipt", ["text": "Tak for din underretning", "sentAt": "2026-11-27T11:00"])
        XCTAssertEqual(receipt.status, .seeOther)
        let twice = try await late.post(base + "/receipt", ["text": "Igen", "sentAt": "2026-11-27T11:05"])
        XCTAssertEqual(twice.status, .unprocessableEntity)

        // The next day the teacher logs in again and sees the receipt.
        let teacherAgain = Browser(test.app)
        _ = try await teacherAgain.login("professional", password: test.password)
        let status = try await teacherAgain.get("/professional")
        XCTAssertTrue(status.body.string.contains(Strings.statusReceiptSent(.da, "27.11.2026 kl. 11.00")))
        // Still no way into the case.
        let caseDenied = try await teacherAgain.get("/children/\(test.child.id)")
        XCTAssertEqual(caseDenied.status, .forbidden)
    }

    func testBadSubmissionsAreRefusedWithTheReasonAndNothingIsSaved() async throws {
        let teacher = Browser(test.app)
        _ = try await teacher.login("professional", password: test.password)
        try await teacher.get("/professional")
        let before = try await test.store.timeline(child: test.child.id).entries.count

        let noChild = try await teacher.post("/professional", ["kind": "notification", "description": "Bekymret"])
        XCTAssertEqual(noChild.status, .unprocessableEntity)
        XCTAssertTrue(noChild.body.string.contains(Strings.childIdentifierMissing(.da)))

        let noText = try await teacher.post("/professional", ["cpr": "150315-4321", "kind": "notification", "description": " "])
        XCTAssertEqual(noText.status, .unprocessableEntity)
        XCTAssertTrue(noText.body.string.contains(Strings.error(.textMissing)(.da)))

        let unknown = try await teacher.post("/professional", ["cpr": "010101-1111", "kind": "concern", "level": "3", "description": "Træt"])
        XCTAssertEqual(unknown.status, .unprocessableEntity)
        XCTAssertTrue(unknown.body.string.contains(Strings.childNotFoundByIdentifier(.da)))

        let byName = try await teacher.post("/professional", ["name": "Alma Testesen", "birthDate": "2015-03-15", "kind": "concern",
                                                              "level": "2", "description": "Lidt trist"])
        XCTAssertEqual(byName.status, .seeOther)
        let after = try await test.store.timeline(child: test.child.id).entries.count
        XCTAssertEqual(after, before + 1)
    }
}

final class WorklistTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func testTheWorklistShowsOpenDeadlinesAndMarksOverdueOnes() async throws {
        let teacher = Browser(test.app)
        _ = try await teacher.login("professional", password: test.password)
        try await teacher.get("/professional")
        try await teacher.post("/professional", ["cpr": "150315-4321", "kind": "notification", "description": "Bekymret for hjemmet"])

        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let list = try await caseworker.get("/tray")
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.body.string.contains("§ 136"))
        XCTAssertTrue(list.body.string.contains("Alma Testesen"))
        XCTAssertFalse(list.body.string.contains("⚠"))

        // Two days later the 24-hour assessment is overdue, said in words and with a sign.
        test.clock.advance(by: 2 * 86_400)
        let later = Browser(test.app)
        _ = try await later.login("caseworker", password: test.password)
        let overdue = try await later.get("/tray")
        XCTAssertTrue(overdue.body.string.contains("⚠ " + Strings.overdueBy(.da, "24 t 0 min")))

        let token = try await test.store.createApiToken(user: test.users[.teamLead]!.id, name: "t", now: test.clock.now)
        let api = try await later.get("/api/v1/worklist", headers: ["Authorization": "Bearer \(token)"])
        let obligations = try JSONSerialization.jsonObject(with: Data(api.body.string.utf8)) as! [[String: Any]]
        XCTAssertTrue(obligations.contains { $0["rule"] as? String == "assessment-24h" && $0["status"] as? String == "overdue" })
        XCTAssertTrue(obligations.contains { $0["rule"] as? String == "receipt-6-working-days" && $0["status"] as? String == "open" })
    }
}
