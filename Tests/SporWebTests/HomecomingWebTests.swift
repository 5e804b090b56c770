import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb
import SporTestSupport

/// The homecoming as a course and the foster carers on the web (issue 24, item 3): the caseworker decides, plans and ends
/// a placement by homecoming from the child page's Hjemgivelse, and the follow-up lands among the child's deadlines; the
/// course step no longer ends a placement as a homecoming outside the course; foster carers are named (hostile names
/// escaped), kept as people with the relation `fosterParent`, shown on the child page and listed for the team; someone
/// else's child and another child's placement are refused.
final class HomecomingWebTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    static func ago(days: Double) -> Date { TestApp.now.addingTimeInterval(-days * 86_400) }
    static func dayAgo(_ days: Int) -> String { DanishTime.localDate(of: TestApp.now).adding(days: -days).iso }
    static func dayAhead(_ days: Int) -> String { DanishTime.localDate(of: TestApp.now).adding(days: days).iso }

    /// A child of the team's district with its mother, on the caseworker's case, heard and placed (§ 46, in a network foster
    /// family) 60 days ago.
    func placedChild(_ number: Int) async throws -> (child: Child, placement: Entry, heard: Entry) {
        let placed = try await test.placedChild(.init(givenName: "Hanne\(number)", familyName: "Hjemsen", motherName: "Mona\(number)",
                                                      born: LocalDate(year: 2013, month: 7, day: 4 + number)!, serial: String(format: "44%02d", number * 2),
                                                      childsWords: "Jeg vil gerne hjem til mor", fixture: 243, number: number, placedDaysAgo: 60))
        // A conversation of today, so that the homecoming decision rests on the child's views.
        let heard = try await placed.write(.childConversation(ChildConversation(heldBy: test.users[.caseworker]!.id, place: "Hos plejefamilien",
                                                                                outcome: .childsWords("Jeg glæder mig til at komme hjem"))), 1)
        return (placed.child, placed.placement, heard)
    }

    static func decisionForm(_ placement: Entry, heard: Entry) -> [String: String] {
        ["placement": placement.id.uuidString, "outcome": "granted", "purpose": "Barnet flytter hjem til mor", "homecomingOn": dayAhead(14),
         "reasons": "Mor kan igen drage omsorg for barnet", "heardIn": heard.id.uuidString, "notHeardReason": "", "complaintGuidance": "yes"]
    }

    static func planForm(_ placement: Entry, decision: Entry) -> [String: String] {
        ["placement": placement.id.uuidString, "decision": decision.id.uuidString, "homecomingOn": dayAhead(14),
         "support-familiebehandling": "on", "familyContact": "Ugentligt møde med mor", "school": "Allingåbro Skole", "followUpMonths": "6",
         "note": ""]
    }

    func entries(_ child: UUID, _ kinds: [EntryKind]) async throws -> [Entry] {
        try await test.store.timeline(child: child).entries.filter { kinds.contains($0.kind) }
    }

    func testTheHomecomingIsDecidedPlannedEndedAndFollowedUpFromTheChildPage() async throws {
        // Setup: a placed child, and its caseworker on the child page.
        let (child, placement, heard) = try await placedChild(1)
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let page = try await caseworker.get(SiteURL.child(child.id).path).body.string
        XCTAssertTrue(page.contains("id=\"homecoming-decision-form\""), "the decision's form on the child page")
        XCTAssertFalse(page.contains("id=\"homecoming-plan-form\""), "no plan before the decision")
        // The thing under test: the decision with its outcome unanswered, then answered.
        var unanswered = Self.decisionForm(placement, heard: heard)
        unanswered["outcome"] = ""
        let refused = try await caseworker.post(SiteURL.child(child.id, .homecomingDecision).path, unanswered)
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains("id=\"homecoming-decision-outcome-error\""), ParticipationTests.refusal(refused))
        let decided = try await caseworker.post(SiteURL.child(child.id, .homecomingDecision).path, Self.decisionForm(placement, heard: heard))
        XCTAssertEqual(decided.status, .seeOther, ParticipationTests.refusal(decided))
        let decisions = try await entries(child.id, [.decision])
        let decision = try XCTUnwrap(decisions.last)
        guard case .decision(let saved) = decision.payload else { return XCTFail("not a decision") }
        XCTAssertEqual(saved.homecoming, placement.id)
        XCTAssertEqual(saved.legalBasis, .placementWithConsent, "the placement's provision, not asked")
        XCTAssertEqual(saved.offers, [])
        // The plan, then the end.
        let planned = try await caseworker.post(SiteURL.child(child.id, .homecomingPlan).path, Self.planForm(placement, decision: decision))
        XCTAssertEqual(planned.status, .seeOther, ParticipationTests.refusal(planned))
        let plans = try await entries(child.id, [.homecomingPlan])
        let plan = try XCTUnwrap(plans.first)
        let withPlan = try await caseworker.get(SiteURL.child(child.id).path).body.string
        XCTAssertTrue(withPlan.contains("id=\"homecoming-end-form\""))
        let ended = try await caseworker.post(SiteURL.child(child.id, .homecomingEnd).path,
                                              ["placement": placement.id.uuidString, "plan": plan.id.uuidString, "note": ""])
        XCTAssertEqual(ended.status, .seeOther, ParticipationTests.refusal(ended))
        let ends = try await entries(child.id, [.placementEnded])
        let end = try XCTUnwrap(ends.first)
        XCTAssertEqual(end.payload, .placementEnded(PlacementEnd(placement: placement.id, reason: .homecoming, homecomingPlan: plan.id)))
        // Check: the follow-up is owed, 3 months after the homecoming, on the caseworker's list.
        let owed = try await test.store.openObligations(child: child.id)
        let followUp = try XCTUnwrap(owed.first { $0.rule == DeadlineRule.homecomingFollowUp.id }, "\(owed.map(\.rule))")
        XCTAssertEqual(followUp.trigger, end.id)
        XCTAssertEqual(followUp.due, DanishTime.endOfDay(DanishTime.localDate(of: TestApp.now).adding(months: 3)))
        XCTAssertEqual(followUp.assignee, .caseworker(test.users[.caseworker]!.id))
        // On the tray, linked to the child page's Hjemgivelse, where it is recorded.
        let tray = try await caseworker.get(SiteURL.tray.path).body.string
        XCTAssertTrue(tray.contains("Opfølgning efter hjemgivelse"), tray)
        XCTAssertTrue(tray.contains("href=\"\(SiteURL.child(child.id).path(fragment: "homecoming"))\""))
        // The child page shows the course step by step, and the follow-up's form.
        let shown = try await caseworker.get(SiteURL.child(child.id).path).body.string
        let section = try XCTUnwrap(shown.components(separatedBy: "id=\"homecoming\"").dropFirst().first?.components(separatedBy: "</section>").first)
        for text in ["1. Afgørelse om hjemgivelse", "Bevilget", "2. Plan for hjemgivelsen", "Støtte efter hjemgivelsen: Familiebehandling",
                     "Kontakt med familien: Ugentligt møde med mor", "3. Anbringelsen ophører", "Hjemgivet", "4. Opfølgning efter hjemgivelsen",
                     "id=\"homecoming-follow-up-form\""] {
            XCTAssertTrue(section.contains(text), "\(text) in \(section)")
        }
        XCTAssertFalse(section.contains("id=\"homecoming-decision-form\""), "the placement has ended: no new decision")
        // The follow-up meets the deadline and sets the next.
        let held = try await caseworker.post(SiteURL.child(child.id, .homecomingFollowUp).path,
                                             ["homecoming": end.id.uuidString, "assessment": "Hanne trives hjemme", "nextFollowUp": Self.dayAhead(60)])
        XCTAssertEqual(held.status, .seeOther, ParticipationTests.refusal(held))
        let after = try await test.store.openObligations(child: child.id).map(\.rule)
        XCTAssertFalse(after.contains(DeadlineRule.homecomingFollowUp.id))
        XCTAssertTrue(after.contains(DeadlineRule.homecomingNextFollowUp.id))
    }

    func testAmendingTheHomecomingsEndKeepsItsPlanAndTheDecisionIsNotOpenedInTheDecisionStep() async throws {
        // Setup: the course through the end, written as the pages write it.
        let (child, placement, heard) = try await placedChild(1)
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        try await caseworker.get(SiteURL.child(child.id).path)
        _ = try await caseworker.post(SiteURL.child(child.id, .homecomingDecision).path, Self.decisionForm(placement, heard: heard))
        let decisions = try await entries(child.id, [.decision])
        let decision = try XCTUnwrap(decisions.last)
        _ = try await caseworker.post(SiteURL.child(child.id, .homecomingPlan).path, Self.planForm(placement, decision: decision))
        let plans = try await entries(child.id, [.homecomingPlan])
        let plan = try XCTUnwrap(plans.first)
        _ = try await caseworker.post(SiteURL.child(child.id, .homecomingEnd).path,
                                      ["placement": placement.id.uuidString, "plan": plan.id.uuidString, "note": ""])
        let ends = try await entries(child.id, [.placementEnded])
        let end = try XCTUnwrap(ends.first)
        // The thing under test: the end's correction through the placement-end step's form, as the browser gets it.
        let page = try await caseworker.get(SiteURL.child(child.id, .correct(.value(end.id))).path)
        XCTAssertEqual(page.status, .ok)
        var form = try HTMLForm.values(page.body.string, formID: "course-form")
        XCTAssertEqual(form["reason"], "homecoming")
        form["note"] = "Flyttede hjem en dag før"
        form["correctionReason"] = "Dagen var forkert noteret"
        let saved = try await caseworker.post(SiteURL.child(child.id, .correct(.value(end.id))).path, form)
        XCTAssertEqual(saved.status, .seeOther, HTMLForm.alert(saved.body.string))
        // Check: the end as it now reads still names the plan; the decision's correction page does not open the decision step.
        let timeline = try await test.store.timeline(child: child.id)
        let item = try XCTUnwrap(timeline.items.first { $0.entry.id == end.id })
        XCTAssertEqual(item.effective, .placementEnded(PlacementEnd(placement: placement.id, reason: .homecoming, note: "Flyttede hjem en dag før",
                                                                    homecomingPlan: plan.id)))
        let decisionPage = try await caseworker.get(SiteURL.child(child.id, .correct(.value(decision.id))).path)
        XCTAssertFalse(decisionPage.body.string.contains("id=\"course-form\""), "the decision step would drop the homecoming")
    }

    func testThePlacementStepNamesTheFirstFosterCarerWithThePlacement() async throws {
        // Setup: the test's child heard and a placement decided (§ 46, a network foster family).
        let caseworker = test.users[.caseworker]!.id
        let builder = IndicatorFixtures.CourseBuilder(fixture: 245, child: 1, born: test.child.birthDate, sex: test.child.sex, district: test.child.district)
        let talk = Entry(municipality: 707, child: test.child.id, payload: .childConversation(ChildConversation(
            heldBy: caseworker, place: "Hjemme", outcome: .childsWords("Jeg vil gerne bo hos mormor"))),
            occurredAt: TestApp.now.addingTimeInterval(-7200), recordedAt: TestApp.now, author: caseworker)
        try await test.store.append(talk, now: TestApp.now)
        let decision = Entry(municipality: 707, child: test.child.id, payload: .decision(builder.decisionPayload(
            DanishTime.localDate(of: TestApp.now), offers: ["netvaerksplejefamilie"], basis: .placementWithConsent, heardIn: talk)),
            occurredAt: TestApp.now.addingTimeInterval(-3600), recordedAt: TestApp.now, author: caseworker)
        try await test.store.append(decision, now: TestApp.now)
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        let path = SiteURL.child(test.child.id, .course(.value(CourseStep.placementStart.rawValue))).path
        let form = try await browser.get(path).body.string
        XCTAssertTrue(form.contains("name=\"fosterGivenName\""), "the step asks for the first foster carer")
        let fields = ["decision": decision.id.uuidString, "offer": "netvaerksplejefamilie", "placementKind": "networkFosterFamily",
                      "nearHome": "yes", "schoolKept": "yes", "contactArrangements": "Samvær hver anden weekend", "occurredAt": "2026-11-26T09:30",
                      "fosterGivenName": "Inger", "fosterFamilyName": "Mormorsen"]
        // The thing under test: a network family's carer without the relation, then with it.
        let unanswered = try await browser.post(path, fields)
        XCTAssertEqual(unanswered.status, .unprocessableEntity)
        XCTAssertTrue(unanswered.body.string.contains("id=\"step-fosterRelation-error\""), ParticipationTests.refusal(unanswered))
        let none = try await entries(test.child.id, [.placementStarted, .fosterCarers])
        XCTAssertTrue(none.isEmpty, "neither the placement nor the carer")
        let saved = try await browser.post(path, fields.merging(["fosterRelation": "grandparent"]) { $1 })
        XCTAssertEqual(saved.status, .seeOther, ParticipationTests.refusal(saved))
        // Check: the carer names the placement, written with it; the child page shows her.
        let starts = try await entries(test.child.id, [.placementStarted])
        let placement = try XCTUnwrap(starts.first)
        let timeline = try await test.store.timeline(child: test.child.id)
        XCTAssertEqual(timeline.fosterCarers[placement.id]?.map(\.fullName), ["Inger Mormorsen"])
        let page = try await browser.get(SiteURL.child(test.child.id).path).body.string
        XCTAssertTrue(page.contains("Plejefamilie: Inger Mormorsen (bedsteforælder) (netværksplejefamilie)"))
    }

    func testTheCourseStepNoLongerEndsAPlacementAsAHomecomingOutsideTheCourse() async throws {
        let (child, placement, _) = try await placedChild(1)
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        try await caseworker.get(SiteURL.child(child.id, .course(.value(CourseStep.placementEnd.rawValue))).path)
        // The thing under test
        let refused = try await caseworker.post(SiteURL.child(child.id, .course(.value(CourseStep.placementEnd.rawValue))).path,
                                                ["placement": placement.id.uuidString, "reason": "homecoming", "note": "", "occurredAt": "2026-11-26T10:00"])
        // Check
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains("Hjemgivelse kræver en afgørelse og en plan for hjemgivelsen"), ParticipationTests.refusal(refused))
        let none = try await entries(child.id, [.placementEnded])
        XCTAssertTrue(none.isEmpty)
    }

    func testAnotherChildsPlacementAndSomeoneElsesChildAreRefused() async throws {
        // Setup: two placed children of the caseworker.
        let (child, placement, heard) = try await placedChild(1)
        let (other, otherPlacement, _) = try await placedChild(2)
        let declared = Dictionary(test.app.routes.all.map { ("\($0.method) /\($0.path.string)", $0.access) }, uniquingKeysWith: { first, _ in first })
        for path in ["homecoming/decision", "homecoming/plan", "homecoming/end", "homecoming/follow-up", "foster-carers"] {
            XCTAssertEqual(declared["POST /children/:childID/\(path)"] ?? nil, .requires(.writeEntry), path)
        }
        XCTAssertEqual(declared["GET /foster-carers"] ?? nil, .requires(.openChild))
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        try await caseworker.get(SiteURL.child(child.id).path)
        // The thing under test: the other child's placement on this child's forms.
        let decision = try await caseworker.post(SiteURL.child(child.id, .homecomingDecision).path, Self.decisionForm(otherPlacement, heard: heard))
        XCTAssertEqual(decision.status, .unprocessableEntity)
        let carers = try await caseworker.post(SiteURL.child(child.id, .fosterCarers).path,
                                               ["placement": otherPlacement.id.uuidString, "givenName0": "Birthe", "familyName0": "Hansen",
                                                "relation0": "grandparent"])
        XCTAssertEqual(carers.status, .unprocessableEntity)
        // Someone else: another team's caseworker, a professional, the policy office, the administrator.
        for username in ["caseworker2", Role.professional.rawValue, Role.policy.rawValue, Role.admin.rawValue] {
            let browser = Browser(test.app)
            _ = try await browser.login(username, password: test.password)
            try await browser.get("/account")
            let status = try await browser.post(SiteURL.child(child.id, .homecomingDecision).path, Self.decisionForm(placement, heard: heard)).status
            let named = try await browser.post(SiteURL.child(child.id, .fosterCarers).path,
                                               ["placement": placement.id.uuidString, "givenName0": "Birthe", "familyName0": "Hansen",
                                                "relation0": "grandparent"]).status
            XCTAssertEqual(status, .forbidden, username)
            XCTAssertEqual(named, .forbidden, username)
        }
        // Check: nothing saved on either child.
        let saved = try await entries(child.id, [.homecomingPlan, .fosterCarers])
        let savedOther = try await entries(other.id, [.homecomingPlan, .fosterCarers])
        XCTAssertTrue(saved.isEmpty && savedOther.isEmpty)
        let decisions = try await entries(child.id, [.decision])
        XCTAssertEqual(decisions.count, 1, "only the placement's own decision")
    }

    func testFosterCarersAreNamedShownAsPeopleAndListedForTheTeamOnly() async throws {
        // Setup: a child placed in a network foster family.
        let (child, placement, _) = try await placedChild(1)
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let page = try await caseworker.get(SiteURL.child(child.id).path).body.string
        XCTAssertTrue(page.contains("id=\"foster-carers-form\""))
        XCTAssertTrue(page.contains("id=\"foster-relation0\""), "a network foster family's relation is asked")
        // The thing under test: the relation unanswered, then two carers named, one with a hostile name.
        let form = ["placement": placement.id.uuidString, "givenName0": "Birthe", "familyName0": "<script>alert(1)</script>",
                    "relation0": "grandparent", "person0": "", "givenName1": "Ole", "familyName1": "Hansen", "relation1": "auntOrUncle", "person1": ""]
        let unanswered = try await caseworker.post(SiteURL.child(child.id, .fosterCarers).path, form.merging(["relation1": ""]) { $1 })
        XCTAssertEqual(unanswered.status, .unprocessableEntity)
        XCTAssertTrue(unanswered.body.string.contains("id=\"foster-relation1-error\""), ParticipationTests.refusal(unanswered))
        let named = try await caseworker.post(SiteURL.child(child.id, .fosterCarers).path, form)
        XCTAssertEqual(named.status, .seeOther, ParticipationTests.refusal(named))
        // Check: the child page, escaped …
        let shown = try await caseworker.get(SiteURL.child(child.id).path).body.string
        XCTAssertTrue(shown.contains("Plejefamilie: Birthe &lt;script&gt;alert(1)&lt;/script&gt; (bedsteforælder), Ole Hansen (moster, faster, morbror eller farbror) (netværksplejefamilie)"), shown)
        XCTAssertFalse(shown.contains("<script>alert(1)"))
        // … the people, with the relation fosterParent …
        let people = try await test.store.relations(child: child.id)
        XCTAssertEqual(people.filter { $0.relation.kind == .fosterParent }.map(\.person.givenName).sorted(), ["Birthe", "Ole"])
        // … named again (the clock of the test stands still, so the two entries share an instant), the same people keep their
        // ids (the form sends them back) and are not added twice.
        let timeline = try await test.store.timeline(child: child.id)
        let first = timeline.fosterCarers[placement.id] ?? []
        let again = try await caseworker.post(SiteURL.child(child.id, .fosterCarers).path,
                                              form.merging(["person0": first[0].person.uuidString, "person1": first[1].person.uuidString]) { $1 })
        XCTAssertEqual(again.status, .seeOther, ParticipationTests.refusal(again))
        let renamed = try await test.store.timeline(child: child.id).fosterCarers[placement.id] ?? []
        XCTAssertEqual(renamed.map(\.person), first.map(\.person))
        let peopleAfter = try await test.store.relations(child: child.id)
        XCTAssertEqual(peopleAfter.filter { $0.relation.kind == .fosterParent }.count, 2)
        // A name corrected when named again is the person's name too.
        let corrected = try await caseworker.post(SiteURL.child(child.id, .fosterCarers).path,
                                                  form.merging(["person0": first[0].person.uuidString, "person1": first[1].person.uuidString,
                                                                "givenName1": "Olé"]) { $1 })
        XCTAssertEqual(corrected.status, .seeOther, ParticipationTests.refusal(corrected))
        let peopleCorrected = try await test.store.relations(child: child.id)
        XCTAssertEqual(peopleCorrected.first { $0.person.id == first[1].person }?.person.givenName, "Olé")
        // … and the list: the team's caseworker sees the child with its carers; another team's caseworker does not.
        let list = try await caseworker.get(SiteURL.fosterCarersList.path)
        XCTAssertEqual(list.status, .ok)
        XCTAssertTrue(list.body.string.contains("Birthe &lt;script&gt;alert(1)&lt;/script&gt; (bedsteforælder)"), list.body.string)
        XCTAssertTrue(list.body.string.contains("Hanne1 Hjemsen"))
        let stranger = Browser(test.app)
        _ = try await stranger.login("caseworker2", password: test.password)
        let theirs = try await stranger.get(SiteURL.fosterCarersList.path).body.string
        XCTAssertFalse(theirs.contains("Hanne1 Hjemsen"))
        XCTAssertFalse(theirs.contains("Birthe"))
        let policy = Browser(test.app)
        _ = try await policy.login("policy", password: test.password)
        let forbidden = try await policy.get(SiteURL.fosterCarersList.path).status
        XCTAssertEqual(forbidden, .forbidden)
    }
}
