import Foundation

extension RuleBook {
    /// The obligations that the course of `child` starts under these rules, each with its status at `now`.
    ///
    /// Pure: it reads only its arguments. The course counts as it now reads: a voided trigger starts
    /// nothing, a corrected one is judged by its replacement, and a voided entry meets nothing. An
    /// obligation is met by the earliest matching entry that happened (`occurredAt`) at or after its
    /// trigger (or within the discharge's look-back before it); it is on time when that is at or before the
    /// due instant. A rule's lapse, met by the due instant, means the obligation was never owed. A mark *ikke relevant*
    /// (`DeadlineNotRelevant`) before any entry met it takes it off the lists as `notRelevant`. `now` only
    /// tells an open obligation from an overdue one.
    ///
    /// - Parameters:
    ///   - child: whose course `timeline` is; entries about another child are ignored.
    ///   - birthDate: the child's birth date, needed only by rules due at a birthday; without it such a rule
    ///     starts nothing.
    ///   - calendar: the working days (holidays and the days the municipality closes).
    ///   - caseworker: the child's caseworker now; nil puts the child's obligations on the list of the
    ///     team of the child's district.
    /// - Returns: obligations in the order of their triggers, then of the rules in the book.
    public func obligations(for timeline: Timeline, child: UUID, birthDate: LocalDate? = nil,
                            calendar: WorkdayCalendar, now: Date, caseworker: UUID?) -> [Obligation] {
        // A child's own timeline is taken as it is (filtering copies every item).
        let items = timeline.items.allSatisfy({ $0.entry.child == child }) ? timeline.items : timeline.items.filter { $0.entry.child == child }
        var obligations: [Obligation] = []
        let marks = TaskMarks(items)
        // By index: an item is copied (its entry, payloads and corrections retained) only where a rule applies to it.
        for index in items.indices {
            guard let payload = items[index].effective else { continue }
            let triggeredAt = items[index].entry.occurredAt
            // The rules are looked at by index: a rule is copied only when it applies (copying each one for each entry was
            // a tenth of counting the indicators).
            if case .networkMeeting(let meeting) = payload {
                for ruleIndex in rules.indices where rules[ruleIndex].trigger.kind == .networkMeeting && rules[ruleIndex].trigger.scope == .eachAgreedAction {
                    let rule = rules[ruleIndex]
                    guard rule.applies(on: DanishTime.localDate(of: triggeredAt)) else { continue }
                    for action in meeting.actions {
                        obligations.append(agreedActionObligation(rule, action: action, meeting: items[index], child: child, items: items,
                                                                  marks: marks, caseworker: caseworker, now: now))
                    }
                }
            }
            for ruleIndex in rules.indices where rules[ruleIndex].trigger.kind == payload.kind && rules[ruleIndex].trigger.scope == .entry {
                let rule = rules[ruleIndex]
                let item = items[index]
                guard rule.applies(on: DanishTime.localDate(of: triggeredAt)),
                      rule.trigger.conditions.allSatisfy({ $0.holds(for: payload, before: index, in: items, birthDate: birthDate) }),
                      let due = rule.due.due(for: item, payload: payload, in: items, birthDate: birthDate, calendar: calendar)
                else { continue }
                if let lapse = rule.lapse,
                   items.indices.contains(where: { items[$0].entry.occurredAt <= due && lapse.isMet(byItemAt: $0, of: items, trigger: item, in: timeline) }) {
                    continue
                }
                var discharge = items.indices.first { rule.discharge.isMet(byItemAt: $0, of: items, trigger: item, in: timeline) }
                var note: String?
                var markedNotRelevant = false
                if let mark = marks.notRelevant(rule: rule.id, trigger: item.entry.id, action: nil), discharge.map({ mark.index < $0 }) ?? true {
                    discharge = mark.index
                    note = mark.reason
                    markedNotRelevant = true
                }
                let dischargedAt = discharge.map { items[$0].entry.occurredAt }
                let status: Obligation.Status = if markedNotRelevant {
                    .notRelevant
                } else if let dischargedAt {
                    dischargedAt <= due ? .dischargedOnTime : .dischargedLate
                } else {
                    now > due ? .overdue : .open
                }
                obligations.append(Obligation(
                    rule: rule.id, child: child, trigger: item.entry.id, triggeredAt: triggeredAt, due: due,
                    assignee: rule.assignment.assignee(trigger: payload, caseworker: caseworker),
                    status: status, dischargedBy: discharge.map { items[$0].entry.id }, dischargedAt: dischargedAt, note: note
                ))
            }
        }
        return obligations
    }
}

