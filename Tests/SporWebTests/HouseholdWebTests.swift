import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
import SporTestSupport
@testable import SporWeb

/// The household through the web (issue 24, item 2): residence and a sibling linked through the one form path, someone
/// else's child refused, and the placement step listing the child's siblings and asking about each.
final class HouseholdWebTests: XCTestCase {
    var test: TestApp!
    /// Dora, the caseworker's; her mother Mona; Eik, Dora's half brother through Mona, another team's child.
    var dora: Child!, eik: Child!
    let mona = Person(municipality: 707, givenName: "Mona", familyName: "Lund")
    let eiksFather = Person(municipality: 707, givenName: "Erik", familyName: "Vang")

    override func setUp() async throws {
        test = try await TestApp()
        dora = try Child(municipality: 707, cpr: try CPR("020614-4328"), givenName: "Dora", familyName: "Lund", district: "Område Grenaa")
        eik = try Child(municipality: 707, cpr: try CPR("030910-4339"), givenName: "Eik", familyName: "Vang", district: "Område Auning")
        try await test.store.importFamilies([Store.FamilyImport(
            children: [(dora, try CPR("020614-4328"), []), (eik, try CPR("030910-4339"), [])], parents: [mona, eiksFather],
            relations: [Relation(child: dora.id, person: mona.id, kind: .mother, hasCustody: true),
                        Relation(child: eik.id, person: mona.id, kind: .mother, hasCustody: true),
                        Relation(child: eik.id, person: eiksFather.id, kind: .father, hasCustody: true)])],
            by: test.users[.caseworker]!.id, now: TestApp.now)
        try await test.store.append(test.assignment(dora.id, test.users[.caseworker]!.id), now: TestApp.now)
        try await test.store.append(test.assignment(eik.id, test.otherCaseworker.id), now: TestApp.now)
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func caseworker() async throws -> Browser {
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        try await browser.get(SiteURL.child(dora.id).path)
        return browser
    }

    func testResidenceAndASiblingAreRecordedThroughTheHouseholdForms() async throws {
        let browser = try await caseworker()
        let childPage = try await browser.get(SiteURL.child(dora.id).path).body.string
        XCTAssertTrue(childPage.contains(SiteURL.child(dora.id, .household).path), "the child page links the household page")
        let page = try await browser.get(SiteURL.child(dora.id, .household).path)
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("name=\"\(HouseholdModel.livesWithField(mona.id))\""))

        // The thing under test: Dora lives with Mona; Alma is linked as her sibling, not living together.
        let lives = try await browser.post(SiteURL.child(dora.id, .householdLivesWith).path, [HouseholdModel.livesWithField(mona.id): "yes"])
        XCTAssertEqual(lives.status, .seeOther, ParticipationTests.refusal(lives))
        let linked = try await browser.post(SiteURL.child(dora.id, .householdSibling).path, ["cpr": "150315-4321", "livesWith": "no"])
        XCTAssertEqual(linked.status, .seeOther, ParticipationTests.refusal(linked))
        let unknown = try await browser.post(SiteURL.child(dora.id, .householdSibling).path, ["cpr": "010101-4321", "livesWith": ""])
        XCTAssertEqual(unknown.status, .unprocessableEntity)

        // Check: the store, and the child page's household part.
        let people = try await test.store.relations(child: dora.id)
        XCTAssertEqual(people.first?.relation.livesWith, true)
        let siblings = try await test.store.householdSiblings(of: dora.id)
        XCTAssertEqual(Set(siblings.map(\.item.id)), [eik.id, test.child.id])
        XCTAssertEqual(siblings.first { $0.item.id == test.child.id }?.kinship, .recorded)
        XCTAssertEqual(siblings.first { $0.item.id == eik.id }?.kinship, .half)
        let household = try await browser.get(SiteURL.child(dora.id).path).body.string
        XCTAssertTrue(household.contains("barnet bor her"))
        XCTAssertTrue(household.contains("Alma Testesen"))
        XCTAssertTrue(household.contains("bor ikke sammen med barnet"))
        // Eik is another team's child: told as a half sibling, never by name.
        XCTAssertTrue(household.contains("halvsøskende — ingen adgang"))
        XCTAssertFalse(household.contains("Eik"))
    }

