import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// Abuse preparedness (issue 24, item 1) in Danish and English from models made by hand
/// (`__Snapshots__/PreparednessSnapshotTests`): the checklist before any step (the conversation to record first), the
/// checklist with two steps done and the rest pending, the børnehus form refused without its reason, and every step on the
/// timeline. Behaviour is asserted in `PreparednessWebTests`.
final class PreparednessSnapshotTests: XCTestCase {
    typealias F = PageFixtures
    typealias C = ChildSnapshotTests

    static let notification = C.entry(401, .notification(Notification(notifierKind: .professional, profession: .teacher,
                                                                       description: "Alma fortæller, at far slår.", concernsAbuse: true,
                                                                       channel: .phone)),
                                      hoursAgo: 30, by: F.caseworker)
    static let talk = C.entry(402, .childConversation(ChildConversation(heldBy: F.caseworker.id, place: "På skolen, uden forældrene",
                                                                        outcome: .childsWords("Far bliver vred <b>"))),
                              hoursAgo: 26, by: F.caseworker)
    static let steps: [Entry] = [
        C.entry(403, .preparednessStep(PreparednessStep(notification: notification.id, step: .childConversation, parentsSuspected: true,
                                                        conversation: talk.id)), hoursAgo: 25, by: F.caseworker),
        C.entry(404, .preparednessStep(PreparednessStep(notification: notification.id, step: .police, police: .consultedNotReported,
                                                        note: "Samråd med Østjyllands Politi")), hoursAgo: 20, by: F.caseworker),
    ]

    static func page(_ extra: [Entry]) throws -> ChildPageModel {
        let model = try C.page()
        let timeline = Timeline(C.entries + [notification] + extra)
        return ChildPageModel(user: model.user, child: model.child, summary: model.summary, timeline: timeline, staff: model.staff,
                              assignable: model.assignable, obligations: model.obligations, people: model.people, filter: model.filter,
                              offers: OfferCatalogue.standard, state: timeline.state(), grounds: .ownTeam)
    }

    func testTheChecklistBeforeAnyStep() throws {
        let model = try Self.page([])
        assertPageSnapshots(named: "preparedness-new", user: F.caseworker, path: C.childPath) { context in
            ChildPageView.preparednessSection(model, context, nil)
        }
    }

    func testTheChecklistWithTwoStepsDone() throws {
        let model = try Self.page([Self.talk] + Self.steps)
        assertPageSnapshots(named: "preparedness-partly-done", user: F.caseworker, path: C.childPath) { context in
            ChildPageView.preparednessSection(model, context, nil)
        }
    }

    func testTheChildrensHouseRefusedWithoutItsReason() throws {
        let model = try Self.page([Self.talk] + Self.steps)
        assertPageSnapshots(named: "preparedness-house-refused", user: F.caseworker, path: C.childPath) { context in
            let refusal = Refusal(form: "preparedness-childrensHouse", field: "reason", message: Strings.preparednessError(.textMissing)(context.language),
                                  values: FormValues(["notification": Self.notification.id.uuidString, "childrensHouse": "notRelevant",
                                                      "reason": "", "occurredAt": "2026-11-26T08:00", "note": "Ringede \"Børnehus Midt\" <i>"]))
            return ChildPageView.preparednessSection(model, context, refusal)
        }
    }

    func testEveryStepOnTheTimeline() throws {
        let model = try Self.page([Self.talk] + Self.steps)
        let more: [EntryPayload] = [
            .preparednessStep(PreparednessStep(notification: Self.notification.id, step: .childrensHouse, childrensHouse: .notRelevant,
                                               reason: "Afhørt af politiet i videoafhøringslokalet")),
            .preparednessStep(PreparednessStep(notification: Self.notification.id, step: .parentsNotInformed,
                                               reason: "Far er mistænkt; politiet afhører ham først")),
        ]
        assertPageSnapshots(named: "preparedness-entries", user: F.caseworker, path: C.childPath) { context in
            .group((Self.steps.map(\.payload) + more).map { ChildPageView.payload($0, model, context) })
        }
    }
}
