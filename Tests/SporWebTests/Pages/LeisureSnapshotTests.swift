import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// Leisure in the plan and follow-up forms, in Danish and English (`__Snapshots__/LeisureSnapshotTests`): the course of
/// `CourseSnapshotTests` with a second plan version recording football with a fritidspas and a health goal. Behaviour
/// is asserted in `LeisureWebTests`.
final class LeisureSnapshotTests: XCTestCase {
    typealias F = PageFixtures
    typealias Course = CourseSnapshotTests

    static let football = LeisureActivity(id: F.id(301), kind: .association, name: "Fodbold i Grenaa IF", support: .leisurePass)

    static func model(_ step: CourseStep) throws -> CourseStepModel {
        let plan = ChildsPlan(supersedes: F.id(106),
                              goals: [ChildsPlan.Goal(id: F.id(201), what: "Alma møder i skole hver dag", byWhen: Course.day(2027, 3, 1),
                                                      howWeWillKnow: "Fraværet er under 5 %"),
                                      ChildsPlan.Goal(id: F.id(202), what: "Alma cykler i skole", byWhen: Course.day(2027, 5, 1),
                                                      howWeWillKnow: "Hun fortæller det", area: .health)],
                              madeWithChild: true, madeWithParents: true, leisure: [football])
        let timeline = Timeline(try Course.entries() + [Course.entry(107, .plan(plan), hoursAgo: 24 * 20, by: F.caseworker)])
        return CourseStepModel.query(step: step, child: Course.child, user: F.caseworker, staff: [F.lead, F.caseworker],
                                     offers: Course.offers, timeline: timeline, state: timeline.state(), now: F.now)
    }

    func testTheFormsOfferTheLatestLeisure() throws {
        for step in [CourseStep.plan, .followUp] {
            let model = try Self.model(step)
            assertPageSnapshots(named: "leisure-\(step.rawValue)", user: F.caseworker, path: Course.path(step)) { context in
                CourseStepView.body(model, refusal: nil, context)
            }
        }
    }

    /// What holds now of the football left unanswered: refused naming it, the new activity typed kept.
    func testAFollowUpWithTheLeisureQuestionUnanswered() throws {
        let model = try Self.model(.followUp)
        assertPageSnapshots(named: "leisure-follow-up-refused", user: F.caseworker, path: Course.path(.followUp)) { context in
            let values = FormValues(["measure-\(F.id(105).uuidString)": "1", "rating-\(F.id(201).uuidString)": "progress",
                                     "rating-\(F.id(202).uuidString)": "reached", "assessment": "Det går bedre", "outcome": "continue",
                                     "nextFollowUp": "2027-02-01", "nextFollowUpReason": "Efter jul", "leisureNew0Kind": "culture",
                                     "leisureNew0Name": "Musikskolen <trommer>", "leisureNew0Support": "none",
                                     "occurredAt": "2026-11-26T09:30", "occurredAtShown": "2026-11-26T09:58"])
            let refusal = Refusal(field: "leisure-\(Self.football.id.uuidString)", message: Strings.errorAnswerRequired(context.language), values: values)
            return CourseStepView.body(model, refusal: refusal, context)
        }
    }
}
