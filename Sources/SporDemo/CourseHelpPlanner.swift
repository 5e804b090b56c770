import Foundation
import SporDomain

/// Plans the help one course gives after a notification (DOMAIN.md steps 5–13), by day: the afdækning or
/// børnefaglig undersøgelse with the child heard and its conclusion, decisions and the measures or placement they
/// grant, barnets plan and its versions, § 95 follow-ups that rate every goal, homecoming or support after 18, and the
/// transitions of a child whose case is open. It also plans the conversation owed on a notification about abuse.
///
/// Rules kept here, so every step passes `JournalRules` when the course writes the steps in the order of
/// `HelpStep.Order` day by day:
/// - a decision rests on a conversation held at most `DemoCourse.conversationReuseDays` before it, or states why the
///   child was not heard; it grants offers of `OfferCatalogue.standard` with consent as `Decision.requiredConsent` says;
/// - a measure starts on or after its decision; a placement starts with none running; a measure of a minor ends by the
///   day before 18, ungestøtte by the day before 23;
/// - a plan version supersedes the one before it, and a follow-up rates every goal of the version in force;
/// - every measure of the course ends on or before its last day, after a follow-up that ends them.
struct CourseHelpPlanner {
    let context: DemoContext
    let birthDay: Int
    /// The 18th birthday.
    let adultDay: Int
    /// The day before the 23rd birthday: the last day of ungestøtte.
    let lastSupportDay: Int
    /// Nothing after this day is written; what is planned past it only keeps the course open.
    let horizon: Int

    private(set) var steps: [HelpStep] = []
    /// The measures and placements of the latest episode of help.
    private(set) var measures: [PlannedMeasure] = []
    /// The last day of anything planned, past the horizon too.
    private(set) var lastDay = Int.min
    /// Notifications assessed after the course's help began: they join the open case — the help under way, or the
    /// watch kept after it — rather than start help of their own.
    private(set) var joiningHelp: Set<UUID> = []
    private var hasEpisode = false

    /// The first day the episode may use: the working day after the notification was assessed.
    private var floor = 0
    private var assessments: [(start: Int, concluded: Int?)] = []
    /// Conversations held (not those recorded as not held).
    private var conversations: [(id: UUID, day: Int)] = []
    private var planRequests: [PlanRequest] = []
    /// The plan in force in the course (its latest version), its goals and their latest ratings.
    private var planVersion: UUID?
    private var goals: [ChildsPlan.Goal] = []
    private var ratings: [UUID: GoalRating] = [:]
    /// Leisure and health goals in the plans and follow-ups, from a stream of their own (`CourseHelpPlanner+Leisure`).
    private var leisure = DemoLeisure()
    /// An investigation was begun in the course.
    private var investigated = false

    /// A barnets plan owed: within 3 months of a decision (§ 91, stk. 1–2), before a § 47 decision, or a new
    /// version (an ungeplan) when ungestøtte begins.
    private struct PlanRequest {
        let day: Int
        let beforeDecision: Bool
        var late = false
    }

    private enum SupportKind { case alongside, planned, earlyHelp, youthOrder }

    /// Stands for the author in a planned conversation: the course writes who held it.
    static let heldByAuthor = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    init(context: DemoContext, birthDay: Int) {
        self.context = context
        self.birthDay = birthDay
        let birth = LocalDate(dayNumber: birthDay)
        adultDay = birth.birthday(turning: 18).dayNumber
        lastSupportDay = Decision.lastDayOfYoungAdultSupport(birthDate: birth).dayNumber
        horizon = context.clock.endDay
    }

    // MARK: - Helpers

    private func age(_ day: Int) -> Int { LocalDate(dayNumber: birthDay).age(on: LocalDate(dayNumber: day)) }
    private func progress(_ day: Int) -> Double { context.progress(ofMinute: day * DemoClock.minutesPerDay) }
    private func workingDay(_ day: Int) -> Int { context.clock.workingDay(onOrAfter: day) }
    private func workingDay(before day: Int) -> Int { context.clock.workingDay(onOrBefore: day) }
    private func months(_ count: Int, after day: Int) -> Int { LocalDate(dayNumber: day).adding(months: count).dayNumber }

    private func subject(_ day: Int) -> String { DemoTexts.subject(AgeBand.of(ageInDays: day - birthDay), source: .other) }
    private func text(_ items: [String], _ day: Int, _ rng: inout SeededRandom) -> String {
        DemoTexts.fill(rng.pick(items), subject: subject(day))
    }

    @discardableResult
    private mutating func add(_ payload: EntryPayload, day: Int, _ order: HelpStep.Order, _ rng: inout SeededRandom) -> UUID {
        let id = rng.uuid()
        steps.append(HelpStep(id: id, day: day, order: order, payload: payload, sequence: steps.count))
        lastDay = max(lastDay, day)
        return id
    }

    // MARK: - What a notification starts

    /// Plans what follows a notification of the course: the conversation owed on abuse, and — for the course's first
    /// notification found to need more than no action — the help; a later one joins the open case. Returns the last
    /// day planned so far.
    mutating func consider(_ plan: NotificationPlan, _ rng: inout SeededRandom) -> Int {
        guard let assessed = plan.assessment else { return lastDay }
        let notificationDay = DemoClock.day(of: plan.minute)
        let assessmentDay = DemoClock.day(of: assessed)
        guard assessmentDay <= horizon else { return lastDay }
        if plan.notification.concernsAbuse { abuseConversation(after: notificationDay, &rng) }
        guard [.focusedAssessment, .investigation, .immediateHelp].contains(plan.severity) else { return lastDay }
        if hasEpisode {
            joiningHelp.insert(plan.id)
        } else if assessmentDay < adultDay - 30 {
            hasEpisode = true
            episode(HelpTrigger(notification: plan.id, notificationDay: notificationDay, assessmentDay: assessmentDay,
                                severity: plan.severity, acute: plan.inDanger && plan.acuteMeasures), &rng)
        }
        return lastDay
    }

