import Foundation
import Plot
import SporDomain
import SporStore

/// How the course entries read on the timeline.
extension ChildPageView {
    static func coursePayload(_ payload: EntryPayload, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let line = { (label: LocalizedText, value: String) -> Node<HTML.BodyContext> in
            .p(.strong(.plain("\(context.t(label)): ")), .plain(value))
        }
        let yesNo = { (flag: Bool) in context.t(flag ? Strings.yes : Strings.no) }
        let offerName = { (id: String) in model.offers[id]?.name ?? id }
        let refer = { (id: UUID) -> String in
            guard let entry = model.timeline.entry(id: id) else { return "" }
            return "\(context.t(Strings.entryKind(entry.kind))) \(Format.dateTime(entry.occurredAt, context.language))"
        }
        switch payload {
        case .focusedAssessment(let start), .investigation(let start):
            return .group(
                .if(start.dialogBased, .p(.class("meta"), .plain(context.t(Strings.dialogBased)))),
                line(Strings.reasonLabel, start.reason),
                .unwrap(start.needKnownOn) { line(Strings.needKnownOn, Format.date($0, context.language)) })
        case .focusedAssessmentConcluded(let conclusion), .investigationConcluded(let conclusion):
            return .group(
                .p(.class("meta"), .plain(refer(conclusion.start))),
                .p(.strong(.plain(context.t(Strings.ics)))),
                line(Strings.icsChild, conclusion.triangle.childsDevelopment),
                line(Strings.icsParents, conclusion.triangle.parentingCapacity),
                line(Strings.icsFamily, conclusion.triangle.familyAndNetwork),
                line(Strings.childsViewsLabel, conclusion.childsViews),
                line(Strings.parentsViewsLabel, conclusion.parentsViews),
                line(Strings.conclusion, conclusion.conclusion))
        case .preliminaryAssessment(let preliminary):
            return .group(
                .p(.class("text"), .plain(preliminary.assessment)),
                line(Strings.delayReason, preliminary.reasonForDelay),
                line(Strings.expectedConclusion, Format.date(preliminary.expectedConclusion, context.language)))
        case .childConversation(let conversation):
            return .group(
                .p(.class("meta"), .plain("\(context.t(Strings.heldBy)): \(model.staff[conversation.heldBy]?.displayName ?? "") · \(context.t(Strings.place)): \(conversation.place)")),
                .unwrap(conversation.bisidder) { bisidder in
                    .p(.class("meta"), .plain("\(context.t(Strings.bisidder)): \(bisidder.name) (\(bisidder.relation), \(bisidder.age))"))
                },
                {
                    switch conversation.outcome {
                    case .childsWords(let words): return line(Strings.childsWords, words)
                    case .notHeld(let reason): return line(Strings.notHeldReason, reason)
                    }
                }())
        case .ownViews(let views):
            return .group(
                .p(.class("meta"), .plain(context.t(Strings.ownViewsWho(views.who))
                    + (views.parent.flatMap { id in model.people.first { $0.person.id == id }?.person.fullName }.map { ": \($0)" } ?? "")
                    + (views.meetingOn.map { " · " + context.t(Strings.forMeetingOn, Format.date($0, context.language)) } ?? ""))),
                .unwrap(views.text) { .p(.class("text"), .plain($0)) },
                .if(!views.scale.isEmpty, .ul(.forEach(views.scale) { answer in
                    .li(.plain("\(answer.question): \(answer.value) / \(answer.maximum)"))
                })))
        case .decision(let decision):
            let heard: Node<HTML.BodyContext> = switch decision.childsViews {
            case .heardIn(let id): line(Strings.childHeardIn, refer(id))
            case .notHeard(let reason): line(Strings.childNotHeard, reason)
            }
            return .group(
                .p(.strong(.plain(context.t(Strings.decisionOutcome(decision.outcome))))),
                line(Strings.offersLabel, decision.offers.map { "\(offerName($0)) (\(decision.basis(of: $0).paragraph))" }.joined(separator: ", ")),
                .unwrap(decision.reasons) { line(Strings.reasonsLabel, $0) },
                line(Strings.purpose, decision.purpose),
                .unwrap(decision.expectedEnd) { line(Strings.expectedEnd, Format.date($0, context.language)) },
                .p(.plain("\(context.t(Strings.consentParents)): \(context.t(Strings.consentAnswer(decision.consent.custodyHolders)))"
                          + (decision.consent.youngPerson == nil ? "" : " · \(context.t(Strings.consentYoung)): \(context.t(Strings.consentAnswer(decision.consent.youngPerson)))"))),
                heard,
                .if(decision.complaintGuidanceToChild, .p(.plain(context.t(Strings.complaintGuidance)))),
                complaintGuidance(decision, context))
        case .measureStarted(let start):
            let state = model.state
            let immediate = state.activeMeasures.first { model.timeline.entry(id: $0.entry)?.payload == payload }?.immediateHelp
            return .group(
                line(Strings.offerLabel, offerName(start.offer)),
                line(Strings.legalBasisLabel, start.legalBasis.paragraph),
                .if(immediate == true, .p(.class("mark-immediate"), .plain(context.t(Strings.immediateHelpMark)))))
        case .measureEnded(let end):
            return .group(.p(.class("meta"), .plain(refer(end.measure))), line(Strings.endReasonLabel, context.t(Strings.endReason(end.reason))),
                          .unwrap(end.note) { .p(.class("text"), .plain($0)) })
        case .placementStarted(let start):
            return .group(
                line(Strings.offerLabel, "\(offerName(start.offer)) — \(context.t(Strings.placementKind(start.kind)))"),
                line(Strings.legalBasisLabel, start.legalBasis.paragraph),
                .p(.plain("\(context.t(Strings.nearHome)): \(yesNo(start.nearHome)) · \(context.t(Strings.schoolKept)): \(yesNo(start.schoolKept))")),
                .unwrap(start.schoolingStarted) { .p(.plain(context.t(Strings.schoolingStartedShown, Format.date($0, context.language)))) },
                line(Strings.contactArrangements, start.contactArrangements),
                siblingsAtPlacement(start, model, context))
        case .placementEnded(let end):
            return .group(.p(.class("meta"), .plain(refer(end.placement))), line(Strings.endReasonLabel, context.t(Strings.endReason(end.reason))),
                          .unwrap(end.note) { .p(.class("text"), .plain($0)) })
        case .plan(let plan):
            return .group(
                .p(.class("meta"), .plain(context.t(Strings.planKind(plan.kind))
                                          + (plan.madeWithChild ? " · \(context.t(Strings.madeWithChild))" : "")
                                          + (plan.madeWithParents ? " · \(context.t(Strings.madeWithParents))" : ""))),
                .ol(.class("goals"), .forEach(plan.goals) { goal in
                    .li(.strong(.plain(goal.what)), .plain(" — \(context.t(Strings.goalByWhen)) \(Format.date(goal.byWhen, context.language)). \(context.t(Strings.goalHow)): \(goal.howWeWillKnow)\(goalAreaText(goal, context))"))
                }),
                leisureLines(plan.leisure, context),
                .unwrap(plan.childsHopes) { line(Strings.childsHopes, $0) })
        case .followUp(let followUp):
            let goals = Dictionary(model.timeline.items.compactMap { item -> [(UUID, String)]? in
                guard case .plan(let plan)? = item.effective else { return nil }
                return plan.goals.map { ($0.id, $0.what) }
            }.flatMap { $0 }, uniquingKeysWith: { _, latest in latest })
            return .group(
                .p(.class("text"), .plain(followUp.assessment)),
                .ul(.forEach(followUp.ratings) { rating in
                    .li(.plain("\(goals[rating.goal] ?? ""): "), .strong(.plain(context.t(Strings.goalRating(rating.rating)))),
                        .unwrap(rating.note) { .plain(" — \($0)") })
                }),
                leisureLines(followUp.leisure, context),
                line(Strings.outcomeLabel, context.t(Strings.followUpOutcome(followUp.outcome))),
                .unwrap(followUp.nextFollowUp) { next in
                    line(Strings.nextFollowUp, "\(Format.date(next, context.language)) — \(followUp.nextFollowUpReason ?? "")")
                })
        case .transition(let transition):
            return .group(line(Strings.fromStage, "\(context.t(Strings.transitionStage(transition.from))) → \(context.t(Strings.transitionStage(transition.to)))"),
                          .unwrap(transition.note) { .p(.class("text"), .plain($0)) })
        case .handoverMeeting(let meeting):
            return .group(
                line(Strings.fromStage, "\(context.t(Strings.transitionStage(meeting.from))) → \(context.t(Strings.transitionStage(meeting.to)))"),
                line(Strings.participantsList, meeting.participants.joined(separator: ", ")),
                .p(.plain("\(context.t(Strings.childPresent)): \(yesNo(meeting.childPresent)) · \(context.t(Strings.familyPresent)): \(yesNo(meeting.familyPresent))")),
                line(Strings.handoverPlan, meeting.plan))
        default:
            return .empty
        }
    }

    /// Klagevejledning per provision the decision is made on (forvaltningsloven § 25): where, and within how long.
    static func complaintGuidance(_ decision: Decision, _ context: PageContext) -> Node<HTML.BodyContext> {
        let routes = decision.allBases.compactMap { basis in basis.complaint.map { (basis, $0) } }
        return .if(!routes.isEmpty, .div(.class("complaint-guidance"),
            .p(.strong(.plain(context.t(Strings.complaintGuidanceTitle)))),
            .forEach(routes) { basis, route in .p(.plain(context.t(Strings.complaintRoute(route, basis: basis)))) }))
    }
}
