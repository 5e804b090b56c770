import XCTest
@testable import SporDomain

final class RulesTests: XCTestCase {
    let child = UUID()
    let notifier = UUID()
    let intake = UUID()
    let caseworker = UUID()
    let teamLead = UUID()
    let calendar = WorkdayCalendar.standard

    func d(_ y: Int, _ m: Int, _ day: Int) -> LocalDate { LocalDate(year: y, month: m, day: day)! }

    /// Danish wall-clock time.
    func at(_ date: LocalDate, _ hour: Int, _ minute: Int = 0) -> Date { DanishTime.instant(date, hour: hour, minute: minute) }

    func entry(_ payload: EntryPayload, at instant: Date, author: UUID? = nil, corrects: UUID? = nil) -> Entry {
        Entry(municipality: 707, child: child, payload: payload, occurredAt: instant, recordedAt: instant,
              author: author ?? intake, corrects: corrects)
    }

    func notification(_ kind: NotifierKind = .professional, abuse: Bool = false, at instant: Date) -> Entry {
        entry(.notification(Notification(notifierKind: kind, notifierUser: kind == .professional ? notifier : nil,
                                          profession: kind == .professional ? .teacher : nil,
                                          description: "Eleven kommer ofte sulten i skole", concernsAbuse: abuse)),
              at: instant, author: kind == .professional ? notifier : intake)
    }

    func assessment(of notification: Entry, nextStep: NextStep = .focusedAssessment, at instant: Date, author: UUID? = nil) -> Entry {
        entry(.urgencyAssessment(UrgencyAssessment(notification: notification.id, inDanger: false, acuteMeasures: false,
                                                   nextStep: nextStep, reasoning: "Ingen akut fare")),
              at: instant, author: author ?? caseworker)
    }

    func receipt(of notification: Entry, at instant: Date) -> Entry {
        entry(.receiptSent(Receipt(notification: notification.id, text: "Tak for din underretning")), at: instant, author: caseworker)
    }

    func feedback(of notification: Entry, at instant: Date) -> Entry {
        entry(.notifierFeedback(NotifierFeedback(notification: notification.id, ledToInvestigation: true, text: "Der er iværksat en undersøgelse")),
              at: instant, author: caseworker)
    }

    func assignment(of person: UUID, at instant: Date) -> Entry {
        entry(.caseworkerAssigned(CaseworkerAssignment(caseworker: person)), at: instant, author: teamLead)
    }

    func void(_ target: Entry, at instant: Date) -> Entry {
        entry(.correction(Correction(reason: "Registreret ved en fejl", replacement: nil)), at: instant, author: caseworker, corrects: target.id)
    }

    func obligations(_ entries: [Entry], now: Date, book: RuleBook = .barnetsLov, calendar: WorkdayCalendar? = nil,
                     caseworker: UUID? = nil) -> [Obligation] {
        book.obligations(for: Timeline(entries), child: child, calendar: calendar ?? self.calendar, now: now, caseworker: caseworker)
    }

    func obligation(_ rule: DeadlineRule, in obligations: [Obligation], file: StaticString = #filePath, line: UInt = #line) throws -> Obligation {
        try XCTUnwrap(obligations.first { $0.rule == rule.id }, "no \(rule.id)", file: file, line: line)
    }

    func receiptDue(receivedAt instant: Date, calendar: WorkdayCalendar? = nil) throws -> Date {
        try obligation(.receipt, in: obligations([notification(at: instant)], now: instant, calendar: calendar)).due
    }

    // MARK: - Due instants

    func testReceiptOfWednesdayBeforeEaster2025IsDueByTheEndOfTuesday29April() throws {
        // Maundy Thursday 17, Good Friday 18, the weekend, Easter Monday 21: the 6th working day is Tuesday 29.
        let due = try receiptDue(receivedAt: at(d(2025, 4, 16), 10))
        XCTAssertEqual(due, DanishTime.endOfDay(d(2025, 4, 29)))
        XCTAssertEqual(due, at(d(2025, 4, 30), 0))
    }

