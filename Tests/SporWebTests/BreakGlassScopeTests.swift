import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// A stated reason opens another team's child to read it and write notes; it never takes or closes the case,
/// and the child's own team lead sees it.
final class BreakGlassScopeTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func testAStatedReasonReadsAndWritesNotesButNeverTakesTheCase() async throws {
        let child = test.otherChild.id
        let intruder = Browser(test.app)
        _ = try await intruder.login("caseworker", password: test.password)
        try await intruder.get("/children/\(child)")
        let granted = try await intruder.post("/children/\(child)/break-glass", ["reason": "Ringede fra skolen, barnets rådgiver er syg"])
        XCTAssertEqual(granted.status, .seeOther)
        let response1 = try await intruder.get("/children/\(child)")
        XCTAssertEqual(response1.status, .ok)

        // Assignment to oneself, closing, the course's steps, corrections, the family's access and the export: refused.
        let me = test.users[.caseworker]!.id.uuidString
        let entry = try await test.store.timeline(child: child).entries[0].id
        let refusedPosts: [(String, [String: String])] = [
            ("/children/\(child)/assign", ["caseworker": me]),
            ("/children/\(child)/close", ["reason": "Lukkes"]),
            ("/children/\(child)/concerns", ["level": "3", "source": "school", "description": "x", "occurredAt": "2026-11-26T09:00"]),
            ("/children/\(child)/entries/\(entry)/correct", ["reason": "x", "void": "1"]),
            ("/children/\(child)/course/decision", [:]),
            ("/children/\(child)/family", ["person": "child"]),
        ]
        for (path, form) in refusedPosts {
            let response = try await intruder.post(path, form)
            XCTAssertEqual(response.status, .forbidden, path)
            XCTAssertTrue(response.body.string.contains(Strings.errorStatedReasonDoesNotReach(.da)), path)
        }
        for path in ["/children/\(child)/course/decision", "/children/\(child)/export", "/children/\(child)/export.json",
                     "/children/\(child)/family", "/children/\(child)/entries/\(entry)/correct"] {
            let response2 = try await intruder.get(path)
            XCTAssertEqual(response2.status, .forbidden, path)
        }
        let summary = try await test.store.summary(child: child)
        XCTAssertEqual(summary?.caseworker, test.otherCaseworker.id, "the case stays with its caseworker")
        XCTAssertEqual(summary?.isOpen, true)

        // A note is what one who stepped in leaves behind.
        let note = try await intruder.post("/children/\(child)/notes", ["text": "Skolen ringede; viderebragt til teamet", "occurredAt": "2026-11-26T09:00"])
        XCTAssertEqual(note.status, .seeOther)
        let response3 = try await test.store.timeline(child: child)
        XCTAssertTrue(response3.entries.contains { $0.kind == .journalNote && $0.author == test.users[.caseworker]!.id })

        // The API draws the same line.
        let token = try await test.store.createApiToken(user: test.users[.caseworker]!.id, name: "glass", now: TestApp.now)
        var headers: HTTPHeaders = ["Authorization": "Bearer \(token)"]
        headers.contentType = .json
        let close = try await intruder.send(.POST, "/api/v1/children/\(child)/entries", headers: headers,
                                            body: ByteBuffer(string: #"{"kind":"caseClosed","reason":"Lukkes"}"#))
        XCTAssertEqual(close.status, .forbidden)
        let apiNote = try await intruder.send(.POST, "/api/v1/children/\(child)/entries", headers: headers,
                                              body: ByteBuffer(string: #"{"kind":"journalNote","text":"Notat via API"}"#))
        XCTAssertEqual(apiNote.status, .created)
        let closed = try await test.store.summary(child: child)
        XCTAssertEqual(closed?.isOpen, true)

        // The child's own team lead opens the child and its access log, and sees the reason.
        let hash = try test.app.password.hash(test.password)
        try await test.store.addUser(UserRecord(id: UUID(), municipality: 707, username: "teamlead-auning", displayName: "Leder Auning",
                                                role: .teamLead, team: test.otherTeam.id, passwordHash: hash, language: "da"), now: TestApp.now)
        let lead = Browser(test.app)
        _ = try await lead.login("teamlead-auning", password: test.password)
        let response4 = try await lead.get("/children/\(child)")
        XCTAssertEqual(response4.status, .ok)
        let log = try await lead.get("/children/\(child)/access-log")
        XCTAssertEqual(log.status, .ok)
        XCTAssertTrue(log.body.string.contains("Test caseworker"))
        let review = try await lead.get("/team/break-glass")
        XCTAssertTrue(review.body.string.contains("Ringede fra skolen, barnets rådgiver er syg"), "the child's own lead sees the grant")
        // The intruder's own lead still sees it too.
        let ownLead = Browser(test.app)
        _ = try await ownLead.login("teamlead", password: test.password)
        let response5 = try await ownLead.get("/team/break-glass")
        XCTAssertTrue(response5.body.string.contains("Ringede fra skolen"))
    }
}
