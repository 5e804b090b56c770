import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// Completing work from the lists: agreed actions by their owner or the caseworker, messages from Min side, legal
/// deadlines marked not relevant; who may, and what is refused with nothing saved.
final class TaskTests: XCTestCase {
    var test: TestApp!
    var meeting: Entry!
    var call: NetworkMeeting.AgreedAction!
    var visit: NetworkMeeting.AgreedAction!

    override func setUp() async throws {
        test = try await TestApp()
        // A meeting an hour ago agreed two actions for the teacher (the professional user).
        let teacher = test.users[.professional]!.id
        call = NetworkMeeting.AgreedAction(what: "Ring til PPR", owner: teacher, due: LocalDate(year: 2026, month: 11, day: 30)!)
        visit = NetworkMeeting.AgreedAction(what: "Tal med Almas far", owner: teacher, due: LocalDate(year: 2026, month: 12, day: 2)!)
        let at = TestApp.now.addingTimeInterval(-3600)
        meeting = Entry(municipality: 707, child: test.child.id, payload: .networkMeeting(NetworkMeeting(
            participants: .init(child: true, parents: true, network: false, professions: [.teacher]), worries: "Fravær",
            workingWell: "Gode venner", needsToHappen: "Hjælp om morgenen", safetyScale: 5, actions: [call, visit])),
            occurredAt: at, recordedAt: at, author: test.users[.caseworker]!.id)
        try await test.store.append(meeting, now: TestApp.now)
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func path(_ action: NetworkMeeting.AgreedAction) -> String {
        TaskForms.actionPath(child: test.child.id, meeting: meeting.id, action: action.id)
    }

    func browser(_ role: String) async throws -> Browser {
        let browser = Browser(test.app)
        _ = try await browser.login(role, password: test.password)
        return browser
    }

    func entryCount() async throws -> Int { try await test.store.timeline(child: test.child.id).entries.count }

    func testATeacherMarksOneActionDoneAndOneNotDoneWhichMovesToTheCaseworkerWithTheComment() async throws {
        let teacher = try await browser("professional")
        let list = try await teacher.get("/actions")
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.body.string.contains("Ring til PPR"))
        XCTAssertTrue(list.body.string.contains(#"action="\#(path(call))""#), "the row carries its form")

        let done = try await teacher.post(path(call), ["outcome": "done", "completedOn": "2026-11-26", "comment": "", "returnTo": "/actions"])
        XCTAssertEqual(done.status, .seeOther)
        XCTAssertEqual(done.headers.first(name: .location), "/actions")
        let notDone = try await teacher.post(path(visit), ["outcome": "notDone", "completedOn": "2026-11-26",
                                                           "comment": "Far har ikke svaret på tre opkald", "returnTo": "/actions"])
        XCTAssertEqual(notDone.status, .seeOther)

        let after = try await teacher.get("/actions")
        XCTAssertFalse(after.body.string.contains("Ring til PPR"))
        XCTAssertFalse(after.body.string.contains("Tal med Almas far"), "not done passes to the caseworker")
        XCTAssertTrue(after.body.string.contains(Strings.taskSaved(.da)))
        let teachers = try await test.store.openObligations(assignee: test.users[.professional]!.id)
        XCTAssertTrue(teachers.isEmpty)
        let childs = try await test.store.openObligations(child: test.child.id).filter { $0.action != nil }
        XCTAssertEqual(childs.map(\.action), [visit.id])
        XCTAssertEqual(childs.first?.assignee, .caseworker(test.users[.caseworker]!.id))

        let caseworker = try await browser("caseworker")
        let page = try await caseworker.get("/children/\(test.child.id)")
        XCTAssertTrue(page.body.string.contains("Far har ikke svaret på tre opkald"))
        XCTAssertTrue(page.body.string.contains(Strings.taskOutcome(.notDone)(.da)))
        XCTAssertTrue(page.body.string.contains(Strings.taskEntryAgreedAction(.da).replacingOccurrences(of: "{0}", with: "Tal med Almas far")))
    }

    func testBadCompletionsAreRefusedWithTheReasonAndNothingIsSaved() async throws {
        let teacher = try await browser("professional")
        try await teacher.get("/actions")
        let before = try await entryCount()

        let noOutcome = try await teacher.post(path(call), ["completedOn": "2026-11-26", "comment": "Gjort", "returnTo": "/actions"])
        XCTAssertEqual(noOutcome.status, .unprocessableEntity)
        XCTAssertTrue(noOutcome.body.string.contains(Strings.errorChoiceInvalid(.da)))
        XCTAssertTrue(noOutcome.body.string.contains("Gjort"), "what was typed is kept")
        let noComment = try await teacher.post(path(call), ["outcome": "notDone", "completedOn": "2026-11-26", "comment": "  "])
        XCTAssertEqual(noComment.status, .unprocessableEntity)
        XCTAssertTrue(noComment.body.string.contains(Strings.taskError(.taskCommentMissing)(.da)))
        let future = try await teacher.post(path(call), ["outcome": "done", "completedOn": "2026-11-27"])
        XCTAssertEqual(future.status, .unprocessableEntity)
        XCTAssertTrue(future.body.string.contains(Strings.error(.occurredInFuture)(.da)))
        let beforeMeeting = try await teacher.post(path(call), ["outcome": "done", "completedOn": "2026-11-20"])
        XCTAssertTrue(beforeMeeting.body.string.contains(Strings.taskError(.taskCompletedBeforeStart)(.da)))
        let badDate = try await teacher.post(path(call), ["outcome": "done", "completedOn": "26.11.2026"])
        XCTAssertEqual(badDate.status, .unprocessableEntity)
        let cancel = try await teacher.post(path(call), ["outcome": "cancelled", "completedOn": "2026-11-26", "comment": "Ikke nødvendigt"])
        XCTAssertEqual(cancel.status, .unprocessableEntity)
        XCTAssertTrue(cancel.body.string.contains(Strings.taskCancelNotPermitted(.da)))
        let try_ = try await entryCount()
        XCTAssertEqual(try_, before, "nothing saved")

        // Done twice.
        let done = try await teacher.post(path(call), ["outcome": "done", "completedOn": "2026-11-26", "returnTo": "//evil.example/x"])
        XCTAssertEqual(done.status, .seeOther)
        XCTAssertEqual(done.headers.first(name: .location), "/actions", "only a local path is followed")
        let again = try await teacher.post(path(call), ["outcome": "done", "completedOn": "2026-11-26"])
        XCTAssertEqual(again.status, .unprocessableEntity)
        XCTAssertTrue(again.body.string.contains(Strings.taskError(.taskAlreadyClosed)(.da)))
        let after = try await entryCount()
        XCTAssertEqual(after, before + 1)
    }

    func testOnlyTheOwnerTheCaseworkerOrTheTeamMayCompleteAndOnlyTheCaseworkerCancels() async throws {
        let before = try await entryCount()
        for role in ["outreach"] {
            let other = try await browser(role)
            try await other.get("/actions")
            let refused = try await other.post(path(call), ["outcome": "done", "completedOn": "2026-11-26"])
            XCTAssertEqual(refused.status, .forbidden, role)
            XCTAssertTrue(refused.body.string.contains(Strings.taskNotPermitted(.da)), role)
        }
        let elsewhere = Browser(test.app)
        _ = try await elsewhere.login("caseworker2", password: test.password)
        try await elsewhere.get("/children")
        let refused = try await elsewhere.post(path(call), ["outcome": "done", "completedOn": "2026-11-26"])
        XCTAssertEqual(refused.status, .forbidden)
        let unknown = try await elsewhere.post(TaskForms.actionPath(child: test.child.id, meeting: meeting.id, action: UUID()),
                                               ["outcome": "done", "completedOn": "2026-11-26"])
        XCTAssertEqual(unknown.status, .notFound)
        let count = try await entryCount()
        XCTAssertEqual(count, before)

        let caseworker = try await browser("caseworker")
        try await caseworker.get("/children/\(test.child.id)")
        let cancelled = try await caseworker.post(path(call), ["outcome": "cancelled", "completedOn": "2026-11-26", "comment": "PPR er allerede i gang"])
        XCTAssertEqual(cancelled.status, .seeOther)
        XCTAssertEqual(cancelled.headers.first(name: .location), "/children/\(test.child.id)")
        let lead = try await browser("teamlead")
        try await lead.get("/team")
        let byLead = try await lead.post(path(visit), ["outcome": "done", "completedOn": "2026-11-26"])
        XCTAssertEqual(byLead.status, .seeOther)
        let open = try await test.store.openObligations(child: test.child.id).filter { $0.action != nil }
        XCTAssertTrue(open.isEmpty)
    }

    func testALegalDeadlineMarkedNotRelevantNeedsAReasonLeavesTheListAndTheTeamLeadSeesIt() async throws {
        let received = Entry(municipality: 707, child: test.child.id, payload: .notification(SporDomain.Notification(
            notifierKind: .professional, notifierUser: test.users[.professional]!.id, profession: .teacher, description: "Sulten i skole")),
            occurredAt: TestApp.now.addingTimeInterval(-1800), recordedAt: TestApp.now.addingTimeInterval(-1800), author: test.users[.professional]!.id)
        try await test.store.append(received, now: TestApp.now)
        let rule = DeadlineRule.receipt
        let caseworker = try await browser("caseworker")
        let formPath = TaskForms.notRelevantPath(child: test.child.id, rule: rule.id, trigger: received.id, action: nil, returnTo: "/tray")
        let form = try await caseworker.get(formPath)
        XCTAssertEqual(form.status, .ok)
        XCTAssertTrue(form.body.string.contains(rule.titleDa))
        XCTAssertTrue(form.body.string.contains(Strings.notRelevantCountsMissed(.da)))
        let before = try await entryCount()

        let fields = ["rule": rule.id, "trigger": received.id.uuidString, "returnTo": "/tray"]
        let noReason = try await caseworker.post("/children/\(test.child.id)/not-relevant", fields.merging(["reason": " "]) { $1 })
        XCTAssertEqual(noReason.status, .unprocessableEntity)
        XCTAssertTrue(noReason.body.string.contains(Strings.taskError(.notRelevantReasonMissing)(.da)))
        let unknownRule = try await caseworker.post("/children/\(test.child.id)/not-relevant", fields.merging(["rule": "nope", "reason": "x"]) { $1 })
        XCTAssertEqual(unknownRule.status, .unprocessableEntity)
        let count = try await entryCount()
        XCTAssertEqual(count, before)
        let elsewhere = Browser(test.app)
        _ = try await elsewhere.login("caseworker2", password: test.password)
        try await elsewhere.get("/children")
        let outside = try await elsewhere.post("/children/\(test.child.id)/not-relevant", fields.merging(["reason": "Ikke min"]) { $1 })
        XCTAssertEqual(outside.status, .forbidden)

        let marked = try await caseworker.post("/children/\(test.child.id)/not-relevant",
                                               fields.merging(["reason": "Læreren har selv trukket underretningen tilbage"]) { $1 })
        XCTAssertEqual(marked.status, .seeOther)
        XCTAssertEqual(marked.headers.first(name: .location), "/tray")
        let open = try await test.store.openObligations(child: test.child.id)
        XCTAssertFalse(open.contains { $0.rule == rule.id })
        XCTAssertTrue(open.contains { $0.rule == DeadlineRule.urgencyAssessment.id }, "the other deadlines stand")
        let twice = try await caseworker.post("/children/\(test.child.id)/not-relevant", fields.merging(["reason": "Igen"]) { $1 })
        XCTAssertEqual(twice.status, .unprocessableEntity, "no longer open")

        let lead = try await browser("teamlead")
        let list = try await lead.get("/team/not-relevant")
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.body.string.contains("Læreren har selv trukket underretningen tilbage"))
        XCTAssertTrue(list.body.string.contains("Test caseworker"))
        XCTAssertTrue(list.body.string.contains(Strings.countsMissed(.da)))
        let notForCaseworker = try await caseworker.get("/team/not-relevant")
        XCTAssertNotEqual(notForCaseworker.status, .ok)
    }

    func testAMessageFromMinSideIsOnTheCaseworkersListUntilMarkedAnswered() async throws {
        let family = UUID()
        let sent = TestApp.now.addingTimeInterval(-600)
        let message = Entry(municipality: 707, child: test.child.id,
                            payload: .ownViews(OwnViews(who: .child, text: "Må jeg ringe til dig?", sentFromPortal: true)),
                            occurredAt: sent, recordedAt: sent, author: family)
        try await test.store.append(message, now: TestApp.now)
        let owed = try await test.store.openObligations(child: test.child.id).filter { $0.rule == DeadlineRule.portalMessage.id }
        XCTAssertEqual(owed.map(\.trigger), [message.id])
        XCTAssertEqual(owed.first?.assignee, .caseworker(test.users[.caseworker]!.id))

        let teacher = try await browser("professional")
        try await teacher.get("/actions")
        let refused = try await teacher.post(TaskForms.messagePath(child: test.child.id, entry: message.id), ["completedOn": "2026-11-26"])
        XCTAssertEqual(refused.status, .forbidden)

        let caseworker = try await browser("caseworker")
        try await caseworker.get("/children/\(test.child.id)")
        let answered = try await caseworker.post(TaskForms.messagePath(child: test.child.id, entry: message.id),
                                                 ["completedOn": "2026-11-26", "comment": "Ringet op", "returnTo": "/tray"])
        XCTAssertEqual(answered.status, .seeOther)
        let after = try await test.store.openObligations(child: test.child.id).filter { $0.rule == DeadlineRule.portalMessage.id }
        XCTAssertTrue(after.isEmpty)
        let page = try await caseworker.get("/children/\(test.child.id)")
        XCTAssertTrue(page.body.string.contains(Strings.taskEntryPortalMessage(.da)))
    }

    func testWhatARowAsksForAndWhereAFormMayReturnTo() {
        XCTAssertEqual(TaskForms.kind(of: .networkMeetingAction), .agreedAction)
        XCTAssertEqual(TaskForms.kind(of: .portalMessage), .portalMessage)
        XCTAssertEqual(TaskForms.kind(of: .receipt), .deadline)
        XCTAssertNil(LanguageController.localPath("//evil.example"))
        XCTAssertNil(LanguageController.localPath("https://evil.example"))
        XCTAssertNil(LanguageController.localPath("/\\evil.example"))
        XCTAssertNil(LanguageController.localPath("/tray\nLocation: x"))
        XCTAssertEqual(LanguageController.localPath("/tray?rule=x"), "/tray?rule=x")
    }
}