    func testAssessmentOfSaturdayBeforeTheSpringClockChangeIsDueSunday13CEST() throws {
        let received = at(d(2025, 3, 29), 12) // CET, UTC+1
        let due = try obligation(.urgencyAssessment, in: obligations([notification(at: received)], now: received)).due
        XCTAssertEqual(due, at(d(2025, 3, 30), 13)) // CEST, UTC+2
        XCTAssertEqual(due.timeIntervalSince(received), 24 * 3600)
        XCTAssertEqual(due, Date(timeIntervalSince1970: 1_743_332_400)) // 2025-03-30T11:00:00Z
    }

    func testAssessmentOfSaturdayBeforeTheAutumnClockChangeIsDueSunday11CET() throws {
        let received = at(d(2025, 10, 25), 12) // CEST
        let due = try obligation(.urgencyAssessment, in: obligations([notification(at: received)], now: received)).due
        XCTAssertEqual(due, at(d(2025, 10, 26), 11)) // CET
        XCTAssertEqual(due.timeIntervalSince(received), 24 * 3600)
    }

    func testReceiptOverAWeekendCountsOnlyWeekdays() throws {
        // Friday 7 March 2025: Monday 10 … Friday 14 are 1–5, Monday 17 is the 6th.
        XCTAssertEqual(try receiptDue(receivedAt: at(d(2025, 3, 7), 15)), DanishTime.endOfDay(d(2025, 3, 17)))
        // Received on the Saturday or the Sunday: the same 6th working day.
        XCTAssertEqual(try receiptDue(receivedAt: at(d(2025, 3, 8), 12)), DanishTime.endOfDay(d(2025, 3, 17)))
        XCTAssertEqual(try receiptDue(receivedAt: at(d(2025, 3, 9), 23, 30)), DanishTime.endOfDay(d(2025, 3, 17)))
    }

    func testReceiptOverAscensionAndConstitutionDay() throws {
        // Tuesday 27 May 2025: 28 (1), Ascension 29, 30 (2), 2–4 June (3–5), Constitution Day 5 June, 6 June (6).
        XCTAssertEqual(try receiptDue(receivedAt: at(d(2025, 5, 27), 9)), DanishTime.endOfDay(d(2025, 6, 6)))
        // A municipality that keeps 5 June open: Thursday 5 June is the 6th.
        let open = WorkdayCalendar(customaryClosedDays: [.christmasEve, .newYearsEve])
        XCTAssertEqual(try receiptDue(receivedAt: at(d(2025, 5, 27), 9), calendar: open), DanishTime.endOfDay(d(2025, 6, 5)))
    }

    func testReceiptOverWhitMonday() throws {
        // Friday 6 June 2025: Whit Monday 9 June, then 10–13 (1–4), 16 (5), 17 (6).
        XCTAssertEqual(try receiptDue(receivedAt: at(d(2025, 6, 6), 14)), DanishTime.endOfDay(d(2025, 6, 17)))
    }

    func testReceiptOverEaster2026() throws {
        // Easter 2026 is 5 April. Wednesday 1 April: Maundy Thursday 2, Good Friday 3, Easter Monday 6,
        // then 7–10 (1–4), 13 (5), 14 (6).
        XCTAssertEqual(try receiptDue(receivedAt: at(d(2026, 4, 1), 8)), DanishTime.endOfDay(d(2026, 4, 14)))
    }

    func testReceiptOverTheYearEnd() throws {
        // Monday 22 December 2025: 23 (1), Christmas Eve 24, Christmas 25, Boxing Day 26, weekend, 29 (2), 30 (3),
        // New Year's Eve 31, New Year's Day 1 January, 2 January (4), 5 (5), 6 (6).
        XCTAssertEqual(try receiptDue(receivedAt: at(d(2025, 12, 22), 11)), DanishTime.endOfDay(d(2026, 1, 6)))
        // With 24 and 31 December open: 23 (1), 24 (2), 29 (3), 30 (4), 31 (5), 2 January (6).
        let open = WorkdayCalendar(customaryClosedDays: [.constitutionDay])
        XCTAssertEqual(try receiptDue(receivedAt: at(d(2025, 12, 22), 11), calendar: open), DanishTime.endOfDay(d(2026, 1, 2)))
        // Received on New Year's Eve in the evening: 2 January (1), 5–8 (2–5), 9 (6).
        XCTAssertEqual(try receiptDue(receivedAt: at(d(2025, 12, 31), 22)), DanishTime.endOfDay(d(2026, 1, 9)))
    }

