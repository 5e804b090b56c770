import XCTest
@testable import SporDomain

/// Completing work that is not a legal deadline (agreed actions, messages from Min side), and marking a legal deadline
/// not relevant: what the rules make of it, what is refused, and what the `deadlines-met` indicator counts.
final class TaskCompletionTests: XCTestCase {
    let child = UUID()
    let caseworker = UUID()
    let teacher = UUID()
    let family = UUID()
    let notifier = UUID()

    func d(_ y: Int, _ m: Int, _ day: Int) -> LocalDate { LocalDate(year: y, month: m, day: day)! }
    func at(_ date: LocalDate, _ hour: Int, _ minute: Int = 0) -> Date { DanishTime.instant(date, hour: hour, minute: minute) }

    func entry(_ payload: EntryPayload, at instant: Date, author: UUID? = nil, corrects: UUID? = nil) -> Entry {
        Entry(municipality: 707, child: child, payload: payload, occurredAt: instant, recordedAt: instant,
              author: author ?? caseworker, corrects: corrects)
    }

    // Setup shared by the agreed-action tests: a caseworker on the case, a meeting on Monday 3 February 2025 agreeing two
    // actions for the teacher.
    lazy var call = NetworkMeeting.AgreedAction(what: "Ring til PPR", owner: teacher, due: d(2025, 2, 10))
    lazy var visit = NetworkMeeting.AgreedAction(what: "Hjemmebesøg", owner: teacher, due: d(2025, 2, 14))
    lazy var assigned = entry(.caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker)), at: at(d(2025, 1, 6), 9))
    lazy var meeting = entry(.networkMeeting(NetworkMeeting(
        participants: .init(child: true, parents: true, network: false, professions: [.teacher]), worries: "Fravær",
        workingWell: "Glad i frikvarteret", needsToHappen: "Hjælp til at komme i skole", safetyScale: 4, actions: [call, visit])),
        at: at(d(2025, 2, 3), 9))

    func complete(_ action: NetworkMeeting.AgreedAction, _ outcome: TaskCompletion.Outcome, on day: LocalDate, comment: String = "",
                  author: UUID? = nil) -> Entry {
        let completion = TaskCompletion(task: .agreedAction(meeting: meeting.id, action: action.id), outcome: outcome, completedOn: day, comment: comment)
        return entry(.taskCompleted(completion), at: completion.occurredAt(now: at(day, 15), taskBegan: meeting.occurredAt), author: author ?? teacher)
    }

    func obligations(_ entries: [Entry], now: Date, caseworker: UUID? = nil) -> [Obligation] {
        RuleBook.barnetsLov.obligations(for: Timeline(entries), child: child, calendar: .standard, now: now, caseworker: caseworker)
    }

    func validate(_ new: Entry, after entries: [Entry], now: Date, file: StaticString = #filePath, line: UInt = #line) -> DomainError.Code? {
        do {
            try JournalRules.validate(new, in: Timeline(entries), now: now)
            return nil
        } catch {
            return error.code
        }
    }

    // MARK: - Agreed actions

    func testAnActionMarkedDoneLeavesTheListsAndOneNotDoneMovesToTheCaseworkerWithTheComment() throws {
        let done = complete(call, .done, on: d(2025, 2, 7))
        let notDone = complete(visit, .notDone, on: d(2025, 2, 14), comment: "Familien var ikke hjemme")

        let result = obligations([assigned, meeting, done, notDone], now: at(d(2025, 2, 20), 9), caseworker: caseworker)

        let forCall = try XCTUnwrap(result.first { $0.action == call.id })
        XCTAssertEqual(forCall.status, .dischargedOnTime)
        XCTAssertEqual(forCall.dischargedBy, done.id)
        let forVisit = try XCTUnwrap(result.first { $0.action == visit.id })
        XCTAssertNil(forVisit.dischargedBy)
        XCTAssertEqual(forVisit.status, .overdue)
        XCTAssertEqual(forVisit.assignee, .caseworker(caseworker))
        XCTAssertEqual(forVisit.note, "Familien var ikke hjemme")
        XCTAssertEqual(forVisit.due, DanishTime.endOfDay(d(2025, 2, 14)), "not done keeps its agreed day")
    }

    func testNotDoneWithoutACaseworkerGoesToTheDistrictTeamAndCanBeDoneLater() throws {
        let notDone = complete(visit, .notDone, on: d(2025, 2, 12), comment: "Flyttet")
        let laterDone = complete(visit, .done, on: d(2025, 2, 18), author: caseworker)

        let open = obligations([meeting, notDone], now: at(d(2025, 2, 13), 9), caseworker: nil)
        let closed = obligations([meeting, notDone, laterDone], now: at(d(2025, 2, 20), 9), caseworker: nil)

        XCTAssertEqual(open.first { $0.action == visit.id }?.assignee, .districtTeam)
        XCTAssertEqual(open.first { $0.action == visit.id }?.status, .open)
        XCTAssertEqual(closed.first { $0.action == visit.id }?.status, .dischargedLate)
        XCTAssertEqual(closed.first { $0.action == visit.id }?.dischargedBy, laterDone.id)
    }

    func testACancelledActionLeavesTheListsUndoneAndALaterMeetingStillDischargesActions() throws {
        let cancelled = complete(call, .cancelled, on: d(2025, 2, 5), comment: "PPR er allerede inde over", author: caseworker)
        let later = entry(.networkMeeting(NetworkMeeting(participants: .init(child: false, parents: true, network: false, professions: []),
                                                         worries: "Lidt", workingWell: "Meget", needsToHappen: "Fortsæt", safetyScale: 7,
                                                         completedActions: [visit.id])), at: at(d(2025, 2, 12), 9))

        let result = obligations([assigned, meeting, cancelled, later], now: at(d(2025, 2, 20), 9), caseworker: caseworker)

        let forCall = try XCTUnwrap(result.first { $0.action == call.id })
        XCTAssertEqual(forCall.status, .notRelevant)
        XCTAssertEqual(forCall.dischargedBy, cancelled.id)
        XCTAssertEqual(forCall.note, "PPR er allerede inde over")
        XCTAssertEqual(result.first { $0.action == visit.id }?.status, .dischargedOnTime)
        XCTAssertEqual(result.first { $0.action == visit.id }?.dischargedBy, later.id)
    }

    func testAnActionDoneTwiceIsRefused() {
        let done = complete(call, .done, on: d(2025, 2, 7))
        let again = complete(call, .done, on: d(2025, 2, 8))
        let notDoneAfterDone = complete(call, .notDone, on: d(2025, 2, 8), comment: "Alligevel ikke")
        let now = at(d(2025, 2, 8), 16)

        XCTAssertNil(validate(done, after: [assigned, meeting], now: now))
        XCTAssertEqual(validate(again, after: [assigned, meeting, done], now: now), .taskAlreadyClosed)
        XCTAssertEqual(validate(notDoneAfterDone, after: [assigned, meeting, done], now: now), .taskAlreadyClosed)
    }

    func testACompletionIsRefusedWithoutACommentInTheFutureBeforeTheMeetingOrForAnActionNotOnTheChild() {
        let now = at(d(2025, 2, 8), 16)
        let base = [assigned, meeting]
        XCTAssertEqual(validate(complete(call, .notDone, on: d(2025, 2, 7), comment: "  "), after: base, now: now), .taskCommentMissing)
        XCTAssertEqual(validate(complete(call, .cancelled, on: d(2025, 2, 7)), after: base, now: now), .taskCommentMissing)
        XCTAssertNil(validate(complete(call, .notDone, on: d(2025, 2, 7), comment: "Nåede det ikke"), after: base, now: now))

        let future = TaskCompletion(task: .agreedAction(meeting: meeting.id, action: call.id), outcome: .done, completedOn: d(2025, 2, 9))
        XCTAssertEqual(validate(entry(.taskCompleted(future), at: now, author: teacher), after: base, now: now), .occurredInFuture)
        let early = TaskCompletion(task: .agreedAction(meeting: meeting.id, action: call.id), outcome: .done, completedOn: d(2025, 2, 2))
        XCTAssertEqual(validate(entry(.taskCompleted(early), at: now, author: teacher), after: base, now: now), .taskCompletedBeforeStart)

        let unknown = TaskCompletion(task: .agreedAction(meeting: meeting.id, action: UUID()), outcome: .done, completedOn: d(2025, 2, 7))
        XCTAssertEqual(validate(entry(.taskCompleted(unknown), at: now, author: teacher), after: base, now: now), .taskMissing)
        let notAMeeting = TaskCompletion(task: .agreedAction(meeting: assigned.id, action: call.id), outcome: .done, completedOn: d(2025, 2, 7))
        XCTAssertEqual(validate(entry(.taskCompleted(notAMeeting), at: now, author: teacher), after: base, now: now), .taskMissing)
        // A meeting about another child is not in this child's course.
        let other = Entry(municipality: 707, child: UUID(), payload: meeting.payload, occurredAt: meeting.occurredAt,
                          recordedAt: meeting.recordedAt, author: caseworker)
        let elsewhere = TaskCompletion(task: .agreedAction(meeting: other.id, action: call.id), outcome: .done, completedOn: d(2025, 2, 7))
        XCTAssertEqual(validate(entry(.taskCompleted(elsewhere), at: now, author: teacher), after: base, now: now), .taskMissing)
    }

    func testACompletionOnAPastDayHappenedByTheEndOfThatDay() {
        let completion = TaskCompletion(task: .agreedAction(meeting: meeting.id, action: call.id), outcome: .done, completedOn: d(2025, 2, 10))
        let now = at(d(2025, 2, 12), 9)
        XCTAssertEqual(completion.occurredAt(now: now, taskBegan: meeting.occurredAt), DanishTime.endOfDay(d(2025, 2, 10)).addingTimeInterval(-60))
        let today = TaskCompletion(task: completion.task, outcome: .done, completedOn: d(2025, 2, 12))
        XCTAssertEqual(today.occurredAt(now: now, taskBegan: meeting.occurredAt), now)
        let meetingDay = TaskCompletion(task: completion.task, outcome: .done, completedOn: d(2025, 2, 3))
        XCTAssertGreaterThanOrEqual(meetingDay.occurredAt(now: now, taskBegan: meeting.occurredAt), meeting.occurredAt)
    }

    // MARK: - Messages from Min side

    func portalMessage(at instant: Date, fromPortal: Bool = true) -> Entry {
        entry(.ownViews(OwnViews(who: .child, text: "Jeg vil gerne tale med dig", sentFromPortal: fromPortal)), at: instant, author: family)
    }

    func testAPortalMessageIsOwedAnAnswerByTheEndOfTheSecondWorkingDayOnTheCaseworkersList() throws {
        // Friday 14 February 2025: due by the end of Tuesday 18 February.
        let message = portalMessage(at: at(d(2025, 2, 14), 20))
        let recorded = portalMessage(at: at(d(2025, 2, 14), 21), fromPortal: false)

        let result = obligations([assigned, message, recorded], now: at(d(2025, 2, 17), 9), caseworker: caseworker)

        let owed = try XCTUnwrap(result.first { $0.rule == DeadlineRule.portalMessage.id })
        XCTAssertEqual(owed.trigger, message.id)
        XCTAssertEqual(owed.due, DanishTime.endOfDay(d(2025, 2, 18)))
        XCTAssertEqual(owed.assignee, .caseworker(caseworker))
        XCTAssertEqual(owed.status, .open)
        XCTAssertEqual(result.filter { $0.rule == DeadlineRule.portalMessage.id }.count, 1, "views staff recorded owe no answer")
    }

    func testAPortalMessageMarkedDoneIsDischargedAndOnlyDoneIsAccepted() throws {
        let message = portalMessage(at: at(d(2025, 2, 14), 20))
        let answered = TaskCompletion(task: .portalMessage(entry: message.id), outcome: .done, completedOn: d(2025, 2, 17))
        let answer = entry(.taskCompleted(answered), at: answered.occurredAt(now: at(d(2025, 2, 17), 10), taskBegan: message.occurredAt))
        let now = at(d(2025, 2, 17), 10)

        XCTAssertNil(validate(answer, after: [assigned, message], now: now))
        let result = obligations([assigned, message, answer], now: now, caseworker: caseworker)
        XCTAssertEqual(result.first { $0.rule == DeadlineRule.portalMessage.id }?.status, .dischargedOnTime)
        XCTAssertEqual(result.first { $0.rule == DeadlineRule.portalMessage.id }?.dischargedBy, answer.id)

        let notDone = TaskCompletion(task: .portalMessage(entry: message.id), outcome: .notDone, completedOn: d(2025, 2, 17), comment: "Ikke læst")
        XCTAssertEqual(validate(entry(.taskCompleted(notDone), at: now), after: [assigned, message], now: now), .taskOutcomeInvalid)
        XCTAssertEqual(validate(entry(.taskCompleted(answered), at: now), after: [assigned, message, answer], now: now), .taskAlreadyClosed)
        let staffViews = portalMessage(at: at(d(2025, 2, 14), 21), fromPortal: false)
        let notAMessage = TaskCompletion(task: .portalMessage(entry: staffViews.id), outcome: .done, completedOn: d(2025, 2, 17))
        XCTAssertEqual(validate(entry(.taskCompleted(notAMessage), at: now), after: [assigned, staffViews], now: now), .taskMissing)
    }

    func testOwnViewsStoredBeforeTheFlagReadAsNotFromThePortalAndTheFlagRoundTrips() throws {
        let old = try EntryPayload.decode(kind: .ownViews, json: #"{"who":"child","text":"Hej","scale":[]}"#)
        guard case .ownViews(let views) = old else { return XCTFail("not own views") }
        XCTAssertFalse(views.sentFromPortal)
        let sent = EntryPayload.ownViews(OwnViews(who: .parent, text: "Hej", sentFromPortal: true))
        XCTAssertEqual(try EntryPayload.decode(kind: .ownViews, json: sent.encodedJSON()), sent)
        XCTAssertFalse(try EntryPayload.ownViews(OwnViews(who: .child, text: "Hej")).encodedJSON().contains("sentFromPortal"))
    }

    func testTheNewPayloadsRoundTripThroughTheirStoredJSON() throws {
        let payloads: [EntryPayload] = [
            .taskCompleted(TaskCompletion(task: .agreedAction(meeting: UUID(), action: UUID()), outcome: .notDone, completedOn: d(2025, 3, 1), comment: "Syg")),
            .taskCompleted(TaskCompletion(task: .portalMessage(entry: UUID()), outcome: .done, completedOn: d(2025, 3, 1))),
            .deadlineNotRelevant(DeadlineNotRelevant(rule: "receipt-6-working-days", trigger: UUID(), reason: "Anonym")),
            .deadlineNotRelevant(DeadlineNotRelevant(rule: "network-meeting-action", trigger: UUID(), action: UUID(), reason: "Udgået")),
        ]
        for payload in payloads {
            XCTAssertEqual(try EntryPayload.decode(kind: payload.kind, json: payload.encodedJSON()), payload)
        }
        XCTAssertThrowsError(try EntryPayload.decode(kind: .taskCompleted, json: #"{"task":"somethingElse","outcome":"done","completedOn":"2025-03-01"}"#))
    }

    // MARK: - Legal deadlines marked not relevant

    lazy var received = entry(.notification(Notification(notifierKind: .professional, notifierUser: notifier, profession: .teacher,
                                                         description: "Eleven kommer ofte sulten i skole")), at: at(d(2025, 3, 3), 10), author: notifier)

    func markNotRelevant(_ rule: DeadlineRule, reason: String = "Underretteren har trukket sin henvendelse tilbage og ønsker ingen kvittering",
                         at instant: Date) -> Entry {
        entry(.deadlineNotRelevant(DeadlineNotRelevant(rule: rule.id, trigger: received.id, reason: reason)), at: instant)
    }

    func testALegalDeadlineMarkedNotRelevantLeavesTheListsAndCountsAsMissedUnlessTheRuleAllowsIt() throws {
        let mark = markNotRelevant(.receipt, at: at(d(2025, 3, 4), 9))
        let now = at(d(2025, 4, 30), 9)
        let result = obligations([assigned, received, mark], now: now, caseworker: caseworker)

        let receipt = try XCTUnwrap(result.first { $0.rule == DeadlineRule.receipt.id })
        XCTAssertEqual(receipt.status, .notRelevant)
        XCTAssertEqual(receipt.dischargedBy, mark.id, "off every list")
        XCTAssertEqual(receipt.note, "Underretteren har trukket sin henvendelse tilbage og ønsker ingen kvittering")
        XCTAssertEqual(result.first { $0.rule == DeadlineRule.urgencyAssessment.id }?.status, .overdue, "the other deadlines stand")

        func receiptSeries(_ book: RuleBook) throws -> (Int, Int) {
            let settings = IndicatorSettings(ruleBook: book)
            let definition = IndicatorDefinition.deadlinesMet(settings)
            let course = IndicatorCourse(child: IndicatorChildFacts(id: child, birthDate: d(2015, 5, 1), sex: .female, district: "Grenaa"),
                                         timeline: Timeline([assigned, received, mark]), settings: settings, asOf: now)
            let counted = definition.observe(course).filter { $0.series == DeadlineRule.receipt.id }
            return (counted.map(\.numerator).reduce(0, +), counted.count)
        }
        let strict = try receiptSeries(.barnetsLov)
        XCTAssertEqual(strict.0, 0)
        XCTAssertEqual(strict.1, 1, "counted, as missed")
        var lenient = RuleBook.barnetsLov
        lenient[DeadlineRule.receipt.id]?.mayBeNotRelevant = true
        let allowed = try receiptSeries(lenient)
        XCTAssertEqual(allowed.1, 0, "not counted at all")
    }

    func testNotRelevantIsRefusedWithoutAReasonForAnUnknownDeadlineOrOneAlreadyMet() {
        let now = at(d(2025, 3, 5), 9)
        let base = [assigned, received]
        XCTAssertNil(validate(markNotRelevant(.receipt, at: now), after: base, now: now))
        XCTAssertEqual(validate(markNotRelevant(.receipt, reason: " \n", at: now), after: base, now: now), .notRelevantReasonMissing)
        let unknownRule = entry(.deadlineNotRelevant(DeadlineNotRelevant(rule: "no-such-rule", trigger: received.id, reason: "Fordi")), at: now)
        XCTAssertEqual(validate(unknownRule, after: base, now: now), .taskMissing)
        // No receipt is owed to an anonymous notifier: nothing to mark.
        let anonymous = entry(.notification(Notification(notifierKind: .anonymous, description: "Råb fra lejligheden")), at: at(d(2025, 3, 3), 10))
        let noReceipt = entry(.deadlineNotRelevant(DeadlineNotRelevant(rule: DeadlineRule.receipt.id, trigger: anonymous.id, reason: "Anonym")), at: now)
        XCTAssertEqual(validate(noReceipt, after: [assigned, anonymous], now: now), .taskMissing)
        let sent = entry(.receiptSent(Receipt(notification: received.id, text: "Tak")), at: at(d(2025, 3, 4), 9))
        XCTAssertEqual(validate(markNotRelevant(.receipt, at: now), after: base + [sent], now: now), .taskAlreadyClosed)
        let first = markNotRelevant(.receipt, at: at(d(2025, 3, 4), 12))
        XCTAssertEqual(validate(markNotRelevant(.receipt, at: now), after: base + [first], now: now), .taskAlreadyClosed)
    }

    func testThePolicyRulesStayOutOfTheLegalDeadlinesIndicator() {
        let counted = IndicatorSettings.standard.deadlineRules
        for rule in DeadlineRule.policyRuleIDs { XCTAssertFalse(counted.contains(rule), rule) }
        XCTAssertTrue(counted.contains(DeadlineRule.receipt.id))
        XCTAssertFalse(DeadlineRule.receipt.mayBeNotRelevant)
    }
}