    /// § 5, stk. 3 and § 20: a notification about abuse makes a conversation with the child mandatory, within 7 days
    /// by our default; a child too young to talk is recorded as not held, with the reason.
    private mutating func abuseConversation(after notificationDay: Int, _ rng: inout SeededRandom) {
        let day = rng.chance(DemoCourse.abuseConversationOnTime)
            ? workingDay(before: notificationDay + rng.int(in: 1...7)) : workingDay(notificationDay + rng.int(in: 8...20))
        converse(on: max(day, notificationDay + 1), &rng)
    }

    private mutating func episode(_ trigger: HelpTrigger, _ rng: inout SeededRandom) {
        floor = workingDay(trigger.assessmentDay + 1)
        let p = progress(trigger.assessmentDay)
        switch trigger.severity {
        case .immediateHelp:
            // Straks-indsats: help starts at once on an afdækning (§ 32, stk. 4).
            let start = workingDay(trigger.assessmentDay + rng.int(in: 1...3))
            let assessment = beginAssessment(investigation: false, day: start, needKnown: trigger.notificationDay,
                                             notification: trigger.notification, &rng)
            grantSupport(.alongside, day: workingDay(start + rng.int(in: 0...3)), &rng)
            let escalates = rng.chance(DemoCourse.investigationAfterImmediateHelp)
            let concluded = conclude(assessment, outcome: escalates ? .investigation : .support, &rng)
            if escalates {
                investigate(day: workingDay(concluded + rng.int(in: 2...10)), needKnown: concluded, notification: nil,
                            acute: false, &rng)
            }
        case .focusedAssessment:
            let start = workingDay(trigger.assessmentDay + rng.int(in: 1...6))
            let assessment = beginAssessment(investigation: false, day: start, needKnown: trigger.notificationDay,
                                             notification: trigger.notification, &rng)
            let alongside = rng.chance(DemoCourse.alongsideChance(investigation: false, progress: p))
            if alongside { grantSupport(.alongside, day: workingDay(start + rng.int(in: 2...15)), &rng) }
            let outcomes: [AssessmentOutcome] = [.none, .support, .earlyHelp, .investigation]
            var outcome = outcomes[rng.weighted(DemoCourse.afterFocusedAssessment(progress: p))]
            if alongside && (outcome == .none || outcome == .earlyHelp) { outcome = .support }
            let concluded = conclude(assessment, outcome: outcome, &rng)
            switch outcome {
            case .support where !alongside:
                grantSupport(.planned, day: workingDay(concluded + rng.int(in: 3...20)), &rng)
            case .earlyHelp:
                grantSupport(.earlyHelp, day: workingDay(concluded + rng.int(in: 3...20)), &rng)
            case .investigation:
                investigate(day: workingDay(concluded + rng.int(in: 2...10)), needKnown: concluded, notification: nil,
                            acute: false, &rng)
            default:
                break
            }
        default:
            investigate(day: workingDay(trigger.assessmentDay + rng.int(in: 1...8)), needKnown: trigger.notificationDay,
                        notification: trigger.notification, acute: trigger.acute, &rng)
        }
        finish(&rng)
    }

    /// A børnefaglig undersøgelse: help alongside it more often each year, now and then a placement at once for a
    /// child in acute danger, and after it support, a § 39 order or a placement.
    private mutating func investigate(day: Int, needKnown: Int, notification: UUID?, acute: Bool, _ rng: inout SeededRandom) {
        let p = progress(day)
        let assessment = beginAssessment(investigation: true, day: day, needKnown: needKnown, notification: notification, &rng)
        let running = measures.contains { !$0.isPlacement && $0.end > day }
        var alongside = running
        if !running && rng.chance(DemoCourse.alongsideChance(investigation: true, progress: p)) {
            alongside = !grantSupport(.alongside, day: workingDay(day + rng.int(in: 3...25)), &rng).isEmpty
        }
        var placed = false
        if acute && rng.chance(DemoCourse.acutePlacement) {
            placed = place(day: workingDay(day + rng.int(in: 0...3)), acute: true, &rng)
        }
        let outcomes: [AssessmentOutcome] = [.none, .support, .youthOrder, .placement]
        var outcome = outcomes[rng.weighted(DemoCourse.afterInvestigation(alongside: alongside, progress: p, age: age(day)))]
        if placed && outcome == .placement { outcome = .none }
        if outcome == .youthOrder && !(10...16).contains(age(day)) { outcome = .support }
        let concluded = conclude(assessment, outcome: placed ? .placement : outcome, &rng)
        switch outcome {
        case .support:
            let decisionDay = workingDay(concluded + rng.int(in: 3...25))
            let first = grantSupport(.planned, day: decisionDay, &rng)
            if let offer = first.first.map({ measures[$0].offer }), rng.chance(DemoCourse.secondPlannedMeasure(progress: p)) {
                grantSupport(.planned, day: decisionDay, excluding: offer, &rng)
            }
        case .youthOrder:
            grantSupport(.youthOrder, day: workingDay(concluded + rng.int(in: 3...25)), &rng)
        case .placement:
            place(day: workingDay(concluded + rng.int(in: 5...40)), acute: false, &rng)
        default:
            break
        }
    }

