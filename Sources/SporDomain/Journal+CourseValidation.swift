import Foundation

/// The rules the steps of a child's course (DOMAIN.md steps 5–13) must meet: each is read at its own time, in its
/// child's course as it now reads (corrections applied), with the context's birth date, offers and course rules.
extension JournalRules {
    static func validateCourse(_ entry: Entry, in timeline: Timeline, context: JournalContext) throws(DomainError) {
        let course = CourseReader(entry: entry, timeline: timeline)
        switch entry.payload {
        case .focusedAssessment(let start), .investigation(let start):
            try requireText(start.reason, field: "reason")
            if let known = start.needKnownOn, known > course.day { throw DomainError(.dateInvalid, field: "needKnownOn") }
        case .focusedAssessmentConcluded(let conclusion), .investigationConcluded(let conclusion):
            try validateConclusion(conclusion, kind: entry.kind, course: course)
        case .preliminaryAssessment(let preliminary):
            guard course.earlier(preliminary.investigation, kind: .investigation) != nil else {
                throw DomainError(.assessmentMissing, field: "investigation")
            }
            guard !course.isActedOn(preliminary.investigation, by: [.investigationConcluded, .preliminaryAssessment]) else {
                throw DomainError(.alreadyDone)
            }
            try requireText(preliminary.assessment, field: "assessment")
            try requireText(preliminary.reasonForDelay, field: "reasonForDelay")
            guard preliminary.expectedConclusion >= course.day else { throw DomainError(.dateInvalid, field: "expectedConclusion") }
        case .childConversation(let conversation):
            try validateConversation(conversation, rules: context.rules)
        case .ownViews(let views):
            try validateOwnViews(views)
        case .decision(let decision):
            try validateDecision(decision, course: course, context: context)
        case .measureStarted(let start):
            try validateMeasureStart(start, course: course, context: context)
        case .placementStarted(let start):
            try validatePlacementStart(start, course: course, context: context)
        case .measureEnded(let end):
            try validateEnd(of: end.measure, kind: .measureStarted, note: end.note, course: course)
        case .placementEnded(let end):
            try validateEnd(of: end.placement, kind: .placementStarted, note: end.note, course: course)
            try validatePlacementEndAsHomecoming(end, course: course)
        case .homecomingPlan(let plan):
            try validateHomecomingPlan(plan, course: course, context: context)
        case .homecomingFollowUp(let followUp):
            try validateHomecomingFollowUp(followUp, course: course)
        case .fosterCarers(let carers):
            try validateFosterCarers(carers, course: course)
        case .plan(let plan):
            try validatePlan(plan, course: course)
        case .followUp(let followUp):
            try validateFollowUp(followUp, course: course)
        case .transition(let transition):
            guard transition.from != transition.to else { throw DomainError(.transitionInvalid, field: "to") }
            try optionalText(transition.note, field: "note")
        case .handoverMeeting(let meeting):
            guard meeting.from != meeting.to else { throw DomainError(.transitionInvalid, field: "to") }
            guard !meeting.participants.isEmpty else { throw DomainError(.textMissing, field: "participants") }
            for participant in meeting.participants { try requireText(participant, field: "participants") }
            try requireText(meeting.plan, field: "plan")
        case .contactPlan(let plan):
            try validateContactPlan(plan, course: course)
        case .contactVisit(let visit):
            try validateContactVisit(visit, course: course)
        case .preparednessStep(let step):
            try validatePreparednessStep(step, course: course)
        default:
            break
        }
    }

    /// An investigation's conclusion covers the whole ICS triangle and both sides' views (§ 22, stk. 6); an afdækning
    /// looks at one or more of its sides.
    static func validateConclusion(_ conclusion: AssessmentConclusion, kind: EntryKind, course: CourseReader) throws(DomainError) {
        let startKind: EntryKind = kind == .investigationConcluded ? .investigation : .focusedAssessment
        guard course.earlier(conclusion.start, kind: startKind) != nil else { throw DomainError(.assessmentMissing, field: "start") }
        guard !course.isActedOn(conclusion.start, by: [kind]) else { throw DomainError(.alreadyDone) }
        let sides = [("childsDevelopment", conclusion.triangle.childsDevelopment), ("parentingCapacity", conclusion.triangle.parentingCapacity),
                     ("familyAndNetwork", conclusion.triangle.familyAndNetwork)]
        if kind == .investigationConcluded {
            for (field, text) in sides { try requireText(text, field: field) }
            try requireText(conclusion.childsViews, field: "childsViews")
            try requireText(conclusion.parentsViews, field: "parentsViews")
        } else {
            guard sides.contains(where: { !$0.1.isBlank }) else { throw DomainError(.textMissing, field: "triangle") }
            for (field, text) in sides { try optionalText(text, field: field) }
            try optionalText(conclusion.childsViews, field: "childsViews")
            try optionalText(conclusion.parentsViews, field: "parentsViews")
        }
        try requireText(conclusion.conclusion, field: "conclusion")
    }

