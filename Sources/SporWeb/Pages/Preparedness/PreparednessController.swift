import Foundation
import Vapor
import SporDomain

/// A step of the preparedness on a notification about abuse, from the child page's checklist, through its one form path.
/// The domain refuses a step on another child's notification, on one not about abuse, before it or ahead of now, twice,
/// or without its answer (the parents' suspicion is a legal question, never answered for the user).
enum PreparednessController {
    @Sendable static func record(_ request: Request) async throws -> Response {
        guard let step = request.parameters.get("step").flatMap(PreparednessStepKind.init(rawValue:)) else { throw Abort(.notFound) }
        return try await ChildrenController.submit(request, form: ChildPageView.preparednessForm(step)) { values, now, _ in
            var payload = PreparednessStep(notification: try values.uuid("notification"), step: step, note: values.optionalText("note"))
            switch step {
            case .childConversation:
                payload.conversation = values.optionalUUID("conversation")
                payload.parentsSuspected = values.yesNo("parentsSuspected")
            case .police:
                payload.police = values.text("police").isEmpty ? nil : try values.choice("police", as: PoliceOutcome.self)
            case .childrensHouse:
                let outcome = values.text("childrensHouse").isEmpty ? nil : try values.choice("childrensHouse", as: ChildrensHouseOutcome.self)
                payload.childrensHouse = outcome
                if outcome == .notRelevant { payload.reason = values.optionalText("reason") ?? "" }
            case .parentsNotInformed:
                payload.reason = values.optionalText("reason") ?? ""
            }
            return EntryDraft(payload: .preparednessStep(payload), occurredAt: try values.occurred(now: now))
        }
    }
}
