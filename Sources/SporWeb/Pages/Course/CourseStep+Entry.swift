import Foundation
import SporDomain

/// What a course step's form builds: the entry's payload from what was sent. A value that cannot be read is refused
/// naming its field; the domain checks the rest when the entry is appended.
extension CourseStepModel {
    /// The step's entry, with what it starts: a grant with "begins today" starts each granted measure (not a
    /// placement, which has its own step) on the decision's provision for it, in the same transaction.
    func draft(_ f: FormValues, occurredAt: Date) throws -> EntryDraft {
        let payload = try payload(f)
        if case .placementStarted(let start) = payload {
            let id = UUID()
            return EntryDraft(id: id, payload: payload, occurredAt: occurredAt, then: Self.siblingAssessments(start, occurredAt: occurredAt)
                              + (try Self.fosterCarersOnStart(f, placement: id, kind: start.kind, occurredAt: occurredAt)))
        }
        guard case .decision(let decision) = payload, decision.outcome.grants, f.flag("startMeasures") else {
            return EntryDraft(payload: payload, occurredAt: occurredAt)
        }
        let id = UUID()
        let starts = decision.offers.filter { offers[$0]?.placementKind == nil }.map { offer in
            EntryDraft(payload: .measureStarted(MeasureStart(offer: offer, decision: id, legalBasis: decision.basis(of: offer))), occurredAt: occurredAt)
        }
        return EntryDraft(id: id, payload: payload, occurredAt: occurredAt, then: starts)
    }

