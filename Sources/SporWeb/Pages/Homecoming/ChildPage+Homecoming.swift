import Foundation
import Plot
import SporDomain

/// "Hjemgivelse" on the child page: each placement's homecoming as a course — the decision, the plan, the end of the
/// placement, the follow-ups — with the form for the step that is next. Shown while a placement runs or a homecoming
/// course has begun.
extension ChildPageView {
    static func homecomingSection(_ model: ChildPageModel, _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        let placement = model.state.activePlacement
        let readings = model.timeline.homecomings
        guard placement != nil || !readings.isEmpty else { return .empty }
        let current = placement.flatMap { running in readings.first { $0.placement == running.entry } }
        // The homecoming after which a follow-up is owed: the latest that ended and whose period is not over.
        let followingUp = readings.last { $0.end != nil && !$0.isClosed }
        return .section(.id("homecoming"), .class("homecoming"), .attribute(named: "aria-labelledby", value: "homecoming-heading"),
            .h2(.id("homecoming-heading"), .plain(context.t(Strings.homecomingHeading))),
            readings.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.homecomingNone)))
                : .group(readings.map { homecomingCourse($0, model, context) }),
            .unwrap(placement) { running in
                .group(
                    .if(current?.grantedDecision == nil, homecomingDecisionForm(model, running, context, refusal)),
                    .unwrap(current?.grantedDecision) { homecomingPlanForm(model, running, $0.entry, current?.plan?.entry, context, refusal) },
                    .unwrap(current?.plan) { homecomingEndForm(model, running, $0.entry, context, refusal) })
            },
            .unwrap(followingUp?.end) { homecomingFollowUpForm(model, $0, context, refusal) })
    }

    /// One placement's homecoming, step by step.
    static func homecomingCourse(_ reading: HomecomingReading, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let placed = model.timeline.items.first { $0.entry.id == reading.placement }
        let kind: String = if case .placementStarted(let start)? = placed?.effective { context.t(Strings.placementKind(start.kind)) } else { "" }
        let since = placed.map { Format.date(DanishTime.localDate(of: $0.entry.occurredAt), language) } ?? ""
        let notYet: Node<HTML.BodyContext> = .p(.class("empty"), .plain(context.t(Strings.homecomingNotYet)))
        return .div(.class("homecoming-course"),
            .h3(.plain(context.t(Strings.homecomingCourseOf, kind, since))),
            .ol(.class("homecoming-steps"),
                .li(.class("homecoming-decision"), .h4(.plain(context.t(Strings.homecomingStepDecision))),
                    .forEach(reading.decisions) { row in .p(.plain(homecomingDecisionText(row.entry, row.decision, context))) }),
                .li(.class("homecoming-plan"), .h4(.plain(context.t(Strings.homecomingStepPlan))),
                    reading.plan.map { homecomingPlanNode($0.plan, model, context) } ?? notYet),
                .li(.class("homecoming-end"), .h4(.plain(context.t(Strings.homecomingStepEnd))),
                    reading.end.map { end in
                        .p(.plain(context.t(Strings.homecomingEndShown, Format.date(DanishTime.localDate(of: end.occurredAt), language))))
                    } ?? notYet),
                .li(.class("homecoming-follow-up"), .h4(.plain(context.t(Strings.homecomingStepFollowUp))),
                    .unwrap(reading.followUpUntil) { .p(.plain(context.t(Strings.homecomingPeriodShown, Format.date($0, language)))) },
                    reading.followUps.isEmpty ? notYet : .ol(.forEach(reading.followUps) { row in
                        .li(.plain(homecomingFollowUpText(row.entry, row.followUp, context)))
                    }),
                    .if(reading.isClosed, .p(.strong(.plain(context.t(Strings.homecomingClosedShown))))))))
    }

    static func homecomingDecisionText(_ entry: Entry, _ decision: Decision, _ context: PageContext) -> String {
        context.t(Strings.homecomingDecisionShown, Format.date(DanishTime.localDate(of: entry.occurredAt), context.language),
                  context.t(Strings.decisionOutcome(decision.outcome)),
                  decision.expectedEnd.map { Format.date($0, context.language) } ?? "—")
    }

    static func homecomingPlanNode(_ plan: HomecomingPlan, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let support = plan.support.map { model.offers[$0]?.name ?? $0 }
        return .group(
            .p(.plain(context.t(Strings.homecomingPlanShown, Format.date(plan.homecomingOn, context.language), String(plan.followUpMonths)))),
            .if(!support.isEmpty, .p(.plain(context.t(Strings.homecomingSupportShown, support.joined(separator: ", "))))),
            .p(.plain(context.t(Strings.homecomingFamilyShown, plan.familyContact))),
            .p(.plain(context.t(Strings.homecomingSchoolShown, plan.school))),
            .unwrap(plan.note) { .p(.class("homecoming-note"), .plain($0)) })
    }

    static func homecomingFollowUpText(_ entry: Entry, _ followUp: HomecomingFollowUp, _ context: PageContext) -> String {
        let text = context.t(Strings.homecomingFollowUpShown, Format.date(DanishTime.localDate(of: entry.occurredAt), context.language),
                             followUp.assessment)
        return followUp.nextFollowUp.map { "\(text) \(context.t(Strings.homecomingNextShown, Format.date($0, context.language)))" } ?? text
    }

    /// The timeline's rendering of the homecoming's and the foster carers' entries.
    static func homecomingPayload(_ payload: EntryPayload, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        switch payload {
        case .homecomingPlan(let plan): homecomingPlanNode(plan, model, context)
        case .homecomingFollowUp(let followUp): .p(.class("text"), .plain(followUp.assessment))
        case .fosterCarers(let named): .p(.plain(fosterCarersText(named.carers, kind: nil, context)))
        default: .empty
        }
    }

    static func homecomingDecisionForm(_ model: ChildPageModel, _ placement: CaseState.ActivePlacement, _ context: PageContext,
                                       _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "homecoming-decision", form: "homecoming-decision", refusal: refusal)
        let views = CourseReferences(model).views
        let age = model.child.birthDate.age(on: DanishTime.localDate(of: context.now))
        return .details(.class("step"), .id("homecoming-decision-step"), .if(fields.refusal != nil, .open(true)),
            .summary(.plain(context.t(Strings.homecomingDecisionNew))),
            .form(.id("homecoming-decision-form"), .class("entry-form"), .action(SiteURL.child(model.child.id, .homecomingDecision).path),
                  .method(.post),
                .p(.class("hint"), .plain(context.t(Strings.homecomingDecisionHint))),
                csrfField(context),
                fields.hidden("placement", placement.entry.uuidString),
                fields.question("outcome", Strings.outcomeLabel, [Decision.Outcome.granted, .refused].map { ($0.rawValue, context.t(Strings.decisionOutcome($0))) }),
                fields.area("purpose", Strings.homecomingPurpose, required: true, rows: 2, fallback: context.t(Strings.homecomingPurposeDefault)),
                fields.date("homecomingOn", Strings.homecomingDay, required: true),
                fields.area("reasons", Strings.homecomingReasons, required: true, rows: 4),
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", nodes: [.plain(context.t(Strings.childsViewsLabel))]),
                    .unwrap(fields.errorText("childsViews")) { .p(.class("field-error"), .plain($0)) },
                    fields.choice("heardIn", Strings.childHeardIn, [("", context.t(Strings.none))] + views.reversed().map(fields.entryOption),
                                  fallback: views.last?.id.uuidString ?? ""),
                    fields.area("notHeardReason", Strings.childNotHeard),
                ]),
                .if(age >= 10, fields.questionYesNo("complaintGuidance", Strings.complaintGuidanceQuestion)),
                .button(.id("homecoming-decision-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save)))))
    }

    static func homecomingPlanForm(_ model: ChildPageModel, _ placement: CaseState.ActivePlacement, _ decision: Entry, _ current: Entry?,
                                   _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        // What the journal knows: the decision's day of homecoming, the child's school.
        let decided: Decision? = if case .decision(let d)? = model.timeline.items.first(where: { $0.entry.id == decision.id })?.effective { d } else { nil }
        let fields = FormFields(context, idPrefix: "homecoming-plan", form: "homecoming-plan", refusal: refusal)
        let age = model.child.birthDate.age(on: DanishTime.localDate(of: context.now))
        let offers = model.offers.offers.filter { $0.placementKind == nil && $0.isFor(age: age) }
        return .details(.class("step"), .id("homecoming-plan-step"), .if(current == nil || fields.refusal != nil, .open(true)),
            .summary(.plain(context.t(current == nil ? Strings.homecomingPlanNew : Strings.homecomingPlanChange))),
            .form(.id("homecoming-plan-form"), .class("entry-form"), .action(SiteURL.child(model.child.id, .homecomingPlan).path), .method(.post),
                .p(.class("hint"), .plain(context.t(Strings.homecomingPlanHint))),
                csrfField(context),
                fields.hidden("placement", placement.entry.uuidString),
                fields.hidden("decision", decision.id.uuidString),
                fields.date("homecomingOn", Strings.homecomingDay, required: true, fallback: decided?.expectedEnd?.iso ?? ""),
                fields.checkList(Strings.homecomingSupport, offers.map { ("support-\($0.id)", LocalizedText(da: $0.name, en: $0.name)) }),
                fields.area("familyContact", Strings.homecomingFamily, required: true, rows: 3),
                fields.text("school", Strings.homecomingSchool, required: true, fallback: model.child.institution ?? ""),
                fields.number("followUpMonths", Strings.homecomingFollowUpMonths, required: true,
                              fallback: String(HomecomingPlan.minimumFollowUpMonths), min: HomecomingPlan.minimumFollowUpMonths,
                              max: HomecomingPlan.maximumFollowUpMonths),
                fields.area("note", Strings.homecomingNote, rows: 2),
                .button(.id("homecoming-plan-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save)))))
    }

    static func homecomingEndForm(_ model: ChildPageModel, _ placement: CaseState.ActivePlacement, _ plan: Entry, _ context: PageContext,
                                  _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "homecoming-end", form: "homecoming-end", refusal: refusal)
        return .form(.id("homecoming-end-form"), .class("entry-form"), .action(SiteURL.child(model.child.id, .homecomingEnd).path), .method(.post),
            .h3(.plain(context.t(Strings.homecomingEndNew))),
            .p(.class("hint"), .plain(context.t(Strings.homecomingEndHint))),
            csrfField(context),
            fields.hidden("placement", placement.entry.uuidString),
            fields.hidden("plan", plan.id.uuidString),
            fields.area("note", Strings.homecomingNote, rows: 2),
            .button(.id("homecoming-end-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
    }

    static func homecomingFollowUpForm(_ model: ChildPageModel, _ homecoming: Entry, _ context: PageContext,
                                       _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "homecoming-follow-up", form: "homecoming-follow-up", refusal: refusal)
        return .form(.id("homecoming-follow-up-form"), .class("entry-form"), .action(SiteURL.child(model.child.id, .homecomingFollowUp).path),
                     .method(.post),
            .h3(.plain(context.t(Strings.homecomingFollowUpNew))),
            csrfField(context),
            fields.hidden("homecoming", homecoming.id.uuidString),
            fields.area("assessment", Strings.homecomingAssessment, required: true, rows: 4),
            fields.date("nextFollowUp", Strings.homecomingNextFollowUp),
            .button(.id("homecoming-follow-up-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
    }
}