    func testSomeoneElsesChildsHouseholdIsRefused() async throws {
        let browser = try await caseworker()
        // Eik is another team's child.
        let page = try await browser.get(SiteURL.child(eik.id, .household).path)
        XCTAssertNotEqual(page.status, .ok)
        XCTAssertFalse(page.body.string.contains("Eik Vang"))
        let lives = try await browser.post(SiteURL.child(eik.id, .householdLivesWith).path, [HouseholdModel.livesWithField(mona.id): "no"])
        XCTAssertNotEqual(lives.status, .seeOther)
        let linked = try await browser.post(SiteURL.child(eik.id, .householdSibling).path, ["cpr": "150315-4321"])
        XCTAssertNotEqual(linked.status, .seeOther)
        // The professional may not manage any child's household.
        let professional = Browser(test.app)
        _ = try await professional.login("professional", password: test.password)
        try await professional.get("/professional")
        let refused = try await professional.post(SiteURL.child(dora.id, .householdSibling).path, ["cpr": "150315-4321"])
        XCTAssertEqual(refused.status, .forbidden)
        // Nothing was written.
        let people = try await test.store.relations(child: eik.id)
        XCTAssertTrue(people.allSatisfy { $0.relation.livesWith == nil })
        let siblings = try await test.store.householdSiblings(of: eik.id)
        XCTAssertEqual(siblings.map(\.item.id), [dora.id])
    }

    /// Dora heard and her placement decided (§ 46), in the journal: the decision.
    func decidePlacement() async throws -> Entry {
        let caseworker = test.users[.caseworker]!.id
        let builder = IndicatorFixtures.CourseBuilder(fixture: 244, child: 1, born: dora.birthDate, sex: dora.sex, district: dora.district)
        let talk = Entry(municipality: 707, child: dora.id, payload: .childConversation(ChildConversation(
            heldBy: caseworker, place: "Hjemme", outcome: .childsWords("Jeg vil gerne bo sammen med Eik"))),
            occurredAt: TestApp.now.addingTimeInterval(-7200), recordedAt: TestApp.now, author: caseworker)
        try await test.store.append(talk, now: TestApp.now)
        let decision = Entry(municipality: 707, child: dora.id, payload: .decision(builder.decisionPayload(
            DanishTime.localDate(of: TestApp.now), offers: ["netvaerksplejefamilie"], basis: .placementWithConsent, heardIn: talk)),
            occurredAt: TestApp.now.addingTimeInterval(-3600), recordedAt: TestApp.now, author: caseworker)
        try await test.store.append(decision, now: TestApp.now)
        return decision
    }

