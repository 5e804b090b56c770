import Foundation
import SporDomain

/// An entry a course step's form amends: the entry, and what it says now (its latest replacement, or itself).
struct CourseAmendment {
    let entry: Entry
    let payload: EntryPayload
}

/// Amending a course entry: the step's own form, opened with the entry's values (the inverse of `payload(_:)`), posting a
/// correction that carries the whole new payload. The form's options are read from the course as it stood when the entry
/// was made, so that what the entry refers to (the assessment it concludes, the measure it ends, the plan it follows up)
/// is still offered although it is concluded, ended or superseded now.
extension CourseStepModel {
    /// The step's form for amending `item`, or nil when no step records its kind or it is void.
    static func amending(_ item: Timeline.Item, page: ChildPageModel) -> CourseStepModel? {
        guard let step = CourseStep(recording: item.entry.kind), let payload = item.effective else { return nil }
        // A decision on a homecoming is the Hjemgivelse section's (no offers, its placement): the decision step would drop it.
        if case .decision(let decision) = payload, decision.homecoming != nil { return nil }
        let entry = item.entry
        // As the domain reads it (`CourseReader.stateBefore`): what happened at or before it, other than itself, with every correction.
        let before = Timeline(page.timeline.entries.filter {
            $0.id != entry.id && ($0.kind == .correction || $0.occurredAt <= entry.occurredAt)
        })
        var model = query(step: step, child: page.child, user: page.user, staff: Array(page.staff.values), offers: page.offers,
                          timeline: before, state: before.state(), now: entry.occurredAt)
        if case .plan(let plan) = payload {
            // The plan's own goals are the rows (with their ids, which follow-ups rate); it keeps the version it superseded.
            model = CourseStepModel(step: model.step, childID: model.childID, childName: model.childName, age: model.age, userID: model.userID,
                                    staff: model.staff, offers: model.offers, openAssessments: model.openAssessments,
                                    assessmentKinds: model.assessmentKinds, notifications: model.notifications, views: model.views,
                                    grantedDecisions: model.grantedDecisions, measures: model.measures, placement: model.placement,
                                    plan: Plan(entry: plan.supersedes ?? entry.id, goals: plan.goals.map { Goal(goal: $0, latestRating: nil) }))
        }
        model.amending = CourseAmendment(entry: entry, payload: payload)
        model.siblings = page.placementSiblings
        return model
    }

    /// Where the form posts: the step's page, or the entry's correction.
    var formAction: SiteURL {
        if let amending { return SiteURL.child(childID, .correct(.value(amending.entry.id))) }
        return SiteURL.child(childID, .course(.value(step.rawValue)))
    }

    /// The form's name on its page: a correction's when amending (its refusal comes back to the correction page).
    var formName: String { amending.map { CorrectionModel.formName($0.entry.id) } ?? "" }

    /// The page's heading: the step, or amending an entry of it.
    var heading: LocalizedText { amending == nil ? step.title : Strings.amendHeading(step.title) }

    /// The values the form opens with: the amended entry's, none for a new entry.
    var initialValues: FormValues? { amending.map { FormValues(prefill($0.payload)) } ?? (offered.isEmpty ? nil : FormValues(offered)) }

    /// The amended entry's new payload, built as the step builds a new one; a plan keeps its place among the plan's versions.
    func amendedPayload(_ values: FormValues) throws -> EntryPayload {
        let payload = try payload(values)
        if case .plan(var plan) = payload, case .plan(let original)? = amending?.payload {
            plan.supersedes = original.supersedes
            return .plan(plan)
        }
        // A homecoming keeps the plan it followed.
        if case .placementEnded(var end) = payload, case .placementEnded(let original)? = amending?.payload, end.reason == .homecoming {
            end.homecomingPlan = original.homecomingPlan
            return .placementEnded(end)
        }
        return payload
    }

