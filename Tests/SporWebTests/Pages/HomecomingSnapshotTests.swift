import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb
import SporTestSupport

/// The homecoming as a course and the foster carers (issue 24, item 3) in Danish and English from models made by hand
/// (`__Snapshots__/HomecomingSnapshotTests`): the child page's Hjemgivelse with the whole course (decision, plan, end,
/// a follow-up) and its follow-up form; a placement with its foster carers named (one with a hostile name) and the
/// homecoming decided and planned (the plan's and the end's forms); the decision's form refused; the timeline's entries;
/// the foster carers' list. Behaviour is asserted in `HomecomingWebTests`.
final class HomecomingSnapshotTests: XCTestCase {
    typealias F = PageFixtures
    typealias C = ChildSnapshotTests

    static func day(_ hoursAgo: Double) -> LocalDate { DanishTime.localDate(of: C.hoursAgo(hoursAgo)) }

    /// Heard, decided and placed in a network foster family (§ 46) some 200 days ago.
    static let placed: [Entry] = {
        let builder = IndicatorFixtures.CourseBuilder(fixture: 244, child: 1, born: C.child.birthDate, sex: C.child.sex, district: C.child.district)
        let talk = C.entry(401, .childConversation(ChildConversation(heldBy: F.caseworker.id, place: "Hjemme",
                                                                     outcome: .childsWords("Jeg vil gerne hjem"))),
                           hoursAgo: 24 * 202, by: F.caseworker)
        let decision = C.entry(402, .decision(builder.decisionPayload(day(24 * 201), offers: ["netvaerksplejefamilie"],
                                                                      basis: .placementWithConsent, heardIn: talk)),
                               hoursAgo: 24 * 201, by: F.caseworker)
        let placement = C.entry(403, IndicatorFixtures.CourseBuilder.placementPayload("netvaerksplejefamilie", kind: .networkFosterFamily,
                                                                                      decision: decision),
                                hoursAgo: 24 * 200, by: F.caseworker)
        let carers = C.entry(404, .fosterCarers(FosterCarers(placement: placement.id, carers: [
            FosterCarer(person: F.id(51), givenName: "Birthe", familyName: "<script>Hansen</script>", networkRelation: .grandparent),
            FosterCarer(person: F.id(52), givenName: "Ole", familyName: "Hansen", networkRelation: .grandparent),
        ])), hoursAgo: 24 * 199, by: F.caseworker)
        let homecoming = C.entry(405, .decision(Decision(offers: [], legalBasis: .placementWithConsent, reasons: "Mor kan igen drage omsorg",
                                                         purpose: "Alma flytter hjem til mor", expectedEnd: day(24 * 100), consent: Consent(),
                                                         childsViews: .heardIn(talk.id), complaintGuidanceToChild: true, homecoming: placement.id)),
                                 hoursAgo: 24 * 110, by: F.caseworker)
        let plan = C.entry(406, .homecomingPlan(HomecomingPlan(placement: placement.id, decision: homecoming.id, homecomingOn: day(24 * 100),
                                                               support: ["familiebehandling"], familyContact: "Ugentligt møde med mor <b>",
                                                               school: "Grenaa Skole", followUpMonths: 6, note: "Alma glæder sig")),
                           hoursAgo: 24 * 105, by: F.caseworker)
        return [talk, decision, placement, carers, homecoming, plan]
    }()

    static let ended: [Entry] = {
        let end = C.entry(407, .placementEnded(PlacementEnd(placement: F.id(403), reason: .homecoming, homecomingPlan: F.id(406))),
                          hoursAgo: 24 * 100, by: F.caseworker)
        let followUp = C.entry(408, .homecomingFollowUp(HomecomingFollowUp(homecoming: end.id, assessment: "Alma trives hjemme & i skolen",
                                                                           nextFollowUp: day(-24 * 30))),
                               hoursAgo: 24 * 20, by: F.caseworker)
        return [end, followUp]
    }()

    static func page(_ entries: [Entry]) throws -> ChildPageModel {
        let model = try C.page()
        let timeline = Timeline(C.entries + entries)
        return ChildPageModel(user: model.user, child: model.child, summary: model.summary, timeline: timeline, staff: model.staff,
                              assignable: model.assignable, obligations: model.obligations, people: model.people, filter: model.filter,
                              offers: OfferCatalogue.standard, state: timeline.state(), grounds: .ownTeam)
    }

    func testTheWholeCourseWithAFollowUpAndTheNextFollowUpsForm() throws {
        let model = try Self.page(Self.placed + Self.ended)
        assertPageSnapshots(named: "child-homecoming-course", user: F.caseworker, path: C.childPath) { context in
            ChildPageView.homecomingSection(model, context, nil)
        }
        assertPageSnapshots(named: "homecoming-entries", user: F.caseworker, path: C.childPath) { context in
            .group(ChildPageView.payload(Self.placed[3].payload, model, context), ChildPageView.payload(Self.placed[5].payload, model, context),
                   ChildPageView.payload(Self.ended[1].payload, model, context))
        }
    }

    func testAPlacementWithItsFosterCarersAndTheHomecomingPlanned() throws {
        let model = try Self.page(Self.placed)
        assertPageSnapshots(named: "child-foster-carers", user: F.caseworker, path: C.childPath) { context in
            ChildPageView.fosterCarersSection(model, context, nil)
        }
        assertPageSnapshots(named: "child-homecoming-planned", user: F.caseworker, path: C.childPath) { context in
            ChildPageView.homecomingSection(model, context, nil)
        }
    }

    func testTheDecisionsFormRefusedWithTheOutcomeUnanswered() throws {
        let model = try Self.page(Array(Self.placed.prefix(4)))
        assertPageSnapshots(named: "homecoming-decision-refused", user: F.caseworker, path: C.childPath) { context in
            let refusal = Refusal(form: "homecoming-decision", field: "outcome", message: Strings.errorAnswerRequired(context.language),
                                  values: FormValues(["placement": F.id(403).uuidString, "outcome": "", "purpose": "Hjem \"nu\" <script>",
                                                      "homecomingOn": "2026-12-01", "reasons": "Mor kan", "heardIn": F.id(401).uuidString,
                                                      "notHeardReason": "", "complaintGuidance": "yes"]))
            return ChildPageView.homecomingSection(model, context, refusal)
        }
    }

    func testTheFosterCarersList() {
        let model = FosterCarersModel(rows: [
            .init(carer: FosterCarer(person: F.id(51), givenName: "Birthe", familyName: "<script>Hansen</script>", networkRelation: .grandparent),
                  child: C.childID, childName: "Alma Andersen", kind: .networkFosterFamily, since: C.hoursAgo(24 * 200), running: true),
            .init(carer: FosterCarer(person: F.id(53), givenName: "Karen", familyName: "Kjær"),
                  child: F.id(11), childName: "Bo Berg", kind: .fosterFamily, since: C.hoursAgo(24 * 400), running: false),
        ])
        assertPageSnapshots(named: "foster-carers-list", user: F.caseworker, path: SiteURL.fosterCarersList.path) { context in
            FosterCarersView.body(model, context)
        }
        assertPageSnapshots(named: "foster-carers-list-empty", user: F.lead, path: SiteURL.fosterCarersList.path) { context in
            FosterCarersView.body(FosterCarersModel(rows: []), context)
        }
    }
}
