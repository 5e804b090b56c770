import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// Expected children (issue 23, item 1) through the web: registered by a caseworker (or an outreach counsellor), a
/// notification before birth, support to the expectant mother, and the birth that joins the journal to the child — one
/// journal, the same id. Someone else's expected child is not found; a CPR number already registered is refused with
/// nothing saved.
final class ExpectedChildWebTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    /// TestApp.now is 26 November 2026: due 20 February 2027; born 25 November 2026 (87 days early, inside the window).
    static let registration = ["dueDate": "2027-02-20", "district": "Område Grenaa", "motherGivenName": "Sofie", "motherFamilyName": "Kragh",
                               "fatherGivenName": "Jonas", "fatherFamilyName": "Lund"]
    static let birthCPR = "251126-4322"

    func register(_ browser: Browser) async throws -> UUID {
        try await browser.get(SiteURL.expectedNew.path)
        let saved = try await browser.post(SiteURL.expected.path, Self.registration)
        XCTAssertEqual(saved.status, .seeOther, ParticipationTests.refusal(saved))
        let location = try XCTUnwrap(saved.headers.first(name: .location))
        return try XCTUnwrap(UUID(uuidString: String(location.split(separator: "/").last ?? "")))
    }

    func testACaseworkerRegistersAnExpectedChildANotificationBeforeBirthAndTheBirthInOneJournal() async throws {
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        // Registered: the page names it by its due date, with no age and no CPR number.
        let id = try await register(caseworker)
        let page = try await caseworker.get(SiteURL.child(id).path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("Forventet barn (termin 20.02.2027) – Kragh"), "the heading")
        XCTAssertTrue(page.body.string.contains("<title>Forventet barn (termin 20.02.2027) – Kragh"), "and the page's title")
        XCTAssertTrue(page.body.string.contains("Ikke født endnu"))
        XCTAssertTrue(page.body.string.contains("Sofie Kragh") && page.body.string.contains("Jonas Lund"), "the expectant parents")
        XCTAssertFalse(page.body.string.contains("step-link-decision"), "no decision before birth")
        XCTAssertTrue(page.body.string.contains(SiteURL.child(id, .birth).path))
        XCTAssertTrue(page.body.string.contains(SiteURL.child(id, .notificationBeforeBirth).path))
        // A notification before birth from a midwife's colleague, the health visitor.
        let form = try await caseworker.get(SiteURL.child(id, .notificationBeforeBirth).path)
        XCTAssertEqual(form.status, .ok)
        let notified = try await caseworker.post(SiteURL.child(id, .notificationBeforeBirth).path, [
            "channel": "phone", "notifierKind": "professional", "profession": "healthVisitor", "notifierName": "Jordemoder Hanne",
            "receivedAt": "2026-11-20T09:00", "description": "Den gravide fortæller om misbrug", "concernsAbuse": "no"])
        XCTAssertEqual(notified.status, .seeOther, ParticipationTests.refusal(notified))
        // Support to the expectant mother: an open offer, no decision.
        let mother = try await test.store.relations(child: id).first { $0.relation.kind == .mother }!.person
        let enrolment = try await caseworker.get(SiteURL.participationNew.path(query: [("child", id.uuidString)]))
        XCTAssertTrue(enrolment.body.string.contains("Forventet barn (termin 20.02.2027)"), "named by its due date, not a birth date")
        let enrolled = try await caseworker.post(SiteURL.participation.path,
                                                 ["child": id.uuidString, "offer": "saarbare-gravide", "startDate": "2026-11-23",
                                                  "parent": mother.id.uuidString])
        XCTAssertEqual(enrolled.status, .seeOther, ParticipationTests.refusal(enrolled))
        let before = try await test.store.timeline(child: id)
        XCTAssertEqual(Set(before.entries.map(\.kind)), [.caseworkerAssigned, .notification, .measureStarted])
        // The birth: the family name is offered from the mother.
        let birthForm = try await caseworker.get(SiteURL.child(id, .birth).path)
        XCTAssertTrue(birthForm.body.string.contains(#"value="Kragh""#))
        let born = try await caseworker.post(SiteURL.child(id, .birth).path, ["cpr": Self.birthCPR, "givenName": "Ida", "familyName": "Kragh"])
        XCTAssertEqual(born.status, .seeOther, ParticipationTests.refusal(born))
        XCTAssertEqual(born.headers.first(name: .location), SiteURL.child(id).path)
        // One journal: the same id, the same entries, now on a child with a CPR number.
        let child = try await test.store.child(id: id)
        XCTAssertEqual(child?.fullName, "Ida Kragh")
        XCTAssertEqual(child?.isExpected, false)
        let after = try await test.store.timeline(child: id)
        XCTAssertEqual(after.entries.map(\.id), before.entries.map(\.id))
        let childPage = try await caseworker.get(SiteURL.child(id).path)
        XCTAssertTrue(childPage.body.string.contains("Ida Kragh"))
        XCTAssertFalse(childPage.body.string.contains("Forventet barn (termin"))
        // Born once only: the birth page is gone.
        let again = try await caseworker.get(SiteURL.child(id, .birth).path)
        XCTAssertEqual(again.status, .notFound)
    }

    func testSomeoneElsesExpectedChildIsNotFound() async throws {
        // Setup: the other team's caseworker registers an expected child in their district.
        let other = Browser(test.app)
        _ = try await other.login("caseworker2", password: test.password)
        try await other.get(SiteURL.expectedNew.path)
        var registration = Self.registration
        registration["district"] = "Område Auning"
        let saved = try await other.post(SiteURL.expected.path, registration)
        let id = try XCTUnwrap(saved.headers.first(name: .location).flatMap { UUID(uuidString: String($0.split(separator: "/").last ?? "")) })
        // The thing under test
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        try await caseworker.get("/account")
        let birthPage = try await caseworker.get(SiteURL.child(id, .birth).path)
        let birth = try await caseworker.post(SiteURL.child(id, .birth).path, ["cpr": Self.birthCPR, "givenName": "Ida", "familyName": "Kragh"])
        let notificationPage = try await caseworker.get(SiteURL.child(id, .notificationBeforeBirth).path)
        let notification = try await caseworker.post(SiteURL.child(id, .notificationBeforeBirth).path, [
            "channel": "phone", "notifierKind": "private", "receivedAt": "2026-11-20T09:00", "description": "x", "concernsAbuse": "no"])
        // Check
        for response in [birthPage, birth, notificationPage, notification] { XCTAssertEqual(response.status, .notFound) }
        let child = try await test.store.child(id: id)
        XCTAssertEqual(child?.isExpected, true)
        let timeline = try await test.store.timeline(child: id)
        XCTAssertEqual(timeline.entries.map(\.kind), [.caseworkerAssigned])
    }

    func testAnExpectedChildHasNoSchoolAndNoAbsence() async throws {
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let id = try await register(caseworker)
        // The thing under test
        let page = try await caseworker.get(SiteURL.child(id).path)
        let absence = try await caseworker.post(SiteURL.child(id, .absence).path, [
            "absenceShare": "31", "absenceFrom": "2026-09-01", "absenceTo": "2026-09-30", "level": "3", "source": "teacher",
            "description": "Skolen ringede om fraværet", "occurredAt": "2026-11-26T09:00"])
        // Check: no school section offered, and absence on an unborn child refused with nothing saved.
        XCTAssertFalse(page.body.string.contains("id=\"schooling-form\""))
        XCTAssertFalse(page.body.string.contains("id=\"absence-form\""))
        XCTAssertEqual(absence.status, .unprocessableEntity)
        let timeline = try await test.store.timeline(child: id)
        XCTAssertEqual(timeline.entries.map(\.kind), [.caseworkerAssigned])
    }

    func testARegistrationWhoseCaseworkerIsRefusedSavesNothing() async throws {
        let child = try Child.expected(municipality: 707, dueDate: LocalDate(year: 2027, month: 2, day: 20)!, district: "Område Grenaa",
                                       familyName: "Kragh", today: LocalDate(year: 2026, month: 11, day: 26)!)
        let mother = Store.ExpectantParent(person: Person(municipality: 707, givenName: "Sofie", familyName: "Kragh"), kind: .mother)
        // The thing under test: the caseworker named is no user, so the assignment is refused.
        do {
            try await test.store.registerExpected(child, parents: [mother], caseworker: UUID(), by: test.users[.caseworker]!.id, now: TestApp.now)
            XCTFail("an unknown caseworker is refused")
        } catch {}
        // Check: the expected child was not saved without its caseworker.
        let saved = try await test.store.child(id: child.id)
        XCTAssertNil(saved)
    }

    func testACPRNumberAlreadyRegisteredIsRefusedWithNothingSaved() async throws {
        // Setup: a child born the same day is already registered under the number.
        let twin = try Child(municipality: 707, cpr: try CPR(Self.birthCPR), givenName: "Anden", familyName: "Person", district: "Område Grenaa")
        try await test.store.register(twin, cpr: try CPR(Self.birthCPR), by: test.users[.caseworker]!.id, now: TestApp.now)
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let id = try await register(caseworker)
        // The thing under test
        try await caseworker.get(SiteURL.child(id, .birth).path)
        let refused = try await caseworker.post(SiteURL.child(id, .birth).path, ["cpr": Self.birthCPR, "givenName": "Ida", "familyName": "Kragh"])
        // Check: said so, nothing offered to merge, nothing saved.
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains("de to journaler lægges ikke sammen"), ParticipationTests.refusal(refused))
        let child = try await test.store.child(id: id)
        XCTAssertEqual(child?.isExpected, true)
        let log = try await test.store.accessLog(child: id)
        XCTAssertFalse(log.contains { $0.action == .childBorn })
        let found = try await test.store.child(cpr: try CPR(Self.birthCPR))
        XCTAssertEqual(found?.id, twin.id)
    }

    func testARegistrationWithoutAParentOrWithAFarDueDateIsRefused() async throws {
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        try await caseworker.get(SiteURL.expectedNew.path)
        let noParent = try await caseworker.post(SiteURL.expected.path, ["dueDate": "2027-02-20", "district": "Område Grenaa"])
        XCTAssertEqual(noParent.status, .unprocessableEntity)
        XCTAssertTrue(noParent.body.string.contains("Skriv mindst én af de kommende forældre"))
        var far = Self.registration
        far["dueDate"] = "2028-06-01"
        let farAway = try await caseworker.post(SiteURL.expected.path, far)
        XCTAssertEqual(farAway.status, .unprocessableEntity)
        let mine = try await test.store.children(caseworker: test.users[.caseworker]!.id)
        XCTAssertFalse(mine.contains { $0.dueDate != nil })
    }

    func testAnOutreachCounsellorRegistersAndHandsItToTheDistrictsTeam() async throws {
        let outreach = Browser(test.app)
        _ = try await outreach.login("outreach", password: test.password)
        try await outreach.get(SiteURL.expectedNew.path)
        let saved = try await outreach.post(SiteURL.expected.path, Self.registration)
        XCTAssertEqual(saved.headers.first(name: .location), SiteURL.outreach.path)
        let allTeams = try await test.store.teams()
        let lead = try XCTUnwrap(allTeams.first { $0.district == "Område Grenaa" })
        let teams = try await test.store.children(openableBy: lead)
        XCTAssertEqual(teams.filter { $0.dueDate != nil }.count, 1, "unassigned in the team's district")
    }

    func testSupportBeforeBirthIsOnTheDashboardInTheCsvAndInTheApi() async throws {
        // Setup: six expected children notified in October, five supported before birth (a share's numerator under 5 is
        // suppressed too), all born 20–25 November.
        let caseworker = test.users[.caseworker]!.id
        let today = DanishTime.localDate(of: TestApp.now)
        let notified = DanishTime.instant(LocalDate(year: 2026, month: 10, day: 5)!, hour: 10)
        let supported = DanishTime.instant(LocalDate(year: 2026, month: 10, day: 20)!, hour: 10)
        for index in 0..<6 {
            let mother = Person(municipality: 707, givenName: "Mor\(index)", familyName: "Termin")
            let child = try Child.expected(municipality: 707, dueDate: LocalDate(year: 2026, month: 12, day: 20)!, district: "Område Grenaa",
                                           familyName: "Termin", today: today)
            try await test.store.registerExpected(child, parents: [.init(person: mother, kind: .mother)], by: caseworker, now: TestApp.now)
            try await test.store.append(Entry(municipality: 707, child: child.id,
                                              payload: .notification(Notification(notifierKind: .professional, profession: .healthVisitor,
                                                                                  description: "Bekymring for den gravide")),
                                              occurredAt: notified, recordedAt: notified, author: caseworker), now: TestApp.now)
            if index < 5 {
                try await test.store.append(Entry(municipality: 707, child: child.id,
                                                  payload: .measureStarted(MeasureStart(offer: "saarbare-gravide", decision: nil, legalBasis: .earlyHelp)),
                                                  occurredAt: supported, recordedAt: supported, author: caseworker), now: TestApp.now)
            }
            try await test.store.recordBirth(of: child.id, cpr: try CPR("2\(index)1126-43\(index)0"), givenName: "Barn\(index)", familyName: "Termin",
                                             by: caseworker, now: TestApp.now)
        }
        let policy = Browser(test.app)
        _ = try await policy.login("policy", password: test.password)
        // The thing under test, and the check: the dashboard …
        let page = try await policy.get("/policy?period=2026-11").body.string
        XCTAssertTrue(page.contains("id=\"indicator-support-before-birth\""))
        let card = page.components(separatedBy: "id=\"indicator-support-before-birth\"")[1].components(separatedBy: "indicator-card")[0]
        XCTAssertTrue(card.contains(">83,3 %<"), card)
        // … the CSV …
        let csv = String(decoding: Array(Data(buffer: try await policy.get("/policy/indicators.csv?period=2026-11").body)).dropFirst(3), as: UTF8.self)
        XCTAssertTrue(csv.contains("\r\nsupport-before-birth;;2026-11;;;;0,8333;5;6"),
                      csv.components(separatedBy: "\r\n").filter { $0.hasPrefix("support-before-birth") }.joined(separator: " | "))
        // … and the API.
        let token = try await test.store.createApiToken(user: test.users[.policy]!.id, name: "expected", now: TestApp.now)
        let api = try await policy.get("/api/v1/indicators?period=2026-11", headers: ["Authorization": "Bearer \(token)"])
        XCTAssertEqual(api.status, .ok)
        XCTAssertTrue(api.body.string.contains("\"support-before-birth\""))
    }
}