    /// The form's values that `payload(_:)` reads back as `payload`: its inverse, step by step. A checkbox left out is unticked.
    func prefill(_ payload: EntryPayload) -> [String: String] {
        let date = { (day: LocalDate?) in day?.iso ?? "" }
        let box = { (on: Bool?) in on == true ? "1" : nil }
        let yesNo = { (answer: Bool) in answer ? "yes" : "no" }
        var values: [String: String?] = [:]
        switch payload {
        case .focusedAssessment(let start), .investigation(let start):
            values = ["kind": payload.kind.rawValue, "reason": start.reason, "dialogBased": box(start.dialogBased),
                      "needKnownOn": date(start.needKnownOn), "notification": start.notification?.uuidString ?? ""]
        case .focusedAssessmentConcluded(let conclusion), .investigationConcluded(let conclusion):
            values = ["start": conclusion.start.uuidString, "childsDevelopment": conclusion.triangle.childsDevelopment,
                      "parentingCapacity": conclusion.triangle.parentingCapacity, "familyAndNetwork": conclusion.triangle.familyAndNetwork,
                      "childsViews": conclusion.childsViews, "parentsViews": conclusion.parentsViews, "conclusion": conclusion.conclusion]
        case .preliminaryAssessment(let preliminary):
            values = ["investigation": preliminary.investigation.uuidString, "assessment": preliminary.assessment,
                      "reasonForDelay": preliminary.reasonForDelay, "expectedConclusion": preliminary.expectedConclusion.iso]
        case .childConversation(let conversation):
            values = ["heldBy": conversation.heldBy.uuidString, "place": conversation.place,
                      "bisidderName": conversation.bisidder?.name ?? "", "bisidderRelation": conversation.bisidder?.relation ?? "",
                      "bisidderAge": conversation.bisidder.map { String($0.age) } ?? ""]
            switch conversation.outcome {
            case .childsWords(let words): values["childsWords"] = words; values["notHeldReason"] = ""
            case .notHeld(let reason): values["childsWords"] = ""; values["notHeldReason"] = reason
            }
        case .decision(let decision):
            values = prefillDecision(decision)
        case .measureStarted(let start):
            // Its provision is the decision's for the offer: the form does not ask it.
            values = ["decision": start.decision?.uuidString ?? "", "offer": start.offer]
        case .measureEnded(let end):
            values = ["measure": end.measure.uuidString, "reason": end.reason.rawValue, "note": end.note ?? ""]
        case .placementStarted(let start):
            values = ["decision": start.decision.uuidString, "offer": start.offer, "placementKind": start.kind.rawValue,
                      "nearHome": yesNo(start.nearHome), "schoolKept": yesNo(start.schoolKept),
                      "contactArrangements": start.contactArrangements, "schoolingStarted": start.schoolingStarted?.iso ?? ""]
                .merging(CourseStepModel.siblingValues(start.siblings)) { $1 }
        case .placementEnded(let end):
            values = ["placement": end.placement.uuidString, "reason": end.reason.rawValue, "note": end.note ?? ""]
        case .plan(let plan):
            values = ["planKind": plan.kind.rawValue, "childsHopes": plan.childsHopes ?? "", "madeWithChild": yesNo(plan.madeWithChild),
                      "madeWithParents": yesNo(plan.madeWithParents)]
            // Every row the form shows, so that no row falls back to another version's goal.
            for row in 0..<max(CourseStepView.planRows, plan.goals.count + 1, (self.plan?.goals.count ?? 0) + 1) {
                let goal = row < plan.goals.count ? plan.goals[row] : nil
                values["goal\(row)Id"] = goal?.id.uuidString
                values["goal\(row)What"] = goal?.what ?? ""
                values["goal\(row)ByWhen"] = goal?.byWhen.iso ?? ""
                values["goal\(row)How"] = goal?.howWeWillKnow ?? ""
            }
            values.merge(prefillLeisure(payload)) { $1 }
        case .followUp(let followUp):
            values = ["assessment": followUp.assessment, "outcome": followUp.outcome.rawValue, "nextFollowUp": date(followUp.nextFollowUp),
                      "nextFollowUpReason": followUp.nextFollowUpReason ?? ""]
            for measure in followUp.measures { values["measure-\(measure.uuidString)"] = "1" }
            for rating in followUp.ratings { values["rating-\(rating.goal.uuidString)"] = rating.rating.rawValue }
            values.merge(prefillLeisure(payload)) { $1 }
        case .transition(let transition):
            values = ["from": transition.from.rawValue, "to": transition.to.rawValue, "note": transition.note ?? ""]
        case .handoverMeeting(let meeting):
            values = ["from": meeting.from.rawValue, "to": meeting.to.rawValue, "participants": meeting.participants.joined(separator: ", "),
                      "childPresent": box(meeting.childPresent), "familyPresent": box(meeting.familyPresent), "plan": meeting.plan]
        default:
            break
        }
        return values.compactMapValues { $0 }
    }

    private func prefillDecision(_ decision: Decision) -> [String: String?] {
        var values: [String: String?] = [
            "outcome": decision.outcome.rawValue, "reasons": decision.reasons ?? "", "purpose": decision.purpose,
            "expectedEnd": decision.expectedEnd?.iso ?? "",
            "consentParents": decision.consent.custodyHolders?.rawValue ?? Strings.consentNotAsked,
            // Asked from 15 only: under it, none is sent (one sent is the domain's refusal).
            "consentYoung": decision.consent.youngPerson?.rawValue ?? (age >= 15 ? Strings.consentNotAsked : nil),
            "complaintGuidance": decision.complaintGuidanceToChild ? "yes" : "no",
            "makesChildsPlan": decision.makesChildsPlan.map { $0 ? "yes" : "no" },
        ]
        // Each offer's own provision, where the form asks it (an offer the catalogue allows more than one for); for another
        // the step reads the catalogue's, as for a new decision.
        for offer in decision.offers {
            values["offer-\(offer)"] = "1"
            if (offers[offer]?.legalBases.filter(LegalBasis.decidable.contains).count ?? 0) > 1 {
                values["basis-\(offer)"] = decision.basis(of: offer).rawValue
            }
        }
        switch decision.childsViews {
        case .heardIn(let entry): values["heardIn"] = entry.uuidString; values["notHeardReason"] = ""
        case .notHeard(let reason): values["heardIn"] = ""; values["notHeardReason"] = reason
        }
        return values
    }
}
