import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// The steps on a notification of the child page, in Danish and English (`__Snapshots__/NotificationStepsSnapshotTests`):
/// the 24-hour assessment saying what it starts, and the feedback to the notifier saying what followed. What they do
/// is asserted in `CarryForwardTests`.
final class NotificationStepsSnapshotTests: XCTestCase {
    typealias F = PageFixtures
    typealias C = ChildSnapshotTests

    /// The child page's course with `more` after its entries (the notification is `F.id(101)`, received 72 hours ago).
    static func page(_ more: [Entry]) throws -> ChildPageModel {
        let model = try C.page()
        let timeline = Timeline(C.entries + more)
        return ChildPageModel(user: model.user, child: model.child, summary: model.summary, timeline: timeline, staff: model.staff,
                              assignable: model.assignable, obligations: model.obligations, people: model.people, filter: model.filter,
                              offers: model.offers, state: timeline.state(), grounds: .ownTeam)
    }

    static func steps(_ model: ChildPageModel, refusal: Refusal? = nil, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard let item = model.timeline.items.first(where: { $0.entry.id == F.id(101) }) else { return .empty }
        return ChildPageView.notificationSteps(item, model, context, refusal)
    }

    func testTheAssessmentSaysWhatItStarts() throws {
        let model = try Self.page([])
        assertPageSnapshots(named: "assessment", user: F.caseworker, path: C.childPath) { context in
            Self.steps(model, context)
        }
        // Refused with the investigation chosen: its note is shown without the stylesheet's help.
        assertPageSnapshots(named: "assessment-refused", user: F.caseworker, path: C.childPath) { context in
            let refusal = Refusal(form: "assess-\(F.id(101).uuidString)", field: "reasoning", message: Strings.error(.textMissing)(context.language),
                                  values: FormValues(["inDanger": "yes", "acuteMeasures": "no", "nextStep": "investigation", "reasoning": " "]))
            return Self.steps(model, refusal: refusal, context)
        }
    }

    func testAnOpenInvestigationIsNotStartedTwice() throws {
        let started = C.entry(110, .investigation(AssessmentStart(reason: "Blå mærker", needKnownOn: DanishTime.localDate(of: C.hoursAgo(72)),
                                                                  notification: F.id(101))), hoursAgo: 60, by: F.caseworker)
        let model = try Self.page([started])
        assertPageSnapshots(named: "already-open", user: F.caseworker, path: C.childPath) { context in
            Self.steps(model, context)
        }
    }

    func testTheFeedbackSaysWhatFollowed() throws {
        let assessed = C.entry(110, .urgencyAssessment(UrgencyAssessment(notification: F.id(101), inDanger: true, acuteMeasures: false,
                                                                         nextStep: .investigation, reasoning: "Blå mærker")),
                               hoursAgo: 60, by: F.caseworker)
        let started = C.entry(111, .investigation(AssessmentStart(reason: "Blå mærker", needKnownOn: DanishTime.localDate(of: C.hoursAgo(72)),
                                                                  notification: F.id(101))), hoursAgo: 60, by: F.caseworker)
        let model = try Self.page([assessed, started])
        assertPageSnapshots(named: "feedback-investigation", user: F.caseworker, path: C.childPath) { context in
            Self.steps(model, context)
        }
        let nothing = C.entry(110, .urgencyAssessment(UrgencyAssessment(notification: F.id(101), inDanger: false, acuteMeasures: false,
                                                                        nextStep: .noAction, reasoning: "Forklaret af skolen")),
                              hoursAgo: 60, by: F.caseworker)
        let none = try Self.page([nothing])
        assertPageSnapshots(named: "feedback-none", user: F.caseworker, path: C.childPath) { context in
            Self.steps(none, context)
        }
    }
}
