import XCTest
@testable import SporDomain

/// Every intake channel (issue 19): notifier kinds, the channel, who notified, the heightened duty's receipt, and the
/// time received as the entry's time.
final class NotificationChannelTests: XCTestCase {
    let child = UUID()
    let caseworker = UUID()
    let monday = DanishTime.instant(LocalDate(year: 2025, month: 2, day: 3)!, hour: 9)

    func received(_ kind: NotifierKind, channel: NotificationChannel = .phone, name: String? = nil, contact: String? = nil,
                  at instant: Date? = nil) -> Entry {
        let notification = Notification(notifierKind: kind, profession: kind == .professional ? .teacher : nil,
                                        description: "Barnet er alene hjemme om aftenen", channel: channel,
                                        notifierName: name, notifierContact: contact)
        return Entry(municipality: 707, child: child, payload: .notification(notification), occurredAt: instant ?? monday,
                     recordedAt: monday, author: caseworker)
    }

    func rules(_ entries: [Entry]) -> [String] {
        RuleBook.barnetsLov.obligations(for: Timeline(entries), child: child, calendar: .standard, now: monday, caseworker: nil).map(\.rule)
    }

    func testTheReceiptAndFeedbackAreOwedToNotifiersWithTheHeightenedDutyOnly() {
        for kind in NotifierKind.allCases {
            let owed = rules([received(kind)])
            let expected = kind.hasHeightenedDuty
                ? [DeadlineRule.urgencyAssessment.id, DeadlineRule.receipt.id, DeadlineRule.notifierFeedback.id]
                : [DeadlineRule.urgencyAssessment.id]
            XCTAssertEqual(owed, expected, "\(kind)")
        }
        XCTAssertEqual(NotifierKind.allCases.filter(\.hasHeightenedDuty), [.professional, .police, .healthcare, .otherMunicipality])
    }

    func testAReceiptToTheHeightenedDutyIsAcceptedAndToAnAnonymousCallerRefused() throws {
        for (kind, accepted) in [(NotifierKind.police, true), (.healthcare, true), (.anonymous, false), (.privatePerson, false)] {
            let notification = received(kind)
            let receipt = Entry(municipality: 707, child: child, payload: .receiptSent(Receipt(notification: notification.id, text: "Tak")),
                                occurredAt: monday.addingTimeInterval(3600), recordedAt: monday.addingTimeInterval(3600), author: caseworker)
            let refusal: DomainError.Code? = {
                do { try JournalRules.validate(receipt, in: Timeline([notification]), now: monday.addingTimeInterval(7200)); return nil }
                catch { return (error as? DomainError)?.code }
            }()
            XCTAssertEqual(refusal, accepted ? nil : .notProfessionalNotifier, "\(kind)")
        }
    }

    func testTheDeadlinesRunFromTheTimeReceivedWhichIsNeverInTheFuture() throws {
        let yesterday = monday.addingTimeInterval(-20 * 3600)
        let entry = received(.anonymous, at: yesterday)
        let assessment = try XCTUnwrap(RuleBook.barnetsLov.obligations(for: Timeline([entry]), child: child, calendar: .standard, now: monday, caseworker: nil).first)
        XCTAssertEqual(assessment.due, yesterday.addingTimeInterval(24 * 3600))

        let tomorrow = received(.anonymous, at: monday.addingTimeInterval(86_400))
        XCTAssertThrowsError(try JournalRules.validate(tomorrow, in: Timeline([]), now: monday)) { error in
            XCTAssertEqual((error as? DomainError)?.code, .occurredInFuture)
            XCTAssertEqual((error as? DomainError)?.field, "occurredAt")
        }
    }

    func testWhoNotifiedIsBoundedInLength() {
        let long = String(repeating: "x", count: Notification.maximumNotifierTextLength + 1)
        XCTAssertThrowsError(try JournalRules.validate(received(.privatePerson, name: long), in: Timeline([]), now: monday)) { error in
            XCTAssertEqual((error as? DomainError)?.field, "notifierName")
        }
        XCTAssertThrowsError(try JournalRules.validate(received(.privatePerson, contact: long), in: Timeline([]), now: monday)) { error in
            XCTAssertEqual((error as? DomainError)?.field, "notifierContact")
        }
        XCTAssertNoThrow(try JournalRules.validate(received(.privatePerson, name: "Nabo", contact: "12 34 56 78"), in: Timeline([]), now: monday))
    }

    func testAStoredNotificationWithoutAChannelCameThroughSporAndANewOneKeepsEverything() throws {
        let old = #"{"notifierKind":"professional","description":"Fravær.","dialogBased":false,"concernsAbuse":false}"#
        XCTAssertEqual(try EntryPayload.decode(kind: .notification, json: old),
                       .notification(Notification(notifierKind: .professional, description: "Fravær.")))

        let new = Notification(notifierKind: .otherMunicipality, description: "Familien er flyttet hertil", concernsAbuse: true,
                               channel: .letter, notifierName: "Randers Kommune", notifierContact: "89 15 15 15")
        let json = String(decoding: try JSONEncoder().encode(new), as: UTF8.self)
        XCTAssertEqual(try EntryPayload.decode(kind: .notification, json: json), .notification(new))

        let unknownKind = #"{"notifierKind":"neighbour","description":"x","dialogBased":false,"concernsAbuse":false}"#
        XCTAssertThrowsError(try EntryPayload.decode(kind: .notification, json: unknownKind))
        let unknownChannel = #"{"notifierKind":"child","channel":"pigeon","description":"x","dialogBased":false,"concernsAbuse":false}"#
        XCTAssertThrowsError(try EntryPayload.decode(kind: .notification, json: unknownChannel))
    }

    func testOutsideTheCaseAPayloadReadsWithoutWhoNotified() {
        let named = Notification(notifierKind: .privatePerson, description: "Råb fra lejligheden", channel: .phone,
                                 notifierName: "Nabo Hansen", notifierContact: "12 34 56 78")
        guard case .notification(let stripped) = EntryPayload.notification(named).withoutNotifier else { return XCTFail() }
        XCTAssertNil(stripped.notifierName)
        XCTAssertNil(stripped.notifierContact)
        XCTAssertEqual(stripped.description, named.description)
        XCTAssertEqual(stripped.channel, .phone)
        let corrected = EntryPayload.correction(Correction(reason: "Rettet", replacement: .notification(named))).withoutNotifier
        guard case .correction(let correction) = corrected, case .notification(let replacement)? = correction.replacement else { return XCTFail() }
        XCTAssertNil(replacement.notifierName)
    }
}
