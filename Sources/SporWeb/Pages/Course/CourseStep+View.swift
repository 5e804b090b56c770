import Foundation
import Plot
import SporDomain
import SporStore

/// A course step's page: the step's form, drawn from the course as it stands; after a refusal, the reason and
/// everything typed.
enum CourseStepView {
    static func title(_ model: CourseStepModel, _ language: SporDomain.Language) -> String {
        "\(model.step.title(language)) — \(model.childName)"
    }

    static func body(_ model: CourseStepModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let form = FormFields(context, idPrefix: "step", form: model.formName, refusal: refusal, initial: model.initialValues)
        return .group(
            .p(.a(.href(SiteURL.child(model.childID).path), .plain("← \(model.childName)"))),
            .h1(.plain(context.t(model.heading))),
            .p(.class("hint"), .plain(context.t(hint(model.step)))),
            form.summary(),
            .form(.id("course-form"), .class("entry-form narrow"), .action(model.formAction.path), .method(.post),
                csrfField(context),
                .if(model.amending != nil, CorrectionView.reasonField(form)),
                fields(model, form),
                .if(model.amending == nil, form.dateTime()),
                .button(.id("course-submit"), .type(.submit), .class("primary"), .plain(context.t(model.amending == nil ? Strings.save : Strings.saveCorrection))))
        )
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

    /// The plan's goal rows: at least this many, and one empty row beyond the plan's goals.
    static let planRows = 4

    static func fields(_ model: CourseStepModel, _ form: FormFields) -> Node<HTML.FormContext> {
        let context = form.context
        let staff = model.staff
        let offers = model.offers.offers
        let age = model.age
        let endReasons = EndReason.allCases.map { ($0.rawValue, context.t(Strings.endReason($0))) }
        let stages = TransitionStage.allCases.map { ($0.rawValue, context.t(Strings.transitionStage($0))) }
        let consent = [("given", context.t(Strings.consentAnswer(.given))), ("refused", context.t(Strings.consentAnswer(.refused))),
                       (Strings.consentNotAsked, context.t(Strings.consentAnswer(nil)))]
        switch model.step {
        case .assessment:
            return .group(
                form.choice("kind", Strings.filterKind, [(EntryKind.focusedAssessment.rawValue, context.t(Strings.entryKind(.focusedAssessment))),
                                                         (EntryKind.investigation.rawValue, context.t(Strings.entryKind(.investigation)))]),
                form.area("reason", Strings.reasonLabel, required: true),
                form.check("dialogBased", Strings.dialogBased),
                form.date("needKnownOn", Strings.needKnownOn),
                form.choice("notification", Strings.entryKind(.notification), [("", context.t(Strings.none))] + model.notifications.map(form.entryOption)))
        case .assessmentConclusion:
            return .group(
                form.choice("start", Strings.stepAssessment, model.openAssessments.map(form.entryOption)),
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", nodes: [.plain(context.t(Strings.ics))]),
                    form.area("childsDevelopment", Strings.icsChild, required: true),
                    form.area("parentingCapacity", Strings.icsParents, required: true),
                    form.area("familyAndNetwork", Strings.icsFamily, required: true),
                ]),
                form.area("childsViews", Strings.childsViewsLabel, required: true, fallback: model.latestChildsWords ?? ""),
                form.area("parentsViews", Strings.parentsViewsLabel, required: true),
                form.area("conclusion", Strings.conclusion, required: true))
        case .preliminary:
            return .group(
                form.choice("investigation", Strings.entryKind(.investigation), model.openAssessments.filter { $0.kind == .investigation }.map(form.entryOption)),
                form.area("assessment", Strings.assessmentLabel, required: true),
                form.area("reasonForDelay", Strings.delayReason, required: true),
                form.date("expectedConclusion", Strings.expectedConclusion, required: true))
        case .conversation:
            return .group(
                form.choice("heldBy", Strings.heldBy, staff.map { ($0.id.uuidString, $0.displayName) }, fallback: model.userID.uuidString),
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
                form.question("outcome", Strings.outcomeLabel, Decision.Outcome.allCases.map { ($0.rawValue, context.t(Strings.decisionOutcome($0))) }),
                .element(named: "fieldset", nodes: [
                    .class("offers"),
                    .element(named: "legend", nodes: [.plain(context.t(Strings.offersLabel))]),
                    .unwrap(form.errorText("offers")) { .p(.class("field-error"), .plain($0)) },
                    .forEach(offers.filter { $0.access == .referral && $0.isFor(age: age) }) { offer in
                        // Each offer on its own provision: the catalogue's only one is named; between several (§ 46 or
                        // § 47) she chooses, for a checked offer, from an unanswered list.
                        let bases = offer.legalBases.filter(LegalBasis.decidable.contains)
                        let label = "\(offer.name) (\(offer.provider))" + (bases.count == 1 ? " · \(bases[0].paragraph)" : "")
                        return .group(
                            form.check("offer-\(offer.id)", LocalizedText(da: label, en: label)),
                            .if(bases.count > 1, form.choice("basis-\(offer.id)", Strings.basisOf.filled(offer.name),
                                                              [("", context.t(Strings.chooseAnswer))] + bases.map { ($0.rawValue, $0.paragraph) })))
                    },
                ]),
                form.area("reasons", Strings.reasonsLabel, rows: 5, fallback: model.latestConclusion ?? ""),
                .p(.class("hint"), .plain(context.t(Strings.reasonsHint))),
                form.area("purpose", Strings.purpose, required: true),
                form.date("expectedEnd", Strings.expectedEnd, required: true),
                form.question("consentParents", Strings.consentParents, consent),
                .if(age >= 15, form.question("consentYoung", Strings.consentYoung, consent)),
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", nodes: [.plain(context.t(Strings.childsViewsLabel))]),
                    .unwrap(form.errorText("childsViews")) { .p(.class("field-error"), .plain($0)) },
                    form.choice("heardIn", Strings.childHeardIn, [("", context.t(Strings.none))] + model.views.reversed().map(form.entryOption),
                                fallback: model.views.last?.id.uuidString ?? ""),
                    form.area("notHeardReason", Strings.childNotHeard),
                ]),
                .if(age >= 10, form.questionYesNo("complaintGuidance", Strings.complaintGuidanceQuestion)),
                form.questionYesNo("makesChildsPlan", Strings.makesChildsPlanQuestion),
                // An amendment corrects the decision; the measures it started are entries of their own.
                .if(model.amending == nil, form.check("startMeasures", Strings.startMeasuresNow)))
        case .measureStart:
            // The provision is the decision's for the offer: shown on the decision, not asked again.
            let granted = model.grantedDecisions
            return .group(
                form.choice("decision", Strings.entryKind(.decision), granted.map { form.entryOption($0.entry) }),
                form.choice("offer", Strings.offerLabel, granted.flatMap { decision in
                    decision.decision.offers.map { ($0, "\(model.offerName($0)) · \(decision.decision.basis(of: $0).paragraph)") }
                }.uniqued(by: { $0.0 })))
        case .measureEnd:
            return .group(
                form.choice("measure", Strings.offerLabel, model.measures.filter { !$0.isPlacement }.map {
                    ($0.entry.uuidString, "\(model.offerName($0.offer)) (\(context.t(Strings.since, Format.date(DanishTime.localDate(of: $0.since), context.language))))")
                }),
                form.choice("reason", Strings.endReasonLabel, endReasons),
                form.area("note", Strings.noteLabel))
        case .placementStart:
            let granted = model.grantedDecisions
            return .group(
                form.choice("decision", Strings.entryKind(.decision), granted.map { form.entryOption($0.entry) }),
                form.choice("offer", Strings.offerLabel, granted.flatMap { decision in
                    decision.decision.offers.filter { model.offers[$0]?.placementKind != nil }
                        .map { ($0, "\(model.offerName($0)) · \(decision.decision.basis(of: $0).paragraph)") }
                }.uniqued(by: { $0.0 })),
                form.choice("placementKind", Strings.stepPlacementStart, PlacementKind.allCases.map { ($0.rawValue, context.t(Strings.placementKind($0))) }),
                form.questionYesNo("nearHome", Strings.nearHome),
                form.questionYesNo("schoolKept", Strings.schoolKept),
                form.date("schoolingStarted", Strings.schoolingStarted),
                form.area("contactArrangements", Strings.contactArrangements, required: true),
                siblingFields(model, form, context),
                fosterCarerFields(model, form))
        case .placementEnd:
            return .group(
                form.choice("placement", Strings.stepPlacementStart, model.placement.map {
                    [($0.entry.uuidString, "\(context.t(Strings.placementKind($0.kind))) (\(context.t(Strings.since, Format.date(DanishTime.localDate(of: $0.since), context.language))))")]
                } ?? []),
                form.choice("reason", Strings.endReasonLabel, endReasons, fallback: EndReason.goalsReached.rawValue),
                form.area("note", Strings.noteLabel))
        case .plan:
            let goals = model.plan?.goals.map(\.goal) ?? []
            return .group(
                form.choice("planKind", Strings.stepPlan, ChildsPlan.Kind.allCases.map { ($0.rawValue, context.t(Strings.planKind($0))) },
                            fallback: (age >= 15 ? ChildsPlan.Kind.youngPersonsPlan : .childsPlan).rawValue),
                .forEach(0..<max(planRows, goals.count + 1)) { row in
                    let goal = row < goals.count ? goals[row] : nil
                    // A first plan offers the latest grant's purpose and expected end as its first goal, to be made concrete.
                    let grant = goals.isEmpty && row == 0 ? model.grantedDecisions.last?.decision : nil
                    return .element(named: "fieldset", nodes: [
                        .class("goal-row"),
                        .element(named: "legend", nodes: [.plain("\(context.t(Strings.goals)) \(row + 1)")]),
                        .unwrap(goal) { form.hidden("goal\(row)Id", $0.id.uuidString) },
                        form.text("goal\(row)What", Strings.goalWhat, fallback: goal?.what ?? grant?.purpose ?? ""),
                        form.date("goal\(row)ByWhen", Strings.goalByWhen, fallback: goal?.byWhen.iso ?? grant?.expectedEnd?.iso ?? ""),
                        form.text("goal\(row)How", Strings.goalHow, fallback: goal?.howWeWillKnow ?? ""),
                        goalArea(row, goal, form),
                    ])
                },
                planLeisureFields(model, form),
                form.area("childsHopes", Strings.childsHopes),
                form.questionYesNo("madeWithChild", Strings.madeWithChild),
                form.questionYesNo("madeWithParents", Strings.madeWithParents))
        case .followUp:
            let goals = model.plan?.goals ?? []
            return .group(
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", nodes: [.plain(context.t(Strings.glanceMeasures))]),
                    .forEach(model.measures) { measure in
                        form.check("measure-\(measure.entry.uuidString)", LocalizedText(da: model.offerName(measure.offer), en: model.offerName(measure.offer)),
                                   checkedByDefault: true)
                    },
                ]),
                .forEach(goals) { goal in
                    form.question("rating-\(goal.goal.id.uuidString)", LocalizedText(da: "\(goal.goal.what)", en: "\(goal.goal.what)"),
                                  GoalRating.allCases.map { ($0.rawValue, context.t(Strings.goalRating($0))) })
                },
                followUpLeisureFields(model, form),
                form.area("assessment", Strings.assessmentLabel, required: true),
                form.question("outcome", Strings.outcomeLabel, FollowUp.Outcome.allCases.map { ($0.rawValue, context.t(Strings.followUpOutcome($0))) }),
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
                form.check("familyPresent", Strings.familyPresent),
                form.area("plan", Strings.handoverPlan, required: true))
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

extension Array {
    /// The elements in order, the first of each `key`.
    func uniqued<Key: Hashable>(by key: (Element) -> Key) -> [Element] {
        var seen: Set<Key> = []
        return filter { seen.insert(key($0)).inserted }
    }
}