    // MARK: - Assessments

    private struct Assessment {
        let id: UUID
        let index: Int
        let investigation: Bool
        let start: Int
        let needKnown: Int
    }

    private mutating func beginAssessment(investigation: Bool, day: Int, needKnown: Int, notification: UUID?,
                                          _ rng: inout SeededRandom) -> Assessment {
        let start = AssessmentStart(
            reason: text(investigation ? DemoTexts.investigationReasons : DemoTexts.focusedAssessmentReasons, day, &rng),
            dialogBased: rng.chance(0.8 * DemoIntake.dialogShare(progress: progress(day))),
            needKnownOn: LocalDate(dayNumber: min(needKnown, day)), notification: notification)
        let id = add(investigation ? .investigation(start) : .focusedAssessment(start), day: day, .assessmentStarted, &rng)
        assessments.append((day, nil))
        if investigation { investigated = true }
        // The child is heard while it runs.
        if age(day) >= 3 && rng.chance(0.85) { converse(on: workingDay(day + rng.int(in: 2...14)), &rng) }
        return Assessment(id: id, index: assessments.count - 1, investigation: investigation, start: day, needKnown: min(needKnown, day))
    }

    /// Concludes an assessment; returns the day. An investigation is mostly concluded within its 4 months (§ 20,
    /// stk. 3); one that runs over gets its preliminary assessment, mostly by the 4 months.
    @discardableResult
    private mutating func conclude(_ assessment: Assessment, outcome: AssessmentOutcome, _ rng: inout SeededRandom) -> Int {
        var day: Int
        if !assessment.investigation {
            day = workingDay(assessment.start + rng.int(in: 20...60))
        } else {
            let due = months(4, after: assessment.needKnown)
            if rng.chance(DemoCourse.investigationOnTime(progress: progress(assessment.start))) {
                let earliest = assessment.start + 25
                day = workingDay(before: earliest + rng.below(max(1, due - earliest + 1)))
                if day < earliest { day = workingDay(earliest) }
            } else {
                var preliminary = rng.chance(DemoCourse.preliminaryOnTime)
                    ? workingDay(before: due - rng.int(in: 0...20)) : workingDay(due + rng.int(in: 3...25))
                preliminary = max(preliminary, workingDay(assessment.start + 10))
                day = workingDay(max(due, preliminary) + rng.int(in: 15...75))
                let payload = PreliminaryAssessment(
                    investigation: assessment.id, assessment: rng.pick(DemoTexts.preliminaryAssessments),
                    reasonForDelay: rng.pick(DemoTexts.delayReasons), expectedConclusion: LocalDate(dayNumber: day))
                add(.preliminaryAssessment(payload), day: preliminary, .preliminaryAssessment, &rng)
            }
        }
        let young = age(day) < 3
        let triangle: ICSTriangle
        if assessment.investigation {
            triangle = ICSTriangle(childsDevelopment: text(DemoTexts.childsDevelopment(age: age(day)), day, &rng),
                                   parentingCapacity: text(DemoTexts.parentingCapacity, day, &rng),
                                   familyAndNetwork: text(DemoTexts.familyAndNetwork, day, &rng))
        } else {
            triangle = ICSTriangle(childsDevelopment: text(DemoTexts.childsDevelopment(age: age(day)), day, &rng),
                                   parentingCapacity: rng.chance(0.5) ? text(DemoTexts.parentingCapacity, day, &rng) : "",
                                   familyAndNetwork: "")
        }
        let childsViews = young ? DemoTexts.childsViewsYoung : text(DemoTexts.childsViewsTold, day, &rng)
        let conclusion = AssessmentConclusion(start: assessment.id, triangle: triangle, childsViews: childsViews,
                                              parentsViews: rng.pick(DemoTexts.parentsViews),
                                              conclusion: DemoTexts.conclusion(outcome))
        add(assessment.investigation ? .investigationConcluded(conclusion) : .focusedAssessmentConcluded(conclusion),
            day: day, .assessmentConcluded, &rng)
        assessments[assessment.index].concluded = day
        return day
    }

    // MARK: - The child's voice

    /// A child conversation on `day`: mostly held, in the child's words, now and then with a bisidder (15 or older);
    /// else recorded as not held, with the reason. Returns its id and, if not held, the reason.
    @discardableResult
    private mutating func converse(on day: Int, _ rng: inout SeededRandom) -> (id: UUID, notHeldReason: String?) {
        let age = age(day)
        let outcome: ChildConversation.Outcome
        var bisidder: Bisidder?
        if age < 3 {
            outcome = .notHeld(reason: DemoTexts.tooYoungReason(age: age))
        } else if rng.chance(DemoCourse.conversationHeld) {
            let words = age < 6 ? DemoTexts.childsWordsYoung : age < 13 ? DemoTexts.childsWordsSchool : DemoTexts.childsWordsTeen
            outcome = .childsWords(rng.pick(words))
            if age >= 12 && rng.chance(DemoCourse.bisidder) {
                let who = rng.pick(DemoTexts.bisidderRelations)
                let female = rng.chance(0.5)
                let name = DemoNames.adult(&rng, female: female) + " " + rng.pick(DemoNames.surnames)
                let bisidderAge = who.adult ? rng.int(in: 25...67) : rng.int(in: 15...19)
                bisidder = Bisidder(name: name, relation: who.relation, age: bisidderAge)
            }
        } else {
            outcome = .notHeld(reason: rng.pick(DemoTexts.notHeldReasons))
        }
        // Who held it is the author, set when the course writes it.
        let conversation = ChildConversation(heldBy: Self.heldByAuthor, place: rng.pick(DemoTexts.conversationPlaces(age: age)),
                                             bisidder: bisidder, outcome: outcome)
        let id = add(.childConversation(conversation), day: day, .conversation, &rng)
        if case .notHeld(let reason) = outcome { return (id, reason) }
        conversations.append((id, day))
        return (id, nil)
    }

