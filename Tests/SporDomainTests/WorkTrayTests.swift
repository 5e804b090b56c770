import Foundation
import XCTest
@testable import SporDomain

/// Which children need a caseworker, and where a deadline sits on the tray.
final class WorkTrayTests: XCTestCase {
    let child = UUID()
    let author = UUID()
    let start = DanishTime.instant(LocalDate(year: 2026, month: 11, day: 2)!, hour: 9)

    func entry(_ payload: EntryPayload, hours: Double) -> Entry {
        let at = start.addingTimeInterval(hours * 3600)
        return Entry(municipality: 707, child: child, payload: payload, occurredAt: at, recordedAt: at, author: author)
    }

    func concern(_ level: ConcernLevel, hours: Double) -> Entry {
        entry(.concern(Concern(level: level, source: .teacher, description: "Bekymring")), hours: hours)
    }

    func testEarlyHelpAndLowConcernsAskForNoCaseworkerAtTheSettingsLevel() {
        let low = Timeline([concern(.sensitive, hours: 0), entry(.journalNote(JournalNote(text: "Talt med skolen")), hours: 1)])
        XCTAssertEqual(low.ownerNeed()?.level, ConcernLevel.sensitive.rawValue, "a concern asks with its level")
        XCTAssertLessThan(low.ownerNeed()!.level, WorkSettings.standard.unassignedConcernLevel.rawValue)

        let meetingOnly = Timeline([entry(.journalNote(JournalNote(text: "Notat")), hours: 0)])
        XCTAssertNil(meetingOnly.ownerNeed(), "a note opens no case and asks for no one")

        let rising = Timeline([concern(.sensitive, hours: 0), concern(.atRisk, hours: 5)])
        XCTAssertEqual(rising.ownerNeed()?.level, ConcernLevel.atRisk.rawValue)
        XCTAssertEqual(rising.ownerNeed()?.since, start, "waiting since the first entry of the unowned case")
    }

    func testANotificationAlwaysAsksUntilACaseworkerIsAssignedAndAClosedCaseAsksNothing() {
        let notified = entry(.notification(Notification(notifierKind: .anonymous, description: "Opkald")), hours: 0)
        XCTAssertEqual(Timeline([notified]).ownerNeed()?.level, OwnerNeed.always)

        let assigned = Timeline([notified, entry(.caseworkerAssigned(CaseworkerAssignment(caseworker: UUID())), hours: 2)])
        XCTAssertNil(assigned.ownerNeed())

        let closed = Timeline([notified, entry(.caseClosed(CaseClosure(reason: "Ingen grund til bekymring")), hours: 2)])
        XCTAssertNil(closed.ownerNeed())

        // A new notification after the closure opens a new case that asks again, from its own time.
        let again = Timeline([notified, entry(.caseClosed(CaseClosure(reason: "Lukket")), hours: 2),
                              entry(.notification(Notification(notifierKind: .privatePerson, description: "Igen")), hours: 30)])
        XCTAssertEqual(again.ownerNeed()?.since, start.addingTimeInterval(30 * 3600))
    }

    func testDangerFoundInTheAssessmentPutsTheChildFirstUntilTheCaseCloses() {
        let notified = entry(.notification(Notification(notifierKind: .professional, description: "Vold")), hours: 0)
        let assessed = entry(.urgencyAssessment(UrgencyAssessment(notification: notified.id, inDanger: true, acuteMeasures: false,
                                                                  nextStep: .investigation, reasoning: "Fare")), hours: 3)
        XCTAssertTrue(Timeline([notified, assessed]).isInDanger())
        XCTAssertFalse(Timeline([notified]).isInDanger())
        XCTAssertFalse(Timeline([notified, assessed, entry(.caseClosed(CaseClosure(reason: "Slut")), hours: 9)]).isInDanger())
    }

    func testTrayGroupsFollowTheDanishDayAndWeek() {
        // Thursday 26 November 2026, 10:00 in Copenhagen.
        let now = DanishTime.instant(LocalDate(year: 2026, month: 11, day: 26)!, hour: 10)
        XCTAssertEqual(TrayGroup(due: now.addingTimeInterval(-60), now: now), .overdue)
        XCTAssertEqual(TrayGroup(due: DanishTime.endOfDay(LocalDate(year: 2026, month: 11, day: 26)!), now: now), .today)
        XCTAssertEqual(TrayGroup(due: DanishTime.instant(LocalDate(year: 2026, month: 11, day: 27)!, hour: 9), now: now), .today,
                       "a 24-hour assessment received an hour ago is today's work")
        XCTAssertEqual(TrayGroup(due: DanishTime.instant(LocalDate(year: 2026, month: 11, day: 27)!, hour: 11), now: now), .thisWeek)
        XCTAssertEqual(TrayGroup(due: DanishTime.endOfDay(LocalDate(year: 2026, month: 11, day: 29)!), now: now), .thisWeek, "Sunday ends the week")
        XCTAssertEqual(TrayGroup(due: DanishTime.instant(LocalDate(year: 2026, month: 11, day: 30)!, hour: 9), now: now), .later)
    }
}
