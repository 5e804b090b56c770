import XCTest
@testable import SporDomain

final class TimelineTests: XCTestCase {
    let child = UUID()
    let author = UUID()
    let start = Date(timeIntervalSince1970: 1_750_000_000)

    func entry(_ payload: EntryPayload, minutes: Double, corrects: UUID? = nil) -> Entry {
        let at = start.addingTimeInterval(minutes * 60)
        return Entry(municipality: 707, child: child, payload: payload, occurredAt: at, recordedAt: at, author: author, corrects: corrects)
    }

    func concern(_ level: ConcernLevel) -> EntryPayload {
        .concern(Concern(level: level, source: .teacher, description: "Bekymring"))
    }

    func testTheFoldFollowsConcernsCaseworkersAndClosure() {
        let first = UUID(), second = UUID()
        let timeline = Timeline([
            entry(concern(.sensitive), minutes: 0),
            entry(.caseworkerAssigned(CaseworkerAssignment(caseworker: first)), minutes: 1),
            entry(concern(.atRisk), minutes: 2),
            entry(.caseworkerAssigned(CaseworkerAssignment(caseworker: second)), minutes: 3),
        ])
        var state = timeline.state()
        XCTAssertTrue(state.isOpen)
        XCTAssertEqual(state.concernLevel, .atRisk)
        XCTAssertEqual(state.concernHistory.map(\.level), [.sensitive, .atRisk])
        XCTAssertEqual(state.caseworker, second)
        XCTAssertEqual(state.caseworkerChanges, 1)

        state = Timeline(timeline.entries + [entry(.caseClosed(CaseClosure(reason: "Forløb afsluttet")), minutes: 4)]).state()
        XCTAssertFalse(state.isOpen)
        XCTAssertNotNil(state.closedAt)
    }

    func testANoteAfterTheClosureDoesNotReopenButANewConcernDoes() {
        let first = UUID(), second = UUID()
        var entries = [
            entry(concern(.vulnerable), minutes: 0),
            entry(.caseworkerAssigned(CaseworkerAssignment(caseworker: first)), minutes: 1),
            entry(.caseClosed(CaseClosure(reason: "Afsluttet")), minutes: 2),
            entry(.journalNote(JournalNote(text: "Mor ringede efter lukning")), minutes: 3),
        ]
        var state = Timeline(entries).state()
        XCTAssertFalse(state.isOpen)
        XCTAssertNil(state.caseworker)

        entries += [entry(concern(.atRisk), minutes: 4), entry(.caseworkerAssigned(CaseworkerAssignment(caseworker: second)), minutes: 5)]
        state = Timeline(entries).state()
        XCTAssertTrue(state.isOpen)
        XCTAssertEqual(state.caseworker, second)
        // A new case with a new caseworker is not a change of caseworker.
        XCTAssertEqual(state.caseworkerChanges, 0)
    }

    func testAClosureIsJudgedAtTheTimeItHappened() {
        let now = start.addingTimeInterval(3600)
        let timeline = Timeline([entry(concern(.vulnerable), minutes: 10)])
        // Closing at minute 5, before the concern at minute 10 opened anything, is refused.
        XCTAssertThrowsError(try JournalRules.validate(entry(.caseClosed(CaseClosure(reason: "x")), minutes: 5), in: timeline, now: now))
        XCTAssertNoThrow(try JournalRules.validate(entry(.caseClosed(CaseClosure(reason: "x")), minutes: 11), in: timeline, now: now))
    }

    func testEntriesAreFoldedInTheOrderTheyHappenedNotRecorded() {
        let late = entry(concern(.threatened), minutes: 10)
        let early = entry(concern(.thriving), minutes: 0)
        XCTAssertEqual(Timeline([late, early]).state().concernLevel, .threatened)
    }

    func testACorrectionReplacesTheOriginalWhichStaysReadable() {
        let original = entry(concern(.threatened), minutes: 0)
        let correction = entry(.correction(Correction(reason: "Forkert niveau", replacement: concern(.sensitive))), minutes: 5, corrects: original.id)
        let timeline = Timeline([original, correction])
        XCTAssertEqual(timeline.items.count, 1)
        XCTAssertEqual(timeline.items[0].entry, original)
        XCTAssertEqual(timeline.items[0].corrections, [correction])
        XCTAssertEqual(timeline.state().concernLevel, .sensitive)
    }