    func payload(_ f: FormValues) throws -> EntryPayload {
        switch step {
        case .assessment:
            let start = AssessmentStart(reason: f.text("reason"), dialogBased: f.flag("dialogBased"), needKnownOn: try f.optionalDate("needKnownOn"),
                                        notification: f.optionalUUID("notification"))
            return try f.choice("kind", as: EntryKind.self) == .investigation ? .investigation(start) : .focusedAssessment(start)
        case .assessmentConclusion:
            let start = try f.uuid("start")
            let conclusion = AssessmentConclusion(
                start: start,
                triangle: ICSTriangle(childsDevelopment: f.text("childsDevelopment"), parentingCapacity: f.text("parentingCapacity"),
                                      familyAndNetwork: f.text("familyAndNetwork")),
                childsViews: f.text("childsViews"), parentsViews: f.text("parentsViews"), conclusion: f.text("conclusion"))
            return assessmentKinds[start] == .investigation ? .investigationConcluded(conclusion) : .focusedAssessmentConcluded(conclusion)
        case .preliminary:
            return .preliminaryAssessment(PreliminaryAssessment(investigation: try f.uuid("investigation"), assessment: f.text("assessment"),
                                                                reasonForDelay: f.text("reasonForDelay"), expectedConclusion: try f.date("expectedConclusion")))
        case .conversation:
            var bisidder: Bisidder?
            if let name = f.optionalText("bisidderName") {
                guard let age = try f.optionalInt("bisidderAge") else { throw FormError(field: "bisidderAge", text: Strings.errorNumberInvalid) }
                bisidder = Bisidder(name: name, relation: f.text("bisidderRelation"), age: age)
            }
            return .childConversation(try ChildConversation(heldBy: try f.uuid("heldBy"), place: f.text("place"), bisidder: bisidder,
                                                            childsWords: f.optionalText("childsWords"), notHeldReason: f.optionalText("notHeldReason")))
        case .decision:
            let offers = f.values.keys.filter { $0.hasPrefix("offer-") }.map { String($0.dropFirst("offer-".count)) }.sorted()
            guard let first = offers.first else { throw DomainError(.offersMissing, field: "offers") }
            // Each offer on its own provision: the one chosen beside it, or the catalogue's only one.
            var bases: [String: LegalBasis] = [:]
            for offer in offers {
                bases[offer] = f.values["basis-\(offer)"] == nil ? self.offers[offer]?.legalBases.first(where: LegalBasis.decidable.contains)
                    : try f.answer("basis-\(offer)", as: LegalBasis.self)
                guard bases[offer] != nil else { throw DomainError(.legalBasisMismatch, field: "basis-\(offer)") }
            }
            // Consent and the complaint guidance are the caseworker's answers: "ikke spurgt" is an answer, an empty one is not.
            let consentAnswer = { (name: String) throws -> ConsentAnswer? in
                f.text(name) == Strings.consentNotAsked ? nil : try f.answer(name, as: ConsentAnswer.self)
            }
            let outcome = try f.answer("outcome", as: Decision.Outcome.self)
            let consent = Consent(custodyHolders: try consentAnswer("consentParents"),
                                  // Under 15 the form does not ask; one sent anyway goes to the domain, which refuses it.
                                  youngPerson: age >= 15 || !f.text("consentYoung").isEmpty ? try consentAnswer("consentYoung") : nil)
            let complaintGuidance = age >= 10 ? try f.answeredYesNo("complaintGuidance") : (f.yesNo("complaintGuidance") ?? false)
            let views = try ChildsViews(heardIn: f.optionalUUID("heardIn"), notHeardReason: f.optionalText("notHeardReason"))
            // Whether a plan is made (§ 91) is asked of a grant; a refusal makes none.
            let makesPlan = outcome.grants ? try f.answeredYesNo("makesChildsPlan") : f.yesNo("makesChildsPlan")
            return .decision(Decision(outcome: outcome, offers: offers, legalBasis: bases[first]!, bases: bases, reasons: f.optionalText("reasons"),
                                      purpose: f.text("purpose"), expectedEnd: try f.optionalDate("expectedEnd"), consent: consent,
                                      childsViews: views, complaintGuidanceToChild: complaintGuidance, makesChildsPlan: makesPlan))
        case .measureStart:
            // The provision is the decision's for that offer (an open offer's is the catalogue's): not asked again.
            let offer = f.text("offer"), decision = f.optionalUUID("decision")
            let granted = grantedDecisions.first { $0.entry.id == decision }?.decision
            guard let basis = granted.map({ $0.basis(of: offer) }) ?? offers[offer]?.legalBases.first else {
                throw DomainError(.offerUnknown, field: "offer")
            }
            return .measureStarted(MeasureStart(offer: offer, decision: decision, legalBasis: basis))
        case .measureEnd:
            return .measureEnded(MeasureEnd(measure: try f.uuid("measure"), reason: try f.choice("reason", as: EndReason.self), note: f.optionalText("note")))
        case .placementStart:
            // The provision is the decision's for that offer: not asked again.
            let offer = f.text("offer"), decision = try f.uuid("decision")
            guard let basis = grantedDecisions.first(where: { $0.entry.id == decision })?.decision.basis(of: offer) else {
                throw DomainError(.decisionMissing, field: "decision")
            }
            return .placementStarted(PlacementStart(offer: offer, kind: try f.choice("placementKind", as: PlacementKind.self),
                                                    decision: decision, legalBasis: basis,
                                                    nearHome: try f.answeredYesNo("nearHome"), schoolKept: try f.answeredYesNo("schoolKept"),
                                                    contactArrangements: f.text("contactArrangements"),
                                                    schoolingStarted: try f.optionalDate("schoolingStarted"), siblings: try siblingAnswers(f)))
        case .placementEnd:
            let reason = try f.choice("reason", as: EndReason.self)
            // A homecoming is a course of its own (decision, plan, end, follow-up: the child page's Hjemgivelse), not ended here.
            guard reason != .homecoming || amending != nil else { throw FormError(field: "reason", text: Strings.homecomingPlanRequired) }
            return .placementEnded(PlacementEnd(placement: try f.uuid("placement"), reason: reason, note: f.optionalText("note")))
        case .plan:
            var goals: [ChildsPlan.Goal] = []
            for row in 0..<100 where f.values["goal\(row)What"] != nil || f.values["goal\(row)ByWhen"] != nil {
                let what = f.text("goal\(row)What"), when = f.text("goal\(row)ByWhen"), how = f.text("goal\(row)How")
                if what.isEmpty && when.isEmpty && how.isEmpty { continue }
                // A goal says what, by when and how we will know; the domain checks the texts, the form the date.
                guard let byWhen = LocalDate(iso: when) else { throw DomainError(.goalIncomplete, field: "goals") }
                goals.append(ChildsPlan.Goal(id: f.optionalUUID("goal\(row)Id") ?? UUID(), what: what, byWhen: byWhen, howWeWillKnow: how,
                                             area: try goalArea(f, row: row)))
            }
            return .plan(ChildsPlan(kind: try f.choice("planKind", as: ChildsPlan.Kind.self), supersedes: plan?.entry, goals: goals,
                                    childsHopes: f.optionalText("childsHopes"), madeWithChild: try f.answeredYesNo("madeWithChild"),
                                    madeWithParents: try f.answeredYesNo("madeWithParents"), leisure: try planLeisure(f)))
        case .followUp:
            let measures = f.values.keys.filter { $0.hasPrefix("measure-") }.compactMap { UUID(uuidString: String($0.dropFirst("measure-".count))) }.sorted { $0.uuidString < $1.uuidString }
            let ratings = try (plan?.goals ?? []).map { goal in
                FollowUp.Rating(goal: goal.goal.id, rating: try f.answer("rating-\(goal.goal.id.uuidString)", as: GoalRating.self))
            }
            return .followUp(FollowUp(measures: measures, ratings: ratings, assessment: f.text("assessment"),
                                      outcome: try f.answer("outcome", as: FollowUp.Outcome.self), nextFollowUp: try f.optionalDate("nextFollowUp"),
                                      nextFollowUpReason: f.optionalText("nextFollowUpReason"), leisure: try followUpLeisure(f)))
        case .transition:
            return .transition(Transition(from: try f.choice("from", as: TransitionStage.self), to: try f.choice("to", as: TransitionStage.self),
                                          note: f.optionalText("note")))
        case .handover:
            let participants = f.text("participants").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return .handoverMeeting(HandoverMeeting(from: try f.choice("from", as: TransitionStage.self), to: try f.choice("to", as: TransitionStage.self),
                                                    participants: participants, childPresent: f.flag("childPresent"),
                                                    familyPresent: f.flag("familyPresent"), plan: f.text("plan")))
        }
    }
}
