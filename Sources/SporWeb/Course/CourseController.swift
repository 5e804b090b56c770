import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// `/children/:childID/course/:step`: a page per step of the course. The form is drawn from the course as it
/// stands (which assessments are open, which decisions grant what, the plan's goals); the domain decides
/// what may be saved, and a refusal shows the page again with the reason and everything typed.
enum CourseController {
    static func step(_ request: Request) throws -> CourseStep {
        guard let step = request.parameters.get("step").flatMap(CourseStep.init(rawValue:)) else { throw Abort(.notFound) }
        return step
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        let step = try step(request)
        let model = try await ChildPageModel.load(request, for: .managingCase)
        return render(request, model, step, values: [:], error: nil)
    }

    @Sendable static func record(_ request: Request) async throws -> Response {
        let step = try step(request)
        let model = try await ChildPageModel.load(request, for: .managingCase)
        let values = try request.content.decode([String: String].self)
        let fields = FormValues(values)
        let now = request.now
        do {
            let occurredAt = try ChildrenController.occurred(values["occurredAt"], shown: values["occurredAtShown"], now: now)
            let payload = try build(step, fields, model: model, user: model.user)
            try await request.store.append(Entry(municipality: model.child.municipality, child: model.child.id, payload: payload,
                                                 occurredAt: occurredAt, recordedAt: now, author: model.user.id), now: now)
        } catch let error as DomainError {
            return render(request, model, step, values: values, error: (error.field ?? "", Strings.error(error.code)(request.language)),
                          status: .unprocessableEntity)
        } catch let error as FormError {
            return render(request, model, step, values: values, error: (error.field, error.text(request.language)), status: .unprocessableEntity)
        }
        request.session.data["notice"] = Strings.saved(request.language)
        return request.redirect(to: "/children/\(model.child.id.uuidString)", redirectType: .normal)
    }

