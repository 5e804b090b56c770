import Foundation
import Plot
import SporDomain

/// "Samvær" on the child page of a placed child: each contact plan in force with its visits (held, cancelled) and whether
/// the plan is kept; a form for a new plan (the running placement and the household offered, supervision asked) and one
/// to record a visit against a plan. Shown while a placement runs or a plan is in force.
extension ChildPageView {
    static func contactSection(_ model: ChildPageModel, _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        let placement = model.state.activePlacement
        let plans = model.timeline.contactPlans.filter { $0.supersededBy == nil && $0.end == nil }
        guard placement != nil || !plans.isEmpty else { return .empty }
        let today = DanishTime.localDate(of: context.now)
        return .section(.id("contact"), .class("contact"), .attribute(named: "aria-labelledby", value: "contact-heading"),
            .h2(.id("contact-heading"), .plain(context.t(Strings.contactHeading))),
            plans.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.contactNone))) : .group(plans.map { reading in
                .div(.class("contact-plan"),
                    .h3(.plain(contactPlanText(reading.plan, model, context))),
                    .unwrap(reading.plan.note) { .p(.class("contact-note"), .plain($0)) },
                    .p(.class("contact-tally"), .plain(context.t(Strings.contactTally, String(reading.held), String(reading.cancelled),
                                                                   String(reading.plan.visitsDue(through: today, end: reading.end))))),
                    .p(.class(reading.isKept(through: today) ? "contact-kept" : "contact-not-kept"),
                       .strong(.plain(context.t(reading.isKept(through: today) ? Strings.contactKept : Strings.contactNotKept)))),
                    reading.visits.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.contactNoVisits)))
                        : .ol(.class("contact-visits"), .forEach(reading.visits) { row in
                            .li(.class(row.visit.wasHeld ? "visit-held" : "visit-cancelled"), .plain(contactVisitText(row.visit, context)))
                        }))
            }),
            .unwrap(placement) { contactPlanForm(model, $0, plans, context, refusal) },
            .if(!plans.isEmpty, contactVisitForm(model, plans, context, refusal)))
    }

    /// "Samværsplan med Anna Jensen: 1 gang(e) hver 14. dag, overvåget, fra 2. marts 2026".
    static func contactPlanText(_ plan: ContactPlan, _ model: ChildPageModel, _ context: PageContext) -> String {
        let supervision: String = switch plan.supervised {
        case true?: context.t(Strings.contactSupervisedShown)
        case false?: context.t(Strings.contactUnsupervisedShown)
        case nil: context.t(Strings.chooseAnswer)
        }
        return context.t(Strings.contactPlanShown, contactPersonName(plan, model, context),
                         context.t(Strings.contactFrequencyShown, String(plan.visits), context.t(Strings.contactPeriod(plan.period))),
                         supervision, Format.date(plan.from, context.language))
    }

    static func contactPersonName(_ plan: ContactPlan, _ model: ChildPageModel, _ context: PageContext) -> String {
        if let name = plan.otherName { return name }
        return model.people.first { $0.person.id == plan.person }?.person.fullName ?? context.t(Strings.contactUnknownPerson)
    }

    /// "16. marts 2026: gennemført" or "30. marts 2026: aflyst af forælderen (Sygdom)", with the note after a dash.
    static func contactVisitText(_ visit: ContactVisit, _ context: PageContext) -> String {
        let day = Format.date(visit.day, context.language)
        let text = visit.cancelledBy.map { context.t(Strings.contactVisitCancelledShown, day, context.t(Strings.contactCanceller($0)), visit.reason ?? "") }
            ?? context.t(Strings.contactVisitHeldShown, day)
        return visit.note.map { "\(text) — \($0)" } ?? text
    }

    static func contactPayload(_ payload: EntryPayload, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        switch payload {
        case .contactPlan(let plan): .p(.plain(contactPlanText(plan, model, context)))
        case .contactVisit(let visit): .p(.plain(contactVisitText(visit, context)))
        default: .empty
        }
    }

    static func contactPlanForm(_ model: ChildPageModel, _ placement: CaseState.ActivePlacement, _ plans: [ContactPlanReading],
                                _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        let current = plans.last { $0.plan.placement == placement.entry }
        // What the journal knows: the running placement, the household, and the plan in force (not its supervision).
        let known = FormValues(current.map { reading in
            ["person": reading.plan.person?.uuidString ?? "other", "otherName": reading.plan.otherName ?? "",
             "visits": String(reading.plan.visits), "period": reading.plan.period.rawValue]
        } ?? [:])
        let fields = FormFields(context, idPrefix: "contact-plan", form: "contact-plan", refusal: refusal, initial: known)
        let offer = model.offers[placement.offer]?.name ?? placement.offer
        let people = model.people.map { ($0.person.id.uuidString, "\($0.person.fullName) (\(context.t(Strings.relationKind($0.relation.kind))))") }
        return .details(.class("step"), .id("contact-plan-step"), .if(current == nil || fields.refusal != nil, .open(true)),
            .summary(.plain(context.t(current == nil ? Strings.contactPlanNew : Strings.contactPlanChange))),
            .form(.id("contact-plan-form"), .class("entry-form"), .action(SiteURL.child(model.child.id, .contactPlan).path), .method(.post),
                .p(.class("hint"), .plain(context.t(Strings.contactPlanHint))),
                csrfField(context),
                fields.hidden("supersedes", current?.entry.id.uuidString ?? ""),
                fields.choice("placement", Strings.contactPlacement,
                              [(placement.entry.uuidString, context.t(Strings.contactPlacementShown, offer,
                                                                      Format.date(DanishTime.localDate(of: placement.since), context.language)))]),
                fields.choice("person", Strings.contactPerson, people + [("other", context.t(Strings.contactOtherPerson))]),
                fields.text("otherName", Strings.contactOtherName, maxLength: ContactPlan.maximumNameLength),
                fields.number("visits", Strings.contactVisits, required: true, fallback: "1", min: 1, max: ContactPlan.maximumVisits),
                fields.choice("period", Strings.contactPeriodLabel, ContactPeriod.allCases.map { ($0.rawValue, context.t(Strings.contactPeriod($0))) },
                              fallback: ContactPeriod.fortnight.rawValue),
                fields.questionYesNo("supervised", Strings.contactSupervised),
                fields.date("from", Strings.contactFrom, required: true, fallback: DanishTime.localDate(of: context.now).iso),
                fields.area("note", Strings.contactNote, rows: 2),
                .button(.id("contact-plan-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save)))))
    }

    static func contactVisitForm(_ model: ChildPageModel, _ plans: [ContactPlanReading], _ context: PageContext,
                                 _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "contact-visit", form: "contact-visit", refusal: refusal)
        let outcomes = [("held", context.t(Strings.contactVisitHeld))]
            + ContactCanceller.allCases.map { ($0.rawValue, context.t(Strings.contactCancelledBy($0))) }
        return .form(.id("contact-visit-form"), .class("entry-form"), .action(SiteURL.child(model.child.id, .contactVisit).path), .method(.post),
            .h3(.plain(context.t(Strings.contactVisitNew))),
            csrfField(context),
            fields.choice("plan", Strings.contactVisitPlan, plans.map { ($0.entry.id.uuidString, contactPlanText($0.plan, model, context)) }),
            fields.date("day", Strings.contactVisitDay, required: true, fallback: DanishTime.localDate(of: context.now).iso),
            fields.choice("outcome", Strings.contactVisitOutcome, outcomes, fallback: "held"),
            fields.area("reason", Strings.contactVisitReason, rows: 2),
            fields.area("note", Strings.contactNote, rows: 2),
            .button(.id("contact-visit-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
    }
}
