import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// The tasks' pages from models made by hand, in Danish and English (`__Snapshots__/TasksSnapshotTests`): *Mine aftaler*,
/// the form that marks a deadline not relevant (and its refusal), the team lead's list of marks, and a refused completion.
/// Behaviour is asserted in `TaskTests`.
final class TasksSnapshotTests: XCTestCase {
    typealias F = PageFixtures

    static func obligation(_ rule: DeadlineRule, child: Int, name: String, hoursFromNow: Double, owner: UserRecord?,
                           action: UUID? = nil) -> OpenObligation {
        OpenObligation(rule: rule.id, child: F.id(child), childName: name, trigger: F.id(child + 100), action: action,
                       due: F.now.addingTimeInterval(hoursFromNow * 3600), assignee: owner.map { .caseworker($0.id) } ?? .districtTeam,
                       isPriority: false, assignedSince: nil, note: nil, team: F.team.id, district: F.team.district)
    }

    func testMyActions() {
        let rows = [
            MyActionsModel.Row(obligation: Self.obligation(.networkMeetingAction, child: 10, name: "Alma Andersen", hoursFromNow: -30,
                                                           owner: F.outreach, action: F.id(500)),
                               what: "Ring til mor om fritidsjob", rule: .networkMeetingAction),
            MyActionsModel.Row(obligation: Self.obligation(.networkMeetingAction, child: 11, name: "Bo Berg", hoursFromNow: 24 * 6,
                                                           owner: F.outreach, action: F.id(501)),
                               what: "Følge Bo til klubben", rule: .networkMeetingAction),
        ]
        assertPageSnapshots(named: "outreach", user: F.outreach, path: SiteURL.actions.path) { context in
            MyActionsView.body(MyActionsModel(user: F.outreach, now: F.now, rows: rows), context)
        }
        assertPageSnapshots(named: "empty", user: F.outreach, path: SiteURL.actions.path) { context in
            MyActionsView.body(MyActionsModel(user: F.outreach, now: F.now, rows: []), context)
        }
    }

    static let notRelevant = NotRelevantModel(child: F.id(12), childName: "Clara Dahl",
                                              obligation: obligation(.receipt, child: 12, name: "Clara Dahl", hoursFromNow: 60, owner: F.caseworker),
                                              rule: .receipt, returnTo: SiteURL.tray.path)

    func testTheNotRelevantForm() {
        assertPageSnapshots(named: "form", user: F.caseworker, path: SiteURL.child(F.id(12), .notRelevant).path) { context in
            NotRelevantView.body(Self.notRelevant, refusal: nil, context)
        }
    }

    func testTheNotRelevantFormRefused() {
        assertPageSnapshots(named: "refused", user: F.caseworker, path: SiteURL.child(F.id(12), .notRelevant).path) { context in
            let refusal = Refusal(form: NotRelevantView.formName, field: "reason", message: context.t(Strings.taskError(.notRelevantReasonMissing)),
                                  values: FormValues(["reason": "  ", "rule": DeadlineRule.receipt.id]))
            return NotRelevantView.body(Self.notRelevant, refusal: refusal, context)
        }
    }

    func testTheTeamLeadsListOfMarks() {
        let marks = [
            NotRelevantMark(child: F.id(12), childName: "Clara Dahl", entry: F.id(600),
                            mark: DeadlineNotRelevant(rule: DeadlineRule.receipt.id, trigger: F.id(112), action: nil,
                                                      reason: "Underretteren bad selv om ikke at få kvittering"),
                            author: F.caseworker.id, occurredAt: F.now.addingTimeInterval(-3 * 86_400)),
            NotRelevantMark(child: F.id(14), childName: "Emil Frost", entry: F.id(601),
                            mark: DeadlineNotRelevant(rule: DeadlineRule.investigationFourMonths.id, trigger: F.id(114), action: nil,
                                                      reason: "Familien er flyttet <til> Aarhus"),
                            author: F.id(99), occurredAt: F.now.addingTimeInterval(-10 * 86_400)),
        ]
        let model = TeamNotRelevantModel(marks: marks, names: [F.caseworker.id: F.caseworker.displayName])
        assertPageSnapshots(named: "lead", user: F.lead, path: SiteURL.teamNotRelevant.path) { context in
            TeamNotRelevantView.body(model, context)
        }
    }

    func testARefusedCompletion() {
        let model = TaskCompletionModel(title: Strings.taskEntryAgreedAction.filled("Ring til mor"), childName: "Alma Andersen",
                                        kind: .agreedAction, child: F.id(10), trigger: F.id(110), action: F.id(500), user: F.outreach,
                                        returnTo: SiteURL.actions.path)
        let path = SiteURL.child(F.id(10), .agreedAction(meeting: .value(F.id(110)), action: .value(F.id(500)))).path
        assertPageSnapshots(named: "refused", user: F.outreach, path: path) { context in
            let refusal = Refusal(form: TaskForms.formName, field: "completedOn", message: context.t(Strings.taskError(.dateInvalid)),
                                  values: FormValues(["outcome": "notDone", "completedOn": "2026-13-40", "comment": "Mor tog ikke telefonen"]))
            return TaskCompletionView.body(model, refusal: refusal, context)
        }
        assertPageSnapshots(named: "forbidden", user: F.outreach, path: SiteURL.actions.path) { context in
            TaskCompletionView.forbidden(Strings.taskNotPermitted, home: .actions, context)
        }
    }
}