extension RuleBook {
    /// An agreed action is due by the end of its agreed day, on its owner's list. The first of these closes it: a
    /// completion *udført* (met), a later network meeting recording it as done (met), a cancellation by the caseworker
    /// or a mark *ikke relevant* (`notRelevant`). A completion *ikke udført* before that keeps it open but moves it to
    /// the child's caseworker (the district's team while the child has none), with its comment as the note.
    func agreedActionObligation(_ rule: DeadlineRule, action: NetworkMeeting.AgreedAction, meeting: Timeline.Item, child: UUID,
                                items: [Timeline.Item], marks: TaskMarks, caseworker: UUID?, now: Date) -> Obligation {
        let due = DanishTime.endOfDay(action.due)
        let meetingID = meeting.entry.id
        var closing = items.indices.first { index in
            guard items[index].entry.kind == .networkMeeting, items[index].entry.occurredAt >= meeting.entry.occurredAt,
                  case .networkMeeting(let later)? = items[index].effective else { return false }
            return later.completedActions.contains(action.id)
        }
        var cancelled = false
        var assignee = Obligation.Assignee.user(action.owner)
        var note: String?
        for (index, completion) in marks.completions where completion.task == .agreedAction(meeting: meetingID, action: action.id) {
            if let closing, closing < index { break }
            if completion.outcome == .notDone {
                assignee = caseworker.map(Obligation.Assignee.caseworker) ?? .districtTeam
                note = completion.comment
                continue
            }
            closing = index
            cancelled = completion.outcome == .cancelled
            if cancelled { note = completion.comment }
            break
        }
        if let mark = marks.notRelevant(rule: rule.id, trigger: meetingID, action: action.id), closing.map({ mark.index < $0 }) ?? true {
            closing = mark.index
            cancelled = true
            note = mark.reason
        }
        let closedAt = closing.map { items[$0].entry.occurredAt }
        let status: Obligation.Status = if cancelled {
            .notRelevant
        } else if let closedAt {
            closedAt <= due ? .dischargedOnTime : .dischargedLate
        } else {
            now > due ? .overdue : .open
        }
        return Obligation(rule: rule.id, child: child, trigger: meetingID, triggeredAt: meeting.entry.occurredAt, due: due,
                          assignee: assignee, status: status, dischargedBy: closing.map { items[$0].entry.id }, dischargedAt: closedAt,
                          action: action.id, note: note)
    }
}

/// The completions of tasks and the marks *ikke relevant* in a course, in its order: gathered in one pass, as most
/// courses have none and the rules then look no further.
struct TaskMarks {
    var completions: [(index: Int, completion: TaskCompletion)] = []
    var notRelevantMarks: [(index: Int, mark: DeadlineNotRelevant)] = []

    init(_ items: [Timeline.Item]) {
        for index in items.indices {
            switch items[index].entry.kind {
            case .taskCompleted:
                if case .taskCompleted(let completion)? = items[index].effective { completions.append((index, completion)) }
            case .deadlineNotRelevant:
                if case .deadlineNotRelevant(let mark)? = items[index].effective { notRelevantMarks.append((index, mark)) }
            default:
                continue
            }
        }
    }

    /// The first mark of this obligation, with its reason.
    func notRelevant(rule: String, trigger: UUID, action: UUID?) -> (index: Int, reason: String)? {
        guard !notRelevantMarks.isEmpty else { return nil }
        return notRelevantMarks.first { $0.mark.rule == rule && $0.mark.trigger == trigger && $0.mark.action == action }
            .map { ($0.index, $0.mark.reason) }
    }
}

