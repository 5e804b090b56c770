import Foundation
import Vapor
import SporDomain

/// The homecoming's steps and the foster carers from the child page, each through its one form path. The placement, the
/// decision, the plan and the homecoming are ids the domain checks against this child's course: another child's are refused.
enum HomecomingController {
    @Sendable static func recordDecision(_ request: Request) async throws -> Response {
        try await ChildrenController.submit(request, form: "homecoming-decision") { values, now, model in
            let placement = try values.uuid("placement")
            // The decision is on the placement's provision: not asked again.
            guard let running = model.state.activeMeasures.first(where: { $0.entry == placement && $0.isPlacement }) else {
                throw DomainError(.placementNotRunning, field: "placement")
            }
            let outcome = try values.answer("outcome", as: Decision.Outcome.self)
            let age = model.child.birthDate.age(on: DanishTime.localDate(of: now))
            let complaintGuidance = age >= 10 ? try values.answeredYesNo("complaintGuidance") : (values.yesNo("complaintGuidance") ?? false)
            let views = try ChildsViews(heardIn: values.optionalUUID("heardIn"), notHeardReason: values.optionalText("notHeardReason"))
            let decision = Decision(outcome: outcome, offers: [], legalBasis: running.legalBasis, reasons: values.optionalText("reasons"),
                                    purpose: values.text("purpose"), expectedEnd: try values.date("homecomingOn"), consent: Consent(),
                                    childsViews: views, complaintGuidanceToChild: complaintGuidance, homecoming: placement)
            return EntryDraft(payload: .decision(decision), occurredAt: now)
        }
    }

    @Sendable static func recordPlan(_ request: Request) async throws -> Response {
        try await ChildrenController.submit(request, form: "homecoming-plan") { values, now, _ in
            let support = values.values.keys.filter { $0.hasPrefix("support-") }.map { String($0.dropFirst("support-".count)) }.sorted()
            guard let months = try values.optionalInt("followUpMonths") else {
                throw FormError(field: "followUpMonths", text: Strings.homecomingError(.homecomingFollowUpPeriodInvalid))
            }
            let plan = HomecomingPlan(placement: try values.uuid("placement"), decision: try values.uuid("decision"),
                                      homecomingOn: try values.date("homecomingOn"), support: support,
                                      familyContact: values.text("familyContact"), school: values.text("school"), followUpMonths: months,
                                      note: values.optionalText("note"))
            return EntryDraft(payload: .homecomingPlan(plan), occurredAt: now)
        }
    }

    @Sendable static func recordEnd(_ request: Request) async throws -> Response {
        try await ChildrenController.submit(request, form: "homecoming-end") { values, now, _ in
            let end = PlacementEnd(placement: try values.uuid("placement"), reason: .homecoming, note: values.optionalText("note"),
                                   homecomingPlan: try values.uuid("plan"))
            return EntryDraft(payload: .placementEnded(end), occurredAt: now)
        }
    }

    @Sendable static func recordFollowUp(_ request: Request) async throws -> Response {
        try await ChildrenController.submit(request, form: "homecoming-follow-up") { values, now, _ in
            let followUp = HomecomingFollowUp(homecoming: try values.uuid("homecoming"), assessment: values.text("assessment"),
                                              nextFollowUp: try values.optionalDate("nextFollowUp"))
            return EntryDraft(payload: .homecomingFollowUp(followUp), occurredAt: now)
        }
    }

    @Sendable static func recordFosterCarers(_ request: Request) async throws -> Response {
        try await ChildrenController.submit(request, form: "foster-carers") { values, now, model in
            let placement = try values.uuid("placement")
            // A carer named before keeps their person id; the form sends only ids of carers this placement already has.
            let earlier = Set((model.timeline.fosterCarers[placement] ?? []).map(\.person))
            var carers: [FosterCarer] = []
            for row in 0..<ChildPageView.fosterCarerRows {
                let given = values.text("givenName\(row)"), family = values.text("familyName\(row)")
                if row > 0 && given.isEmpty && family.isEmpty { continue }
                let person = values.optionalUUID("person\(row)").flatMap { earlier.contains($0) ? $0 : nil } ?? UUID()
                let relation = values.text("relation\(row)").isEmpty ? nil : try values.choice("relation\(row)", as: NetworkRelation.self)
                carers.append(FosterCarer(person: person, givenName: given, familyName: family, networkRelation: relation))
            }
            return EntryDraft(payload: .fosterCarers(FosterCarers(placement: placement, carers: carers)), occurredAt: now)
        }
    }
}