    /// How a decision on `day` hears the child (§ 5, stk. 3): a recent conversation, a new one, or the stated reason
    /// the child was not heard (a child under 3, or a conversation that could not be held).
    private mutating func childsViews(forDecisionOn day: Int, _ rng: inout SeededRandom) -> ChildsViews {
        let age = age(day)
        if age < 3 { return .notHeard(reason: DemoTexts.tooYoungReason(age: age)) }
        let recent = conversations.filter { $0.day <= day && $0.day >= day - DemoCourse.conversationReuseDays }
        if let latest = recent.max(by: { $0.day < $1.day }) { return .heardIn(latest.id) }
        guard rng.chance(DemoCourse.conversationTried(progress: progress(day))) else {
            return .notHeard(reason: rng.pick(DemoTexts.notHeldReasons))
        }
        let conversation = converse(on: max(floor, workingDay(before: day - rng.int(in: 0...14))), &rng)
        if let reason = conversation.notHeldReason { return .notHeard(reason: reason) }
        return .heardIn(conversation.id)
    }

    // MARK: - Decisions and measures

    /// Decides on support on `day` and starts it. Returns the measures started: none when refused, or when the
    /// child is too near 18 for it.
    @discardableResult
    private mutating func grantSupport(_ kind: SupportKind, day: Int, excluding: String? = nil,
                                       _ rng: inout SeededRandom) -> [Int] {
        guard day < adultDay - 60, day >= floor else { return [] }
        let age = age(day)
        var offers: [String]
        switch kind {
        case .alongside, .planned:
            let choices = DemoCourse.supportOffers(age: age).filter { $0.offer != excluding }
            offers = [choices[rng.weighted(choices.map(\.weight))].offer]
            if kind == .alongside && rng.chance(DemoCourse.twoOffers) {
                let second = choices[rng.weighted(choices.map(\.weight))].offer
                if second != offers[0] { offers.append(second) }
            }
        case .earlyHelp:
            let choices = DemoCourse.earlyHelpOffers(age: age)
            offers = [choices[rng.weighted(choices.map(\.weight))].offer]
        case .youthOrder:
            offers = ["boerne-og-ungepaalaeg"]
        }
        let catalogue = OfferCatalogue.standard
        guard let first = catalogue[offers[0]] else { return [] }
        let basis: LegalBasis = kind == .alongside ? .alongsideAssessment : first.legalBases[0]
        // Support after an investigation meets complex needs and runs longer.
        let duration = switch kind {
        case .earlyHelp: rng.int(in: 60...240)
        case .youthOrder: rng.int(in: 120...365)
        case .planned where assessments.count > 0 && investigated: rng.int(in: 240...720)
        default: rng.int(in: 120...540)
        }
        let expectedEnd = min(day + duration, adultDay - 1)

        let decision: UUID?
        let start: Int
        if first.access == .open {
            // An open offer needs no decision: the family is shown the way.
            decision = nil
            start = day
        } else {
            let views = childsViews(forDecisionOn: day, &rng)
            let refused = kind == .planned && rng.chance(DemoCourse.refusal)
            let supportive = LegalBasis.supportive.contains(basis)
            let makesPlan: Bool? = supportive && !refused ? rng.chance(DemoCourse.makesChildsPlan) : nil
            let consent = Consent(custodyHolders: kind == .youthOrder ? nil : .given,
                                  youngPerson: age >= 15 && kind != .youthOrder && rng.chance(0.7) ? .given : nil)
            let payload = Decision(outcome: refused ? .refused : .granted, offers: offers, legalBasis: basis,
                                   reasons: refused ? DemoTexts.refusalReasons : consent.custodyHolders == .given ? nil : DemoTexts.orderReasons,
                                   purpose: rng.pick(DemoTexts.purpose(basis, age: age)), expectedEnd: refused ? nil : LocalDate(dayNumber: expectedEnd),
                                   consent: consent, childsViews: views,
                                   complaintGuidanceToChild: Decision.requiresComplaintGuidanceToChild(age: age),
                                   makesChildsPlan: makesPlan)
            decision = add(.decision(payload), day: day, .decision, &rng)
            if refused { return [] }
            if makesPlan == true { planRequests.append(PlanRequest(day: day, beforeDecision: false)) }
            start = workingDay(day + (kind == .alongside ? rng.int(in: 0...3) : rng.int(in: 2...14)))
        }
        var started: [Int] = []
        for offer in offers {
            let id = add(.measureStarted(MeasureStart(offer: offer, decision: decision, legalBasis: basis)), day: start, .started, &rng)
            var end = max(start + 30, expectedEnd + rng.int(in: -30...60))
            var reason: EndReason = [.goalsReached, .goalsReached, .goalsReached, .declined, .other][rng.below(5)]
            if rng.chance(0.03) { reason = .movedAway }
            if end >= adultDay - 1 {
                end = adultDay - 1
                reason = .ageLimit
            }
            measures.append(PlannedMeasure(id: id, offer: offer, basis: basis, isPlacement: false, start: start, end: end,
                                           endReason: reason))
            lastDay = max(lastDay, end)
            started.append(measures.count - 1)
        }
        return started
    }