    func testThePlacementStepListsTheSiblingsAndAnAssessmentAskedForOpensAnAfdaekningOnTheSibling() async throws {
        // Setup: Dora heard and a placement decided (§ 46).
        let caseworker = test.users[.caseworker]!.id
        let decision = try await decidePlacement()
        let browser = try await self.caseworker()
        let path = SiteURL.child(dora.id, .course(.value("placement-start"))).path

        // The thing under test: the step lists Eik (without his name) and asks about him, unanswered.
        let form = try await browser.get(path).body.string
        XCTAssertTrue(form.contains("id=\"placement-siblings\""))
        XCTAssertTrue(form.contains("name=\"\(SiblingAtPlacement.togetherField(eik.id))\""))
        XCTAssertTrue(form.contains("søskende uden for din adgang"))
        XCTAssertFalse(form.contains("Eik Vang"))
        let fields = ["decision": decision.id.uuidString, "offer": "netvaerksplejefamilie", "placementKind": "networkFosterFamily",
                      "nearHome": "yes", "schoolKept": "yes", "contactArrangements": "Samvær hver anden weekend", "occurredAt": "2026-11-26T09:30"]
        let unanswered = try await browser.post(path, fields)
        XCTAssertEqual(unanswered.status, .unprocessableEntity)
        XCTAssertTrue(unanswered.body.string.contains("\(SiblingAtPlacement.togetherField(eik.id))-error"), ParticipationTests.refusal(unanswered))
        let notTogether = fields.merging([SiblingAtPlacement.togetherField(eik.id): "no"]) { $1 }
        let noAssessment = try await browser.post(path, notTogether)
        XCTAssertEqual(noAssessment.status, .unprocessableEntity)
        let saved = try await browser.post(path, notTogether.merging([SiblingAtPlacement.assessmentField(eik.id): "askedFor"]) { $1 })
        XCTAssertEqual(saved.status, .seeOther, ParticipationTests.refusal(saved))

        // Check: the placement records Eik, not placed together, his assessment asked for; Eik's journal holds the afdækning.
        let starts = try await test.store.timeline(child: dora.id).entries.compactMap { entry -> PlacementStart? in
            if case .placementStarted(let start) = entry.payload { return start } else { return nil }
        }
        XCTAssertEqual(starts.first?.siblings, [SiblingAtPlacement(sibling: eik.id, siblingPlaced: false, placedTogether: false, assessment: .askedFor)])
        let eiks = try await test.store.timeline(child: eik.id)
        let asked = try XCTUnwrap(eiks.entries.first { $0.kind == .focusedAssessment })
        XCTAssertEqual(asked.author, caseworker)
        guard case .focusedAssessment(let start) = asked.payload else { return XCTFail() }
        XCTAssertTrue(start.reason.contains("Vurdering af søskende"), start.reason)
        XCTAssertFalse(start.reason.contains("Dora"), "the sibling's journal does not name the placed child")
        let placed = try await test.store.timeline(child: dora.id).entries.first { $0.kind == .placementStarted }
        XCTAssertEqual(asked.occurredAt, placed?.occurredAt, "asked for as the placement began, in its transaction")
    }

    func testTheSiblingIndicatorsAreOnTheDashboardInTheCSVAndInTheAPI() async throws {
        // Setup: Dora placed together with Alma (linked as her sibling), Eik's assessment asked for.
        let caseworker = test.users[.caseworker]!.id
        try await test.store.linkSibling(child: dora.id, sibling: test.child.id, livesWith: true, by: caseworker, now: TestApp.now)
        let decision = try await decidePlacement()
        try await test.store.append(Entry(municipality: 707, child: dora.id, payload: .placementStarted(PlacementStart(
            offer: "netvaerksplejefamilie", kind: .networkFosterFamily, decision: decision.id, legalBasis: .placementWithConsent, nearHome: true,
            schoolKept: true, contactArrangements: "Weekend", siblings: [
                SiblingAtPlacement(sibling: test.child.id, siblingPlaced: false, placedTogether: true),
                SiblingAtPlacement(sibling: eik.id, siblingPlaced: false, placedTogether: false, assessment: .askedFor)])),
            occurredAt: TestApp.now.addingTimeInterval(-60), recordedAt: TestApp.now, author: caseworker), now: TestApp.now)
        let policy = Browser(test.app)
        _ = try await policy.login("policy", password: test.password)
        let page = try await policy.get("/policy?period=2026").body.string
        let csv = String(decoding: Array(Data(buffer: try await policy.get("/policy/indicators.csv?period=2026").body)).dropFirst(3), as: UTF8.self)
        let token = try await test.store.createApiToken(user: test.users[.policy]!.id, name: "siblings", now: TestApp.now)
        let api = try await policy.get("/api/v1/indicators?period=2026", headers: ["Authorization": "Bearer \(token)"])
        XCTAssertEqual(api.status, .ok)
        for id in ["siblings-placed-together", "siblings-assessed"] {
            XCTAssertTrue(page.contains("id=\"indicator-\(id)\""), id)
            // One child: counted, and shown as fewer than five.
            XCTAssertTrue(csv.contains("\r\n\(id);;2026;;;;<5;"), id)
            XCTAssertTrue(api.body.string.contains("\"\(id)\""), id)
        }
    }
}