extension DeadlineRule.TriggerCondition {
    /// Whether the condition holds for a trigger reading `payload`, at position `index` of the course's `items`.
    func holds(for payload: EntryPayload, before index: Int, in items: [Timeline.Item], birthDate: LocalDate?) -> Bool {
        switch self {
        case .notifier(let kind):
            guard case .notification(let notification) = payload else { return false }
            return notification.notifierKind == kind
        case .notifierHasHeightenedDuty:
            guard case .notification(let notification) = payload else { return false }
            return notification.notifierKind.hasHeightenedDuty
        case .concernsAbuse:
            guard case .notification(let notification) = payload else { return false }
            return notification.concernsAbuse
        case .childAlreadyReceivesHelp:
            var state = CaseState()
            for earlier in items.indices[..<index] {
                guard let effective = items[earlier].effective else { continue }
                state.apply(effective, at: items[earlier].entry.occurredAt, entry: items[earlier].entry.id)
            }
            let help = LegalBasis.supportive.union(LegalBasis.placement)
            return state.activeMeasures.contains { help.contains($0.legalBasis) }
        case .legalBasis(let bases):
            if case .decision(let decision) = payload { return decision.allBases.contains(where: bases.contains) }
            return payload.legalBasis.map(bases.contains) ?? false
        case .granted:
            // A decision on a homecoming grants no measure: it starts none of the plan's deadlines of a grant.
            guard case .decision(let decision) = payload else { return false }
            return decision.outcome.grants && decision.homecoming == nil
        case .homecomingCourse:
            guard case .placementEnded(let end) = payload else { return false }
            return end.homecomingPlan != nil
        case .makesChildsPlan:
            guard case .decision(let decision) = payload else { return false }
            return decision.makesChildsPlan == true
        case .sentFromPortal:
            guard case .ownViews(let views) = payload else { return false }
            return views.sentFromPortal
        case .childUnder(let age):
            guard let birthDate else { return false }
            return birthDate.age(on: DanishTime.localDate(of: items[index].entry.occurredAt)) < age
        }
    }
}

extension DeadlineRule.Discharge {
    /// As `isMet(by:trigger:in:)` for `items[index]`, its kind looked at before the item is taken: most of the course's
    /// entries are of another kind, and an item handed to a function is copied (its entry, corrections and payload
    /// retained and released). In the deadlines' searches of every course, those copies were a twentieth of a full
    /// recompute of the indicators.
    func isMet(byItemAt index: Int, of items: [Timeline.Item], trigger: Timeline.Item, in timeline: Timeline) -> Bool {
        guard let kind = items[index].effective?.kind, accepts(kind) else { return false }
        return isMet(by: items[index], trigger: trigger, in: timeline)
    }

    /// Whether an entry of `kind` could meet this discharge or one of its alternatives.
    private func accepts(_ kind: EntryKind) -> Bool {
        self.kind == kind || !alternatives.isEmpty && alternatives.contains { $0.accepts(kind) }
    }

    /// Whether `candidate` meets this discharge (or one of its alternatives) for the obligation `trigger` started.
    /// The kind is compared first: most of the course's entries are of another kind, and the look-back's first day is
    /// then not worked out for them.
    func isMet(by candidate: Timeline.Item, trigger: Timeline.Item, in timeline: Timeline) -> Bool {
        guard candidate.entry.id != trigger.entry.id, let payload = candidate.effective else { return false }
        if payload.kind == kind, candidate.entry.occurredAt >= earliest(for: trigger),
           conditions.allSatisfy({ $0.holds(for: payload, author: candidate.entry.author, trigger: trigger, in: timeline) }) {
            return true
        }
        return alternatives.contains { $0.isMet(by: candidate, trigger: trigger, in: timeline) }
    }

    /// The earliest instant an entry meets this discharge at: the trigger, or the start of the look-back's first day.
    private func earliest(for trigger: Timeline.Item) -> Date {
        lookbackDays == 0
            ? trigger.entry.occurredAt
            : DanishTime.startOfDay(DanishTime.localDate(of: trigger.entry.occurredAt).adding(days: -lookbackDays))
    }
}