    func testAssessmentOnChristmasEveIsDueInRealHoursWhateverTheHoliday() throws {
        let received = at(d(2025, 12, 24), 16)
        let due = try obligation(.urgencyAssessment, in: obligations([notification(at: received)], now: received)).due
        XCTAssertEqual(due, at(d(2025, 12, 25), 16))
    }

    func testFeedbackIsDueThreeMonthsAfterReceiptClampedToTheMonthEnd() throws {
        let received = at(d(2025, 11, 30), 10)
        let due = try obligation(.notifierFeedback, in: obligations([notification(at: received)], now: received)).due
        XCTAssertEqual(due, DanishTime.endOfDay(d(2026, 2, 28)))
    }

    func testBirthdayAndCalendarDayComputations() {
        let trigger = at(d(2025, 3, 10), 9)
        XCTAssertEqual(DeadlineRule.DueComputation.birthday(age: 18, offsetMonths: -6)
            .due(after: trigger, birthDate: d(2008, 3, 15), calendar: calendar), DanishTime.endOfDay(d(2025, 9, 15)))
        XCTAssertNil(DeadlineRule.DueComputation.birthday(age: 18, offsetMonths: -6).due(after: trigger, calendar: calendar))
        XCTAssertEqual(DeadlineRule.DueComputation.calendarDays(7).due(after: trigger, calendar: calendar), DanishTime.endOfDay(d(2025, 3, 17)))
        XCTAssertNil(DeadlineRule.DueComputation.agreedDate.due(after: trigger, calendar: calendar))
    }

    // MARK: - Status

    func testReceiptDischargedOnTimeLateOrNotAtAll() throws {
        let received = notification(at: at(d(2025, 4, 16), 10))
        let onTime = receipt(of: received, at: at(d(2025, 4, 29), 23, 59))
        var result = try obligation(.receipt, in: obligations([received, onTime], now: at(d(2025, 5, 20), 9)))
        XCTAssertEqual(result.status, .dischargedOnTime)
        XCTAssertEqual(result.dischargedBy, onTime.id)
        XCTAssertEqual(result.dischargedAt, onTime.occurredAt)

        let late = receipt(of: received, at: at(d(2025, 4, 30), 8))
        result = try obligation(.receipt, in: obligations([received, late], now: at(d(2025, 5, 20), 9)))
        XCTAssertEqual(result.status, .dischargedLate)
        XCTAssertEqual(result.dischargedBy, late.id)

        result = try obligation(.receipt, in: obligations([received], now: at(d(2025, 4, 29), 12)))
        XCTAssertEqual(result.status, .open)
        XCTAssertNil(result.dischargedBy)
        result = try obligation(.receipt, in: obligations([received], now: at(d(2025, 4, 30), 0, 1)))
        XCTAssertEqual(result.status, .overdue)
    }

    func testFeedbackToTheNotifierMeetsTheFeedbackObligation() throws {
        let received = notification(at: at(d(2025, 2, 3), 9))
        let told = feedback(of: received, at: at(d(2025, 4, 1), 9))
        let result = obligations([received, told], now: at(d(2025, 6, 1), 9))
        XCTAssertEqual(try obligation(.notifierFeedback, in: result).status, .dischargedOnTime)
        XCTAssertEqual(try obligation(.notifierFeedback, in: result).dischargedBy, told.id)
        XCTAssertEqual(try obligation(.receipt, in: result).status, .overdue, "feedback is not a receipt")
    }

