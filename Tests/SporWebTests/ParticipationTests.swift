import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// Participation in open offers (issue 23, item 4): enrolment without a decision, alone or as a group in one
/// transaction, the group ended with its outcome, and a child the user may not see refused with nothing saved.
final class ParticipationTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    /// Four more children in the first team's district, by CPR number: with the test child a group of five.
    func registerFour() async throws -> [String] {
        let numbers = ["010614-4327", "020614-4329", "030614-4320", "040614-4321"]
        for (index, number) in numbers.enumerated() {
            let child = try Child(municipality: 707, cpr: try CPR(number), givenName: "Barn\(index)", familyName: "Gruppesen", district: "Område Grenaa")
            try await test.store.register(child, cpr: try CPR(number), by: test.users[.caseworker]!.id, now: TestApp.now)
        }
        return numbers
    }

    /// The refusal a page shows, to say why a form was not saved.
    static func refusal(_ response: XCTHTTPResponse) -> String {
        let body = response.body.string
        guard let range = body.range(of: "field-error") else { return "no refusal shown" }
        return String(body[range.lowerBound...].prefix(300))
    }

    func starts(_ child: UUID) async throws -> [(Entry, MeasureStart)] {
        try await test.store.timeline(child: child).entries.compactMap { entry in
            if case .measureStarted(let start) = entry.payload { return (entry, start) } else { return nil }
        }
    }

    func testACaseworkerEnrolsOneChildFromItsPageWithTheOffersOwnProvision() async throws {
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let page = try await caseworker.get("/children/\(test.child.id)")
        XCTAssertTrue(page.body.string.contains(SiteURL.participationNew.path(query: [("child", test.child.id.uuidString)])),
                      "the course steps link to the enrolment")
        let form = try await caseworker.get(SiteURL.participationNew.path(query: [("child", test.child.id.uuidString)]))
        XCTAssertEqual(form.status, .ok)
        let saved = try await caseworker.post(SiteURL.participation.path,
                                              ["child": test.child.id.uuidString, "offer": "ses", "startDate": "2026-11-20"])
        XCTAssertEqual(saved.status, .seeOther, Self.refusal(saved))
        let recorded = try await starts(test.child.id)
        guard recorded.count == 1 else { return XCTFail("one start expected, found \(recorded.count)") }
        XCTAssertEqual(recorded[0].1.offer, "ses")
        XCTAssertNil(recorded[0].1.decision)
        XCTAssertEqual(recorded[0].1.legalBasis, OfferCatalogue.standard["ses"]!.legalBases.first)
        XCTAssertEqual(DanishTime.localDate(of: recorded[0].0.occurredAt), LocalDate(year: 2026, month: 11, day: 20))
    }

    func testAParentTakesPartWithTheChildAndOnlyTheChildsOwnParentIsAccepted() async throws {
        let child = Child(municipality: 707, givenName: "Carla", familyName: "Familiesen", birthDate: LocalDate(year: 2012, month: 5, day: 4)!,
                          sex: .female, district: "Område Grenaa")
        let mother = Person(municipality: 707, givenName: "Mette", familyName: "Familiesen")
        try await test.store.importFamilies([Store.FamilyImport(
            children: [(child, try CPR("040512-4328"), [])], parents: [mother],
            relations: [Relation(child: child.id, person: mother.id, kind: .mother, hasCustody: true)])],
            by: test.users[.caseworker]!.id, now: TestApp.now)
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let form = try await caseworker.get(SiteURL.participationNew.path(query: [("child", child.id.uuidString)]))
        XCTAssertTrue(form.body.string.contains(mother.id.uuidString), "the child's mother is offered")
        let stranger = try await caseworker.post(SiteURL.participation.path,
                                                 ["child": child.id.uuidString, "offer": "ses", "startDate": "2026-11-26", "parent": UUID().uuidString])
        XCTAssertEqual(stranger.status, .unprocessableEntity)
        let none = try await starts(child.id)
        XCTAssertTrue(none.isEmpty)
        let saved = try await caseworker.post(SiteURL.participation.path,
                                              ["child": child.id.uuidString, "offer": "ses", "startDate": "2026-11-26", "parent": mother.id.uuidString])
        XCTAssertEqual(saved.status, .seeOther, Self.refusal(saved))
        let recorded = try await starts(child.id)
        XCTAssertEqual(recorded.map(\.1.parent), [mother.id])
        let group = try await caseworker.get(try XCTUnwrap(saved.headers.first(name: .location)))
        XCTAssertTrue(group.body.string.contains("(med Mette Familiesen)"))
    }

    func testAnOutreachCounsellorEnrolsAGroupOfFiveInOneTransactionAndEndsItWithTheOutcome() async throws {
        let numbers = try await registerFour()
        let outreach = Browser(test.app)
        _ = try await outreach.login("outreach", password: test.password)
        let form = try await outreach.get(SiteURL.participationNew.path)
        XCTAssertEqual(form.status, .ok)
        var fields = ["offer": "skilsmissegrupper", "startDate": "2026-11-26", "cpr0": "150315-4321"]
        for (row, number) in numbers.enumerated() { fields["cpr\(row + 1)"] = number }
        // One unknown CPR number refuses the whole group: nothing is written for the four found before it.
        let unknown = try await outreach.post(SiteURL.participation.path, fields.merging(["cpr5": "050614-4322"]) { $1 })
        XCTAssertEqual(unknown.status, .unprocessableEntity)
        let afterUnknown = try await starts(test.child.id)
        XCTAssertTrue(afterUnknown.isEmpty)
        let saved = try await outreach.post(SiteURL.participation.path, fields)
        XCTAssertEqual(saved.status, .seeOther, Self.refusal(saved))
        let location = try XCTUnwrap(saved.headers.first(name: .location))
        let groupID = try XCTUnwrap(UUID(uuidString: String(location.split(separator: "/").last ?? "")))
        let group = try await test.store.groupStarts(groupID)
        XCTAssertEqual(group.count, 5)
        XCTAssertEqual(Set(group.map(\.child)).count, 5)
        XCTAssertEqual(Set(group.map(\.recordedAt)).count, 1, "written at one instant, in one transaction")

        let page = try await outreach.get(location)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("Skilsmissegrupper"))
        XCTAssertTrue(page.body.string.contains("Alma Testesen"))

        // The outcome is a question: unanswered, it is refused and nothing ends.
        let unanswered = try await outreach.post(SiteURL.participationGroupEnd(.value(groupID)).path, ["occurredAt": "2026-11-26T10:00"])
        XCTAssertEqual(unanswered.status, .unprocessableEntity)
        let ended = try await outreach.post(SiteURL.participationGroupEnd(.value(groupID)).path,
                                            ["occurredAt": "2026-11-26T10:00", "reason": "goalsReached", "note": "Alle mødte op"])
        XCTAssertEqual(ended.status, .seeOther)
        for start in group {
            let ends = try await test.store.timeline(child: start.child).entries.compactMap { entry -> MeasureEnd? in
                if case .measureEnded(let end) = entry.payload { return end } else { return nil }
            }
            XCTAssertEqual(ends.map(\.measure), [start.id])
            XCTAssertEqual(ends.first?.reason, .goalsReached)
            XCTAssertEqual(ends.first?.note, "Alle mødte op")
        }
        // The tracker counts the five under their initiative, with what came of it.
        let policy = Browser(test.app)
        _ = try await policy.login("policy", password: test.password)
        let tracker = try await policy.get(SiteURL.tracker.path)
        XCTAssertEqual(tracker.status, .ok)
        let section = try XCTUnwrap(tracker.body.string.range(of: #"(?s)<section id="participation">.*?</section>"#, options: .regularExpression)
            .map { String(tracker.body.string[$0]) })
        XCTAssertTrue(section.contains("2. halvår 2026"), section)
        XCTAssertTrue(section.contains(#"<td class="number">5</td>"#), section)
        XCTAssertTrue(section.contains("Målene er nået: 5"), section)
        let after = try await outreach.get(location)
        XCTAssertTrue(after.body.string.contains(Strings.groupAllEnded(.da)))
        // Ending again writes nothing.
        let again = try await outreach.post(SiteURL.participationGroupEnd(.value(groupID)).path,
                                            ["occurredAt": "2026-11-26T10:00", "reason": "goalsReached"])
        XCTAssertEqual(again.status, .unprocessableEntity)
    }

    func testMyGroupsListsTheUsersOwnGroupsRunningThenEndedAndNoOneElses() async throws {
        let numbers = try await registerFour()
        let outreach = Browser(test.app)
        _ = try await outreach.login("outreach", password: test.password)
        _ = try await outreach.get(SiteURL.participationNew.path)
        var fields = ["offer": "skilsmissegrupper", "startDate": "2026-11-26", "cpr0": "150315-4321"]
        for (row, number) in numbers.enumerated() { fields["cpr\(row + 1)"] = number }
        let saved = try await outreach.post(SiteURL.participation.path, fields)
        XCTAssertEqual(saved.status, .seeOther, Self.refusal(saved))
        let location = try XCTUnwrap(saved.headers.first(name: .location))
        let groupID = try XCTUnwrap(UUID(uuidString: String(location.split(separator: "/").last ?? "")))
        func section(_ page: String, _ id: String) -> String? {
            page.range(of: #"(?s)<(table|p) id="\#(id)".*?</(table|p)>"#, options: .regularExpression).map { String(page[$0]) }
        }
        let running = try await outreach.get(SiteURL.participation.path)
        XCTAssertEqual(running.status, .ok)
        let runningTable = try XCTUnwrap(section(running.body.string, "groups-running"))
        XCTAssertTrue(runningTable.contains(SiteURL.participationGroup(.value(groupID)).path), runningTable)
        XCTAssertTrue(runningTable.contains("5 (deltager stadig: 5)"), runningTable)
        XCTAssertNil(section(running.body.string, "groups-ended"))

        // The caseworker who enrolled no group sees none, though the children are hers to manage.
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let hers = try await caseworker.get(SiteURL.participation.path)
        XCTAssertEqual(hers.status, .ok)
        XCTAssertFalse(hers.body.string.contains(groupID.uuidString))
        XCTAssertTrue(hers.body.string.contains(Strings.groupsNone(.da)))

        let ended = try await outreach.post(SiteURL.participationGroupEnd(.value(groupID)).path,
                                            ["occurredAt": "2026-11-26T10:00", "reason": "goalsReached"])
        XCTAssertEqual(ended.status, .seeOther)
        let after = try await outreach.get(SiteURL.participation.path)
        XCTAssertTrue(try XCTUnwrap(section(after.body.string, "groups-running")).contains(Strings.groupsNone(.da)))
        let endedTable = try XCTUnwrap(section(after.body.string, "groups-ended"))
        XCTAssertTrue(endedTable.contains("5 (deltager stadig: 0)"), endedTable)
    }

    func testAChildTheUserMayNotSeeIsRefusedAndNothingIsSaved() async throws {
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        _ = try await caseworker.get(SiteURL.participationNew.path)
        // Their own child picked with another team's child: the whole enrolment is refused.
        let refused = try await caseworker.post(SiteURL.participation.path, [
            "offer": "skilsmissegrupper", "startDate": "2026-11-26",
            "pick-\(test.child.id.uuidString)": "1", "pick-\(test.otherChild.id.uuidString)": "1",
        ])
        XCTAssertEqual(refused.status, .notFound)
        let opened = try await caseworker.get(SiteURL.participationNew.path(query: [("child", test.otherChild.id.uuidString)]))
        XCTAssertEqual(opened.status, .notFound)
        let hidden = try await caseworker.post(SiteURL.participation.path,
                                               ["offer": "skilsmissegrupper", "startDate": "2026-11-26", "child": test.otherChild.id.uuidString])
        XCTAssertEqual(hidden.status, .notFound)
        // A referral offer is no open offer: refused, nothing saved.
        let referral = try await caseworker.post(SiteURL.participation.path,
                                                 ["offer": "familiebehandling", "startDate": "2026-11-26", "pick-\(test.child.id.uuidString)": "1"])
        XCTAssertEqual(referral.status, .unprocessableEntity)
        let ownStarts = try await starts(test.child.id), otherStarts = try await starts(test.otherChild.id)
        XCTAssertTrue(ownStarts.isEmpty)
        XCTAssertTrue(otherStarts.isEmpty)

        // Another caseworker cannot open or end a group they neither enrolled nor may manage.
        let own = try await caseworker.post(SiteURL.participation.path,
                                            ["offer": "skilsmissegrupper", "startDate": "2026-11-26", "pick-\(test.child.id.uuidString)": "1"])
        let location = try XCTUnwrap(own.headers.first(name: .location))
        let other = Browser(test.app)
        _ = try await other.login("caseworker2", password: test.password)
        let otherGroup = try await other.get(location)
        XCTAssertEqual(otherGroup.status, .notFound)
        let otherEnd = try await other.post(location + "/end", ["occurredAt": "2026-11-26T10:00", "reason": "declined"])
        XCTAssertEqual(otherEnd.status, .notFound)
        let kept = try await starts(test.child.id)
        XCTAssertEqual(kept.count, 1)
        let ends = try await test.store.timeline(child: test.child.id).entries.filter { $0.kind == .measureEnded }
        XCTAssertTrue(ends.isEmpty)
    }
}