    /// Places the child (§ 46 with consent, now and then § 47 without), ending the § 32 measures it replaces. The
    /// placement ends in a homecoming (sometimes with support at home after it) or lasts until 18 — now and then with
    /// a move in the teens —, when ungestøtte may follow. Returns whether the child was placed.
    @discardableResult
    private mutating func place(day: Int, acute: Bool, _ rng: inout SeededRandom) -> Bool {
        guard day < adultDay - 150, day >= floor, !measures.contains(where: { $0.isPlacement }) else { return false }
        let p = progress(day)
        let withoutConsent = rng.chance(acute ? DemoCourse.acuteWithoutConsent : DemoCourse.withoutConsent)
        let home = DemoCourse.placementKinds[rng.weighted(DemoCourse.placementKindWeights(progress: p, age: age(day)))]
        let start = workingDay(day + (acute ? rng.int(in: 0...1) : rng.int(in: 3...14)))
        for index in measures.indices where !measures[index].isPlacement && measures[index].start < start && measures[index].end > start {
            measures[index].end = start
            measures[index].endReason = .replaced
        }
        var current = placeChild(decisionDay: day, start: start, home: home, withoutConsent: withoutConsent, acute: acute, &rng)
        if adultDay - start > 400 && rng.chance(DemoCourse.homecoming(age: age(start))) {
            let end = workingDay(min(start + rng.int(in: 180...1_100), adultDay - 200))
            measures[current].end = end
            measures[current].endReason = .homecoming
            lastDay = max(lastDay, end)
            if rng.chance(DemoCourse.supportAfterHomecoming) { grantSupport(.planned, day: end, &rng) }
            return true
        }
        var kind = home.kind
        let fifteen = LocalDate(dayNumber: birthDay).birthday(turning: 15).dayNumber
        let earliestMove = max(start + 180, fifteen), latestMove = adultDay - 220
        if earliestMove < latestMove && rng.chance(DemoCourse.moveInTheTeens) {
            let move = workingDay(earliestMove + rng.below(latestMove - earliestMove))
            let decisionDay = max(start + 1, workingDay(before: move - rng.int(in: 5...25)))
            let homes = DemoCourse.placementKinds.filter { $0.kind != kind }
            var next = homes[rng.weighted(DemoCourse.placementKindWeights(progress: progress(move), age: age(move)).enumerated()
                .filter { DemoCourse.placementKinds[$0.offset].kind != kind }.map(\.element))]
            if age(move) >= 15 && rng.chance(0.5), let ownRoom = DemoCourse.placementKinds.last { next = ownRoom }
            measures[current].end = move
            measures[current].endReason = .replaced
            current = placeChild(decisionDay: decisionDay, start: move, home: next, withoutConsent: false, acute: false, &rng)
            kind = next.kind
        }
        measures[current].end = adultDay
        measures[current].endReason = .ageLimit
        lastDay = max(lastDay, adultDay)
        youngAdultSupport(placement: kind, placedFrom: measures[current].start, &rng)
        return true
    }

    /// The decision to place the child in `home` on `decisionDay`, and the placement from `start`. Returns the
    /// placement's index in `measures`; it runs until its end is set.
    private mutating func placeChild(decisionDay day: Int, start: Int, home: (kind: PlacementKind, offer: String),
                                     withoutConsent: Bool, acute: Bool, _ rng: inout SeededRandom) -> Int {
        let p = progress(day)
        let age = age(day)
        let basis: LegalBasis = withoutConsent ? .placementWithoutConsent : .placementWithConsent
        // § 91, stk. 2: the plan within 3 months of a § 46 decision, before a § 47 one — which a placement at once
        // leaves no time for.
        planRequests.append(PlanRequest(day: day, beforeDecision: withoutConsent, late: acute))
        let views = childsViews(forDecisionOn: day, &rng)
        let consent = withoutConsent
            ? Consent(custodyHolders: .refused, youngPerson: age >= 15 && rng.chance(0.5) ? .refused : nil)
            : Consent(custodyHolders: .given, youngPerson: age >= 15 ? .given : nil)
        let expectedEnd = min(adultDay - 1, day + rng.int(in: 365...1_460))
        let decision = add(.decision(Decision(
            offers: [home.offer], legalBasis: basis, reasons: withoutConsent ? DemoTexts.placementWithoutConsentReasons : nil, purpose: rng.pick(DemoTexts.purpose(basis, age: age)),
            expectedEnd: LocalDate(dayNumber: expectedEnd), consent: consent, childsViews: views,
            complaintGuidanceToChild: Decision.requiresComplaintGuidanceToChild(age: age))), day: day, .decision, &rng)
        let placement = PlacementStart(offer: home.offer, kind: home.kind, decision: decision, legalBasis: basis,
                                       nearHome: rng.chance(DemoCourse.nearHome(progress: p)),
                                       schoolKept: rng.chance(DemoCourse.schoolKept(progress: p)),
                                       contactArrangements: rng.pick(DemoTexts.contactArrangements))
        let id = add(.placementStarted(placement), day: start, .started, &rng)
        measures.append(PlannedMeasure(id: id, offer: home.offer, basis: basis, isPlacement: true, start: start, end: start + 1,
                                       endReason: .other))
        return measures.count - 1
    }