    func testDischargedExactlyAtTheDueInstantIsOnTime() throws {
        let received = notification(at: at(d(2025, 3, 29), 12))
        let assessed = assessment(of: received, at: at(d(2025, 3, 30), 13))
        let result = try obligation(.urgencyAssessment, in: obligations([received, assessed], now: at(d(2025, 4, 1), 9)))
        XCTAssertEqual(result.status, .dischargedOnTime)
        // And not yet overdue at the due instant itself.
        let pending = try obligation(.urgencyAssessment, in: obligations([received], now: at(d(2025, 3, 30), 13)))
        XCTAssertEqual(pending.status, .open)
    }

    func testTheEarliestMatchingEntryDischargesAndOnlyAStepOnTheTriggerCounts() throws {
        let first = notification(at: at(d(2025, 2, 3), 9))
        let second = notification(at: at(d(2025, 2, 4), 9))
        let receiptOfSecond = receipt(of: second, at: at(d(2025, 2, 5), 9))
        let all = obligations([first, second, receiptOfSecond], now: at(d(2025, 3, 3), 9))
        let receipts = all.filter { $0.rule == DeadlineRule.receipt.id }
        XCTAssertEqual(receipts.map(\.trigger), [first.id, second.id])
        XCTAssertEqual(receipts.map(\.status), [.overdue, .dischargedOnTime])
    }

    func testAVoidedReceiptMeetsNothing() throws {
        let received = notification(at: at(d(2025, 2, 3), 9))
        let sent = receipt(of: received, at: at(d(2025, 2, 4), 9))
        let result = try obligation(.receipt, in: obligations([received, sent, void(sent, at: at(d(2025, 2, 4), 10))],
                                                              now: at(d(2025, 3, 3), 9)))
        XCTAssertEqual(result.status, .overdue)
    }

    // MARK: - Which notifications start obligations

    func testAVoidedNotificationStartsNothing() {
        let received = notification(at: at(d(2025, 2, 3), 9))
        let voided = void(received, at: at(d(2025, 2, 3), 10))
        XCTAssertEqual(obligations([received], now: at(d(2025, 2, 3), 9)).count, 3) // assessment, receipt, feedback
        XCTAssertEqual(obligations([received, voided], now: at(d(2025, 3, 3), 9)), [])
    }

    func testACorrectedNotificationIsJudgedByItsReplacement() throws {
        let received = notification(at: at(d(2025, 2, 3), 9))
        let replacement = Notification(notifierKind: .privatePerson, description: "Nabo ringede, ikke læreren")
        let corrected = entry(.correction(Correction(reason: "Forkert underretter", replacement: .notification(replacement))),
                              at: at(d(2025, 2, 3), 11), author: caseworker, corrects: received.id)
        let result = obligations([received, corrected], now: at(d(2025, 2, 3), 12))
        XCTAssertEqual(result.map(\.rule), [DeadlineRule.urgencyAssessment.id])
    }

    func testAPrivatePersonsOrAnonymousNotificationGetsNoReceiptOrFeedback() {
        for kind in [NotifierKind.privatePerson, .anonymous, .child] {
            let result = obligations([notification(kind, at: at(d(2025, 2, 3), 9))], now: at(d(2025, 2, 3), 9))
            XCTAssertEqual(result.map(\.rule), [DeadlineRule.urgencyAssessment.id], "\(kind)")
        }
    }

    func testARuleDoesNotApplyBeforeItsAppliesFrom() {
        // The day of receipt counts in Danish time: 23:30 on New Year's Eve 2023 is still 2023.
        let lastOfOldLaw = notification(at: at(d(2023, 12, 31), 23, 30))
        XCTAssertEqual(obligations([lastOfOldLaw], now: at(d(2024, 1, 1), 9)), [])
        let firstOfNewLaw = notification(at: at(d(2024, 1, 1), 0, 10))
        XCTAssertEqual(obligations([firstOfNewLaw], now: at(d(2024, 1, 1), 9)).count, 3)

        var book = RuleBook.barnetsLov
        book[DeadlineRule.receipt.id]?.appliesFrom = d(2025, 7, 1)
        let rules = obligations([notification(at: at(d(2025, 6, 30), 15))], now: at(d(2025, 6, 30), 15), book: book).map(\.rule)
        XCTAssertEqual(rules, [DeadlineRule.urgencyAssessment.id, DeadlineRule.notifierFeedback.id])
    }