    static func render(_ request: Request, _ model: ChildPageModel, _ step: CourseStep, values: [String: String],
                       error: (field: String, message: String)?, status: HTTPStatus = .ok) -> Response {
        Page.render(request, title: "\(step.title(request.language)) — \(model.child.fullName)", status: status) { context in
            let form = CourseForm(context: context, values: values, error: error)
            return .group(
                .p(.a(.href(ChildPageView.base(model)), .plain("← \(model.child.fullName)"))),
                .h1(.plain(context.t(step.title))),
                .p(.class("hint"), .plain(context.t(hint(step)))),
                .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain("\(context.t(Strings.formHasErrors)) \($0.message)")) },
                .form(.id("course-form"), .class("entry-form narrow"), .action("\(ChildPageView.base(model))/course/\(step.rawValue)"), .method(.post),
                    csrfField(context),
                    fields(step, form, model),
                    form.occurred(),
                    .button(.id("course-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
            )
        }
    }

    static func hint(_ step: CourseStep) -> LocalizedText {
        switch step {
        case .decision: Strings.hintDecision
        case .conversation: Strings.hintConversation
        case .plan: Strings.hintPlan
        case .followUp: Strings.hintFollowUp
        case .measureStart: Strings.hintMeasureStart
        default: Strings.hintCourse
        }
    }

    // MARK: - Forms

    static let planRows = 4

    static func fields(_ step: CourseStep, _ form: CourseForm, _ model: ChildPageModel) -> Node<HTML.FormContext> {
        let context = form.context
        let refs = CourseReferences(model)
        let staff = model.staff.values.filter { $0.role == .caseworker || $0.role == .teamLead || $0.role == .outreach }
            .sorted { $0.displayName < $1.displayName }
        let offers = model.offers.offers
        let age = model.child.birthDate.age(on: DanishTime.localDate(of: context.now))
        let bases = LegalBasis.allCases.map { ($0.rawValue, $0.paragraph) }
        let endReasons = EndReason.allCases.map { ($0.rawValue, context.t(Strings.endReason($0))) }
        let stages = TransitionStage.allCases.map { ($0.rawValue, context.t(Strings.transitionStage($0))) }
        let consent = [("", context.t(Strings.consentAnswer(nil))), ("given", context.t(Strings.consentAnswer(.given))),
                       ("refused", context.t(Strings.consentAnswer(.refused)))]
        switch step {
        case .assessment:
            return .group(
                form.choice("kind", Strings.filterKind, [(EntryKind.focusedAssessment.rawValue, context.t(Strings.entryKind(.focusedAssessment))),
                                                         (EntryKind.investigation.rawValue, context.t(Strings.entryKind(.investigation)))]),
                form.area("reason", Strings.reasonLabel, required: true),
                form.check("dialogBased", Strings.dialogBased),
                form.date("needKnownOn", Strings.needKnownOn),
                form.choice("notification", Strings.entryKind(.notification), [("", context.t(Strings.none))] + refs.notifications.map(form.entryOption)))
        case .assessmentConclusion:
            return .group(
                form.choice("start", Strings.stepAssessment, refs.openAssessments.map(form.entryOption)),
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", nodes: [.plain(context.t(Strings.ics))]),
                    form.area("childsDevelopment", Strings.icsChild, required: true),
                    form.area("parentingCapacity", Strings.icsParents, required: true),
                    form.area("familyAndNetwork", Strings.icsFamily, required: true),
                ]),
                form.area("childsViews", Strings.childsViewsLabel, required: true),
                form.area("parentsViews", Strings.parentsViewsLabel, required: true),
                form.area("conclusion", Strings.conclusion, required: true))
        case .preliminary:
            return .group(
                form.choice("investigation", Strings.entryKind(.investigation), refs.openAssessments.filter { $0.kind == .investigation }.map(form.entryOption)),
                form.area("assessment", Strings.assessmentLabel, required: true),
                form.area("reasonForDelay", Strings.delayReason, required: true),
                form.date("expectedConclusion", Strings.expectedConclusion, required: true))
        case .conversation:
            return .group(
                form.choice("heldBy", Strings.heldBy, staff.map { ($0.id.uuidString, $0.displayName) }, fallback: model.user.id.uuidString),
                form.text("place", Strings.place, required: true),
                form.area("childsWords", Strings.childsWords, rows: 5),
                form.area("notHeldReason", Strings.notHeldReason),
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", nodes: [.plain(context.t(Strings.bisidder))]),
                    form.text("bisidderName", Strings.childName),
                    form.text("bisidderRelation", Strings.bisidderRelation),
                    form.number("bisidderAge", Strings.bisidderAge),
                ]))
        case .decision:
            return .group(
                form.choice("outcome", Strings.outcomeLabel, Decision.Outcome.allCases.map { ($0.rawValue, context.t(Strings.decisionOutcome($0))) }),
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", nodes: [.plain(context.t(Strings.offersLabel))]),
                    .unwrap(form.errorText("offers")) { .p(.class("field-error"), .plain($0)) },
                    .forEach(offers.filter { $0.access == .referral && $0.isFor(age: age) }) { offer in
                        form.check("offer-\(offer.id)", LocalizedText(da: "\(offer.name) (\(offer.provider))", en: "\(offer.name) (\(offer.provider))"))
                    },
                ]),
                form.choice("legalBasis", Strings.legalBasisLabel, bases, fallback: LegalBasis.treatment.rawValue),
                form.area("purpose", Strings.purpose, required: true),
                form.date("expectedEnd", Strings.expectedEnd, required: true),
                form.choice("consentParents", Strings.consentParents, consent, fallback: "given"),
                .if(age >= 15, form.choice("consentYoung", Strings.consentYoung, consent)),
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", nodes: [.plain(context.t(Strings.childsViewsLabel))]),
                    .unwrap(form.errorText("childsViews")) { .p(.class("field-error"), .plain($0)) },
                    form.choice("heardIn", Strings.childHeardIn, [("", context.t(Strings.none))] + refs.views.reversed().map(form.entryOption),
                                fallback: refs.views.last?.id.uuidString ?? ""),
                    form.area("notHeardReason", Strings.childNotHeard),
                ]),
                .if(age >= 10, form.check("complaintGuidance", Strings.complaintGuidance, checkedByDefault: true)),
                form.check("makesChildsPlan", Strings.stepPlan, checkedByDefault: true))
        case .measureStart:
            let granted = refs.grantedDecisions
            return .group(
                form.choice("decision", Strings.entryKind(.decision), granted.map { form.entryOption($0.entry) }),
                form.choice("offer", Strings.offerLabel, granted.flatMap(\.decision.offers).uniqued().map { ($0, model.offers[$0]?.name ?? $0) }),
                form.choice("legalBasis", Strings.legalBasisLabel, bases, fallback: granted.last?.decision.legalBasis.rawValue))
        case .measureEnd:
            return .group(
                form.choice("measure", Strings.offerLabel, model.state.activeMeasures.filter { !$0.isPlacement }.map {
                    ($0.entry.uuidString, "\(model.offers[$0.offer]?.name ?? $0.offer) (\(context.t(Strings.since, Format.date(DanishTime.localDate(of: $0.since), context.language))))")
                }),
                form.choice("reason", Strings.endReasonLabel, endReasons),
                form.area("note", Strings.noteLabel))
        case .placementStart:
            let granted = refs.grantedDecisions
            return .group(
                form.choice("decision", Strings.entryKind(.decision), granted.map { form.entryOption($0.entry) }),
                form.choice("offer", Strings.offerLabel, offers.filter { $0.placementKind != nil }.map { ($0.id, $0.name) }),
                form.choice("placementKind", Strings.stepPlacementStart, PlacementKind.allCases.map { ($0.rawValue, context.t(Strings.placementKind($0))) }),
                form.choice("legalBasis", Strings.legalBasisLabel, [LegalBasis.placementWithConsent, .placementWithoutConsent].map { ($0.rawValue, $0.paragraph) }),
                form.check("nearHome", Strings.nearHome, checkedByDefault: true),
                form.check("schoolKept", Strings.schoolKept, checkedByDefault: true),
                form.area("contactArrangements", Strings.contactArrangements, required: true))
        case .placementEnd:
            return .group(
                form.choice("placement", Strings.stepPlacementStart, model.state.activePlacement.map {
                    [($0.entry.uuidString, "\(context.t(Strings.placementKind($0.kind))) (\(context.t(Strings.since, Format.date(DanishTime.localDate(of: $0.since), context.language))))")]
                } ?? []),
                form.choice("reason", Strings.endReasonLabel, endReasons, fallback: EndReason.homecoming.rawValue),
                form.area("note", Strings.noteLabel))
        case .plan:
            let goals = model.state.plan?.goals.map(\.goal) ?? []
            return .group(
                form.choice("planKind", Strings.stepPlan, ChildsPlan.Kind.allCases.map { ($0.rawValue, context.t(Strings.planKind($0))) },
                            fallback: (age >= 15 ? ChildsPlan.Kind.youngPersonsPlan : .childsPlan).rawValue),
                .forEach(0..<max(planRows, goals.count + 1)) { row in
                    let goal = row < goals.count ? goals[row] : nil
                    let prefill = { (name: String, value: String) in form.values.isEmpty ? value : form.value(name) }
                    return .element(named: "fieldset", nodes: [
                        .class("goal-row"),
                        .element(named: "legend", nodes: [.plain("\(context.t(Strings.goals)) \(row + 1)")]),
                        .unwrap(goal) { .input(.type(.hidden), .name("goal\(row)Id"), .value($0.id.uuidString)) },
                        Components.field(context.t(Strings.goalWhat), id: "step-goal\(row)What", error: row == 0 ? form.errorText("goals") : nil,
                            .input(.id("step-goal\(row)What"), .name("goal\(row)What"), .type(.text), .value(escapeAttribute(prefill("goal\(row)What", goal?.what ?? ""))))),
                        Components.field(context.t(Strings.goalByWhen), id: "step-goal\(row)ByWhen",
                            .input(.id("step-goal\(row)ByWhen"), .name("goal\(row)ByWhen"), .type(.date), .value(escapeAttribute(prefill("goal\(row)ByWhen", goal?.byWhen.iso ?? ""))))),
                        Components.field(context.t(Strings.goalHow), id: "step-goal\(row)How",
                            .input(.id("step-goal\(row)How"), .name("goal\(row)How"), .type(.text), .value(escapeAttribute(prefill("goal\(row)How", goal?.howWeWillKnow ?? ""))))),
                    ])
                },
                form.area("childsHopes", Strings.childsHopes),
                form.check("madeWithChild", Strings.madeWithChild, checkedByDefault: true),
                form.check("madeWithParents", Strings.madeWithParents, checkedByDefault: true))
        case .followUp:
            let goals = model.state.plan?.goals ?? []
            return .group(
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", nodes: [.plain(context.t(Strings.glanceMeasures))]),
                    .forEach(model.state.activeMeasures) { measure in
                        form.check("measure-\(measure.entry.uuidString)", LocalizedText(da: model.offers[measure.offer]?.name ?? measure.offer,
                                                                                         en: model.offers[measure.offer]?.name ?? measure.offer),
                                   checkedByDefault: true)
                    },
                ]),
                .forEach(goals) { goal in
                    form.choice("rating-\(goal.goal.id.uuidString)", LocalizedText(da: "\(goal.goal.what)", en: "\(goal.goal.what)"),
                                GoalRating.allCases.map { ($0.rawValue, context.t(Strings.goalRating($0))) },
                                fallback: (goal.latestRating ?? .progress).rawValue)
                },
                form.area("assessment", Strings.assessmentLabel, required: true),
                form.choice("outcome", Strings.outcomeLabel, FollowUp.Outcome.allCases.map { ($0.rawValue, context.t(Strings.followUpOutcome($0))) }),
                form.date("nextFollowUp", Strings.nextFollowUp),
                form.text("nextFollowUpReason", Strings.nextFollowUpReason))
        case .transition:
            return .group(form.choice("from", Strings.fromStage, stages), form.choice("to", Strings.toStage, stages, fallback: TransitionStage.daycare.rawValue),
                          form.area("note", Strings.noteLabel))
        case .handover:
            return .group(
                form.choice("from", Strings.fromStage, stages), form.choice("to", Strings.toStage, stages, fallback: TransitionStage.daycare.rawValue),
                form.text("participants", Strings.participantsList, required: true),
                form.check("childPresent", Strings.childPresent),
                form.check("familyPresent", Strings.familyPresent, checkedByDefault: true),
                form.area("plan", Strings.handoverPlan, required: true))
        }
    }

    // MARK: - What a form builds

    static func build(_ step: CourseStep, _ f: FormValues, model: ChildPageModel, user: UserRecord) throws -> EntryPayload {
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
            return model.timeline.entry(id: start)?.kind == .investigation ? .investigationConcluded(conclusion) : .focusedAssessmentConcluded(conclusion)
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
            let consent = Consent(custodyHolders: f.optionalText("consentParents").flatMap(ConsentAnswer.init(rawValue:)),
                                  youngPerson: f.optionalText("consentYoung").flatMap(ConsentAnswer.init(rawValue:)))
            let views = try ChildsViews(heardIn: f.optionalUUID("heardIn"), notHeardReason: f.optionalText("notHeardReason"))
            return .decision(Decision(outcome: try f.choice("outcome", as: Decision.Outcome.self), offers: offers,
                                      legalBasis: try f.choice("legalBasis", as: LegalBasis.self), purpose: f.text("purpose"),
                                      expectedEnd: try f.optionalDate("expectedEnd"), consent: consent, childsViews: views,
                                      complaintGuidanceToChild: f.flag("complaintGuidance"), makesChildsPlan: f.flag("makesChildsPlan")))
        case .measureStart:
            return .measureStarted(MeasureStart(offer: f.text("offer"), decision: f.optionalUUID("decision"),
                                                legalBasis: try f.choice("legalBasis", as: LegalBasis.self)))
        case .measureEnd:
            return .measureEnded(MeasureEnd(measure: try f.uuid("measure"), reason: try f.choice("reason", as: EndReason.self), note: f.optionalText("note")))
        case .placementStart:
            return .placementStarted(PlacementStart(offer: f.text("offer"), kind: try f.choice("placementKind", as: PlacementKind.self),
                                                    decision: try f.uuid("decision"), legalBasis: try f.choice("legalBasis", as: LegalBasis.self),
                                                    nearHome: f.flag("nearHome"), schoolKept: f.flag("schoolKept"),
                                                    contactArrangements: f.text("contactArrangements")))
        case .placementEnd:
            return .placementEnded(PlacementEnd(placement: try f.uuid("placement"), reason: try f.choice("reason", as: EndReason.self),
                                                note: f.optionalText("note")))
        case .plan:
            var goals: [ChildsPlan.Goal] = []
            for row in 0..<100 where f.values["goal\(row)What"] != nil || f.values["goal\(row)ByWhen"] != nil {
                let what = f.text("goal\(row)What"), when = f.text("goal\(row)ByWhen"), how = f.text("goal\(row)How")
                if what.isEmpty && when.isEmpty && how.isEmpty { continue }
                // A goal says what, by when and how we will know; the domain checks the texts, the form the date.
                guard let byWhen = LocalDate(iso: when) else { throw DomainError(.goalIncomplete, field: "goals") }
                goals.append(ChildsPlan.Goal(id: f.optionalUUID("goal\(row)Id") ?? UUID(), what: what, byWhen: byWhen, howWeWillKnow: how))
            }
            return .plan(ChildsPlan(kind: try f.choice("planKind", as: ChildsPlan.Kind.self), supersedes: model.state.plan?.entry, goals: goals,
                                    childsHopes: f.optionalText("childsHopes"), madeWithChild: f.flag("madeWithChild"),
                                    madeWithParents: f.flag("madeWithParents")))
        case .followUp:
            let measures = f.values.keys.filter { $0.hasPrefix("measure-") }.compactMap { UUID(uuidString: String($0.dropFirst("measure-".count))) }.sorted { $0.uuidString < $1.uuidString }
            let ratings = try (model.state.plan?.goals ?? []).map { goal in
                FollowUp.Rating(goal: goal.goal.id, rating: try f.choice("rating-\(goal.goal.id.uuidString)", as: GoalRating.self))
            }
            return .followUp(FollowUp(measures: measures, ratings: ratings, assessment: f.text("assessment"),
                                      outcome: try f.choice("outcome", as: FollowUp.Outcome.self), nextFollowUp: try f.optionalDate("nextFollowUp"),
                                      nextFollowUpReason: f.optionalText("nextFollowUpReason")))
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

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
