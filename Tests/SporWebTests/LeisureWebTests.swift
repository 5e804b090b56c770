import Foundation
import Plot
import XCTest
import XCTVapor
@testable import SporDomain
import SporStore
@testable import SporWeb

/// Leisure in the plan and its follow-ups, and the leisure offers on Min side (issue 23, item 3).
final class LeisureWebTests: XCTestCase {
    var test: TestApp!
    var browser: Browser!

    override func setUp() async throws {
        test = try await TestApp()
        browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    var base: String { "/children/\(test.child.id)" }
    func minutesAgo(_ minutes: Double) -> Date { TestApp.now.addingTimeInterval(-minutes * 60) }
    let football = LeisureActivity(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000F1")!, kind: .association,
                                   name: "Fodbold i <Grenaa> IF", support: .leisurePass)

    /// A decision granting family treatment, the measure started, and a plan with one goal recording football.
    func course() async throws -> (measure: Entry, plan: Entry, goal: UUID) {
        let caseworker = test.users[.caseworker]!.id
        let entry = { (payload: EntryPayload, at: Date) in
            Entry(municipality: 707, child: self.test.child.id, payload: payload, occurredAt: at, recordedAt: at, author: caseworker)
        }
        let decision = entry(.decision(Decision(offers: ["familiebehandling"], legalBasis: .treatment, bases: ["familiebehandling": .treatment],
                                                reasons: "Mor har bedt om hjælp", purpose: "Styrke familien",
                                                expectedEnd: LocalDate(year: 2027, month: 12, day: 31)!, consent: Consent(custodyHolders: .given),
                                                childsViews: .notHeard(reason: "Barnet var syg"), complaintGuidanceToChild: true, makesChildsPlan: true)),
                             minutesAgo(90))
        let measure = entry(.measureStarted(MeasureStart(offer: "familiebehandling", decision: decision.id, legalBasis: .treatment)), minutesAgo(80))
        let goal = ChildsPlan.Goal(what: "Alma rører sig hver dag", byWhen: LocalDate(year: 2027, month: 6, day: 1)!,
                                   howWeWillKnow: "Hun cykler i skole", area: .health)
        let plan = entry(.plan(ChildsPlan(goals: [goal], madeWithChild: true, madeWithParents: true, leisure: [football])), minutesAgo(30))
        for one in [decision, measure, plan] { _ = try await test.store.append(one, now: TestApp.now) }
        return (measure, plan, goal.id)
    }

    func testTheFollowUpAsksWhatHoldsNowOfTheLatestLeisureAndRecordsIt() async throws {
        // Setup
        let (measure, _, goal) = try await course()
        let question = "leisure-\(football.id.uuidString)"
        let page = try await browser.get(base + "/course/follow-up").body.string
        XCTAssertTrue(page.contains("name=\"\(question)\" required"), "what holds now is asked")
        XCTAssertTrue(page.contains("Fodbold i &lt;Grenaa&gt; IF"), "the activity last recorded is offered, escaped")
        XCTAssertFalse(page.contains("Fodbold i <Grenaa> IF"))
        let form = ["measure-\(measure.id.uuidString)": "1", "rating-\(goal.uuidString)": "progress", "assessment": "Det går bedre",
                    "outcome": "continue", "nextFollowUp": "2027-02-01", "nextFollowUpReason": "Efter jul",
                    "leisureNew0Kind": "culture", "leisureNew0Name": "Musikskolen", "leisureNew0Support": "leisureGuide",
                    "leisureNew1Kind": "club", "leisureNew1Name": "", "leisureNew1Support": "none", "occurredAt": "2026-11-26T09:50"]
        // The thing under test: unanswered, then answered.
        let unanswered = try await browser.post(base + "/course/follow-up", form)
        let saved = try await browser.post(base + "/course/follow-up", form.merging([question: "stopped"]) { $1 })
        // Check
        XCTAssertEqual(unanswered.status, .unprocessableEntity)
        XCTAssertTrue(unanswered.body.string.contains("id=\"step-\(question)-error\""), "refused naming the question")
        XCTAssertTrue(unanswered.body.string.contains("value=\"Musikskolen\""), "what was typed is kept")
        XCTAssertEqual(saved.status, .seeOther, HTMLForm.alert(saved.body.string))
        let timeline = try await test.store.timeline(child: test.child.id)
        guard case .followUp(let followUp)? = timeline.items.last?.effective else { return XCTFail("no follow-up") }
        XCTAssertEqual(followUp.leisure?.count, 2)
        XCTAssertEqual(followUp.leisure?.first?.id, football.id)
        XCTAssertEqual(followUp.leisure?.first?.status, .stopped)
        XCTAssertEqual(followUp.leisure?.last?.name, "Musikskolen")
        XCTAssertEqual(followUp.leisure?.last?.status, .started)
        XCTAssertEqual(followUp.leisure?.last?.support, .leisureGuide)
        XCTAssertEqual(timeline.latestLeisure()?.activities.filter(\.takesPart).map(\.name), ["Musikskolen"])
        let child = try await browser.get(base).body.string
        XCTAssertTrue(child.contains("\(Strings.leisureLatest(.da)): </strong>Musikskolen"), "the plan card shows what the child takes part in")
        XCTAssertTrue(child.contains("Fodbold i &lt;Grenaa&gt; IF (Forening eller idræt) · Fritidspas · Er stoppet"))
        XCTAssertTrue(child.contains("[\(Strings.goalArea(.health)(.da))]"), "the plan's health goal is marked")
    }

    func testANewPlanIsPrefilledWithTheLatestLeisureAndKeepsItsID() async throws {
        // Setup
        _ = try await course()
        // The thing under test
        let page = try await browser.get(base + "/course/plan").body.string
        var form = try HTMLForm.values(page, formID: "course-form")
        // Check
        XCTAssertEqual(form["leisure0Name"], football.name)
        XCTAssertEqual(form["leisure0Kind"], "association")
        XCTAssertEqual(form["leisure0Support"], "leisurePass")
        XCTAssertEqual(form["leisure0Id"], football.id.uuidString)
        XCTAssertEqual(form["goal0Area"], "health", "the goal keeps its area")
        form["madeWithChild"] = "yes"
        form["madeWithParents"] = "yes"
        form["occurredAt"] = "2026-11-26T09:55"
        form["leisure1Name"] = "Spejder"
        form["leisure1Kind"] = "association"
        let saved = try await browser.post(base + "/course/plan", form)
        XCTAssertEqual(saved.status, .seeOther, HTMLForm.alert(saved.body.string))
        let timeline = try await test.store.timeline(child: test.child.id)
        let latest = timeline.state().plan?.entry
        guard case .plan(let payload)? = timeline.items.first(where: { $0.entry.id == latest })?.effective else { return XCTFail("no plan") }
        XCTAssertEqual(payload.leisure?.map(\.id).first, football.id, "the activity keeps its id into the new version")
        XCTAssertEqual(payload.leisure?.map(\.name), [football.name, "Spejder"])
        XCTAssertEqual(payload.goals.first?.area, .health)
    }

    func testMinSideShowsTheLeisureOffersForTheChildsAgeOnly() {
        // Setup
        let render = { (age: Int, reader: FamilyReader) -> String in
            let base = PortalSnapshotTests.model(reader)
            let model = PortalModel(account: base.account, child: base.child, age: age, view: base.view, caseworkerName: base.caseworkerName,
                                    offers: .standard, parentName: base.parentName)
            let context = PageFixtures.context(.da, user: nil, path: SiteURL.portal.path)
            return PortalHomeView.body(model, context).render()
        }
        // The thing under test
        let eight = render(8, .child), sixteen = render(16, .child), parent = render(16, .parent(UUID())), adult = render(30, .child)
        // Check
        XCTAssertTrue(eight.contains("Idræt og foreninger") && eight.contains("Musikskolen"))
        XCTAssertFalse(eight.contains("Ungdomsklub") || eight.contains("Hjælp til fritidsjob"), "for 13–17 only")
        XCTAssertTrue(sixteen.contains("Ungdomsklub") && sixteen.contains("Hjælp til fritidsjob"))
        XCTAssertFalse(sixteen.contains(">Fritidsklub<"), "for 9–13 only")
        XCTAssertTrue(sixteen.contains(Strings.leisureOfferContact("UngNorddjurs")(.da)), "who to contact")
        XCTAssertTrue(parent.contains(Strings.parentLeisureOffersTitle(.da)))
        XCTAssertTrue(adult.contains(Strings.leisureOffersNone(.da)), "none outside the ages")
    }

    func testTheIndicatorIsOnTheDashboardInTheCsvAndInTheApi() async throws {
        // Setup: ten children with BRUS from August; the plans of five record an activity, five record none (fewer than 5
        // either way would be suppressed).
        let caseworker = test.users[.caseworker]!.id
        let started = DanishTime.instant(LocalDate(year: 2026, month: 8, day: 3)!, hour: 10)
        let planned = DanishTime.instant(LocalDate(year: 2026, month: 8, day: 10)!, hour: 10)
        for index in 0..<10 {
            let cpr = try CPR(String(format: "%02d0614-43%02d", index + 1, index * 2))
            let child = try Child(municipality: 707, cpr: cpr, givenName: "Barn\(index)", familyName: "Fritid", district: "Område Grenaa")
            try await test.store.register(child, cpr: cpr, by: caseworker, now: TestApp.now)
            try await test.store.append(Entry(municipality: 707, child: child.id, payload: .measureStarted(MeasureStart(offer: "brus", decision: nil,
                                                                                                                        legalBasis: .earlyHelp)),
                                              occurredAt: started, recordedAt: started, author: caseworker), now: TestApp.now)
            let leisure = index < 5 ? [LeisureActivity(kind: .association, name: "Svømning")] : []
            let plan = ChildsPlan(goals: [ChildsPlan.Goal(what: "Kommer i skole", byWhen: LocalDate(year: 2027, month: 6, day: 1)!, howWeWillKnow: "Fravær under 5 %")],
                                  madeWithChild: true, madeWithParents: true, leisure: leisure)
            try await test.store.append(Entry(municipality: 707, child: child.id, payload: .plan(plan), occurredAt: planned, recordedAt: planned,
                                              author: caseworker), now: TestApp.now)
        }
        let policy = Browser(test.app)
        _ = try await policy.login("policy", password: test.password)
        // The thing under test, and the check: the dashboard …
        let page = try await policy.get("/policy?period=2026-Q3").body.string
        XCTAssertTrue(page.contains("id=\"indicator-leisure-participation\""))
        let card = page.components(separatedBy: "id=\"indicator-leisure-participation\"")[1].components(separatedBy: "indicator-card")[0]
        XCTAssertTrue(card.contains(">50 %<"), card)
        // … the CSV …
        let csv = String(decoding: Array(Data(buffer: try await policy.get("/policy/indicators.csv?period=2026-Q3").body)).dropFirst(3), as: UTF8.self)
        XCTAssertTrue(csv.contains("\r\nleisure-participation;;2026-Q3;;;;0,5000;5;10"), String(csv.prefix(400)))
        // … and the API.
        let token = try await test.store.createApiToken(user: test.users[.policy]!.id, name: "leisure", now: TestApp.now)
        let api = try await policy.get("/api/v1/indicators?period=2026-Q3", headers: ["Authorization": "Bearer \(token)"])
        XCTAssertEqual(api.status, .ok)
        XCTAssertTrue(api.body.string.contains("\"leisure-participation\""))
    }

    func testTheAdministratorMarksALeisureOfferAndMinSideListsIt() async throws {
        // Setup
        let admin = Browser(test.app)
        _ = try await admin.login("admin", password: test.password)
        let form = try await admin.get("/admin/offers/new").body.string
        XCTAssertTrue(form.contains("name=\"leisure\""), "the catalogue's form asks whether it is a leisure offer")
        let fields = ["id": "svoemmeklub", "name": "Svømmeklubben", "provider": "Grenaa Svømmeklub", "targetGroup": "Børn, der vil svømme",
                      "level": "general", "access": "open", "basis-general": "1", "minimumAge": "6", "maximumAge": "12", "leisure": "association"]
        // The thing under test
        let saved = try await admin.post("/admin/offers/new", fields)
        // Check
        XCTAssertEqual(saved.status, .seeOther, HTMLForm.alert(saved.body.string))
        let catalogue = try await test.store.offerCatalogue()
        XCTAssertEqual(catalogue["svoemmeklub"]?.leisure, .association)
        XCTAssertTrue(catalogue.leisureOffers(forAge: 8).contains { $0.id == "svoemmeklub" })
        XCTAssertFalse(catalogue.leisureOffers(forAge: 13).contains { $0.id == "svoemmeklub" })
        XCTAssertFalse(catalogue.openOffers(forAge: 8).contains { $0.id == "svoemmeklub" }, "listed apart from the other open offers")
    }
}
