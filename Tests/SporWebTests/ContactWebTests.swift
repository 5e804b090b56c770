import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb
import SporTestSupport

/// A placed child's contact plan and visits (issue 24, item 3) on the web: the caseworker makes a plan from the child page
/// (the running placement and the household offered, supervision asked) and records three visits, one cancelled, which
/// the child page shows and counts; a person outside the household, another child's plan and a child without a placement
/// are refused; someone else's child is refused; contact-visits-held is on the dashboard, in the CSV and in the API.
final class ContactWebTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    static func ago(days: Double) -> Date { TestApp.now.addingTimeInterval(-days * 86_400) }
    static func dayAgo(_ days: Int) -> String { DanishTime.localDate(of: TestApp.now).adding(days: -days).iso }

    /// A child of the team's district with its mother, on the caseworker's case, heard and placed (§ 46) 28 days ago.
    func placedChild(_ number: Int) async throws -> (child: Child, mother: Person, placement: Entry) {
        let placed = try await test.placedChild(.init(givenName: "Carla\(number)", familyName: "Samværsen", motherName: "Mette\(number)",
                                                      born: LocalDate(year: 2012, month: 5, day: 4 + number)!, serial: String(format: "43%02d", number * 2),
                                                      childsWords: "Jeg vil gerne se mor tit", fixture: 241, number: number, placedDaysAgo: 28))
        return (placed.child, placed.mother, placed.placement)
    }

    func contactEntries(_ child: UUID) async throws -> [EntryPayload] {
        try await test.store.timeline(child: child).entries.map(\.payload).filter { [.contactPlan, .contactVisit].contains($0.kind) }
    }

    static func planForm(_ placement: Entry, person: UUID) -> [String: String] {
        ["placement": placement.id.uuidString, "supersedes": "", "person": person.uuidString, "otherName": "", "visits": "1",
         "period": "fortnight", "supervised": "yes", "from": dayAgo(27), "note": ""]
    }

    func testAContactPlanAndThreeVisitsOneCancelledAreShownOnTheChildPageAndCounted() async throws {
        // Setup: a placed child, and its caseworker on the child page.
        let (child, mother, placement) = try await placedChild(1)
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let page = try await caseworker.get(SiteURL.child(child.id).path).body.string
        XCTAssertTrue(page.contains("id=\"contact-plan-form\""), "the plan's form on the child page")
        XCTAssertTrue(page.contains("value=\"\(placement.id.uuidString)\""), "the running placement offered")
        XCTAssertTrue(page.contains("value=\"\(mother.id.uuidString)\""), "the child's mother offered")
        XCTAssertFalse(page.contains("id=\"contact-visit-form\""), "no visit before a plan")
        // The thing under test: the plan with supervision unanswered, then answered.
        var unanswered = Self.planForm(placement, person: mother.id)
        unanswered["supervised"] = ""
        let refused = try await caseworker.post(SiteURL.child(child.id, .contactPlan).path, unanswered)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains("id=\"contact-plan-supervised-error\""), ParticipationTests.refusal(refused))
        let noPlan = try await contactEntries(child.id)
        XCTAssertTrue(noPlan.isEmpty)
        let saved = try await caseworker.post(SiteURL.child(child.id, .contactPlan).path, Self.planForm(placement, person: mother.id))
        XCTAssertEqual(saved.status, .seeOther, ParticipationTests.refusal(saved))
        let withPlan = try await caseworker.get(SiteURL.child(child.id).path).body.string
        XCTAssertTrue(withPlan.contains("id=\"contact-visit-form\""))
        guard case .contactPlan(let plan)? = try await contactEntries(child.id).first,
              let planEntry = try await test.store.timeline(child: child.id).entries.first(where: { $0.kind == .contactPlan }) else {
            return XCTFail("no plan saved")
        }
        XCTAssertEqual(plan, ContactPlan(placement: placement.id, person: mother.id, visits: 1, period: .fortnight, supervised: true,
                                         from: LocalDate(iso: Self.dayAgo(27))!))
        // Three visits: held, cancelled by the parent, held with a note.
        let visits = [["day": Self.dayAgo(20), "outcome": "held"],
                      ["day": Self.dayAgo(13), "outcome": "parent", "reason": "Mor var syg"],
                      ["day": Self.dayAgo(6), "outcome": "held", "note": "Tur i skoven"]]
        for visit in visits {
            let sent = try await caseworker.post(SiteURL.child(child.id, .contactVisit).path, visit.merging(["plan": planEntry.id.uuidString]) { $1 })
            XCTAssertEqual(sent.status, .seeOther, ParticipationTests.refusal(sent))
        }
        // Check: the journal, and the child page's plan with its visits, held against due, kept.
        let recorded = try await contactEntries(child.id)
        // (The test's clock stands still: all four happened at the same instant, so the journal's order among them is the ids'.)
        XCTAssertEqual(recorded.map(\.kind.rawValue).sorted(), ["contactPlan", "contactVisit", "contactVisit", "contactVisit"])
        let shown = try await caseworker.get(SiteURL.child(child.id).path).body.string
        let section = try XCTUnwrap(shown.components(separatedBy: "id=\"contact\"").dropFirst().first?.components(separatedBy: "</section>").first)
        XCTAssertTrue(section.contains("Samværsplan med Mette1 Samværsen: 1 gang(e) hver 14. dag, overvåget"), section)
        XCTAssertEqual(section.components(separatedBy: "class=\"visit-held\"").count - 1, 2)
        XCTAssertEqual(section.components(separatedBy: "class=\"visit-cancelled\"").count - 1, 1)
        XCTAssertTrue(section.contains("aflyst af forælderen (Mor var syg)"))
        XCTAssertTrue(section.contains("Gennemført: 2 · Aflyst: 1 · Forventet indtil i dag efter planen: 2"), section)
        XCTAssertTrue(section.contains("Planen er overholdt."))
    }

    func testAPersonOutsideTheHouseholdAnotherChildsPlanAndAChildWithoutAPlacementAreRefused() async throws {
        // Setup: two placed children of the caseworker; the second has a plan.
        let (child, mother, placement) = try await placedChild(1)
        let (other, otherMother, otherPlacement) = try await placedChild(2)
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        try await caseworker.get(SiteURL.child(other.id).path)
        let theirs = try await caseworker.post(SiteURL.child(other.id, .contactPlan).path, Self.planForm(otherPlacement, person: otherMother.id))
        XCTAssertEqual(theirs.status, .seeOther, ParticipationTests.refusal(theirs))
        let otherTimeline = try await test.store.timeline(child: other.id)
        let theirPlan = try XCTUnwrap(otherTimeline.entries.first { $0.kind == .contactPlan })
        try await caseworker.get(SiteURL.child(child.id).path)
        // The thing under test: the other child's mother; a visit on the other child's plan; the other child's placement.
        let stranger = try await caseworker.post(SiteURL.child(child.id, .contactPlan).path, Self.planForm(placement, person: otherMother.id))
        XCTAssertEqual(stranger.status, .unprocessableEntity)
        let visit = try await caseworker.post(SiteURL.child(child.id, .contactVisit).path,
                                              ["plan": theirPlan.id.uuidString, "day": Self.dayAgo(1), "outcome": "held"])
        XCTAssertEqual(visit.status, .unprocessableEntity)
        XCTAssertTrue(visit.body.string.contains("Samværsplanen findes ikke for dette barn"), ParticipationTests.refusal(visit))
        let otherPlacementHere = try await caseworker.post(SiteURL.child(child.id, .contactPlan).path,
                                                           Self.planForm(otherPlacement, person: mother.id))
        XCTAssertEqual(otherPlacementHere.status, .unprocessableEntity)
        XCTAssertTrue(otherPlacementHere.body.string.contains("Samvær hører til en anbringelse, der er i gang"))
        // A child without a placement has no contact section, and a plan is refused.
        let unplaced = try await caseworker.get(SiteURL.child(test.child.id).path).body.string
        XCTAssertFalse(unplaced.contains("id=\"contact\""))
        let none = try await caseworker.post(SiteURL.child(test.child.id, .contactPlan).path,
                                             Self.planForm(placement, person: mother.id).merging(["person": "other", "otherName": "Morfar"]) { $1 })
        XCTAssertEqual(none.status, .unprocessableEntity)
        // Check: nothing saved on either child but the other child's own plan.
        let saved = try await contactEntries(child.id)
        let unplacedSaved = try await contactEntries(test.child.id)
        let otherSaved = try await contactEntries(other.id)
        XCTAssertTrue(saved.isEmpty)
        XCTAssertTrue(unplacedSaved.isEmpty)
        XCTAssertEqual(otherSaved.count, 1)
    }

    func testSomeoneElsesChildIsRefusedAndNothingSaved() async throws {
        // Setup: a placed child of the caseworker's team, and the routes' declared access.
        let (child, mother, placement) = try await placedChild(1)
        let declared = Dictionary(test.app.routes.all.map { ("\($0.method) /\($0.path.string)", $0.access) }, uniquingKeysWith: { first, _ in first })
        for route in ["POST /children/:childID/contact-plan", "POST /children/:childID/contact-visit"] {
            XCTAssertEqual(declared[route] ?? nil, .requires(.writeEntry), route)
        }
        for username in ["caseworker2", Role.professional.rawValue, Role.policy.rawValue, Role.admin.rawValue] {
            let browser = Browser(test.app)
            _ = try await browser.login(username, password: test.password)
            try await browser.get("/account")
            // The thing under test
            let plan = try await browser.post(SiteURL.child(child.id, .contactPlan).path, Self.planForm(placement, person: mother.id)).status
            let visit = try await browser.post(SiteURL.child(child.id, .contactVisit).path,
                                               ["plan": UUID().uuidString, "day": Self.dayAgo(1), "outcome": "held"]).status
            // Check
            XCTAssertEqual(plan, .forbidden, username)
            XCTAssertEqual(visit, .forbidden, username)
        }
        let saved = try await contactEntries(child.id)
        XCTAssertTrue(saved.isEmpty)
    }

    func testTheIndicatorIsOnTheDashboardInTheCsvAndInTheApi() async throws {
        // Setup: five placed children, each with a plan and two visits this year, one held and one cancelled.
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        for number in 1...5 {
            let (child, mother, placement) = try await placedChild(number)
            try await caseworker.get(SiteURL.child(child.id).path)
            let sent = try await caseworker.post(SiteURL.child(child.id, .contactPlan).path, Self.planForm(placement, person: mother.id))
            XCTAssertEqual(sent.status, .seeOther, ParticipationTests.refusal(sent))
            let timeline = try await test.store.timeline(child: child.id)
            let plan = try XCTUnwrap(timeline.entries.first { $0.kind == .contactPlan })
            for visit in [["day": Self.dayAgo(20), "outcome": "held"], ["day": Self.dayAgo(6), "outcome": "municipality", "reason": "Ingen bil"]] {
                let recorded = try await caseworker.post(SiteURL.child(child.id, .contactVisit).path, visit.merging(["plan": plan.id.uuidString]) { $1 })
                XCTAssertEqual(recorded.status, .seeOther, ParticipationTests.refusal(recorded))
            }
        }
        let policy = Browser(test.app)
        _ = try await policy.login("policy", password: test.password)
        // The thing under test, and the check: the dashboard …
        let page = try await policy.get("/policy?period=2026").body.string
        XCTAssertTrue(page.contains("id=\"indicator-contact-visits-held\""))
        let card = page.components(separatedBy: "id=\"indicator-contact-visits-held\"")[1].components(separatedBy: "indicator-card")[0]
        XCTAssertTrue(card.contains(">50 %<"), card)
        // … the CSV …
        let csv = String(decoding: Array(Data(buffer: try await policy.get("/policy/indicators.csv?period=2026").body)).dropFirst(3), as: UTF8.self)
        XCTAssertTrue(csv.contains("\r\ncontact-visits-held;;2026;;;;0,5000;5;10"), String(csv.prefix(400)))
        // … and the API.
        let token = try await test.store.createApiToken(user: test.users[.policy]!.id, name: "contact", now: TestApp.now)
        let api = try await policy.get("/api/v1/indicators?period=2026", headers: ["Authorization": "Bearer \(token)"])
        XCTAssertEqual(api.status, .ok)
        XCTAssertTrue(api.body.string.contains("\"contact-visits-held\""))
    }
}