    static func validateConversation(_ conversation: ChildConversation, rules: CourseRules) throws(DomainError) {
        switch conversation.outcome {
        case .childsWords(let words):
            try requireText(words, field: "childsWords")
            try requireText(conversation.place, field: "place")
        case .notHeld(let reason):
            guard !reason.isBlank else { throw DomainError(.childsWordsOrReasonMissing, field: "notHeldReason") }
            try requireText(reason, field: "notHeldReason")
        }
        if let bisidder = conversation.bisidder {
            try requireText(bisidder.name, field: "bisidder")
            try optionalText(bisidder.relation, field: "bisidder")
            // § 6, stk. 4.
            guard bisidder.age >= rules.bisidderMinimumAge else { throw DomainError(.bisidderTooYoung, field: "bisidder") }
        }
    }

    static func validateOwnViews(_ views: OwnViews) throws(DomainError) {
        guard !(views.text ?? "").isBlank || !views.scale.isEmpty else { throw DomainError(.ownViewsEmpty, field: "text") }
        try optionalText(views.text, field: "text")
        for answer in views.scale {
            try requireText(answer.question, field: "scale")
            guard (2...10).contains(answer.maximum), (1...answer.maximum).contains(answer.value) else {
                throw DomainError(.scaleAnswerInvalid, field: "scale")
            }
        }
    }

    static func validateDecision(_ decision: Decision, course: CourseReader, context: JournalContext) throws(DomainError) {
        let age = try context.age(at: course.entry.occurredAt, field: "birthDate")
        let rules = context.rules
        let granted = decision.outcome.grants
        try requireText(decision.purpose, field: "purpose")
        // A decision on a homecoming grants no offer itself (`validateHomecomingDecision`).
        if let placement = decision.homecoming { try validateHomecomingDecision(decision, placement: placement, course: course) }
        guard !granted || !decision.offers.isEmpty || decision.homecoming != nil else { throw DomainError(.offersMissing, field: "offers") }
        for offer in decision.offers where context.offers[offer] == nil { throw DomainError(.offerUnknown, field: "offers") }
        if let bases = decision.bases {
            // Each offer on a provision the catalogue allows for it; § 32, stk. 4 says when a measure started, not on what.
            for (offer, basis) in bases {
                guard decision.offers.contains(offer), let known = context.offers[offer], basis != .alongsideAssessment,
                      known.legalBases.isEmpty || known.legalBases.contains(basis) else {
                    throw DomainError(.legalBasisMismatch, field: "basis-\(offer)")
                }
            }
            guard decision.offers.first.map(decision.basis(of:)) ?? decision.legalBasis == decision.legalBasis else {
                throw DomainError(.legalBasisMismatch, field: "legalBasis")
            }
        }
        if decision.requiresReasons, decision.reasons?.isBlank ?? true { throw DomainError(.reasonsMissing, field: "reasons") }
        try optionalText(decision.reasons, field: "reasons")
        if granted {
            guard let end = decision.expectedEnd, end >= course.day else { throw DomainError(.dateInvalid, field: "expectedEnd") }
            if decision.allBases.contains(.youngAdultSupport), let birthDate = context.birthDate,
               end > Decision.lastDayOfYoungAdultSupport(birthDate: birthDate, rules: rules) {
                throw DomainError(.youngAdultSupportAge, field: "expectedEnd")
            }
        }

        // The young person's own consent counts from 15 (§ 46); recorded for a younger child it is a mistake.
        if decision.consent.youngPerson != nil, age < rules.consentAge { throw DomainError(.consentBelowAge, field: "consent") }
        if granted, decision.homecoming == nil {
            let required = decision.requiredConsent(age: age, rules: rules)
            if required.custodyHolders, decision.consent.custodyHolders != .given { throw DomainError(.consentMissing, field: "consent") }
            if required.youngPerson, decision.consent.youngPerson != .given { throw DomainError(.consentMissing, field: "consent") }
        }
        if Decision.requiresComplaintGuidanceToChild(age: age, rules: rules), !decision.complaintGuidanceToChild {
            throw DomainError(.complaintGuidanceMissing, field: "complaintGuidanceToChild")
        }

        switch decision.childsViews {
        case .notHeard(let reason):
            guard !reason.isBlank else { throw DomainError(.childsViewsMissing, field: "childsViews") }
            try requireText(reason, field: "childsViews")
        case .heardIn(let id):
            guard let heard = course.item(id), heard.entry.occurredAt <= course.entry.occurredAt.addingTimeInterval(clockTolerance),
                  course.isChildsOwnViews(heard.effective) else {
                throw DomainError(.childsViewsNotFound, field: "childsViews")
            }
            let oldest = DanishTime.startOfDay(course.day.adding(months: -rules.childsViewsMonths))
            guard heard.entry.occurredAt >= oldest else { throw DomainError(.childsViewsTooOld, field: "childsViews") }
        }
    }