    /// § 111: at least 6 months before a placed young person turns 18, a decision on ungestøtte after 18 (§§ 114–116),
    /// mostly in time; granted, it begins on the 18th birthday and ends by the 23rd, now and then with a handover to
    /// adult services. For a contact person at 17 (`placement` nil) the decision comes some months before 18.
    private mutating func youngAdultSupport(placement: PlacementKind?, placedFrom: Int?, _ rng: inout SeededRandom) {
        let due = LocalDate(dayNumber: birthDay).adding(years: 18).adding(months: -6).dayNumber
        var day: Int
        if let placedFrom {
            if due - placedFrom > 30 && rng.chance(DemoCourse.supportDecisionOnTime) {
                day = workingDay(before: due - rng.int(in: 0...min(150, due - placedFrom - 20)))
            } else {
                day = workingDay(max(due, placedFrom) + rng.int(in: 5...140))
            }
            day = max(day, placedFrom + 1)
        } else {
            day = workingDay(before: adultDay - rng.int(in: 20...150))
        }
        day = min(max(day, floor), adultDay - 3)
        let granted = placement == nil || rng.chance(DemoCourse.youngAdultSupportGranted)
        let views = childsViews(forDecisionOn: day, &rng)
        let guidance = Decision.requiresComplaintGuidanceToChild(age: age(day))
        guard granted else {
            add(.decision(Decision(outcome: .refused, offers: [], legalBasis: .youngAdultSupport, reasons: DemoTexts.youngAdultRefusalReasons,
                                   purpose: DemoTexts.youngAdultRefusal,
                                   expectedEnd: nil, consent: Consent(), childsViews: views, complaintGuidanceToChild: guidance)),
                day: day, .decision, &rng)
            return
        }
        let offer: String = switch placement {
        case nil: "kontaktperson-efter-18"
        case .childrensHome?: rng.pick(["udslusningsordning", "kontaktperson-efter-18", "anden-ungestoette"])
        case .ownRoom?: rng.pick(["anden-ungestoette", "kontaktperson-efter-18"])
        default: rng.chance(0.6) ? "opretholdt-doegnophold" : rng.pick(["kontaktperson-efter-18", "udslusningsordning"])
        }
        let end = min(lastSupportDay, adultDay + rng.int(in: 300...1_800))
        let decision = add(.decision(Decision(
            offers: [offer], legalBasis: .youngAdultSupport, purpose: rng.pick(DemoTexts.purpose(.youngAdultSupport, age: 18)),
            expectedEnd: LocalDate(dayNumber: end), consent: Consent(youngPerson: .given), childsViews: views,
            complaintGuidanceToChild: guidance)), day: day, .decision, &rng)
        let id = add(.measureStarted(MeasureStart(offer: offer, decision: decision, legalBasis: .youngAdultSupport)),
                     day: adultDay, .started, &rng)
        let reason: EndReason = end == lastSupportDay ? .ageLimit : rng.chance(0.75) ? .goalsReached : .declined
        measures.append(PlannedMeasure(id: id, offer: offer, basis: .youngAdultSupport, isPlacement: false, start: adultDay,
                                       end: end, endReason: reason))
        lastDay = max(lastDay, end)
        // The ungeplan for the years after 18.
        planRequests.append(PlanRequest(day: adultDay, beforeDecision: false))
        if rng.chance(reason == .ageLimit ? 0.7 : 0.25) {
            transition(on: end, from: .youthEducation, to: .adultServices, window: floor...Int.max, &rng)
        }
    }

    // MARK: - Transitions

    /// The stages a child passes while its case is open between `first` and `last`: each transition recorded, most
    /// with a handover meeting.
    mutating func planTransitions(from first: Int, through last: Int, _ rng: inout SeededRandom) {
        guard first <= last else { return }
        let birth = LocalDate(dayNumber: birthDay)
        let boundaries: [(day: Int, from: TransitionStage, to: TransitionStage)] = [
            (workingDay(birthDay + 300 + (birthDay % 120 + 120) % 120), .healthVisitor, .daycare),
            (workingDay(LocalDate(year: birth.year + 6, month: 8, day: 11)!.dayNumber), .daycare, .school),
            (workingDay(LocalDate(year: birth.year + 16, month: 8, day: 11)!.dayNumber), .school, .youthEducation),
        ]
        for boundary in boundaries where boundary.day > first && boundary.day <= min(last, horizon) {
            guard rng.chance(DemoCourse.transitionRecorded) else { continue }
            transition(on: boundary.day, from: boundary.from, to: boundary.to, window: first...last, &rng)
        }
    }

    /// A transition on `day`, with a handover meeting from 60 days before to 30 days after it (mostly); the meeting
    /// is held within `window`, or not at all.
    private mutating func transition(on day: Int, from: TransitionStage, to: TransitionStage, window: ClosedRange<Int>,
                                     _ rng: inout SeededRandom) {
        add(.transition(Transition(from: from, to: to, note: DemoTexts.transitionNote(to))), day: day, .transition, &rng)
        guard rng.chance(DemoCourse.handoverMeeting(progress: progress(day))) else { return }
        var meetingDay = rng.chance(DemoCourse.handoverLate) ? day + rng.int(in: 31...55) : day + rng.int(in: -45...20)
        meetingDay = workingDay(max(meetingDay, window.lowerBound))
        guard meetingDay <= window.upperBound else { return }
        let meeting = HandoverMeeting(from: from, to: to, participants: DemoTexts.handoverParticipants(from, to),
                                      childPresent: age(meetingDay) >= 6 && rng.chance(0.7), familyPresent: rng.chance(0.9),
                                      plan: DemoTexts.handoverPlan(to))
        add(.handoverMeeting(meeting), day: meetingDay, .handoverMeeting, &rng)
    }