    func testACorrectionWithoutReplacementVoidsTheOriginal() {
        let original = entry(concern(.threatened), minutes: 0)
        let void = entry(.correction(Correction(reason: "Registreret på forkert barn", replacement: nil)), minutes: 5, corrects: original.id)
        let state = Timeline([original, void]).state()
        XCTAssertNil(state.concernLevel)
        XCTAssertFalse(state.isOpen)
    }

    func testValidationRefusesWhatTheJournalMustNotHold() {
        let now = start.addingTimeInterval(3600)
        let original = entry(concern(.atRisk), minutes: 0)
        let timeline = Timeline([original])

        func code(_ e: Entry) -> DomainError.Code? {
            do { try JournalRules.validate(e, in: timeline, now: now); return nil } catch { return error.code }
        }

        XCTAssertEqual(code(entry(concern(.atRisk), minutes: 120)), .occurredInFuture)
        XCTAssertNil(code(entry(concern(.atRisk), minutes: 62))) // within the clock tolerance
        XCTAssertEqual(code(entry(.journalNote(JournalNote(text: " \n ")), minutes: 1)), .textMissing)
        XCTAssertEqual(code(entry(.journalNote(JournalNote(text: String(repeating: "a", count: 20_001))), minutes: 1)), .textTooLong)
        XCTAssertEqual(code(entry(.correction(Correction(reason: "x", replacement: nil)), minutes: 1, corrects: UUID())), .correctionTargetMissing)
        XCTAssertEqual(code(entry(.correction(Correction(reason: "x", replacement: .journalNote(JournalNote(text: "y")))), minutes: 1, corrects: original.id)), .correctionKindMismatch)
        XCTAssertEqual(code(entry(.correction(Correction(reason: "", replacement: nil)), minutes: 1, corrects: original.id)), .textMissing)
        XCTAssertNil(code(entry(.correction(Correction(reason: "Fejl", replacement: concern(.vulnerable))), minutes: 1, corrects: original.id)))
        XCTAssertNil(code(entry(.caseClosed(CaseClosure(reason: "Afsluttet")), minutes: 1)))
        XCTAssertEqual((try? JournalRules.validate(entry(.caseClosed(CaseClosure(reason: "Afsluttet")), minutes: 1), in: Timeline([]), now: now)) == nil, true)
    }

    func testPayloadsSurviveTheirStoredForm() throws {
        let payloads: [EntryPayload] = [
            concern(.vulnerable),
            .journalNote(JournalNote(text: "Æblegrød & \"citater\"")),
            .caseworkerAssigned(CaseworkerAssignment(caseworker: UUID())),
            .caseClosed(CaseClosure(reason: "Afsluttet")),
            .correction(Correction(reason: "Fejl", replacement: concern(.thriving))),
            .correction(Correction(reason: "Fejl", replacement: nil)),
        ]
        for payload in payloads {
            XCTAssertEqual(try EntryPayload.decode(kind: payload.kind, json: payload.encodedJSON()), payload)
        }
    }
}

final class ReassessmentTests: XCTestCase {
    func testAReassessmentMustBeSignedBySomeoneNewToTheCase() {
        let child = UUID(), oldHand = UUID(), newcomer = UUID()
        let start = Date(timeIntervalSince1970: 1_760_000_000)
        func at(_ minutes: Double) -> Date { start.addingTimeInterval(minutes * 60) }
        let assignment = Entry(municipality: 707, child: child, payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: oldHand)),
                               occurredAt: at(0), recordedAt: at(0), author: oldHand)
        let notification = Entry(municipality: 707, child: child,
                                 payload: .notification(Notification(notifierKind: .privatePerson, description: "Naboen hører råb")),
                                 occurredAt: at(10), recordedAt: at(10), author: oldHand)
        let timeline = Timeline([assignment, notification])
        func reassessment(by author: UUID) -> Entry {
            Entry(municipality: 707, child: child,
                  payload: .urgencyAssessment(UrgencyAssessment(notification: notification.id, inDanger: false, acuteMeasures: false,
                                                                nextStep: .reassessment, reasoning: "Revurderet")),
                  occurredAt: at(20), recordedAt: at(20), author: author)
        }
        XCTAssertThrowsError(try JournalRules.validate(reassessment(by: oldHand), in: timeline, now: at(30))) { error in
            XCTAssertEqual((error as? DomainError)?.code, .reassessmentNeedsNewPerson)
        }
        XCTAssertNoThrow(try JournalRules.validate(reassessment(by: newcomer), in: timeline, now: at(30)))
    }
}