    static func validateMeasureStart(_ start: MeasureStart, course: CourseReader, context: JournalContext) throws(DomainError) {
        guard let offer = context.offers[start.offer] else { throw DomainError(.offerUnknown, field: "offer") }
        guard !LegalBasis.placement.contains(start.legalBasis) else { throw DomainError(.legalBasisMismatch, field: "legalBasis") }
        if let decision = start.decision {
            try validateGrant(of: start.offer, basis: start.legalBasis, by: decision, course: course)
        } else {
            guard offer.access == .open else { throw DomainError(.decisionMissing, field: "decision") }
            guard offer.legalBases.contains(start.legalBasis) else { throw DomainError(.legalBasisMismatch, field: "legalBasis") }
        }
        if start.legalBasis == .youngAdultSupport {
            let age = try context.age(at: course.entry.occurredAt, field: "birthDate")
            guard context.rules.youngAdultSupportAges.contains(age) else { throw DomainError(.youngAdultSupportAge, field: "offer") }
        }
    }

    static func validatePlacementStart(_ start: PlacementStart, course: CourseReader, context: JournalContext) throws(DomainError) {
        guard let offer = context.offers[start.offer] else { throw DomainError(.offerUnknown, field: "offer") }
        guard offer.placementKind == start.kind else { throw DomainError(.placementKindMismatch, field: "kind") }
        guard LegalBasis.placement.contains(start.legalBasis) else { throw DomainError(.legalBasisMismatch, field: "legalBasis") }
        try validateGrant(of: start.offer, basis: start.legalBasis, by: start.decision, course: course)
        try requireText(start.contactArrangements, field: "contactArrangements")
        guard course.stateBefore.activePlacement == nil else { throw DomainError(.placementAlreadyActive) }
        try validateSiblings(start.siblings, entry: course.entry, known: context.siblings)
    }

    /// A measure follows a granted decision, made before it, that names its offer, on the same provision.
    static func validateGrant(of offer: String, basis: LegalBasis, by decisionID: UUID, course: CourseReader) throws(DomainError) {
        guard let item = course.earlier(decisionID, kind: .decision), case .decision(let decision)? = item.effective else {
            throw DomainError(.decisionMissing, field: "decision")
        }
        guard decision.outcome.grants, decision.offers.contains(offer) else { throw DomainError(.offerNotInDecision, field: "offer") }
        guard decision.basis(of: offer) == basis else { throw DomainError(.legalBasisMismatch, field: "legalBasis") }
    }

    /// An end closes a start of this child's course, not before it began, and only once.
    static func validateEnd(of startID: UUID, kind: EntryKind, note: String?, course: CourseReader) throws(DomainError) {
        guard let start = course.item(startID), start.effective?.kind == kind else {
            throw DomainError(.measureMissing, field: kind == .placementStarted ? "placement" : "measure")
        }
        guard course.entry.occurredAt >= start.entry.occurredAt else { throw DomainError(.endBeforeStart, field: "occurredAt") }
        let endKind: EntryKind = kind == .placementStarted ? .placementEnded : .measureEnded
        guard !course.isActedOn(startID, by: [endKind]) else { throw DomainError(.alreadyDone) }
        try optionalText(note, field: "note")
    }