    // MARK: - Follow-ups, plans and ends

    /// Ends the measures, follows them up (§ 95) and makes the plan and its versions (§§ 91–92).
    private mutating func finish(_ rng: inout SeededRandom) {
        guard !measures.isEmpty else { return }
        // A contact person at 17 goes on as a contact person after 18, now and then (§ 114).
        if !measures.contains(where: { $0.isPlacement || $0.basis == .youngAdultSupport }),
           measures.contains(where: { $0.offer == "fast-kontaktperson" && $0.endReason == .ageLimit }),
           rng.chance(DemoCourse.contactPersonAfter18) {
            youngAdultSupport(placement: nil, placedFrom: nil, &rng)
        }
        let followUps = planFollowUps(&rng)
        var plans = planDays(&rng)
        for followUp in followUps where followUp.outcome == .adjust && rng.chance(0.5) { plans.append(followUp.day) }
        writePlansAndFollowUps(plans: plans, followUps: followUps, &rng)
        for measure in measures {
            if measure.isPlacement {
                let note = measure.endReason == .homecoming ? rng.pick(DemoTexts.homecomingNotes) : nil
                add(.placementEnded(PlacementEnd(placement: measure.id, reason: measure.endReason, note: note)),
                    day: measure.end, .ended, &rng)
            } else {
                let note = measure.endReason == .goalsReached ? rng.pick(DemoTexts.endNotes) : nil
                add(.measureEnded(MeasureEnd(measure: measure.id, reason: measure.endReason, note: note)), day: measure.end, .ended, &rng)
            }
        }
    }

    /// § 95, stk. 2: the first follow-up on a measure is due at the conclusion of an assessment run alongside it, or
    /// 3 months after it started, whichever is earlier.
    private func firstFollowUpDue(_ measure: PlannedMeasure) -> Int? {
        guard DeadlineRule.followedUpBases.contains(measure.basis) else { return nil }
        var due = months(3, after: measure.start)
        for assessment in assessments where assessment.start <= measure.start {
            if let concluded = assessment.concluded, concluded > measure.start { due = min(due, concluded) }
        }
        // Not owed for a measure that ended by then.
        return measure.end > due ? due : nil
    }

    private struct PlannedFollowUp {
        let day: Int
        let measures: [UUID]
        let outcome: FollowUp.Outcome
        let next: Int?
    }

    /// Follow-ups of the whole course: each follows up the measures running, by the date the last one set or the
    /// first due of a new measure — mostly in time —, until a last one ends them all on the day they end.
    private mutating func planFollowUps(_ rng: inout SeededRandom) -> [PlannedFollowUp] {
        let end = measures.map(\.end).max()!
        var followUps: [PlannedFollowUp] = []
        var followed = Set<Int>()
        var last = Int.min
        var setNext: Int?
        while true {
            // A measure that ended before it was followed up no longer needs it.
            for index in measures.indices where measures[index].end <= last { followed.insert(index) }
            // A placement begun since the last follow-up resets the rhythm: its own first follow-up takes over from the
            // date set before it began.
            let placed = measures.indices.contains { index in
                measures[index].isPlacement && !followed.contains(index) && measures[index].start > last
                    && (setNext ?? Int.max) > measures[index].start
            }
            var due = placed ? Int.max : setNext ?? Int.max
            var placementDue = false
            for (index, measure) in measures.enumerated() where !followed.contains(index) {
                guard let first = firstFollowUpDue(measure), first < due else { continue }
                due = first
                placementDue = measure.isPlacement
            }
            guard due != Int.max else { break }
            let onTime = placementDue ? DemoCourse.placementFirstFollowUpOnTime : DemoCourse.followUpOnTime(progress: progress(due))
            var day = rng.chance(onTime)
                ? workingDay(before: due - rng.int(in: 0...10)) : workingDay(due + rng.int(in: 1...40))
            day = max(day, last + 1)
            if day >= end || day > horizon { break }
            // A measure begun in the last weeks gets its own first follow-up, unless it falls due about now.
            let followsUp = { (index: Int) -> Bool in
                let measure = self.measures[index]
                guard measure.start < day && measure.end >= day else { return false }
                guard !followed.contains(index), day - measure.start < DemoCourse.firstFollowUpOwnDays,
                      let first = self.firstFollowUpDue(measure) else { return true }
                return first <= day + 10
            }
            var running = measures.indices.filter(followsUp)
            if running.isEmpty { running = measures.indices.filter { measures[$0].start < day && measures[$0].end >= day } }
            if running.isEmpty, let next = measures.map(\.start).filter({ $0 >= day }).min() {
                day = workingDay(next + rng.int(in: 1...5))
                running = measures.indices.filter { measures[$0].start < day && measures[$0].end >= day }
            }
            guard !running.isEmpty, day < end else { break }
            let outcome: FollowUp.Outcome = rng.chance(0.25) ? .adjust : .continue
            let next = day + (outcome == .adjust || followUps.isEmpty ? rng.int(in: 60...100) : rng.int(in: 90...180))
            followUps.append(PlannedFollowUp(day: day, measures: running.map { measures[$0].id }, outcome: outcome, next: next))
            followed.formUnion(running)
            last = day
            setNext = next
        }
        if end <= horizon && end > last {
            let running = measures.filter { $0.start < end && $0.end >= end }.map(\.id)
            if !running.isEmpty { followUps.append(PlannedFollowUp(day: end, measures: running, outcome: .end, next: nil)) }
        }
        return followUps
    }