extension DeadlineRule.DischargeCondition {
    /// Whether the condition holds for a candidate entry reading `payload`, written by `author`.
    func holds(for payload: EntryPayload, author: UUID, trigger: Timeline.Item, in timeline: Timeline) -> Bool {
        switch self {
        case .stepOnTrigger:
            return payload.notificationStep?.notification == trigger.entry.id
        case .nextStep(let nextStep):
            guard case .urgencyAssessment(let assessment) = payload else { return false }
            return assessment.nextStep == nextStep
        case .authorNewToCase:
            return isNewToCase(author: author, before: trigger.entry.occurredAt, in: timeline)
        case .agreedActionDone:
            return false
        case .completesTrigger:
            guard case .taskCompleted(let completion) = payload else { return false }
            return completion.task.trigger == trigger.entry.id && completion.closesTask
        case .refersToTrigger:
            return payload.references.contains(trigger.entry.id)
        case .sameTransition:
            guard case .handoverMeeting(let meeting) = payload, case .transition(let transition)? = trigger.effective else { return false }
            return meeting.from == transition.from && meeting.to == transition.to
        case .legalBasis(let bases):
            guard case .decision(let decision) = payload else { return false }
            return decision.allBases.contains(where: bases.contains)
        case .transitionTo(let stage):
            guard case .transition(let transition) = payload else { return false }
            return transition.to == stage
        }
    }
}

extension DeadlineRule.DueComputation {
    /// The due instant for the triggering `item`, reading `payload` (the trigger as the course now reads it) and the
    /// course's `items`: the date a follow-up set, when the need became known, the end of an assessment alongside.
    func due(for item: Timeline.Item, payload: EntryPayload, in items: [Timeline.Item], birthDate: LocalDate?,
             calendar: WorkdayCalendar) -> Date? {
        let triggeredAt = item.entry.occurredAt
        switch self {
        case .agreedDate:
            switch payload {
            case .followUp(let followUp): return followUp.nextFollowUp.map(DanishTime.endOfDay)
            case .homecomingFollowUp(let followUp): return followUp.nextFollowUp.map(DanishTime.endOfDay)
            default: return nil
            }
        case .monthsFromNeedKnown(let months):
            let start: AssessmentStart? = switch payload {
            case .investigation(let start), .focusedAssessment(let start): start
            default: nil
            }
            // § 20, stk. 3: from when the municipality became aware of the need. Left blank, that is the day of the
            // notification the assessment follows (received before it), not the assessment's own later start.
            let notified = start?.notification.flatMap { id in
                items.first { $0.entry.id == id && $0.effective?.kind == .notification && $0.entry.occurredAt <= triggeredAt }
            }
            let known = start?.needKnownOn ?? notified.map { DanishTime.localDate(of: $0.entry.occurredAt) } ?? DanishTime.localDate(of: triggeredAt)
            return DanishTime.endOfDay(known.adding(months: months))
        case .alongsideAssessmentEndOrMonths(let months):
            let latest = DanishTime.endOfDay(DanishTime.localDate(of: triggeredAt).adding(months: months))
            let ends = alongsideAssessmentConclusions(startedAt: triggeredAt, in: items).map { DanishTime.endOfDay(DanishTime.localDate(of: $0)) }
            return ([latest] + ends).min()
        default:
            return due(after: triggeredAt, birthDate: birthDate, calendar: calendar)
        }
    }

    /// When the afdækninger and investigations that were running when a measure started at `startedAt` were concluded.
    func alongsideAssessmentConclusions(startedAt: Date, in items: [Timeline.Item]) -> [Date] {
        let starts = items.indices.filter { index in
            guard let kind = items[index].effective?.kind, kind == .investigation || kind == .focusedAssessment else { return false }
            return items[index].entry.occurredAt <= startedAt
        }
        return starts.compactMap { start in
            let started = items[start].entry.id
            let conclusion = items.indices.first { index in
                guard let kind = items[index].effective?.kind, kind == .investigationConcluded || kind == .focusedAssessmentConcluded else { return false }
                return items[index].effective?.references.contains(started) == true
            }
            guard let concludedAt = conclusion.map({ items[$0].entry.occurredAt }), concludedAt > startedAt else { return nil }
            return concludedAt
        }
    }
}


extension DeadlineRule.Assignment {
    func assignee(trigger payload: EntryPayload, caseworker: UUID?) -> Obligation.Assignee {
        let caseworkerOrTeam = caseworker.map(Obligation.Assignee.caseworker) ?? .districtTeam
        switch self {
        case .childsCaseworker:
            return caseworkerOrTeam
        case .districtTeam:
            return .districtTeam
        case .notifier:
            guard case .notification(let notification) = payload, let user = notification.notifierUser else {
                return caseworkerOrTeam
            }
            return .user(user)
        case .actionOwner:
            // Only an agreed action has an owner; a whole entry stays with the caseworker or team.
            return caseworkerOrTeam
        }
    }
}