    static func validatePlan(_ plan: ChildsPlan, course: CourseReader) throws(DomainError) {
        // A new version replaces the one in force: two caseworkers editing at once cannot both replace it.
        guard plan.supersedes == course.stateBefore.plan?.entry else { throw DomainError(.planVersionOutdated, field: "supersedes") }
        guard !plan.goals.isEmpty else { throw DomainError(.goalsMissing, field: "goals") }
        for goal in plan.goals {
            guard !goal.what.isBlank, !goal.howWeWillKnow.isBlank else { throw DomainError(.goalIncomplete, field: "goals") }
            try requireText(goal.what, field: "goals")
            try requireText(goal.howWeWillKnow, field: "goals")
            guard goal.byWhen >= course.day else { throw DomainError(.dateInvalid, field: "goals") }
        }
        guard Set(plan.goals.map(\.id)).count == plan.goals.count else { throw DomainError(.goalIncomplete, field: "goals") }
        try optionalText(plan.childsHopes, field: "childsHopes")
        try validateLeisure(plan.leisure)
    }

    static func validateFollowUp(_ followUp: FollowUp, course: CourseReader) throws(DomainError) {
        try requireText(followUp.assessment, field: "assessment")
        guard !followUp.measures.isEmpty else { throw DomainError(.measureMissing, field: "measures") }
        for id in followUp.measures {
            guard let start = course.item(id), start.entry.occurredAt <= course.entry.occurredAt,
                  [.measureStarted, .placementStarted].contains(start.effective?.kind) else {
                throw DomainError(.measureMissing, field: "measures")
            }
        }
        let goals = Set(course.stateBefore.plan?.goals.map(\.goal.id) ?? [])
        let rated = followUp.ratings.map(\.goal)
        guard Set(rated).isSubset(of: goals) else { throw DomainError(.goalUnknown, field: "ratings") }
        guard Set(rated) == goals, rated.count == goals.count else { throw DomainError(.goalNotRated, field: "ratings") }
        for rating in followUp.ratings { try optionalText(rating.note, field: "ratings") }
        try validateLeisure(followUp.leisure)
        if followUp.outcome != .end {
            guard let next = followUp.nextFollowUp else { throw DomainError(.nextFollowUpMissing, field: "nextFollowUp") }
            guard next > course.day else { throw DomainError(.dateInvalid, field: "nextFollowUp") }
            try requireText(followUp.nextFollowUpReason ?? "", field: "nextFollowUpReason")
        } else {
            try optionalText(followUp.nextFollowUpReason, field: "nextFollowUpReason")
        }
    }

    /// Free text that may be left out, but not be too long.
    static func optionalText(_ text: String?, field: String) throws(DomainError) {
        guard let text, text.count > maximumTextLength else { return }
        throw DomainError(.textTooLong, field: field)
    }
}

/// Reads the course around one entry being validated: its child's items, and the case as it stood before it.
struct CourseReader {
    let entry: Entry
    let timeline: Timeline

    /// The Danish day the entry happened.
    var day: LocalDate { DanishTime.localDate(of: entry.occurredAt) }

    /// An item of the same child's course, other than the entry itself.
    func item(_ id: UUID) -> Timeline.Item? {
        guard id != entry.id else { return nil }
        return timeline.items.first { $0.entry.id == id && $0.entry.child == entry.child }
    }

    /// An item of this kind (as the course now reads it) that happened at or before the entry.
    func earlier(_ id: UUID, kind: EntryKind) -> Timeline.Item? {
        guard let item = item(id), item.effective?.kind == kind, item.entry.occurredAt <= entry.occurredAt else { return nil }
        return item
    }

    /// Whether another entry of one of these kinds already acts on `id` (concludes it, ends it, …).
    func isActedOn(_ id: UUID, by kinds: Set<EntryKind>) -> Bool {
        timeline.items.contains { item in
            guard item.entry.id != entry.id, item.entry.child == entry.child, let payload = item.effective else { return false }
            return kinds.contains(payload.kind) && payload.references.contains(id)
        }
    }

    /// A held child conversation, or own views the child told staff (not a message from *Min side*: `OwnViews.hearsTheChild`).
    func isChildsOwnViews(_ payload: EntryPayload?) -> Bool {
        switch payload {
        case .childConversation(let conversation)?: conversation.wasHeld
        case .ownViews(let views)?: views.hearsTheChild
        default: false
        }
    }

    /// The course as it stood just before the entry: every entry that happened at or before it (other than itself),
    /// with every correction.
    var timelineBefore: Timeline {
        Timeline(timeline.entries.filter {
            $0.child == entry.child && $0.id != entry.id && ($0.kind == .correction || $0.occurredAt <= entry.occurredAt)
        })
    }

    /// The case as it stood just before the entry (`timelineBefore`).
    var stateBefore: CaseState { timelineBefore.state() }
}
