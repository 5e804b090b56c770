import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// Steps that carry forward what the journal knows (issue 21, 1): the 24-hour assessment starts the afdækning or
/// investigation it names, the feedback to the notifier says what followed, and a network meeting opened from the child
/// page knows the child. Every form about one child is reached from its page.
final class CarryForwardTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    /// The evening before: received on 25 November, assessed the next morning (26 November, within 24 hours).
    static let receivedAt = TestApp.now.addingTimeInterval(-16 * 3600)
    static let receivedOn = LocalDate(year: 2026, month: 11, day: 25)!

    /// A notification from a professional (owed a receipt and feedback), received `receivedAt`.
    func notify(_ child: Child? = nil) async throws -> Entry {
        let child = child ?? test.child!
        let entry = Entry(municipality: 707, child: child.id,
                          payload: .notification(Notification(notifierKind: .professional, profession: .teacher,
                                                              description: "Eleven har blå mærker", channel: .phone)),
                          occurredAt: Self.receivedAt, recordedAt: Self.receivedAt, author: test.users[.caseworker]!.id)
        try await test.store.append(entry, now: Self.receivedAt)
        return entry
    }

    func caseworker() async throws -> Browser {
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        return browser
    }

    func assess(_ browser: Browser, _ notification: Entry, nextStep: String, reasoning: String = "Tegn på vold i hjemmet") async throws -> XCTHTTPResponse {
        try await browser.get("/children/\(test.child.id)")
        return try await browser.post("/children/\(test.child.id)/notifications/\(notification.id)/assessment",
                                      ["inDanger": "yes", "acuteMeasures": "no", "nextStep": nextStep, "reasoning": reasoning])
    }

    // MARK: - 1. The assessment starts what it names

    func testAnAssessmentNamingAnInvestigationStartsItFromTheNotificationsDay() async throws {
        let notification = try await notify()
        let browser = try await caseworker()
        let page = try await browser.get("/children/\(test.child.id)")
        // The form says what saving does, with the day the 4 months run from and their end.
        XCTAssertTrue(page.body.string.contains(Strings.assessmentStartsHint(.da).replacingOccurrences(of: "{0}", with: "25.11.2026")))
        XCTAssertTrue(page.body.string.contains(Strings.savesAndStartsInvestigation(.da).replacingOccurrences(of: "{0}", with: "25.03.2027")))
        let before = try await test.store.timeline(child: test.child.id).entries.count

        let saved = try await assess(browser, notification, nextStep: "investigation")
        XCTAssertEqual(saved.status, .seeOther)

        let timeline = try await test.store.timeline(child: test.child.id)
        XCTAssertEqual(timeline.entries.count, before + 2, "the assessment and the investigation it names")
        guard case .urgencyAssessment(let assessment)? = timeline.items.first(where: { $0.entry.kind == .urgencyAssessment })?.effective,
              let started = timeline.items.first(where: { $0.entry.kind == .investigation }),
              case .investigation(let start)? = started.effective else { return XCTFail("no assessment and investigation") }
        XCTAssertEqual(assessment.nextStep, .investigation)
        XCTAssertEqual(start.needKnownOn, Self.receivedOn, "the notification's day, not the assessment's")
        XCTAssertEqual(start.notification, notification.id)
        XCTAssertEqual(start.reason, "Tegn på vold i hjemmet")
        XCTAssertEqual(started.entry.recordedAt, TestApp.now)

        // The deadlines that follow: the 24-hour assessment is met, the investigation's 4 months run from 25 November.
        let open = try await test.store.openObligations(child: test.child.id)
        XCTAssertFalse(open.contains { $0.rule == DeadlineRule.urgencyAssessment.id })
        let fourMonths = try XCTUnwrap(open.first { $0.rule == DeadlineRule.investigationFourMonths.id })
        XCTAssertEqual(fourMonths.due, DanishTime.endOfDay(LocalDate(year: 2027, month: 3, day: 25)!))
        let after = try await browser.get("/children/\(test.child.id)")
        XCTAssertTrue(after.body.string.contains("Børnefaglig undersøgelse afsluttet inden 4 måneder"))
    }

    func testAnAssessmentNamingAFocusedAssessmentStartsIt() async throws {
        let notification = try await notify()
        let browser = try await caseworker()
        let saved = try await assess(browser, notification, nextStep: "focusedAssessment", reasoning: "Skolefravær")
        XCTAssertEqual(saved.status, .seeOther)
        let timeline = try await test.store.timeline(child: test.child.id)
        guard case .focusedAssessment(let start)? = timeline.items.first(where: { $0.entry.kind == .focusedAssessment })?.effective else {
            return XCTFail("no afdækning started")
        }
        XCTAssertEqual(start.needKnownOn, Self.receivedOn)
        XCTAssertFalse(timeline.items.contains { $0.entry.kind == .investigation })
    }

    func testNoFurtherActionWritesTheAssessmentOnly() async throws {
        let notification = try await notify()
        let browser = try await caseworker()
        let before = try await test.store.timeline(child: test.child.id).entries.count
        let saved = try await assess(browser, notification, nextStep: "noAction", reasoning: "Ingen bekymring efter samtale med skolen")
        XCTAssertEqual(saved.status, .seeOther)
        let timeline = try await test.store.timeline(child: test.child.id)
        XCTAssertEqual(timeline.entries.count, before + 1)
        XCTAssertFalse(timeline.items.contains { [.investigation, .focusedAssessment].contains($0.entry.kind) })
    }

    func testAnOpenInvestigationFollowingTheNotificationIsNotStartedTwice() async throws {
        let notification = try await notify()
        let earlier = Entry(municipality: 707, child: test.child.id,
                            payload: .investigation(AssessmentStart(reason: "Startet fra forløbet", notification: notification.id)),
                            occurredAt: Self.receivedAt.addingTimeInterval(3600), recordedAt: Self.receivedAt.addingTimeInterval(3600),
                            author: test.users[.caseworker]!.id)
        try await test.store.append(earlier, now: earlier.recordedAt)
        let browser = try await caseworker()
        let page = try await browser.get("/children/\(test.child.id)")
        XCTAssertTrue(page.body.string.contains(Strings.assessmentAlreadyOpen(.da)
            .replacingOccurrences(of: "{0}", with: "Børnefaglig undersøgelse").replacingOccurrences(of: "{1}", with: "25.11.2026")))
        let saved = try await assess(browser, notification, nextStep: "investigation")
        XCTAssertEqual(saved.status, .seeOther)
        let timeline = try await test.store.timeline(child: test.child.id)
        XCTAssertEqual(timeline.items.filter { $0.entry.kind == .investigation }.count, 1)
        XCTAssertTrue(timeline.items.contains { $0.entry.kind == .urgencyAssessment })
    }

    func testAnAssessmentWithoutReasoningIsRefusedAndStartsNothing() async throws {
        let notification = try await notify()
        let browser = try await caseworker()
        let before = try await test.store.timeline(child: test.child.id).entries.count
        let refused = try await assess(browser, notification, nextStep: "investigation", reasoning: "  ")
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains(Strings.error(.textMissing)(.da)))
        // The chosen step comes back with its note shown.
        XCTAssertTrue(refused.body.string.contains("starts-note starts-investigation shown"))
        let after = try await test.store.timeline(child: test.child.id).entries.count
        XCTAssertEqual(after, before)
    }

    // MARK: - 2. Feedback states what followed

    func testFeedbackSaysAnInvestigationWasStartedAsTheJournalShows() async throws {
        let notification = try await notify()
        let browser = try await caseworker()
        _ = try await assess(browser, notification, nextStep: "investigation")
        let page = try await browser.get("/children/\(test.child.id)")
        let html = page.body.string
        XCTAssertTrue(html.contains(Strings.followedStart(.da).replacingOccurrences(of: "{0}", with: "Børnefaglig undersøgelse")
            .replacingOccurrences(of: "{1}", with: "26.11.2026")))
        let draft = Strings.feedbackDraftInvestigation(.da).replacingOccurrences(of: "{0}", with: "Alma").replacingOccurrences(of: "{1}", with: "25.11.2026")
        XCTAssertTrue(html.contains(draft), "the feedback is offered written")
        XCTAssertFalse(html.contains(#"name="ledToInvestigation""#), "not asked: the journal knows")

        let sent = try await browser.post("/children/\(test.child.id)/notifications/\(notification.id)/feedback", ["text": draft])
        XCTAssertEqual(sent.status, .seeOther)
        let timeline = try await test.store.timeline(child: test.child.id)
        guard case .notifierFeedback(let feedback)? = timeline.items.last(where: { $0.entry.kind == .notifierFeedback })?.effective else {
            return XCTFail("no feedback")
        }
        XCTAssertTrue(feedback.ledToInvestigation)
    }

    func testFeedbackAfterNoFurtherActionSaysNone() async throws {
        let notification = try await notify()
        let browser = try await caseworker()
        _ = try await assess(browser, notification, nextStep: "noAction")
        let page = try await browser.get("/children/\(test.child.id)")
        XCTAssertTrue(page.body.string.contains(Strings.followedNothing(.da)))
        let sent = try await browser.post("/children/\(test.child.id)/notifications/\(notification.id)/feedback",
                                          ["text": "Underretningen har ikke ført til en undersøgelse", "ledToInvestigation": "yes"])
        XCTAssertEqual(sent.status, .seeOther)
        let timeline = try await test.store.timeline(child: test.child.id)
        guard case .notifierFeedback(let feedback)? = timeline.items.last(where: { $0.entry.kind == .notifierFeedback })?.effective else {
            return XCTFail("no feedback")
        }
        XCTAssertFalse(feedback.ledToInvestigation, "a field sent anyway does not decide it")
    }

    /// The API writes no feedback, and the one write path refuses a feedback that says otherwise than the journal.
    func testFeedbackThatContradictsTheJournalIsRefusedWithTheFieldNamed() async throws {
        let notification = try await notify()
        let browser = try await caseworker()
        _ = try await assess(browser, notification, nextStep: "noAction")
        let before = try await test.store.timeline(child: test.child.id).entries.count
        let lie = Entry(municipality: 707, child: test.child.id,
                        payload: .notifierFeedback(NotifierFeedback(notification: notification.id, ledToInvestigation: true,
                                                                    text: "Der er startet en undersøgelse")),
                        occurredAt: TestApp.now, recordedAt: TestApp.now, author: test.users[.caseworker]!.id)
        do {
            try await test.store.append(lie, now: TestApp.now)
            XCTFail("a feedback contradicting the journal was saved")
        } catch let error as DomainError {
            XCTAssertEqual(error.code, .feedbackContradictsJournal)
            XCTAssertEqual(error.field, "ledToInvestigation")
        }
        let after = try await test.store.timeline(child: test.child.id).entries.count
        XCTAssertEqual(after, before)
        XCTAssertFalse(ApiController.writableKinds.contains(.notifierFeedback))
    }

    // MARK: - 3. A network meeting opened from the child page

    func meeting(_ extra: [String: String]) -> [String: String] {
        var fields = ["occurredAt": "2026-11-26T09:00", "childTookPart": "1", "parentsTookPart": "1", "worries": "Meget fravær",
                      "workingWell": "Gode venner i klassen", "needsToHappen": "Hjælp om morgenen", "safetyScale": "4"]
        fields.merge(extra) { $1 }
        return fields
    }

    func testAMeetingOpenedFromTheChildPageIsSavedOnThatChildWithoutTypingIt() async throws {
        let browser = try await caseworker()
        let page = try await browser.get("/children/\(test.child.id)")
        let link = "/meetings/new?child=\(test.child.id.uuidString)"
        XCTAssertTrue(page.body.string.contains(#"href="\#(link)""#), "linked from the child page")

        let form = try await browser.get(link)
        XCTAssertEqual(form.status, .ok)
        XCTAssertTrue(form.body.string.contains("Alma Testesen"))
        XCTAssertFalse(form.body.string.contains(#"name="cpr""#))
        XCTAssertFalse(form.body.string.contains(#"name="birthDate""#))

        let saved = try await browser.post("/meetings", meeting(["child": test.child.id.uuidString]))
        XCTAssertEqual(saved.status, .seeOther)
        XCTAssertEqual(saved.headers.first(name: .location), "/children/\(test.child.id)")
        let timeline = try await test.store.timeline(child: test.child.id)
        guard case .networkMeeting(let recorded)? = timeline.items.last?.effective else { return XCTFail("no meeting on the child") }
        XCTAssertEqual(recorded.worries, "Meget fravær")
    }

    func testSomeoneElsesChildIsNotFoundAndNothingIsSaved() async throws {
        let browser = try await caseworker()
        let foreign = try await browser.get("/meetings/new?child=\(test.otherChild.id.uuidString)")
        XCTAssertEqual(foreign.status, .notFound)
        XCTAssertFalse(foreign.body.string.contains("Prøvesen"))
        let unknown = try await browser.get("/meetings/new?child=\(UUID().uuidString)")
        XCTAssertEqual(unknown.status, .notFound)
        let garbled = try await browser.get("/meetings/new?child=%3Cscript%3E")
        XCTAssertEqual(garbled.status, .notFound)

        try await browser.get("/meetings/new")
        let before = try await test.store.timeline(child: test.otherChild.id).entries.count
        let posted = try await browser.post("/meetings", meeting(["child": test.otherChild.id.uuidString]))
        XCTAssertEqual(posted.status, .notFound)
        // Nor does a CPR number typed beside it lead there.
        let withCPR = try await browser.post("/meetings", meeting(["child": test.otherChild.id.uuidString, "cpr": "010412-4322"]))
        XCTAssertEqual(withCPR.status, .notFound)
        let after = try await test.store.timeline(child: test.otherChild.id).entries.count
        XCTAssertEqual(after, before)

        // The outreach counsellor has no case: the child's id does not open it either; the form without one works as before.
        let outreach = Browser(test.app)
        _ = try await outreach.login("outreach", password: test.password)
        let scoped = try await outreach.get("/meetings/new?child=\(test.child.id.uuidString)")
        XCTAssertEqual(scoped.status, .notFound)
        let plain = try await outreach.get("/meetings/new")
        XCTAssertTrue(plain.body.string.contains(#"name="cpr""#))
    }

    // MARK: - 4. Every form about one child is reached from its page

    /// Every page under `/children/:childID/…` (the forms about one child) and the forms elsewhere that take a child
    /// (the network meeting) are linked from the child page — for a team lead, who sees every link, on a child with a
    /// notification (its deadlines and their forms) in the course.
    func testTheChildPageLinksEveryFormAboutTheChild() async throws {
        _ = try await notify()
        let lead = Browser(test.app)
        _ = try await lead.login("teamlead", password: test.password)
        let page = try await lead.get("/children/\(test.child.id)")
        XCTAssertEqual(page.status, .ok)
        let html = page.body.string
        let hrefs = try NSRegularExpression(pattern: #"href="([^"]+)""#)
        let links = Set(hrefs.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]).replacingOccurrences(of: "&amp;", with: "&") }
        })
        let id = test.child.id.uuidString
        // A download offered on the export page, not a form.
        let exempt: Set<String> = ["/children/:childID/export.json", "/children/:childID/export.zip",
                                   // An attachment's file, linked from its entry (this child has none).
                                   "/children/:childID/attachments/:entryID/file",
                                   // A letter and its files, linked from its entry (this child has none yet).
                                   "/children/:childID/letters/:entryID", "/children/:childID/letters/:entryID/files/:sha256",
                                   // An expected child's notification before birth and birth, linked from its page only
                                   // (this child is born; `ExpectedChildWebTests` checks those links).
                                   "/children/:childID/notification-before-birth", "/children/:childID/birth"]
        let routes = test.app.routes.all.filter { $0.method == .GET }.map { "/" + $0.path.map(\.description).joined(separator: "/") }
        let childPages = Set(routes.filter { $0.hasPrefix("/children/:childID/") }).subtracting(exempt)
        XCTAssertFalse(childPages.isEmpty)
        for route in childPages.sorted() {
            let pattern = route.replacingOccurrences(of: ":childID", with: id)
                .replacingOccurrences(of: #":[A-Za-z]+"#, with: "[^/?#]+", options: .regularExpression)
            let regex = try NSRegularExpression(pattern: "^" + pattern + "([?#].*)?$")
            XCTAssertTrue(links.contains { regex.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil },
                          "no link from the child page to \(route)")
        }
        // Forms elsewhere that take the child: the network meeting.
        XCTAssertTrue(links.contains(SiteURL.meetingsNew.path(query: [("child", id)])), "no link to the network meeting")
        // Every step the course allows now is linked.
        let model = try await ChildPageModel.query(store: test.store, user: test.users[.teamLead]!, childID: test.child.id, now: test.clock.now,
                                                   purpose: .reading, offers: test.app.spor.configuration.offers,
                                                   immediateHelp: test.app.spor.configuration.courseRules.immediateHelp)
        for step in CourseStep.allCases where step.isAvailable(model) {
            XCTAssertTrue(links.contains(SiteURL.child(test.child.id, .course(.value(step.rawValue))).path), "\(step)")
        }
    }
}