    /// The days plan versions are made: one for each request not met by an earlier version, mostly in time.
    private mutating func planDays(_ rng: inout SeededRandom) -> [Int] {
        var days: [Int] = []
        for request in planRequests.sorted(by: { $0.day < $1.day }) {
            let onTime = !request.late && rng.chance(DemoCourse.planOnTime(progress: progress(request.day)))
            if request.beforeDecision {
                // § 47: the plan exists before the decision (a version of the last half year counts).
                if days.contains(where: { $0 <= request.day && $0 >= request.day - 183 }) { continue }
                days.append(onTime ? max(floor, workingDay(before: request.day - rng.int(in: 3...60)))
                                   : workingDay(request.day + rng.int(in: 5...40)))
            } else {
                let due = months(3, after: request.day)
                if days.contains(where: { $0 > request.day && $0 <= due }) { continue }
                days.append(onTime ? max(request.day + 1, workingDay(before: request.day + rng.int(in: 10...80)))
                                   : workingDay(due + rng.int(in: 3...40)))
            }
        }
        return days
    }

    /// Writes the plan versions and the follow-ups in the order they happen: a follow-up rates every goal of the
    /// version in force; a new version keeps the goals not yet reached or dropped and adds new ones.
    private mutating func writePlansAndFollowUps(plans: [Int], followUps: [PlannedFollowUp], _ rng: inout SeededRandom) {
        enum Event { case plan, followUp(PlannedFollowUp) }
        var events: [(day: Int, order: Int, event: Event)] = plans.map { ($0, 1, .plan) }
        events += followUps.map { ($0.day, 0, .followUp($0)) }
        events.sort { ($0.day, $0.order) < ($1.day, $1.order) }
        for (day, _, event) in events where day <= horizon {
            let p = progress(day)
            switch event {
            case .plan:
                var kept = goals.filter { ![.reached, .dropped].contains(ratings[$0.id]) }
                for index in kept.indices where kept[index].byWhen.dayNumber < day {
                    kept[index].byWhen = LocalDate(dayNumber: day + rng.int(in: 60...180))
                }
                let newGoals = kept.isEmpty ? rng.int(in: 1...3) : rng.int(in: 0...1)
                var used = Set(kept.map(\.what))
                for _ in 0..<newGoals {
                    let goal = rng.pick(DemoTexts.goals(age: age(day)))
                    let what = DemoTexts.fill(goal.what, subject: subject(day))
                    guard used.insert(what).inserted else { continue }
                    kept.append(ChildsPlan.Goal(id: rng.uuid(), what: what, byWhen: LocalDate(dayNumber: day + rng.int(in: 60...300)),
                                                howWeWillKnow: DemoTexts.fill(goal.howWeWillKnow, subject: subject(day))))
                }
                goals = kept
                let age = age(day)
                let hopes: String? = switch age {
                case ..<4: nil
                case ..<7: rng.pick(DemoTexts.hopesYoung)
                case ..<13: rng.pick(DemoTexts.hopesSchool)
                default: rng.pick(DemoTexts.hopesTeen)
                }
                var plan = ChildsPlan(kind: age >= 16 ? .youngPersonsPlan : .childsPlan, supersedes: planVersion, goals: goals,
                                      childsHopes: hopes, madeWithChild: age >= 7 && rng.chance(0.75 + 0.2 * p),
                                      madeWithParents: age < 18 && rng.chance(0.9))
                leisure.write(&plan, day: day, age: age, progress: p, seed: context.configuration.seed)
                planVersion = add(.plan(plan), day: day, .plan, &rng)
            case .followUp(let followUp):
                let rated = goals.map { goal in
                    let rating = Self.rate(after: ratings[goal.id], progress: p, &rng)
                    ratings[goal.id] = rating
                    return FollowUp.Rating(goal: goal.id, rating: rating, note: rng.chance(0.3) ? rng.pick(DemoTexts.ratingNotes) : nil)
                }
                var payload = FollowUp(measures: followUp.measures, ratings: rated,
                                       assessment: text(DemoTexts.followUpAssessments(age: age(day)), day, &rng), outcome: followUp.outcome,
                                       nextFollowUp: followUp.next.map { LocalDate(dayNumber: $0) },
                                       nextFollowUpReason: followUp.next == nil ? nil : rng.pick(DemoTexts.nextFollowUpReasons))
                leisure.write(&payload, age: age(day), progress: p, seed: context.configuration.seed)
                add(.followUp(payload), day: day, .followUp, &rng)
            }
        }
    }

    /// A goal's next rating: from not started to progress, from progress to reached — more often in later years, as
    /// the policy's bounded goals take hold —, now and then dropped.
    private static func rate(after previous: GoalRating?, progress p: Double, _ rng: inout SeededRandom) -> GoalRating {
        switch previous {
        case .reached?: return .reached
        case .dropped?: return .dropped
        case .progress?: return [.progress, .reached, .dropped, .notStarted][rng.weighted([0.55 - 0.1 * p, 0.33 + 0.12 * p, 0.06, 0.04])]
        case .notStarted?, nil: return [.notStarted, .progress, .reached, .dropped][rng.weighted([0.3 - 0.1 * p, 0.6 + 0.1 * p, 0.05, 0.05])]
        }
    }
}