    // MARK: - Lists

    func testObligationsLandOnTheCaseworkerOrElseTheDistrictTeam() throws {
        let received = notification(at: at(d(2025, 2, 3), 9))
        XCTAssertEqual(try obligation(.urgencyAssessment, in: obligations([received], now: at(d(2025, 2, 3), 9))).assignee, .districtTeam)
        XCTAssertEqual(try obligation(.urgencyAssessment, in: obligations([received], now: at(d(2025, 2, 3), 9), caseworker: caseworker)).assignee,
                       .caseworker(caseworker))

        var book = RuleBook.barnetsLov
        book[DeadlineRule.notifierFeedback.id]?.assignment = .notifier
        book[DeadlineRule.receipt.id]?.assignment = .districtTeam
        let result = obligations([received], now: at(d(2025, 2, 3), 9), book: book, caseworker: caseworker)
        XCTAssertEqual(try obligation(.notifierFeedback, in: result).assignee, .user(notifier))
        XCTAssertEqual(try obligation(.receipt, in: result).assignee, .districtTeam)
    }

    // MARK: - § 137 reassessment

    func measure(at instant: Date) -> Entry {
        entry(.measureStarted(MeasureStart(offer: "familiebehandling", decision: nil, legalBasis: .treatment)), at: instant, author: caseworker)
    }

    func testANotificationOnAChildWhoReceivesHelpNeedsAReassessmentBySomeoneNew() throws {
        // § 137 (DOMAIN.md: "a child who already receives help"): the child's § 32 measure is running.
        let newcomer = UUID()
        let course = [
            entry(.concern(Concern(level: .vulnerable, source: .teacher, description: "Trist og træt")), at: at(d(2025, 1, 6), 9)),
            assignment(of: caseworker, at: at(d(2025, 1, 7), 9)),
            entry(.journalNote(JournalNote(text: "Samtale med mor")), at: at(d(2025, 1, 8), 9), author: caseworker),
            measure(at: at(d(2025, 1, 9), 9)),
        ]
        let received = notification(at: at(d(2025, 2, 3), 9))
        let now = at(d(2025, 2, 10), 9)

        // The child's own caseworker assesses: § 136 is met, § 137 is not.
        var result = obligations(course + [received, assessment(of: received, nextStep: .reassessment, at: at(d(2025, 2, 3), 15))], now: now)
        XCTAssertEqual(try obligation(.urgencyAssessment, in: result).status, .dischargedOnTime)
        XCTAssertEqual(try obligation(.reassessment, in: result).status, .overdue)

        // Someone new, who read up on the case in a note after the notification, reassesses in time.
        let note = entry(.journalNote(JournalNote(text: "Læst sagen")), at: at(d(2025, 2, 3), 10), author: newcomer)
        let reassessed = assessment(of: received, nextStep: .reassessment, at: at(d(2025, 2, 3), 15), author: newcomer)
        result = obligations(course + [received, note, reassessed], now: now)
        let reassessment = try obligation(.reassessment, in: result)
        XCTAssertEqual(reassessment.status, .dischargedOnTime)
        XCTAssertEqual(reassessment.dischargedBy, reassessed.id)
        XCTAssertEqual(reassessment.due, at(d(2025, 2, 4), 9))

        // Someone new who chose another next step has not reassessed.
        result = obligations(course + [received, assessment(of: received, nextStep: .investigation, at: at(d(2025, 2, 3), 15), author: newcomer)], now: now)
        XCTAssertEqual(try obligation(.reassessment, in: result).status, .overdue)
    }

