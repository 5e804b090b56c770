import XCTest
@testable import SporDomain

/// What follows a notification, read from the journal (issue 21, 1): the afdækning or investigation a 24-hour
/// assessment names, and the feedback to the notifier, which must say what the journal shows (§ 138).
final class NotificationFollowUpTests: XCTestCase {
    let child = UUID()
    let caseworker = UUID()
    let received = DanishTime.instant(LocalDate(year: 2026, month: 3, day: 2)!, hour: 17)
    var assessed: Date { received.addingTimeInterval(16 * 3600) }

    func entry(_ payload: EntryPayload, at instant: Date) -> Entry {
        Entry(municipality: 707, child: child, payload: payload, occurredAt: instant, recordedAt: instant, author: caseworker)
    }

    lazy var notification = entry(.notification(Notification(notifierKind: .professional, profession: .teacher,
                                                             description: "Eleven kommer ofte sulten i skole")), at: received)

    func feedback(_ led: Bool) -> Entry {
        entry(.notifierFeedback(NotifierFeedback(notification: notification.id, ledToInvestigation: led, text: "Tilbagemelding")),
              at: assessed.addingTimeInterval(86_400))
    }

    func start(_ kind: EntryKind, following: UUID?) -> Entry {
        let start = AssessmentStart(reason: "Tegn på omsorgssvigt", notification: following)
        return entry(kind == .investigation ? .investigation(start) : .focusedAssessment(start), at: assessed)
    }

    func testTheNextStepNamesWhatStartsFromTheNotificationsDay() {
        let assessment = UrgencyAssessment(notification: notification.id, inDanger: true, acuteMeasures: false, nextStep: .investigation,
                                           reasoning: "Tegn på vold")
        guard case .investigation(let start)? = assessment.start(notificationReceivedOn: DanishTime.localDate(of: received)) else {
            return XCTFail("no investigation")
        }
        XCTAssertEqual(start.needKnownOn, LocalDate(year: 2026, month: 3, day: 2))
        XCTAssertEqual(start.notification, notification.id)
        XCTAssertEqual(start.reason, "Tegn på vold")
        var focused = assessment
        focused.nextStep = .focusedAssessment
        guard case .focusedAssessment? = focused.start(notificationReceivedOn: DanishTime.localDate(of: received)) else {
            return XCTFail("no afdækning")
        }
        for step in [NextStep.noAction, .immediateHelp, .reassessment] {
            var other = assessment
            other.nextStep = step
            XCTAssertNil(other.start(notificationReceivedOn: DanishTime.localDate(of: received)), "\(step)")
        }
    }

    func testAConcludedAssessmentIsNoLongerOpen() {
        let started = start(.investigation, following: notification.id)
        let open = Timeline([notification, started])
        XCTAssertEqual(open.openAssessment(following: notification.id)?.entry.id, started.id)
        let conclusion = AssessmentConclusion(start: started.id, triangle: ICSTriangle(childsDevelopment: "a", parentingCapacity: "b",
                                                                                      familyAndNetwork: "c"),
                                              childsViews: "d", parentsViews: "e", conclusion: "f")
        let concluded = Timeline([notification, started, entry(.investigationConcluded(conclusion), at: assessed.addingTimeInterval(3600))])
        XCTAssertNil(concluded.openAssessment(following: notification.id))
        XCTAssertTrue(concluded.ledToInvestigation(notification.id), "it still led to one")
    }

    func testFeedbackMustSayWhatTheJournalShows() throws {
        let none = Timeline([notification])
        XCTAssertThrowsError(try JournalRules.validate(feedback(true), in: none, now: assessed.addingTimeInterval(2 * 86_400))) { error in
            XCTAssertEqual((error as? DomainError)?.code, .feedbackContradictsJournal)
            XCTAssertEqual((error as? DomainError)?.field, "ledToInvestigation")
        }
        XCTAssertNoThrow(try JournalRules.validate(feedback(false), in: none, now: assessed.addingTimeInterval(2 * 86_400)))

        for kind in [EntryKind.investigation, .focusedAssessment] {
            let started = Timeline([notification, start(kind, following: notification.id)])
            XCTAssertNoThrow(try JournalRules.validate(feedback(true), in: started, now: assessed.addingTimeInterval(2 * 86_400)), "\(kind)")
            XCTAssertThrowsError(try JournalRules.validate(feedback(false), in: started, now: assessed.addingTimeInterval(2 * 86_400)), "\(kind)")
        }
        // Nor may a correction make it say otherwise.
        let given = feedback(false)
        let amended = entry(.correction(Correction(reason: "Rettet", replacement: .notifierFeedback(
            NotifierFeedback(notification: notification.id, ledToInvestigation: true, text: "Rettet tilbagemelding")))),
                            at: assessed.addingTimeInterval(2 * 86_400))
        let corrected = Entry(id: amended.id, municipality: 707, child: child, payload: amended.payload, occurredAt: amended.occurredAt,
                              recordedAt: amended.recordedAt, author: caseworker, corrects: given.id)
        XCTAssertThrowsError(try JournalRules.validate(corrected, in: Timeline([notification, given]), now: assessed.addingTimeInterval(3 * 86_400))) {
            XCTAssertEqual(($0 as? DomainError)?.code, .feedbackContradictsJournal)
        }
        // One started for another reason (not following this notification) is not what this notification led to.
        let unrelated = Timeline([notification, start(.investigation, following: nil)])
        XCTAssertNoThrow(try JournalRules.validate(feedback(false), in: unrelated, now: assessed.addingTimeInterval(2 * 86_400)))
    }
}
