import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb
import SporTestSupport

/// A placed child's contact (issue 24, item 3) in Danish and English from models made by hand
/// (`__Snapshots__/ContactSnapshotTests`): the child page's Samvær with a plan and three visits, one cancelled; the plan's
/// form refused with supervision unanswered; the timeline's plan and visit. Behaviour is asserted in `ContactWebTests`.
final class ContactSnapshotTests: XCTestCase {
    typealias F = PageFixtures
    typealias C = ChildSnapshotTests

    static func day(_ hoursAgo: Double) -> LocalDate { DanishTime.localDate(of: C.hoursAgo(hoursAgo)) }

    static let placed: [Entry] = {
        let builder = IndicatorFixtures.CourseBuilder(fixture: 242, child: 1, born: C.child.birthDate, sex: C.child.sex, district: C.child.district)
        let talk = C.entry(301, .childConversation(ChildConversation(heldBy: F.caseworker.id, place: "Hjemme",
                                                                     outcome: .childsWords("Jeg vil gerne se mor tit"))),
                           hoursAgo: 24 * 40, by: F.caseworker)
        let decision = C.entry(302, .decision(builder.decisionPayload(day(24 * 39), offers: ["netvaerksplejefamilie"],
                                                                      basis: .placementWithConsent, heardIn: talk)),
                               hoursAgo: 24 * 39, by: F.caseworker)
        let placement = C.entry(303, IndicatorFixtures.CourseBuilder.placementPayload("netvaerksplejefamilie", kind: .networkFosterFamily,
                                                                                      decision: decision),
                                hoursAgo: 24 * 38, by: F.caseworker)
        let plan = C.entry(304, .contactPlan(ContactPlan(placement: placement.id, person: C.mother.id, visits: 1, period: .week,
                                                         supervised: true, from: day(24 * 36), note: "Hos plejefamilien")),
                           hoursAgo: 24 * 37, by: F.caseworker)
        return [talk, decision, placement, plan,
                C.entry(305, IndicatorFixtures.visit(plan, day(24 * 29)), hoursAgo: 24 * 29, by: F.caseworker),
                C.entry(306, .contactVisit(ContactVisit(plan: plan.id, day: day(24 * 22), cancelledBy: .parent, reason: "Mor var syg")),
                        hoursAgo: 24 * 22, by: F.caseworker),
                C.entry(307, .contactVisit(ContactVisit(plan: plan.id, day: day(24 * 15), note: "Tur i skoven <b>")),
                        hoursAgo: 24 * 15, by: F.caseworker)]
    }()

    static func page() throws -> ChildPageModel {
        let model = try C.page()
        let timeline = Timeline(C.entries + placed)
        return ChildPageModel(user: model.user, child: model.child, summary: model.summary, timeline: timeline, staff: model.staff,
                              assignable: model.assignable, obligations: model.obligations, people: model.people, filter: model.filter,
                              offers: OfferCatalogue.standard, state: timeline.state(), grounds: .ownTeam)
    }

    func testTheChildPageWithAPlanAndThreeVisitsOneCancelled() throws {
        let model = try Self.page()
        assertPageSnapshots(named: "child-contact", user: F.caseworker, path: C.childPath) { context in
            ChildPageView.contactSection(model, context, nil)
        }
        assertPageSnapshots(named: "contact-entries", user: F.caseworker, path: C.childPath) { context in
            .group(ChildPageView.payload(Self.placed[3].payload, model, context), ChildPageView.payload(Self.placed[5].payload, model, context))
        }
    }

    func testAPlanRefusedWithSupervisionUnanswered() throws {
        let model = try Self.page()
        assertPageSnapshots(named: "contact-plan-refused", user: F.caseworker, path: C.childPath) { context in
            let refusal = Refusal(form: "contact-plan", field: "supervised", message: Strings.errorAnswerRequired(context.language),
                                  values: FormValues(["placement": F.id(303).uuidString, "supersedes": F.id(304).uuidString, "person": "other",
                                                      "otherName": "Morfar \"Ib\" <script>", "visits": "2", "period": "month",
                                                      "supervised": "", "from": "2026-12-01", "note": ""]))
            return ChildPageView.contactSection(model, context, refusal)
        }
    }
}
