import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb
import SporTestSupport

/// The family's portal (issue 8): accounts made by the caseworker and opened with a one-time code, "Min plan", the
/// child's own views becoming a journal entry a decision can cite, the parents' page, and what a family can never reach.
final class PortalTests: XCTestCase {
    var test: TestApp!
    var family: Child!
    var mother: Person!
    var father: Person!
    /// Texts the family must never see: a journal note, the notification and who sent it.
    let secretNote = "HEMMELIGT NOTAT om familiens økonomi"
    let notificationText = "Underretning: Carla kommer ofte sulten i skole"

    override func setUp() async throws {
        test = try await TestApp()
        try await seedFamily()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }

    /// Carla (14) in the caseworker's team, with a mother who has custody and a father who does not, and a course with
    /// a notification from a professional, a note, a decision, a measure, a plan and a follow-up.
    func seedFamily() async throws {
        var course = IndicatorFixtures.CourseBuilder(fixture: 90, child: 1, born: day(2012, 5, 4), sex: .female, district: "Område Grenaa")
        let caseworker = test.users[.caseworker]!.id
        let start = day(2026, 3, 2)
        course.add(.notification(Notification(notifierKind: .professional, notifierUser: test.users[.professional]!.id, profession: .teacher,
                                              description: notificationText)), start, 9, by: test.users[.professional]!.id)
        course.add(.caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker)), start, 11, by: caseworker)
        course.add(.journalNote(JournalNote(text: secretNote)), start.adding(days: 1), by: caseworker)
        let heard = course.conversation(start.adding(days: 10))
        let decided = course.decision(start.adding(days: 12), offers: ["familiebehandling"], basis: .treatment, heardIn: heard)
        let measure = course.measure("familiebehandling", start.adding(days: 14), decision: decided, basis: .treatment)
        let goal = course.newID()
        course.plan([goal], start.adding(days: 30))
        course.add(IndicatorFixtures.CourseBuilder.followUpPayload(of: [measure], ratings: [(goal, .progress)], next: day(2027, 1, 15)),
                   start.adding(days: 120))
        family = Child(id: course.facts.id, municipality: 707, givenName: "Carla", familyName: "Familiesen", birthDate: day(2012, 5, 4),
                       sex: .female, district: "Område Grenaa")
        mother = Person(municipality: 707, givenName: "Mette", familyName: "Familiesen")
        father = Person(municipality: 707, givenName: "Frank", familyName: "Andersen")
        try await test.store.importFamilies([Store.FamilyImport(
            children: [(family, try CPR("040512-4328"), course.entries)], parents: [mother, father],
            relations: [Relation(child: family.id, person: mother.id, kind: .mother, hasCustody: true),
                        Relation(child: family.id, person: father.id, kind: .father, hasCustody: false)])],
            by: caseworker, now: TestApp.now)
    }

    var familyPage: String { "/children/\(family.id.uuidString)/family" }

    /// Logs the caseworker in and makes an account; returns the code shown.
    func makeAccount(for reader: String, caseworker: Browser? = nil) async throws -> String {
        let browser = caseworker ?? Browser(test.app)
        if caseworker == nil { _ = try await browser.login("caseworker", password: test.password) }
        try await browser.get(familyPage)
        let response = try await browser.post(familyPage, ["reader": reader])
        XCTAssertEqual(response.status, .created, response.body.string)
        let page = response.body.string
        guard let range = page.range(of: #"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"#, options: .regularExpression) else {
            XCTFail("no code shown"); return ""
        }
        return String(page[range])
    }

    func activate(_ code: String, username: String, password: String = "grøn hest hopper højt") async throws -> (Browser, XCTHTTPResponse) {
        let browser = Browser(test.app)
        try await browser.get("/portal/activate")
        let response = try await browser.post("/portal/activate", ["code": code, "username": username, "password": password, "repeat": password])
        return (browser, response)
    }

    // MARK: - The whole way

    func testTheYouthActivatesSeesThePlanSendsViewsAndTheCaseworkerMayNotCiteThemAsTheHearing() async throws {
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let code = try await makeAccount(for: "child", caseworker: caseworker)
        XCTAssertEqual(code.count, 14)

        let (youth, activated) = try await activate(code.lowercased().replacingOccurrences(of: "-", with: " "), username: "carla14")
        XCTAssertEqual(activated.status, .seeOther, activated.body.string)
        XCTAssertEqual(activated.headers.first(name: .location), "/portal")

        let plan = try await youth.get("/portal")
        XCTAssertEqual(plan.status, .ok)
        let html = plan.body.string
        XCTAssertTrue(html.contains("Hej Carla"))
        XCTAssertTrue(html.contains("Kommer i skole hver dag"), "my goal")
        XCTAssertTrue(html.contains(Strings.goalGoing(.progress)(.da)), "how it is going, in plain words")
        XCTAssertTrue(html.contains("Familiebehandling"), "the help I get")
        XCTAssertTrue(html.contains("Test caseworker"), "my contact person")
        XCTAssertTrue(html.contains("15.01.2027"), "my next meeting")
        XCTAssertTrue(html.contains(Strings.rightText(.complain)(.da)), "my rights")
        XCTAssertTrue(html.contains(Strings.rightFromAge(.da).replacingOccurrences(of: "{0}", with: "15")), "consent comes at 15")
        XCTAssertTrue(html.contains(Strings.openOffersTitle(.da)))

        try await youth.get("/portal/say")
        let sent = try await youth.post("/portal/say", ["text": "Jeg vil gerne blive boende hjemme", "scale-school": "2", "meetingOn": "2027-01-15"])
        XCTAssertEqual(sent.status, .seeOther, sent.body.string)
        let views = try await test.store.timeline(child: family.id).entries.filter { $0.kind == .ownViews }
        XCTAssertEqual(views.count, 1)
        guard case .ownViews(let own) = views[0].payload else { return XCTFail("not own views") }
        XCTAssertEqual(own.who, .child)
        XCTAssertEqual(own.text, "Jeg vil gerne blive boende hjemme")
        XCTAssertEqual(own.scale, [OwnViews.ScaleAnswer(question: "Hvordan har du det i skolen?", value: 2)])
        XCTAssertEqual(own.meetingOn, day(2027, 1, 15))
        let accounts = try await test.store.familyAccounts(child: family.id)
        XCTAssertEqual(views[0].author, accounts[0].id, "the entry is signed by the youth's account")
        let after = try await youth.get("/portal").body.string
        XCTAssertTrue(after.contains("Jeg vil gerne blive boende hjemme"), "what I sent is listed")

        // The caseworker sees it on the timeline and can cite it in the next decision.
        let child = try await caseworker.get("/children/\(family.id.uuidString)").body.string
        XCTAssertTrue(child.contains("Jeg vil gerne blive boende hjemme"))
        XCTAssertTrue(child.contains(Strings.viaPortal(.da)))
        let worklist = try await caseworker.get("/tray").body.string
        XCTAssertTrue(worklist.contains("#entry-\(views[0].id.uuidString)"), "the tray points to what the family sent")
        let other = Browser(test.app)
        _ = try await other.login("caseworker2", password: test.password)
        let elsewhere = try await other.get("/tray").body.string
        XCTAssertFalse(elsewhere.contains("#entry-\(views[0].id.uuidString)"), "another team's caseworker is not told")
        let lead = Browser(test.app)
        _ = try await lead.login("teamlead", password: test.password)
        let team = try await lead.get("/tray").body.string
        XCTAssertTrue(team.contains("#entry-\(views[0].id.uuidString)"), "the team lead sees the team's")
        // What the youth sent is views, not the hearing (§ 5, stk. 3: a conversation or direct contact, issue 24): the
        // decision form does not offer it as where the child was heard, and a decision citing it is refused.
        let before = try await test.store.timeline(child: family.id).entries.filter { $0.kind == .decision }.count
        let form = try await caseworker.get("/children/\(family.id.uuidString)/course/decision").body.string
        XCTAssertFalse(form.contains("value=\"\(views[0].id.uuidString)\""), "a message from Min side is not offered as the hearing")
        let decision = try await caseworker.post("/children/\(family.id.uuidString)/course/decision", [
            "outcome": "granted", "offer-familiebehandling": "on", "purpose": "Familien får hjælp om morgenen",
            "expectedEnd": "2027-11-30", "heardIn": views[0].id.uuidString, "consentParents": "given",
            "complaintGuidance": "yes", "makesChildsPlan": "yes", "occurredAt": "2026-11-26T10:00",
        ])
        XCTAssertEqual(decision.status, .unprocessableEntity, "§ 5, stk. 3: the portal's views are not the hearing")
        let decisions = try await test.store.timeline(child: family.id).entries.filter { $0.kind == .decision }
        XCTAssertEqual(decisions.count, before, "nothing saved")
    }

    // MARK: - Parents

    func testAParentWithCustodySeesDecisionsWithComplaintGuidanceAndNeverNotesOrTheNotifier() async throws {
        let code = try await makeAccount(for: mother.id.uuidString)
        let (parent, activated) = try await activate(code, username: "mette.f")
        XCTAssertEqual(activated.status, .seeOther, activated.body.string)
        let page = try await parent.get("/portal").body.string
        XCTAssertTrue(page.contains("Carlas plan"))
        XCTAssertTrue(page.contains(">Barnets plan<"), "a parent's menu names the child's plan")
        XCTAssertEqual(PortalView.genitive("Tobias", .da), "Tobias'")
        XCTAssertEqual(PortalView.genitive("Tobias", .en), "Tobias's")
        XCTAssertTrue(page.contains(Strings.familyComplaintGuidance(.da)))
        XCTAssertTrue(page.contains("At barnet trives hjemme og i skolen"), "the decision's purpose")
        XCTAssertTrue(page.contains(Strings.meetingKind(.followUp)(.da)))
        for secret in [secretNote, notificationText, "Test professional"] {
            XCTAssertFalse(page.contains(secret), "a parent sees \(secret)")
        }

        try await parent.get("/portal/say")
        let sent = try await parent.post("/portal/say", ["text": "Vi har brug for hjælp om morgenen"])
        XCTAssertEqual(sent.status, .seeOther)
        let views = try await test.store.timeline(child: family.id).entries.filter { $0.kind == .ownViews }
        guard case .ownViews(let own)? = views.first?.payload else { return XCTFail("no own views") }
        XCTAssertEqual(own.who, .parent)
        XCTAssertEqual(own.parent, mother.id)
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let timeline = try await caseworker.get("/children/\(family.id.uuidString)").body.string
        XCTAssertTrue(timeline.contains("En forælder: Mette Familiesen"), "the caseworker sees which parent wrote")
    }

    func testOnlyAParentWithCustodyAndAChildFromTenGetAnAccount() async throws {
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        try await caseworker.get(familyPage)
        let fatherRefused = try await caseworker.post(familyPage, ["reader": father.id.uuidString])
        XCTAssertEqual(fatherRefused.status, .unprocessableEntity)
        XCTAssertTrue(fatherRefused.body.string.contains(Strings.error(.familyAccountNoCustody)(.da)))

        // Alma is 11: she may. A child of 9 may not.
        let young = Child(municipality: 707, givenName: "Ida", familyName: "Lillesen", birthDate: day(2017, 2, 1), sex: .female, district: "Område Grenaa")
        try await test.store.register(young, cpr: try CPR("010217-4326"), by: test.users[.caseworker]!.id, now: TestApp.now)
        try await test.store.append(test.assignment(young.id, test.users[.caseworker]!.id), now: TestApp.now)
        try await caseworker.get("/children/\(young.id.uuidString)/family")
        let tooYoung = try await caseworker.post("/children/\(young.id.uuidString)/family", ["reader": "child"])
        XCTAssertEqual(tooYoung.status, .unprocessableEntity)
        XCTAssertTrue(tooYoung.body.string.contains(Strings.error(.familyAccountTooYoung)(.da)))
        let accounts = try await test.store.familyAccounts(child: young.id)
        XCTAssertTrue(accounts.isEmpty)

        // One live account per reader.
        _ = try await makeAccount(for: "child", caseworker: caseworker)
        let twice = try await caseworker.post(familyPage, ["reader": "child"])
        XCTAssertEqual(twice.status, .unprocessableEntity)

        // A caseworker of another team cannot open the page at all.
        let other = Browser(test.app)
        _ = try await other.login("caseworker2", password: test.password)
        let refused = try await other.get(familyPage)
        XCTAssertEqual(refused.status, .forbidden)
    }

    // MARK: - Bad input

    func testActivationCodesThatAreWrongExpiredOrUsedAreRefusedClearly() async throws {
        let code = try await makeAccount(for: "child")

        let (_, wrong) = try await activate("AAAA-BBBB-CCCC", username: "carla14")
        XCTAssertEqual(wrong.status, .unprocessableEntity)
        XCTAssertTrue(wrong.body.string.contains(Strings.error(.activationCodeUnknown)(.da)))
        XCTAssertTrue(wrong.body.string.contains("value=\"carla14\""), "the username typed is kept")

        let (_, weak) = try await activate(code, username: "carla14", password: "kort")
        XCTAssertEqual(weak.status, .unprocessableEntity)
        XCTAssertTrue(weak.body.string.contains(Strings.error(.passwordTooShort)(.da)))
        XCTAssertTrue(weak.body.string.contains("value=\"\(code)\""), "the code typed is kept")

        let browser = Browser(test.app)
        try await browser.get("/portal/activate")
        let differ = try await browser.post("/portal/activate", ["code": code, "username": "carla14", "password": "grøn hest hopper højt",
                                                                 "repeat": "grøn hest hopper lavt"])
        XCTAssertTrue(differ.body.string.contains(Strings.error(.passwordsDiffer)(.da)))

        let (_, badName) = try await activate(code, username: "c a")
        XCTAssertTrue(badName.body.string.contains(Strings.error(.usernameInvalid)(.da)))

        // None of that used the code up.
        let (_, opened) = try await activate(code, username: "carla14")
        XCTAssertEqual(opened.status, .seeOther)

        let (_, reused) = try await activate(code, username: "carla15")
        XCTAssertEqual(reused.status, .unprocessableEntity)
        XCTAssertTrue(reused.body.string.contains(Strings.error(.activationCodeUsed)(.da)))

        // An expired code: made now, tried 15 days later.
        let motherCode = try await makeAccount(for: mother.id.uuidString)
        test.clock.set(TestApp.now.addingTimeInterval(15 * 24 * 3600))
        let (_, expired) = try await activate(motherCode, username: "mette.f")
        XCTAssertEqual(expired.status, .unprocessableEntity)
        XCTAssertTrue(expired.body.string.contains(Strings.error(.activationCodeExpired)(.da)))
        let accounts = try await test.store.familyAccounts(child: family.id)
        XCTAssertNil(accounts.first { $0.reader == .parent(mother.id) }?.activatedAt)
    }

    func testAnEmptyOrOverlongMessageIsRefusedAndKept() async throws {
        let code = try await makeAccount(for: "child")
        let (youth, _) = try await activate(code, username: "carla14")
        try await youth.get("/portal/say")

        let empty = try await youth.post("/portal/say", ["text": "   \n  "])
        XCTAssertEqual(empty.status, .unprocessableEntity)
        XCTAssertTrue(empty.body.string.contains(Strings.sayEmpty(.da)))

        let long = String(repeating: "Jeg vil sige noget. ", count: 5_000)
        XCTAssertEqual(long.count, 100_000)
        let tooLong = try await youth.post("/portal/say", ["text": long, "scale-home": "4"])
        XCTAssertEqual(tooLong.status, .unprocessableEntity)
        let page = tooLong.body.string
        XCTAssertTrue(page.contains(Strings.sayTooLong(.da, "100.000")))
        XCTAssertTrue(page.contains(long), "the text is still there to shorten")
        XCTAssertTrue(page.contains(#"<option value="4" selected"#), "the scale answer is kept")
        let views = try await test.store.timeline(child: family.id).entries.filter { $0.kind == .ownViews }
        XCTAssertTrue(views.isEmpty, "nothing was written")
    }

    // MARK: - What a family can reach

    /// Every route of the application, with every parameter naming the other child (or its entries), as a signed-in youth:
    /// no response carries the other child, a journal note, the notification or who sent it.
    func testAFamilyReachesNoOtherChildAndNoNotifierOnAnyRoute() async throws {
        let otherEntry = try await test.store.timeline(child: test.otherChild.id).entries[0]
        let code = try await makeAccount(for: "child")
        let (youth, _) = try await activate(code, username: "carla14")
        try await youth.get("/portal")
        var checked = 0
        for route in test.app.routes.all {
            guard let access = route.access else { continue }
            for target in [test.otherChild.id, family.id] {
                let path = "/" + route.path.map { component -> String in
                    guard case .parameter(let name) = component else { return component.description }
                    return name == "childID" ? target.uuidString : otherEntry.id.uuidString
                }.joined(separator: "/")
                let response = route.method == .POST ? try await youth.post(path, ["text": "x", "reader": "child"]) : try await youth.get(path)
                let body = response.body.string
                let what = "\(route.method) \(path) → \(response.status.code)"
                XCTAssertLessThan(response.status.code, 500, what)
                for secret in ["Prøvesen", secretNote, notificationText, "Test professional"] {
                    XCTAssertFalse(body.contains(secret), "\(what) shows \(secret)")
                }
                if case .requires = access {
                    // Staff pages: a family session is no staff login.
                    let refused = response.status == .forbidden || response.status == .unauthorized
                        || response.headers.first(name: .location) == "/login"
                    XCTAssertTrue(refused, what)
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 100)
        // The API refuses too.
        let api = try await youth.get("/api/v1/children/\(family.id.uuidString)")
        XCTAssertEqual(api.status, .unauthorized)
    }

    func testAClosedAccountEndsTheSessionAndTheLogin() async throws {
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let code = try await makeAccount(for: "child", caseworker: caseworker)
        let (youth, _) = try await activate(code, username: "carla14")
        let open = try await youth.get("/portal")
        XCTAssertEqual(open.status, .ok)

        let account = try await test.store.familyAccounts(child: family.id)[0]
        try await caseworker.get(familyPage)
        let revoked = try await caseworker.post("\(familyPage)/\(account.id.uuidString)/revoke", [:])
        XCTAssertEqual(revoked.status, .seeOther)

        let after = try await youth.get("/portal")
        XCTAssertEqual(after.headers.first(name: .location), "/portal/login")
        let again = Browser(test.app)
        try await again.get("/portal/login")
        let login = try await again.post("/portal/login", ["username": "carla14", "password": "grøn hest hopper højt"])
        XCTAssertEqual(login.status, .unauthorized)
        XCTAssertTrue(login.body.string.contains(Strings.portalLoginFailed(.da)))
    }

    func testTheYouthLogsInWithTheChosenPasswordAndStaffCannotOpenThePortal() async throws {
        let code = try await makeAccount(for: "child")
        _ = try await activate(code, username: "Carla14")
        let browser = Browser(test.app)
        try await browser.get("/portal/login")
        let wrong = try await browser.post("/portal/login", ["username": "carla14", "password": "forkert forkert forkert"])
        XCTAssertEqual(wrong.status, .unauthorized)
        let right = try await browser.post("/portal/login", ["username": "CARLA14", "password": "grøn hest hopper højt"])
        XCTAssertEqual(right.headers.first(name: .location), "/portal")
        let page = try await browser.get("/portal")
        XCTAssertTrue(page.body.string.contains("Hej Carla"))

        // Left unused past the idle timeout, the session ends and the portal's own login says so.
        test.clock.set(TestApp.now.addingTimeInterval(test.app.spor.settings.idleTimeout + 60))
        let idle = try await browser.get("/portal")
        XCTAssertEqual(idle.headers.first(name: .location), "/portal/login")
        test.clock.set(TestApp.now)

        let staff = Browser(test.app)
        _ = try await staff.login("caseworker", password: test.password)
        let refused = try await staff.get("/portal")
        XCTAssertEqual(refused.status, .forbidden)
    }
}
