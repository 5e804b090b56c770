import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// Policy content in the system (issue 23, item 5): policy staff add and edit initiatives; each save is a new version of
/// the content, the earlier one stays readable, and a refusal saves nothing.
final class PolicyContentEditingTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func policyStaff() async throws -> Browser {
        let browser = Browser(test.app)
        _ = try await browser.login("policy", password: test.password)
        return browser
    }

    static let fields = ["name": "Fællesskab i fritiden", "description": "Flere børn i foreningerne.", "partners": "Kultur og fritid\nSkoler",
                         "track": "", "goals": "3.2", "owner": "Forebyggelsesteamet", "start": "2025-03-01", "status": "running"]

    func testAnInitiativeAddedToGoal32IsANewVersionOnTheTrackerAndInTheReport() async throws {
        let browser = try await policyStaff()
        let before = try await test.store.policyContent()
        let versionsBefore = try await test.store.policyContentVersions()
        XCTAssertEqual(versionsBefore, 0)
        let form = try await browser.get("/policy/new-initiative")
        XCTAssertEqual(form.status, .ok)
        let saved = try await browser.post("/policy/new-initiative", Self.fields)
        XCTAssertEqual(saved.status, .seeOther)

        let versionsAfter = try await test.store.policyContentVersions()
        XCTAssertEqual(versionsAfter, 1)
        let content = try await test.store.policyContent()
        XCTAssertEqual(content.initiatives.count, before.initiatives.count + 1)
        let added = try XCTUnwrap(content.initiatives.first { $0.name == "Fællesskab i fritiden" })
        XCTAssertEqual(added.goals, ["3.2"])
        XCTAssertEqual(added.track, content.track(holding: "3.2")?.id, "the goal's track when none is chosen")
        XCTAssertEqual(added.partners, ["Kultur og fritid", "Skoler"])
        XCTAssertEqual(added.owner, "Forebyggelsesteamet")
        XCTAssertEqual(added.status, .running)
        XCTAssertEqual(saved.headers.first(name: .location), "/policy/initiatives/\(added.id.rawValue)")

        let tracker = try await browser.get("/policy/tracker").body.string
        let goal = try XCTUnwrap(tracker.range(of: "id=\"goal-3.2\""))
        let nextGoal = try XCTUnwrap(tracker.range(of: "id=\"goal-3.3\""))
        XCTAssertTrue(tracker[goal.upperBound..<nextGoal.lowerBound].contains("Fællesskab i fritiden"), "listed under goal 3.2")

        let report = try await browser.get("/policy/report/2025").body.string
        XCTAssertTrue(report.contains("Fællesskab i fritiden"))
        let markdown = try await browser.get("/policy/report/2025/export/md").body.string
        XCTAssertTrue(markdown.contains("Fællesskab i fritiden"), "and in the report's export")

        // The seeds' content is not lost: the first version holds the new initiative, and all the old ones.
        let firstVersion = try await test.store.policyContent(version: 1)
        let first = try XCTUnwrap(firstVersion)
        XCTAssertEqual(Set(before.initiatives.map(\.id)).subtracting(first.initiatives.map(\.id)), [])
        let secondVersion = try await test.store.policyContent(version: 2)
        XCTAssertNil(secondVersion)
    }

    func testAnEditIsANewVersionKeepsTheStatusUpdatesAndTheEarlierVersionReads() async throws {
        let browser = try await policyStaff()
        // A seeded initiative with status updates.
        let seeded = try await test.store.policyContent().initiatives.first { !$0.updates.isEmpty }
        let brus = try XCTUnwrap(seeded)
        let id = brus.id
        let page = try await browser.get("/policy/initiatives/\(id)/edit")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains(brus.name), "the form opens with the initiative's facts")
        _ = try await browser.post("/policy/new-initiative", Self.fields)
        let edited = try await browser.post("/policy/initiatives/\(id)/edit", ["name": "BRUS – unge og rusmidler", "description": brus.description,
                                                                             "partners": "", "track": "", "goals": "3.1, 3.2", "owner": "", "start": ""])
        XCTAssertEqual(edited.status, .seeOther)
        let versions = try await test.store.policyContentVersions()
        XCTAssertEqual(versions, 2)
        let current = try await test.store.policyContent().initiative(id)
        let now = try XCTUnwrap(current)
        XCTAssertEqual(now.name, "BRUS – unge og rusmidler")
        XCTAssertEqual(now.goals, ["3.1", "3.2"])
        XCTAssertEqual(now.updates, brus.updates, "the status updates are kept")
        let earlierName = try await test.store.policyContent(version: 1)?.initiative(id)?.name
        XCTAssertEqual(earlierName, brus.name, "the earlier version reads as it was")
    }

    func testAnEmptyNameOrAGoalThatDoesNotExistIsRefusedInDanishAndNothingIsSaved() async throws {
        let browser = try await policyStaff()
        try await browser.get("/policy/new-initiative")
        var noName = Self.fields
        noName["name"] = "  "
        let refusedName = try await browser.post("/policy/new-initiative", noName)
        XCTAssertEqual(refusedName.status, .unprocessableEntity)
        XCTAssertTrue(refusedName.body.string.contains("Skriv initiativets navn."))
        XCTAssertTrue(refusedName.body.string.contains("id=\"initiative-name-error\""), "the name field carries the refusal")

        var badGoal = Self.fields
        badGoal["goals"] = "3.2, 9.9"
        let refusedGoal = try await browser.post("/policy/new-initiative", badGoal)
        XCTAssertEqual(refusedGoal.status, .unprocessableEntity)
        XCTAssertTrue(refusedGoal.body.string.contains("Målet 9.9 findes ikke i politikken."))
        XCTAssertTrue(refusedGoal.body.string.contains("id=\"initiative-goals-error\""))
        XCTAssertTrue(refusedGoal.body.string.contains("Fællesskab i fritiden"), "what was typed is kept")

        let badEdit = try await browser.post("/policy/initiatives/brus/edit", ["name": "BRUS", "goals": "<b>7</b>"])
        XCTAssertEqual(badEdit.status, .unprocessableEntity)
        XCTAssertFalse(badEdit.body.string.contains("<b>7</b>"), "escaped")
        let versions = try await test.store.policyContentVersions()
        XCTAssertEqual(versions, 0, "nothing saved")
        let missing = try await browser.get("/policy/initiatives/nowhere/edit").status
        XCTAssertEqual(missing, .notFound)
    }

    func testOnlyPolicyStaffMayAddOrEditAnInitiative() async throws {
        for role in Role.allCases where role != .policy {
            let browser = Browser(test.app)
            _ = try await browser.login(role.rawValue, password: test.password)
            try await browser.get(Authorization.home(role).path)
            let page = try await browser.get("/policy/new-initiative").status
            XCTAssertEqual(page, .forbidden, role.rawValue)
            let added = try await browser.post("/policy/new-initiative", Self.fields).status
            XCTAssertEqual(added, .forbidden, role.rawValue)
            let edited = try await browser.post("/policy/initiatives/brus/edit", Self.fields).status
            XCTAssertEqual(edited, .forbidden, role.rawValue)
        }
        let versions = try await test.store.policyContentVersions()
        XCTAssertEqual(versions, 0)
    }
}

