import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// The course steps' forms in Danish and English for one child's course, made by hand at a fixed time
/// (`__Snapshots__/CourseSnapshotTests`). What a caseworker can record is asserted in `CourseTests`.
final class CourseSnapshotTests: XCTestCase {
    typealias F = PageFixtures

    static let childID = F.id(10)
    static let child = Child(id: childID, municipality: 707, givenName: "Alma", familyName: "Andersen",
                             birthDate: LocalDate(year: 2014, month: 3, day: 2)!, sex: .female, district: F.team.district)

    static func hoursAgo(_ hours: Double) -> Date { F.now.addingTimeInterval(-hours * 3600) }

    static func entry(_ n: Int, _ payload: EntryPayload, hoursAgo hours: Double, by author: UserRecord) -> Entry {
        Entry(id: F.id(n), municipality: 707, child: childID, payload: payload, occurredAt: hoursAgo(hours), recordedAt: hoursAgo(hours),
              author: author.id)
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }

    static let offers = try! OfferCatalogue(offers: OfferCatalogue.standard.offers.filter {
        ["familiebehandling", "fast-kontaktperson"].contains($0.id) || $0.placementKind == .fosterFamily
    })

    /// A teacher's notification, an investigation, a conversation with the child, a decision granting family treatment,
    /// the measure started and a plan with one goal.
    static func entries() throws -> [Entry] {
        [
            entry(101, .notification(Notification(notifierKind: .professional, notifierUser: F.professional.id, profession: .teacher,
                                                  description: "Alma kommer ofte sulten i skole.")), hoursAgo: 24 * 60, by: F.professional),
            entry(102, .investigation(AssessmentStart(reason: "Underretning om mistrivsel", notification: F.id(101))),
                  hoursAgo: 24 * 58, by: F.caseworker),
            entry(103, .childConversation(try ChildConversation(heldBy: F.caseworker.id, place: "Grenaa Skole", childsWords: "Jeg vil gerne bo hjemme.",
                                                                notHeldReason: nil)), hoursAgo: 24 * 50, by: F.caseworker),
            entry(104, .decision(Decision(offers: ["familiebehandling"], legalBasis: .treatment, purpose: "Bedre samspil i familien",
                                          expectedEnd: day(2027, 6, 30), consent: Consent(custodyHolders: .given),
                                          childsViews: try ChildsViews(heardIn: F.id(103), notHeardReason: nil),
                                          complaintGuidanceToChild: true, makesChildsPlan: true)), hoursAgo: 24 * 40, by: F.caseworker),
            entry(105, .measureStarted(MeasureStart(offer: "familiebehandling", decision: F.id(104), legalBasis: .treatment)),
                  hoursAgo: 24 * 35, by: F.caseworker),
            entry(106, .plan(ChildsPlan(goals: [ChildsPlan.Goal(id: F.id(201), what: "Alma møder i skole hver dag", byWhen: day(2027, 3, 1),
                                                                howWeWillKnow: "Fraværet er under 5 %")],
                                        childsHopes: "At mor og far skændes mindre", madeWithChild: true, madeWithParents: true)),
                  hoursAgo: 24 * 30, by: F.caseworker),
        ]
    }

    static func model(_ step: CourseStep) throws -> CourseStepModel {
        let timeline = Timeline(try entries())
        return CourseStepModel.query(step: step, child: child, user: F.caseworker, staff: [F.lead, F.caseworker, F.outreach, F.professional],
                                     offers: offers, timeline: timeline, state: timeline.state(), now: F.now)
    }

    static func path(_ step: CourseStep) -> String { SiteURL.child(childID, .course(.value(step.rawValue))).path }

    func testEachStepsForm() throws {
        for step in [CourseStep.assessment, .assessmentConclusion, .conversation, .decision, .measureStart, .plan, .followUp] {
            let model = try Self.model(step)
            assertPageSnapshots(named: step.rawValue, user: F.caseworker, path: Self.path(step)) { context in
                CourseStepView.body(model, refusal: nil, context)
            }
        }
    }

    /// A plan whose second goal has no date: the refusal marks the first goal and keeps everything typed.
    func testARefusedPlan() throws {
        let model = try Self.model(.plan)
        assertPageSnapshots(named: "plan-refused", user: F.caseworker, path: Self.path(.plan)) { context in
            let values = FormValues(["planKind": "childsPlan", "goal0Id": F.id(201).uuidString, "goal0What": "Alma møder i skole hver dag",
                                     "goal0ByWhen": "2027-03-01", "goal0How": "Fraværet er under 5 %", "goal1What": "Alma <går> til \"fodbold\"",
                                     "goal1ByWhen": "", "goal1How": "", "childsHopes": "", "madeWithChild": "yes",
                                     "occurredAt": "2026-11-26T09:30", "occurredAtShown": "2026-11-26T09:58"])
            let refusal = Refusal(field: "goal0What", message: Strings.error(.goalIncomplete)(context.language), values: values)
            return CourseStepView.body(model, refusal: refusal, context)
        }
    }
}