    func testNoReassessmentForAChildWithoutHelpOrAfterTheCaseClosed() {
        let concern = entry(.concern(Concern(level: .sensitive, source: .parent, description: "Mor er bekymret")), at: at(d(2025, 1, 6), 9))
        let received = notification(at: at(d(2025, 2, 3), 9))
        let now = at(d(2025, 2, 10), 9)
        XCTAssertFalse(obligations([concern, received], now: now).contains { $0.rule == DeadlineRule.reassessment.id })

        let closed = [concern, assignment(of: caseworker, at: at(d(2025, 1, 7), 9)),
                      entry(.caseClosed(CaseClosure(reason: "Trives igen")), at: at(d(2025, 1, 20), 9), author: caseworker)]
        XCTAssertFalse(obligations(closed + [received], now: now).contains { $0.rule == DeadlineRule.reassessment.id })

        // A caseworker assigned is not help started (§ 137's scope); a measure entered in error is no help either.
        let assigned = assignment(of: caseworker, at: at(d(2025, 1, 7), 9))
        XCTAssertFalse(obligations([concern, assigned, received], now: now).contains { $0.rule == DeadlineRule.reassessment.id },
                       "§ 137: an open case with a caseworker but no help is not in scope")
        let started = measure(at: at(d(2025, 1, 8), 9))
        let voided = [concern, assigned, started, void(started, at: at(d(2025, 1, 8), 10))]
        XCTAssertFalse(obligations(voided + [received], now: now).contains { $0.rule == DeadlineRule.reassessment.id })
        XCTAssertTrue(obligations([concern, assigned, started, received], now: now).contains { $0.rule == DeadlineRule.reassessment.id })
    }

    func testIsNewToCase() {
        let newcomer = UUID()
        let notified = at(d(2025, 2, 3), 9)
        let timeline = Timeline([
            entry(.concern(Concern(level: .vulnerable, source: .teacher, description: "Trist")), at: at(d(2025, 1, 6), 9)),
            assignment(of: caseworker, at: at(d(2025, 1, 7), 9)),
            entry(.journalNote(JournalNote(text: "Læst sagen")), at: at(d(2025, 2, 3), 10), author: newcomer),
        ])
        XCTAssertFalse(isNewToCase(author: intake, before: notified, in: timeline), "wrote the concern")
        XCTAssertFalse(isNewToCase(author: teamLead, before: notified, in: timeline), "wrote the assignment")
        XCTAssertFalse(isNewToCase(author: caseworker, before: notified, in: timeline), "was the caseworker, though they wrote nothing")
        XCTAssertTrue(isNewToCase(author: newcomer, before: notified, in: timeline), "wrote only after the notification")
        XCTAssertFalse(isNewToCase(author: newcomer, before: at(d(2025, 2, 3), 11), in: timeline))
        XCTAssertTrue(isNewToCase(author: UUID(), before: notified, in: timeline))
    }

    // MARK: - Conversation with the child on abuse

    func testAnAbuseNotificationOwesAChildConversationThatBecomesOverdue() throws {
        // Its discharge by a child conversation: CourseRulesTests.testAConversationWithTheChildMeetsTheObligationOnAbuse.
        let received = notification(abuse: true, at: at(d(2025, 3, 3), 10))
        let open = try obligation(.childConversationOnAbuse, in: obligations([received], now: at(d(2025, 3, 10), 23)))
        XCTAssertEqual(open.due, DanishTime.endOfDay(d(2025, 3, 10)))
        XCTAssertEqual(open.status, .open)
        XCTAssertEqual(try obligation(.childConversationOnAbuse, in: obligations([received], now: at(d(2025, 3, 11), 0, 1))).status, .overdue)
        XCTAssertFalse(obligations([notification(at: at(d(2025, 3, 3), 10))], now: at(d(2025, 3, 3), 10))
            .contains { $0.rule == DeadlineRule.childConversationOnAbuse.id })
    }

    // MARK: - The rule book