/// Policies, tracks and goals added and edited (issue 23, item 5): a new policy with its period beside the old one, both
/// readable; a track and a goal with an indicator; refusals save nothing.
final class PolicyStructureEditingTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func testANewPolicyStartsBesideTheOldOneAndGetsATrackAndAGoalEachAVersion() async throws {
        let browser = Browser(test.app)
        _ = try await browser.login("policy", password: test.password)
        let before = try await test.store.policyContent()
        try await browser.get("/policy/new-policy")
        let added = try await browser.post("/policy/new-policy", ["title": "Børne- og ungepolitik 2026", "kind": "policy",
                                                                 "start": "2026-01-01", "end": "2029-12-31"])
        XCTAssertEqual(added.status, .seeOther)
        let afterPolicy = try await test.store.policyContent()
        XCTAssertEqual(afterPolicy.policies.count, before.policies.count + 1)
        let policy = try XCTUnwrap(afterPolicy.policies.last)
        XCTAssertEqual(policy.period?.start.iso, "2026-01-01")
        XCTAssertEqual(policy.period?.end.iso, "2029-12-31")
        XCTAssertEqual(afterPolicy.policies.dropLast().map(\.id), before.policies.map(\.id), "the old policies stay")

        // A track on the new policy, and a goal on it linked to a dashboard indicator.
        try await browser.get("/policy/policies/\(policy.id)/new-track")
        let track = try await browser.post("/policy/policies/\(policy.id)/new-track", ["title": "Trivsel i fællesskaber", "statement": "Alle børn er med."])
        XCTAssertEqual(track.status, .seeOther)
        let tracks = try await test.store.policyContent().policy(policy.id)?.tracks
        let newTrack = try XCTUnwrap(tracks?.first)
        XCTAssertEqual(newTrack.number, 1)
        let goal = try await browser.post("/policy/tracks/\(newTrack.id)/new-goal", ["number": "4.1", "text": "Flere børn i foreninger",
                                                                                     "indicator-specialised": "on", "indicator-nowhere": "on"])
        XCTAssertEqual(goal.status, .seeOther)
        let content = try await test.store.policyContent()
        XCTAssertEqual(content.goal("4.1")?.indicators, ["specialised"], "only the dashboard's indicators are linked")
        let versions = try await test.store.policyContentVersions()
        XCTAssertEqual(versions, 3)

