import Foundation

extension RuleBook {
    /// The obligations that the course of `child` starts under these rules, each with its status at `now`.
    ///
    /// Pure: it reads only its arguments. The course counts as it now reads: a voided trigger starts
    /// nothing, a corrected one is judged by its replacement, and a voided entry meets nothing. An
    /// obligation is met by the earliest matching entry that happened (`occurredAt`) at or after its
    /// trigger; it is on time when that is at or before the due instant. `now` only tells an open
    /// obligation from an overdue one.
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
        let items = timeline.items.filter { $0.entry.child == child }
        var obligations: [Obligation] = []
        for (index, item) in items.enumerated() {
            guard let payload = item.effective else { continue }
            let triggeredAt = item.entry.occurredAt
            if case .networkMeeting(let meeting) = payload {
                for rule in rules where rule.trigger.kind == .networkMeeting && rule.trigger.scope == .eachAgreedAction {
                    guard DanishTime.localDate(of: triggeredAt) >= rule.appliesFrom else { continue }
                    for action in meeting.actions {
                        obligations.append(agreedActionObligation(rule, action: action, meeting: item, child: child, items: items, now: now))
                    }
                }
            }
            for rule in rules where rule.trigger.kind == payload.kind && rule.trigger.scope == .entry {
                guard DanishTime.localDate(of: triggeredAt) >= rule.appliesFrom,
                      rule.trigger.conditions.allSatisfy({ $0.holds(for: payload, before: index, in: items) }),
                      let due = rule.due.due(after: triggeredAt, birthDate: birthDate, calendar: calendar)
                else { continue }
                let discharge = items.first { candidate in
                    guard candidate.entry.id != item.entry.id, candidate.entry.occurredAt >= triggeredAt,
                          let step = candidate.effective, step.kind == rule.discharge.kind else { return false }
                    return rule.discharge.conditions.allSatisfy {
                        $0.holds(for: step, author: candidate.entry.author, trigger: item.entry, in: timeline)
                    }
                }
                let dischargedAt = discharge?.entry.occurredAt
                let status: Obligation.Status = if let dischargedAt {
                    dischargedAt <= due ? .dischargedOnTime : .dischargedLate
                } else {
                    now > due ? .overdue : .open
                }
                obligations.append(Obligation(
                    rule: rule.id, child: child, trigger: item.entry.id, triggeredAt: triggeredAt, due: due,
                    assignee: rule.assignment.assignee(trigger: payload, caseworker: caseworker),
                    status: status, dischargedBy: discharge?.entry.id, dischargedAt: dischargedAt
                ))
            }
        }
        return obligations
    }
}

extension RuleBook {
    /// An agreed action is due by the end of its agreed day, on its owner's list, and done when a later
    /// network meeting records it as done.
    func agreedActionObligation(_ rule: DeadlineRule, action: NetworkMeeting.AgreedAction, meeting: Timeline.Item, child: UUID,
                                items: [Timeline.Item], now: Date) -> Obligation {
        let due = DanishTime.endOfDay(action.due)
        let done = items.first { candidate in
            guard candidate.entry.occurredAt >= meeting.entry.occurredAt, case .networkMeeting(let later)? = candidate.effective else { return false }
            return later.completedActions.contains(action.id)
        }
        let doneAt = done?.entry.occurredAt
        let status: Obligation.Status = if let doneAt { doneAt <= due ? .dischargedOnTime : .dischargedLate } else { now > due ? .overdue : .open }
        return Obligation(rule: rule.id, child: child, trigger: meeting.entry.id, triggeredAt: meeting.entry.occurredAt, due: due,
                          assignee: .user(action.owner), status: status, dischargedBy: done?.entry.id, dischargedAt: doneAt, action: action.id)
    }
}

extension DeadlineRule.TriggerCondition {
    /// Whether the condition holds for a trigger reading `payload`, at position `index` of the course's `items`.
    func holds(for payload: EntryPayload, before index: Int, in items: [Timeline.Item]) -> Bool {
        switch self {
        case .notifier(let kind):
            guard case .notification(let notification) = payload else { return false }
            return notification.notifierKind == kind
        case .concernsAbuse:
            guard case .notification(let notification) = payload else { return false }
            return notification.concernsAbuse
        case .childAlreadyReceivesHelp:
            var state = CaseState()
            for earlier in items[..<index] {
                guard let effective = earlier.effective else { continue }
                state.apply(effective, at: earlier.entry.occurredAt)
            }
            return state.isOpen && state.caseworker != nil
        }
    }
}

extension DeadlineRule.DischargeCondition {
    /// Whether the condition holds for a candidate entry reading `payload`, written by `author`.
    func holds(for payload: EntryPayload, author: UUID, trigger: Entry, in timeline: Timeline) -> Bool {
        switch self {
        case .stepOnTrigger:
            return payload.notificationStep?.notification == trigger.id
        case .nextStep(let nextStep):
            guard case .urgencyAssessment(let assessment) = payload else { return false }
            return assessment.nextStep == nextStep
        case .authorNewToCase:
            return isNewToCase(author: author, before: trigger.occurredAt, in: timeline)
        case .agreedActionDone:
            return false
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