    func testTheRuleBookIsConfiguration() throws {
        XCTAssertEqual(RuleBook.barnetsLov.rules.map(\.id),
                       ["assessment-24h", "receipt-6-working-days", "notifier-feedback", "reassessment-137", "child-conversation-abuse",
                        "network-meeting-action", "investigation-4-months", "investigation-preliminary-assessment", "follow-up-95-first",
                        "follow-up-95-first-placement", "follow-up-95-next", "plan-91-placement", "plan-91-before-47", "plan-91-support",
                        "support-after-18-decision", "homecoming-follow-up", "homecoming-follow-up-next", "young-adult-support-ends-23", "transition-handover-meeting", "portal-message",
                        "sel-investigation-4-months", "sel-follow-up-first", "sel-follow-up-first-placement", "sel-follow-up-next"])

        var book = RuleBook.barnetsLov
        book[DeadlineRule.notifierFeedback.id]?.due = .months(2)
        book[DeadlineRule.childConversationOnAbuse.id] = nil
        let received = notification(abuse: true, at: at(d(2025, 1, 31), 10))
        let result = obligations([received], now: at(d(2025, 1, 31), 10), book: book)
        XCTAssertEqual(try obligation(.notifierFeedback, in: result).due, DanishTime.endOfDay(d(2025, 3, 31)))
        XCTAssertFalse(result.contains { $0.rule == DeadlineRule.childConversationOnAbuse.id })

        // A duplicate id replaces the earlier rule.
        var stricter = DeadlineRule.urgencyAssessment
        stricter.due = .realHours(12)
        XCTAssertEqual(RuleBook(rules: [.urgencyAssessment, stricter]).rules, [stricter])

        let decoded = try JSONDecoder().decode(RuleBook.self, from: JSONEncoder().encode(RuleBook.barnetsLov))
        XCTAssertEqual(decoded, RuleBook.barnetsLov)
    }

    func testEveryRuleCitesItsSourceAndHasBothTitles() {
        for rule in RuleBook.barnetsLov.rules + [.networkMeetingAction] {
            XCTAssertFalse(rule.paragraph.isEmpty, rule.id)
            XCTAssertFalse(rule.titleDa.isEmpty, rule.id)
            XCTAssertFalse(rule.titleEn.isEmpty, rule.id)
            // The previous act's rules run to the day before Barnets Lov (RuleBookCorrectionsTests).
            if rule.validTo == nil { XCTAssertEqual(rule.appliesFrom, d(2024, 1, 1), rule.id) }
        }
        XCTAssertTrue(DeadlineRule.urgencyAssessment.unverified.isEmpty)
        XCTAssertEqual(DeadlineRule.notifierFeedback.unverified, [.paragraph, .due])
    }

    func testEachAgreedActionIsDueOnItsDayOnItsOwnersListUntilALaterMeetingRecordsItDone() {
        let book = RuleBook(rules: [.networkMeetingAction])
        let teacher = UUID(), mother = UUID()
        let call = NetworkMeeting.AgreedAction(what: "Ring til PPR", owner: teacher, due: d(2025, 2, 10))
        let visit = NetworkMeeting.AgreedAction(what: "Besøg hos lægen", owner: mother, due: d(2025, 2, 14))
        let participants = NetworkMeeting.Participants(child: true, parents: true, network: false, professions: [.teacher])
        let first = entry(.networkMeeting(NetworkMeeting(participants: participants, worries: "Fravær", workingWell: "Glad i frikvarteret",
                                                          needsToHappen: "Hjælp til at komme i skole", safetyScale: 4, actions: [call, visit])),
                          at: at(d(2025, 2, 3), 9))
        let second = entry(.networkMeeting(NetworkMeeting(participants: participants, worries: "Mindre fravær", workingWell: "Kommer oftere",
                                                           needsToHappen: "Fortsæt", safetyScale: 6, completedActions: [call.id])),
                           at: at(d(2025, 2, 12), 9))
        let result = obligations([first, second], now: at(d(2025, 2, 20), 9), book: book)
        XCTAssertEqual(result.count, 2)
        let forCall = result.first { $0.action == call.id }!
        XCTAssertEqual(forCall.assignee, .user(teacher))
        XCTAssertEqual(forCall.due, DanishTime.endOfDay(d(2025, 2, 10)))
        XCTAssertEqual(forCall.status, .dischargedLate)
        XCTAssertEqual(forCall.dischargedBy, second.id)
        let forVisit = result.first { $0.action == visit.id }!
        XCTAssertEqual(forVisit.assignee, .user(mother))
        XCTAssertEqual(forVisit.status, .overdue)
        XCTAssertNotEqual(forCall.id, forVisit.id)
    }
}
