import Foundation
import Vapor
import SporDomain

/// A placed child's contact plan and visits from the child page, through its one form path. The placement and the person
/// must be ones the journal offers for this child; the domain refuses a plan or visit of another child's placement.
enum ContactController {
    @Sendable static func recordPlan(_ request: Request) async throws -> Response {
        try await ChildrenController.submit(request, form: "contact-plan") { values, now, model in
            let placement = try values.uuid("placement")
            var person: UUID?
            var otherName: String?
            if values["person"] == "other" {
                otherName = values.optionalText("otherName") ?? ""
            } else {
                // Only a person of the child's household is offered; any other id is refused as a choice not offered.
                let id = try values.uuid("person")
                guard model.people.contains(where: { $0.person.id == id }) else {
                    throw FormError(field: "person", text: Strings.errorChoiceInvalid)
                }
                person = id
            }
            guard let visits = try values.optionalInt("visits") else {
                throw FormError(field: "visits", text: Strings.contactError(.contactFrequencyInvalid))
            }
            let supervised = try values.answeredYesNo("supervised")
            let plan = ContactPlan(placement: placement, supersedes: values.optionalUUID("supersedes"), person: person, otherName: otherName,
                                   visits: visits, period: try values.choice("period", as: ContactPeriod.self), supervised: supervised,
                                   from: try values.date("from"), note: values.optionalText("note"))
            return EntryDraft(payload: .contactPlan(plan), occurredAt: now)
        }
    }

    @Sendable static func recordVisit(_ request: Request) async throws -> Response {
        try await ChildrenController.submit(request, form: "contact-visit") { values, now, _ in
            let outcome = values.text("outcome")
            let cancelledBy: ContactCanceller? = outcome == "held" ? nil : try values.choice("outcome", as: ContactCanceller.self)
            let visit = ContactVisit(plan: try values.uuid("plan"), day: try values.date("day"), cancelledBy: cancelledBy,
                                     reason: cancelledBy == nil ? nil : values.optionalText("reason") ?? "", note: values.optionalText("note"))
            return EntryDraft(payload: .contactVisit(visit), occurredAt: now)
        }
    }
}