        // Both policies are on the tracker, the new one with its period; the old policy's report is still drafted.
        let tracker = try await browser.get("/policy/tracker").body.string
        XCTAssertTrue(tracker.contains("Børne- og ungepolitik 2026"))
        XCTAssertTrue(tracker.contains(before.policies[0].title))
        XCTAssertTrue(tracker.contains("id=\"goal-4.1\""))
        let period = "Gælder \(Format.date(policy.period!.start, .da))–\(Format.date(policy.period!.end, .da))"
        XCTAssertTrue(tracker.contains(period), period)
        let report = try await browser.get("/policy/report/2025")
        XCTAssertEqual(report.status, .ok)
        XCTAssertTrue(report.body.string.contains("Tidlig opsporing og indsats"))

        // An edit of a seeded goal keeps its number, so its initiatives still serve it; the earlier version reads as it was.
        let oldText = try XCTUnwrap(content.goal("3.2")?.text)
        let edited = try await browser.post("/policy/goals/3.2/edit", ["text": "Færre børn i specialiserede tilbud", "indicator-specialised": "on"])
        XCTAssertEqual(edited.status, .seeOther)
        let editedText = try await test.store.policyContent().goal("3.2")?.text
        XCTAssertEqual(editedText, "Færre børn i specialiserede tilbud")
        let earlier = try await test.store.policyContent(version: 3)?.goal("3.2")?.text
        XCTAssertEqual(earlier, oldText)
    }

    func testEveryVersionIsListedAndAnEarlierOneReadsAsItWasSaved() async throws {
        let browser = Browser(test.app)
        _ = try await browser.login("policy", password: test.password)
        let empty = try await browser.get("/policy/versions")
        XCTAssertEqual(empty.status, .ok)
        XCTAssertFalse(empty.body.string.contains("/policy/versions/1"))
        try await browser.get("/policy/goals/3.2/edit")
        _ = try await browser.post("/policy/goals/3.2/edit", ["text": "Første ordlyd"])
        _ = try await browser.post("/policy/goals/3.2/edit", ["text": "Anden ordlyd"])
        let list = try await browser.get("/policy/versions").body.string
        XCTAssertTrue(list.contains("/policy/versions/1") && list.contains("/policy/versions/2"))
        let first = try await browser.get("/policy/versions/1").body.string
        XCTAssertTrue(first.contains("Første ordlyd"))
        XCTAssertFalse(first.contains("Anden ordlyd"))
        let second = try await browser.get("/policy/versions/2").body.string
        XCTAssertTrue(second.contains("Anden ordlyd"))
        let missing = try await browser.get("/policy/versions/3")
        XCTAssertEqual(missing.status, .notFound)
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let refused = try await caseworker.get("/policy/versions/1")
        XCTAssertEqual(refused.status, .forbidden)
    }

    func testABadPeriodAnEmptyTitleOrATakenGoalNumberIsRefusedAndNothingIsSaved() async throws {
        let browser = Browser(test.app)
        _ = try await browser.login("policy", password: test.password)
        try await browser.get("/policy/new-policy")
        let backwards = try await browser.post("/policy/new-policy", ["title": "Ny politik", "kind": "policy", "start": "2029-01-01", "end": "2026-12-31"])
        XCTAssertEqual(backwards.status, .unprocessableEntity)
        XCTAssertTrue(backwards.body.string.contains("id=\"content-end-error\""), "the end field carries the refusal")
        let noEnd = try await browser.post("/policy/new-policy", ["title": "Ny politik", "kind": "policy", "start": "2026-01-01", "end": ""])
        XCTAssertEqual(noEnd.status, .unprocessableEntity)
        XCTAssertTrue(noEnd.body.string.contains("Skriv både den første og den sidste dag"))
        let noTitle = try await browser.post("/policy/new-policy", ["title": " ", "kind": "policy", "start": "2026-01-01", "end": "2029-12-31"])
        XCTAssertEqual(noTitle.status, .unprocessableEntity)
        XCTAssertTrue(noTitle.body.string.contains("id=\"content-title-error\""))

        let content = try await test.store.policyContent()
        let track = try XCTUnwrap(content.track(holding: "3.2"))
        let taken = try await browser.post("/policy/tracks/\(track.id)/new-goal", ["number": "3.2", "text": "Igen"])
        XCTAssertEqual(taken.status, .unprocessableEntity)
        XCTAssertTrue(taken.body.string.contains("id=\"content-number-error\""))
        let hostile = try await browser.post("/policy/tracks/\(track.id)/new-goal", ["number": "../<b>x</b>", "text": "Igen"])
        XCTAssertEqual(hostile.status, .unprocessableEntity)
        XCTAssertFalse(hostile.body.string.contains("<b>x</b>"))
        let versions = try await test.store.policyContentVersions()
        XCTAssertEqual(versions, 0, "nothing saved")
        let missing = try await browser.get("/policy/goals/9.9/edit")
        XCTAssertEqual(missing.status, .notFound)
    }
}
