import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb
import SporTestSupport

/// Abuse preparedness (issue 24, item 1) on the web: a child with a notification about abuse gets the checklist on its
/// page; each step goes through the one form path and shows ✓ with its time; the parents' suspicion is refused unanswered
/// naming the field; the investigation opens the course step's form with the notification chosen; someone else's child
/// is refused; the indicator is on the dashboard, in the CSV and in the API.
final class PreparednessWebTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    static func ago(hours: Double) -> Date { TestApp.now.addingTimeInterval(-hours * 3600) }

    /// The test child notified about abuse `hours` ago (a professional's notification by phone).
    func notifyAbuse(hours: Double = 5, child: UUID? = nil) async throws -> Entry {
        let entry = Entry(municipality: 707, child: child ?? test.child.id,
                          payload: .notification(Notification(notifierKind: .professional, profession: .teacher,
                                                              description: "Barnet fortæller om slag", concernsAbuse: true, channel: .phone)),
                          occurredAt: Self.ago(hours: hours), recordedAt: Self.ago(hours: hours), author: test.users[.caseworker]!.id)
        try await test.store.append(entry, now: TestApp.now)
        return entry
    }

    func conversation(hours: Double, child: UUID? = nil) async throws -> Entry {
        let caseworker = test.users[.caseworker]!.id
        let entry = Entry(municipality: 707, child: child ?? test.child.id,
                          payload: .childConversation(ChildConversation(heldBy: caseworker, place: "På skolen, uden forældrene",
                                                                        outcome: .childsWords("Far slår"))),
                          occurredAt: Self.ago(hours: hours), recordedAt: Self.ago(hours: hours), author: caseworker)
        try await test.store.append(entry, now: TestApp.now)
        return entry
    }

    func steps(_ child: UUID? = nil) async throws -> [PreparednessStep] {
        try await test.store.timeline(child: child ?? test.child.id).entries.compactMap {
            if case .preparednessStep(let step) = $0.payload { step } else { nil }
        }
    }

    static func time(hoursAgo: Double) -> String { Format.dateTimeLocal(ago(hours: hoursAgo)) }

    static func section(_ html: String) throws -> String {
        try XCTUnwrap(html.components(separatedBy: "id=\"preparedness\"").dropFirst().first?.components(separatedBy: "</section>").first)
    }

    func testTheChecklistIsWorkedThroughStepByStepEachWithItsTime() async throws {
        // Setup: a notification about abuse five hours ago; the caseworker on the child page.
        let notification = try await notifyAbuse()
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        var section = try Self.section(try await caseworker.get(SiteURL.child(test.child.id).path).body.string)
        XCTAssertTrue(section.contains("id=\"preparedness-write-conversation\""), "no conversation yet: the link to record it")
        XCTAssertEqual(section.components(separatedBy: "preparedness-step pending").count - 1, 5)
        let talk = try await conversation(hours: 3)
        section = try Self.section(try await caseworker.get(SiteURL.child(test.child.id).path).body.string)
        XCTAssertTrue(section.contains("value=\"\(talk.id.uuidString)\""), "the journal's conversation offered")
        XCTAssertTrue(section.contains("— Vælg svar —"), "the parents' suspicion asked unanswered")
        let path = { (step: PreparednessStepKind) in SiteURL.child(self.test.child.id, .preparedness(.value(step.rawValue))).path }
        let base = ["notification": notification.id.uuidString, "note": ""]

        // The thing under test: the conversation step unanswered, then each step with an earlier time the same day.
        let unanswered = try await caseworker.post(path(.childConversation),
                                                   base.merging(["conversation": talk.id.uuidString, "parentsSuspected": "",
                                                                 "occurredAt": Self.time(hoursAgo: 2)]) { $1 })
        XCTAssertEqual(unanswered.status, .unprocessableEntity)
        XCTAssertTrue(unanswered.body.string.contains("id=\"prep-childConversation-parentsSuspected-error\""), ParticipationTests.refusal(unanswered))
        let none = try await steps()
        XCTAssertTrue(none.isEmpty)
        let forms: [(PreparednessStepKind, [String: String], Double)] = [
            (.childConversation, ["conversation": talk.id.uuidString, "parentsSuspected": "yes"], 2.5),
            (.police, ["police": "consultedNotReported"], 2),
            (.childrensHouse, ["childrensHouse": "referred", "reason": ""], 1.5),
            (.parentsNotInformed, ["reason": "Far er mistænkt; politiet afhører ham først"], 1),
        ]
        for (step, values, hoursAgo) in forms {
            let sent = try await caseworker.post(path(step), base.merging(values) { $1 }.merging(["occurredAt": Self.time(hoursAgo: hoursAgo)]) { $1 })
            XCTAssertEqual(sent.status, .seeOther, "\(step): " + ParticipationTests.refusal(sent))
        }

        // Check: the journal, and the checklist's ✓ with each step's time; the timeline shows every step.
        let saved = try await steps()
        XCTAssertEqual(Set(saved.map(\.step)), Set(PreparednessStepKind.allCases))
        XCTAssertEqual(saved.first { $0.step == .childConversation }?.parentsSuspected, true)
        XCTAssertEqual(saved.first { $0.step == .childConversation }?.conversation, talk.id)
        XCTAssertEqual(saved.first { $0.step == .childrensHouse }?.reason, nil, "a referral keeps no reason")
        let timeline = try await test.store.timeline(child: test.child.id)
        let page = try await caseworker.get(SiteURL.child(test.child.id).path).body.string
        section = try Self.section(page)
        for (step, _, hoursAgo) in forms {
            let item = try XCTUnwrap(section.components(separatedBy: "id=\"preparedness-\(step.rawValue)\"").dropFirst().first?
                .components(separatedBy: "</li>").first)
            XCTAssertTrue(item.contains("preparedness-done"), "\(step)")
            XCTAssertTrue(item.contains(Format.dateTime(Self.ago(hours: hoursAgo), .da)), "\(step): \(item)")
            let entry = try XCTUnwrap(timeline.entries.first { if case .preparednessStep(let s) = $0.payload { s.step == step } else { false } })
            XCTAssertEqual(entry.occurredAt, Self.ago(hours: hoursAgo), "\(step): the time given, not the time of saving")
            XCTAssertTrue(page.contains("id=\"entry-\(entry.id.uuidString)\""), "\(step) on the timeline")
        }
        XCTAssertTrue(section.contains("Far er mistænkt; politiet afhører ham først"), "the decision's reason on the checklist")
        XCTAssertFalse(section.contains("preparedness-complete"), "the investigation is still pending")
        // The investigation, opened from the checklist: the course step's form with the kind and the notification chosen.
        let link = try XCTUnwrap(section.components(separatedBy: "id=\"preparedness-start-investigation\" href=\"").dropFirst().first?
            .components(separatedBy: "\"").first).replacingOccurrences(of: "&amp;", with: "&")
        let form = try await caseworker.get(link).body.string
        XCTAssertTrue(form.contains("<option value=\"investigation\" selected"), "the investigation chosen")
        XCTAssertTrue(form.contains("<option value=\"\(notification.id.uuidString)\" selected"), "the notification chosen")
        let started = try await caseworker.post(SiteURL.child(test.child.id, .course(.value("assessment"))).path,
                                                ["kind": "investigation", "notification": notification.id.uuidString,
                                                 "reason": "Mistanke om vold fra far", "needKnownOn": "",
                                                 "occurredAt": Format.dateTimeLocal(TestApp.now), "occurredAtShown": Format.dateTimeLocal(TestApp.now)])
        XCTAssertEqual(started.status, .seeOther, ParticipationTests.refusal(started))
        let complete = try Self.section(try await caseworker.get(SiteURL.child(test.child.id).path).body.string)
        XCTAssertTrue(complete.contains("preparedness-complete"))
        XCTAssertEqual(complete.components(separatedBy: "preparedness-step done").count - 1, 5)
    }

    func testTheExportWarnsWhileTheParentsAreNotInformed() async throws {
        // Setup: a notification about abuse; the caseworker opens the export (indsigt) before any decision.
        let notification = try await notifyAbuse()
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let before = try await caseworker.get(SiteURL.child(test.child.id, .export).path)
        XCTAssertEqual(before.status, .ok)
        XCTAssertFalse(before.body.string.contains("id=\"export-parents-not-informed\""), "no decision yet: no warning")

        // The thing under test: the decision not to inform the parents yet.
        let sent = try await caseworker.post(SiteURL.child(test.child.id, .preparedness(.value("parentsNotInformed"))).path,
                                             ["notification": notification.id.uuidString, "note": "", "reason": "Far afhøres først",
                                              "occurredAt": Self.time(hoursAgo: 1)])
        XCTAssertEqual(sent.status, .seeOther, ParticipationTests.refusal(sent))

        // Check: the export, which shows everything, warns before it is handed to a parent, naming the decision's day.
        let after = try await caseworker.get(SiteURL.child(test.child.id, .export).path).body.string
        let warning = try XCTUnwrap(after.components(separatedBy: "id=\"export-parents-not-informed\"").dropFirst().first?
            .components(separatedBy: "</p>").first)
        XCTAssertTrue(warning.contains("endnu ikke at orientere forældrene"), warning)
        XCTAssertTrue(warning.contains(Format.date(DanishTime.localDate(of: Self.ago(hours: 1)), .da)), warning)
    }

    func testATimeBeforeTheNotificationOrAheadOfNowAndAMissingReasonAreRefused() async throws {
        let notification = try await notifyAbuse(hours: 5)
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        try await caseworker.get(SiteURL.child(test.child.id).path)
        let police = ["notification": notification.id.uuidString, "police": "reported"]
        let path = { (step: PreparednessStepKind) in SiteURL.child(self.test.child.id, .preparedness(.value(step.rawValue))).path }
        // The thing under test
        let before = try await caseworker.post(path(.police), police.merging(["occurredAt": Self.time(hoursAgo: 6)]) { $1 })
        let ahead = try await caseworker.post(path(.police), police.merging(["occurredAt": Self.time(hoursAgo: -3)]) { $1 })
        let noReason = try await caseworker.post(path(.parentsNotInformed), ["notification": notification.id.uuidString, "reason": " ",
                                                                            "occurredAt": Self.time(hoursAgo: 1)])
        let house = try await caseworker.post(path(.childrensHouse), ["notification": notification.id.uuidString, "childrensHouse": "notRelevant",
                                                                     "reason": "", "occurredAt": Self.time(hoursAgo: 1)])
        // Check
        for (response, field) in [(before, "prep-police-occurredAt"), (ahead, "prep-police-occurredAt"), (noReason, "prep-parentsNotInformed-reason"),
                                  (house, "prep-childrensHouse-reason")] {
            XCTAssertEqual(response.status, .unprocessableEntity)
            XCTAssertTrue(response.body.string.contains("id=\"\(field)-error\""), "\(field): " + ParticipationTests.refusal(response))
        }
        let saved = try await steps()
        XCTAssertTrue(saved.isEmpty)
    }

    func testAChildWithoutAnAbuseNotificationHasNoChecklistAndAStepIsRefused() async throws {
        // Setup: a notification not about abuse.
        let plain = Entry(municipality: 707, child: test.child.id,
                          payload: .notification(Notification(notifierKind: .privatePerson, description: "Bekymret nabo")),
                          occurredAt: Self.ago(hours: 5), recordedAt: Self.ago(hours: 5), author: test.users[.caseworker]!.id)
        try await test.store.append(plain, now: TestApp.now)
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let page = try await caseworker.get(SiteURL.child(test.child.id).path).body.string
        XCTAssertFalse(page.contains("id=\"preparedness\""))
        // The thing under test
        let sent = try await caseworker.post(SiteURL.child(test.child.id, .preparedness(.value("police"))).path,
                                             ["notification": plain.id.uuidString, "police": "reported", "occurredAt": Self.time(hoursAgo: 1)])
        // Check
        XCTAssertEqual(sent.status, .unprocessableEntity)
        XCTAssertTrue(sent.body.string.contains("Beredskabets trin hører til en underretning om overgreb"), ParticipationTests.refusal(sent))
        let unknown = try await caseworker.post(SiteURL.child(test.child.id, .preparedness(.value("lawyer"))).path, ["notification": plain.id.uuidString])
        XCTAssertEqual(unknown.status, .notFound)
        let saved = try await steps()
        XCTAssertTrue(saved.isEmpty)
    }

    func testTheIndicatorIsOnTheDashboardInTheCsvAndInTheApi() async throws {
        // Setup: five children of the caseworker notified about abuse, each with the police consulted the next day.
        let caseworker = test.users[.caseworker]!.id
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        for number in 1...5 {
            let child = Child(municipality: 707, givenName: "Bo\(number)", familyName: "Beredskab",
                              birthDate: LocalDate(year: 2012, month: 5, day: 4 + number)!, sex: .male, district: "Område Grenaa")
            try await test.store.importFamilies([Store.FamilyImport(children: [(child, try CPR(String(format: "%02d0512-43%02d", 4 + number, number * 2)), [])],
                                                                    parents: [], relations: [])], by: caseworker, now: TestApp.now)
            try await test.store.append(Entry(municipality: 707, child: child.id, payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker)),
                                              occurredAt: Self.ago(hours: 60), recordedAt: Self.ago(hours: 60), author: caseworker), now: TestApp.now)
            let notification = try await notifyAbuse(hours: 50, child: child.id)
            try await browser.get(SiteURL.child(child.id).path)
            let sent = try await browser.post(SiteURL.child(child.id, .preparedness(.value("police"))).path,
                                              ["notification": notification.id.uuidString, "police": "reported", "occurredAt": Self.time(hoursAgo: 26)])
            XCTAssertEqual(sent.status, .seeOther, ParticipationTests.refusal(sent))
        }
        let policy = Browser(test.app)
        _ = try await policy.login("policy", password: test.password)
        // The thing under test, and the check: the dashboard …
        let page = try await policy.get("/policy?period=2026").body.string
        XCTAssertTrue(page.contains("id=\"indicator-abuse-preparedness-steps\""))
        // … the CSV (the police's series: five notifications, a median of one day) …
        let csv = String(decoding: Array(Data(buffer: try await policy.get("/policy/indicators.csv?period=2026").body)).dropFirst(3), as: UTF8.self)
        XCTAssertTrue(csv.contains("\r\nabuse-preparedness-steps;police;2026;;;;1,0000;0;5\r\n"),
                      csv.components(separatedBy: "\r\n").filter { $0.hasPrefix("abuse-preparedness-steps;") }.joined(separator: " / "))
        // … and the API.
        let token = try await test.store.createApiToken(user: test.users[.policy]!.id, name: "preparedness", now: TestApp.now)
        let api = try await policy.get("/api/v1/indicators?period=2026", headers: ["Authorization": "Bearer \(token)"])
        XCTAssertEqual(api.status, .ok)
        XCTAssertTrue(api.body.string.contains("\"abuse-preparedness-steps\""))
    }

    func testSomeoneElsesChildIsRefusedAndNothingSaved() async throws {
        let notification = try await notifyAbuse()
        let declared = Dictionary(test.app.routes.all.map { ("\($0.method) /\($0.path.string)", $0.access) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(declared["POST /children/:childID/preparedness/:step"] ?? nil, .requires(.writeEntry))
        for username in ["caseworker2", Role.professional.rawValue, Role.policy.rawValue, Role.admin.rawValue] {
            let browser = Browser(test.app)
            _ = try await browser.login(username, password: test.password)
            try await browser.get("/account")
            // The thing under test
            let status = try await browser.post(SiteURL.child(test.child.id, .preparedness(.value("police"))).path,
                                                ["notification": notification.id.uuidString, "police": "reported",
                                                 "occurredAt": Self.time(hoursAgo: 1)]).status
            // Check
            XCTAssertEqual(status, .forbidden, username)
        }
        let saved = try await steps()
        XCTAssertTrue(saved.isEmpty)
    }
}
