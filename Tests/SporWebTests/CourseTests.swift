import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// One whole course through the course pages — notification → investigation → conversation → decision →
/// measure → plan → follow-up → transition — with the child page's summary checked at each step, and the
/// refusals the law asks for.
final class CourseTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    var base: String { "/children/\(test.child.id)" }

    func entries(_ kind: EntryKind) async throws -> [Entry] {
        try await test.store.timeline(child: test.child.id).entries.filter { $0.kind == kind }
    }

    func glance(_ browser: Browser, _ card: String) async throws -> String {
        let page = try await browser.get(base).body.string
        guard let start = page.range(of: "id=\"\(card)\"") else { XCTFail("no \(card) on the child page"); return "" }
        let rest = page[start.upperBound...]
        let end = rest.range(of: "glance-card") ?? rest.range(of: "</section>")!
        return String(rest[..<end.lowerBound])
    }

    /// The caseworker, logged in afresh on `day` (a long pause ends a session).
    func caseworker(on day: LocalDate, hour: Int = 9) async throws -> Browser {
        test.clock.set(DanishTime.instant(day, hour: hour))
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        return browser
    }

    func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }

    func testAWholeCourseAndTheChildPageAtEachStep() async throws {
        var browser = try await caseworker(on: day(2026, 11, 26), hour: 11)

        // A professional's notification.
        let teacher = Browser(test.app)
        _ = try await teacher.login("professional", password: test.password)
        try await teacher.get("/professional")
        _ = try await teacher.post("/professional", ["cpr": "150315-4321", "kind": "notification", "description": "Alma er ofte sulten og træt"])
        let notification = try await entries(.notification)[0]

        // Investigation.
        try await browser.get(base + "/course/assessment")
        var response = try await browser.post(base + "/course/assessment", ["kind": "investigation", "reason": "Underretning om mistrivsel",
                                                                            "notification": notification.id.uuidString, "occurredAt": "2026-11-26T11:00"])
        XCTAssertEqual(response.status, .seeOther, String(response.body.string.split(separator: "role=\"alert\"").dropFirst().first?.prefix(300) ?? ""))
        let investigation = try await entries(.investigation)[0]
        let value1 = try await glance(browser, "glance-deadlines").contains(DeadlineRule.investigationFourMonths.titleDa)
        XCTAssertTrue(value1)

        // The child conversation: a bisidder under 15 is refused, the words kept.
        browser = try await caseworker(on: day(2026, 12, 3))
        try await browser.get(base + "/course/conversation")
        response = try await browser.post(base + "/course/conversation", ["heldBy": test.users[.caseworker]!.id.uuidString, "place": "Skolen",
                                                                          "childsWords": "Jeg vil gerne bo hjemme", "bisidderName": "Storebror",
                                                                          "bisidderRelation": "bror", "bisidderAge": "13", "occurredAt": "2026-12-03T08:30"])
        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains(Strings.error(.bisidderTooYoung)(.da)))
        XCTAssertTrue(response.body.string.contains("Jeg vil gerne bo hjemme"))
        let value2 = try await entries(.childConversation).isEmpty
        XCTAssertTrue(value2)
        response = try await browser.post(base + "/course/conversation", ["heldBy": test.users[.caseworker]!.id.uuidString, "place": "Skolen",
                                                                          "childsWords": "Jeg vil gerne bo hjemme", "occurredAt": "2026-12-03T08:30"])
        XCTAssertEqual(response.status, .seeOther)
        let conversation = try await entries(.childConversation)[0]

        // The investigation concludes.
        browser = try await caseworker(on: day(2027, 1, 20), hour: 13)
        try await browser.get(base + "/course/assessment-conclusion")
        response = try await browser.post(base + "/course/assessment-conclusion", [
            "start": investigation.id.uuidString, "childsDevelopment": "Trist, men i udvikling", "parentingCapacity": "Mor er presset",
            "familyAndNetwork": "Mormor hjælper", "childsViews": "Vil bo hjemme", "parentsViews": "Ønsker støtte",
            "conclusion": "Familiebehandling", "occurredAt": "2027-01-20T12:00"])
        XCTAssertEqual(response.status, .seeOther)

        // The decision: without the child's views and without a reason it is refused; with the conversation it is saved.
        browser = try await caseworker(on: day(2027, 1, 22), hour: 10)
        try await browser.get(base + "/course/decision")
        let decisionFields = ["outcome": "granted", "offer-familiebehandling": "1", "purpose": "Styrke familien",
                              "expectedEnd": "2027-12-31", "consentParents": "given", "complaintGuidance": "yes", "makesChildsPlan": "yes",
                              "occurredAt": "2027-01-22T09:00"]
        response = try await browser.post(base + "/course/decision", decisionFields.merging(["heardIn": ""]) { $1 })
        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains(Strings.error(.childsViewsMissing)(.da)))
        XCTAssertTrue(response.body.string.contains("Styrke familien"), "the typed purpose is kept")
        let value3 = try await entries(.decision).isEmpty
        XCTAssertTrue(value3)
        // Consent and the child's complaint guidance are the caseworker's answers: left unanswered, each is refused naming
        // its field, and nothing is saved.
        for question in ["consentParents", "complaintGuidance"] {
            var unanswered = decisionFields.merging(["heardIn": conversation.id.uuidString]) { $1 }
            unanswered[question] = ""
            response = try await browser.post(base + "/course/decision", unanswered)
            XCTAssertEqual(response.status, .unprocessableEntity, question)
            XCTAssertTrue(response.body.string.contains(#"id="step-\#(question)-error""#), question)
            XCTAssertTrue(response.body.string.contains(Strings.errorAnswerRequired(.da)), question)
            let saved = try await entries(.decision)
            XCTAssertTrue(saved.isEmpty, question)
        }
        // Consent recorded for a child under 15 is refused.
        response = try await browser.post(base + "/course/decision", decisionFields.merging(["heardIn": conversation.id.uuidString, "consentYoung": "given"]) { $1 })
        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains(Strings.error(.consentBelowAge)(.da)))
        response = try await browser.post(base + "/course/decision", decisionFields.merging(["heardIn": conversation.id.uuidString]) { $1 })
        XCTAssertEqual(response.status, .seeOther)
        let decision = try await entries(.decision)[0]

        // The measure starts.
        browser = try await caseworker(on: day(2027, 1, 27), hour: 10)
        try await browser.get(base + "/course/measure-start")
        response = try await browser.post(base + "/course/measure-start", ["decision": decision.id.uuidString, "offer": "familiebehandling",
                                                                          "occurredAt": "2027-01-27T09:00"])
        XCTAssertEqual(response.status, .seeOther)
        let measures = try await glance(browser, "glance-measures")
        XCTAssertTrue(measures.contains(OfferCatalogue.standard["familiebehandling"]!.name))
        XCTAssertFalse(measures.contains(Strings.immediateHelpMark(.da)), "it started after the investigation concluded")

        // The plan: a goal without text is refused.
        browser = try await caseworker(on: day(2027, 2, 3), hour: 11)
        try await browser.get(base + "/course/plan")
        response = try await browser.post(base + "/course/plan", ["planKind": "childsPlan", "goal0What": "", "goal0ByWhen": "2027-06-01",
                                                                 "goal0How": "Fremmøde over 95 %", "madeWithChild": "yes", "madeWithParents": "no", "occurredAt": "2027-02-03T10:00"])
        XCTAssertEqual(response.status, .unprocessableEntity)
        let value4 = try await entries(.plan).isEmpty
        XCTAssertTrue(value4)
        response = try await browser.post(base + "/course/plan", ["planKind": "childsPlan", "goal0What": "Alma kommer i skole hver dag",
                                                                 "goal0ByWhen": "2027-06-01", "goal0How": "Fremmøde over 95 %",
                                                                 "childsHopes": "At have en veninde", "madeWithChild": "yes", "madeWithParents": "no", "occurredAt": "2027-02-03T10:00"])
        XCTAssertEqual(response.status, .seeOther)
        let value5 = try await glance(browser, "glance-plan").contains(Strings.notRatedYet(.da))
        XCTAssertTrue(value5)
        let plan = try await test.store.timeline(child: test.child.id).state().plan!
        let measureEntry = try await entries(.measureStarted)[0]

        // The follow-up rates the goal.
        browser = try await caseworker(on: day(2027, 4, 20), hour: 12)
        try await browser.get(base + "/course/follow-up")
        response = try await browser.post(base + "/course/follow-up", [
            "measure-\(measureEntry.id.uuidString)": "1", "rating-\(plan.goals[0].goal.id.uuidString)": "progress",
            "assessment": "Fremmødet er steget", "outcome": "continue", "nextFollowUp": "2027-07-20",
            "nextFollowUpReason": "Efter sommerferien", "occurredAt": "2027-04-20T09:00"])
        XCTAssertEqual(response.status, .seeOther)
        let value6 = try await glance(browser, "glance-plan").contains(Strings.goalRating(.progress)(.da))
        XCTAssertTrue(value6)

        // The measure cannot end before it started.
        try await browser.get(base + "/course/measure-end")
        response = try await browser.post(base + "/course/measure-end", ["measure": measureEntry.id.uuidString, "reason": "goalsReached",
                                                                        "occurredAt": "2027-01-01T09:00"])
        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains(Strings.error(.endBeforeStart)(.da)))
        let value7 = try await entries(.measureEnded).isEmpty
        XCTAssertTrue(value7)

        // A transition without a handover meeting is an open obligation; the meeting meets it.
        try await browser.get(base + "/course/transition")
        response = try await browser.post(base + "/course/transition", ["from": "school", "to": "youthEducation", "occurredAt": "2027-04-20T10:00"])
        XCTAssertEqual(response.status, .seeOther)
        let value8 = try await glance(browser, "glance-deadlines").contains(DeadlineRule.transitionHandover.titleDa)
        XCTAssertTrue(value8)
        try await browser.get(base + "/course/handover")
        response = try await browser.post(base + "/course/handover", ["from": "school", "to": "youthEducation", "participants": "Lærer, UU-vejleder",
                                                                     "childPresent": "1", "familyPresent": "1", "plan": "Mentor første halvår",
                                                                     "occurredAt": "2027-04-20T11:00"])
        XCTAssertEqual(response.status, .seeOther)
        let value9 = try await glance(browser, "glance-deadlines").contains(DeadlineRule.transitionHandover.titleDa)
        XCTAssertFalse(value9)

        // The timeline reads the course: 2027 first, 2026 a year back (the page shows one year at a time).
        let page = try await browser.get(base).body.string + browser.get(base + "?year=2026").body.string
        for text in ["Jeg vil gerne bo hjemme", "Styrke familien", "Alma kommer i skole hver dag", "Fremmødet er steget", "Mentor første halvår"] {
            XCTAssertTrue(page.contains(text), text)
        }
    }

    /// Issue 21, items 1 and 4: the decision offers the conclusion as its reasons, names each measure's provision, requires
    /// reasons for a partial grant, starts its measures on their own provisions, and shows the complaint guidance.
    func testADecisionWithReasonsAndTwoMeasuresEachOnItsOwnProvision() async throws {
        let browser = try await caseworker(on: day(2026, 11, 26), hour: 11)
        try await browser.get(base + "/course/assessment")
        let started = try await browser.post(base + "/course/assessment", ["kind": "investigation", "reason": "Bekymring for trivslen",
                                                                          "occurredAt": "2026-11-26T10:00"])
        XCTAssertEqual(started.status, .seeOther)
        let investigation = try await entries(.investigation)[0]
        let concluded = try await browser.post(base + "/course/assessment-conclusion", [
            "start": investigation.id.uuidString, "childsDevelopment": "I udvikling", "parentingCapacity": "Mor er presset",
            "familyAndNetwork": "Mormor hjælper", "childsViews": "Vil bo hjemme", "parentsViews": "Ønsker støtte",
            "conclusion": "Familien har brug for familiebehandling og støtte i hjemmet", "occurredAt": "2026-11-26T10:30"])
        XCTAssertEqual(concluded.status, .seeOther)

        // The form offers the conclusion as the reasons, and names the provision beside each offer.
        let form = try await browser.get(base + "/course/decision").body.string
        XCTAssertTrue(form.contains("Familien har brug for familiebehandling og støtte i hjemmet</textarea>"), "the conclusion offered as reasons")
        XCTAssertTrue(form.contains(#"name="basis-familiebehandling""#) || form.contains("§ 32, stk. 1, nr. 5"))
        XCTAssertFalse(form.contains(#"value="alongsideAssessment""#), "§ 32, stk. 4 is not a provision to choose")

        var fields = ["outcome": "partiallyGranted", "offer-familiebehandling": "1", "offer-stoette-i-hjemmet": "1",
                      "basis-familiebehandling": "treatment", "basis-stoette-i-hjemmet": "helpInTheHome",
                      "purpose": "Styrke familien", "expectedEnd": "2027-12-31", "consentParents": "given", "complaintGuidance": "yes",
                      "makesChildsPlan": "yes", "notHeardReason": "Barnet ønskede ikke en samtale", "heardIn": "", "startMeasures": "1",
                      "reasons": "", "occurredAt": "2026-11-26T11:00"]
        // A partial grant without reasons is refused naming the field; nothing is saved.
        var response = try await browser.post(base + "/course/decision", fields)
        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains(#"id="step-reasons-error""#))
        XCTAssertTrue(response.body.string.contains(Strings.error(.reasonsMissing)(.da)))
        let decisionsSaved = try await entries(.decision).count, measuresSaved = try await entries(.measureStarted).count
        XCTAssertEqual(decisionsSaved + measuresSaved, 0)
        // Unanswered, whether a plan is made is refused too.
        fields["reasons"] = "Aflastning bevilges ikke: behovet dækkes af familiebehandlingen"
        response = try await browser.post(base + "/course/decision", fields.merging(["makesChildsPlan": ""]) { $1 })
        XCTAssertEqual(response.status, .unprocessableEntity)
        XCTAssertTrue(response.body.string.contains(#"id="step-makesChildsPlan-error""#))

        response = try await browser.post(base + "/course/decision", fields)
        XCTAssertEqual(response.status, .seeOther, String(response.body.string.split(separator: "role=\"alert\"").dropFirst().first?.prefix(300) ?? ""))
        let decisionEntry = try await entries(.decision)[0]
        guard case .decision(let decision) = decisionEntry.payload else { return XCTFail() }
        XCTAssertEqual(decision.outcome, .partiallyGranted)
        XCTAssertEqual(decision.basis(of: "stoette-i-hjemmet"), .helpInTheHome)
        XCTAssertEqual(decision.reasons, "Aflastning bevilges ikke: behovet dækkes af familiebehandlingen")
        // Both measures started with the decision, each on its own provision.
        let starts = try await entries(.measureStarted).compactMap { entry -> MeasureStart? in
            if case .measureStarted(let start) = entry.payload { start } else { nil }
        }
        XCTAssertEqual(Set(starts.map(\.offer)), ["familiebehandling", "stoette-i-hjemmet"])
        XCTAssertEqual(starts.first { $0.offer == "stoette-i-hjemmet" }?.legalBasis, .helpInTheHome)
        XCTAssertTrue(starts.allSatisfy { $0.decision == decisionEntry.id })

        // The child page shows the reasons, each provision and the complaint guidance for each.
        let page = try await browser.get(base).body.string
        XCTAssertTrue(page.contains("Aflastning bevilges ikke"))
        XCTAssertTrue(page.contains(Strings.complaintRoute(LegalBasis.helpInTheHome.complaint!, basis: .helpInTheHome)(.da)))
        XCTAssertTrue(page.contains(Strings.complaintRoute(LegalBasis.treatment.complaint!, basis: .treatment)(.da)))
    }

    func testTheApiRefusesADecisionWithoutTheChildsViews() async throws {
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        let token = try await test.store.createApiToken(user: test.users[.caseworker]!.id, name: "test", now: TestApp.now)
        let body = """
        {"kind": "decision", "occurredAt": "2026-11-26T08:00:00Z",
         "decision": {"outcome": "granted", "offers": ["familiebehandling"], "legalBasis": "treatment", "purpose": "Støtte",
                      "expectedEnd": "2027-06-30", "consent": {"custodyHolders": "given"}, "childsViews": {},
                      "complaintGuidanceToChild": true}}
        """
        let browser2 = Browser(test.app)
        var headers: HTTPHeaders = ["Authorization": "Bearer \(token)"]
        headers.contentType = .json
        let response = try await browser2.send(.POST, "/api/v1/children/\(test.child.id)/entries", headers: headers, body: ByteBuffer(string: body))
        let status = response.status
        let text = response.body.string
        XCTAssertEqual(status, .unprocessableEntity, text)
        XCTAssertTrue(text.contains("childsViewsMissing"), text)
        let value10 = try await entries(.decision).isEmpty
        XCTAssertTrue(value10)
    }

    func testTheAdministratorKeepsTheOffersCatalogue() async throws {
        let admin = Browser(test.app)
        _ = try await admin.login("admin", password: test.password)
        let list = try await admin.get("/admin/offers")
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.body.string.contains(OfferCatalogue.standard.offers[0].name))
        try await admin.get("/admin/offers/new")
        var fields = ["id": "Ny Gruppe!", "name": "Gruppe for unge forældre", "provider": "Familiehuset", "targetGroup": "Unge forældre",
                      "level": "preventive", "access": "open", "basis-earlyHelp": "1", "minimumAge": "0", "maximumAge": "5"]
        let badID = try await admin.post("/admin/offers/new", fields)
        XCTAssertEqual(badID.status, .unprocessableEntity)
        XCTAssertTrue(badID.body.string.contains(Strings.error(.offerIdInvalid)(.da)))
        XCTAssertTrue(badID.body.string.contains("Gruppe for unge forældre"), "what was typed is kept")
        fields["id"] = "gruppe-unge-foraeldre"
        fields["minimumAge"] = "9"
        let badAges = try await admin.post("/admin/offers/new", fields)
        XCTAssertEqual(badAges.status, .unprocessableEntity)
        fields["minimumAge"] = "0"
        let saved = try await admin.post("/admin/offers/new", fields)
        XCTAssertEqual(saved.status, .seeOther)
        let catalogue = try await test.store.offerCatalogue()
        XCTAssertEqual(catalogue["gruppe-unge-foraeldre"]?.name, "Gruppe for unge forældre")
        XCTAssertEqual(catalogue.offers.count, OfferCatalogue.standard.offers.count + 1)
        let versions = try await test.store.configurationVersions(key: "offerCatalogue")
        XCTAssertEqual(versions, 1)
        // A caseworker may not.
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let denied = try await caseworker.get("/admin/offers")
        XCTAssertEqual(denied.status, .forbidden)
    }
}
