import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

final class MeetingTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func meeting(_ extra: [String: String] = [:]) -> [String: String] {
        var fields = ["cpr": "150315-4321", "occurredAt": "2026-11-26T09:00", "childTookPart": "1", "parentsTookPart": "1",
                      "profession-teacher": "1", "worries": "Meget fravær", "workingWell": "Gode venner i klassen",
                      "needsToHappen": "Hjælp om morgenen", "safetyScale": "4",
                      "action0What": "Ring til PPR", "action0Owner": test.users[.caseworker]!.id.uuidString, "action0Due": "2026-11-30",
                      "houseWorries": "Jeg er bange for mor er ked af det", "houseGood": "Frikvarter", "houseDreams": "At blive dyrlæge"]
        fields.merge(extra) { $1 }
        return fields
    }

    func testAnOutreachCounsellorRecordsAMeetingAndTheActionLandsOnItsOwnersWorklist() async throws {
        let outreach = Browser(test.app)
        _ = try await outreach.login("outreach", password: test.password)
        try await outreach.get("/meetings/new")
        let saved = try await outreach.post("/meetings", meeting())
        XCTAssertEqual(saved.status, .seeOther)
        let timeline = try await test.store.timeline(child: test.child.id)
        guard case .networkMeeting(let recorded)? = timeline.items.last?.effective else { return XCTFail("no meeting in the journal") }
        XCTAssertEqual(recorded.safetyScale, 4)
        XCTAssertEqual(recorded.childsView?.dreams, "At blive dyrlæge")
        XCTAssertEqual(recorded.participants.professions, [.teacher])

        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let list = try await caseworker.get("/tray")
        XCTAssertTrue(list.body.string.contains("Aftalt handling fra netværksmøde"))
        let page = try await caseworker.get("/children/\(test.child.id)")
        XCTAssertTrue(page.body.string.contains("At blive dyrlæge"))
        XCTAssertTrue(page.body.string.contains(Strings.scaleValue(.da, "4")))
    }

    func testBadMeetingsAreRefusedWithTheReasonAndNothingIsSaved() async throws {
        let outreach = Browser(test.app)
        _ = try await outreach.login("outreach", password: test.password)
        try await outreach.get("/meetings/new")
        let before = try await test.store.timeline(child: test.child.id).entries.count

        let noOwner = try await outreach.post("/meetings", meeting(["action0Owner": UUID().uuidString]))
        XCTAssertEqual(noOwner.status, .unprocessableEntity)
        XCTAssertTrue(noOwner.body.string.contains(Strings.error(.actionOwnerUnknown)(.da)))
        XCTAssertTrue(noOwner.body.string.contains("Meget fravær"), "what was typed is kept")

        let noWorries = try await outreach.post("/meetings", meeting(["worries": ""]))
        XCTAssertEqual(noWorries.status, .unprocessableEntity)

        let withoutChild = try await outreach.post("/meetings", meeting(["childTookPart": ""]).filter { $0.key != "childTookPart" })
        XCTAssertEqual(withoutChild.status, .unprocessableEntity)
        XCTAssertTrue(withoutChild.body.string.contains(Strings.error(.childsViewWithoutChild)(.da)))

        let dueBefore = try await outreach.post("/meetings", meeting(["action0Due": "2026-11-01"]))
        XCTAssertEqual(dueBefore.status, .unprocessableEntity)

        let after = try await test.store.timeline(child: test.child.id).entries.count
        XCTAssertEqual(after, before)
    }
}
