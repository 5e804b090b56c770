import XCTest
@testable import SporDomain

/// The case's phase, the last direct contact with the child, the professionals around the child and a suspicion of
/// abuse, as the child page's overview reads them from the journal.
final class CasePhaseTests: CourseTestCase {
    func note(_ text: String = "Notat", at instant: Date) -> Entry { entry(.journalNote(JournalNote(text: text)), at: instant) }

    func notification(abuse: Bool = false, profession: ConcernSource? = .teacher, at instant: Date) -> Entry {
        entry(.notification(Notification(notifierKind: .professional, profession: profession, description: "Fravær",
                                          concernsAbuse: abuse)), at: instant)
    }

    func meeting(child: Bool, professions: [ConcernSource] = [], owner: UUID? = nil, at instant: Date) -> Entry {
        let actions = owner.map { [NetworkMeeting.AgreedAction(what: "Ringe til mor", owner: $0, due: d(2026, 3, 1))] } ?? []
        return entry(.networkMeeting(NetworkMeeting(participants: .init(child: child, parents: true, network: false, professions: professions),
                                                    worries: "", workingWell: "", needsToHappen: "", safetyScale: 5, actions: actions)),
                     at: instant)
    }

    func testTheCourseMovesFromEarlyHelpThroughNotificationAndAssessmentToMeasureAndClosure() {
        let concern = entry(.concern(Concern(level: .vulnerable, source: .teacher, description: "Træt")), at: at(d(2025, 1, 6)))
        let notified = notification(at: at(d(2025, 2, 3)))
        let investigation = investigation(at: at(d(2025, 2, 10)))
        let concluded = conclusion(of: investigation, at: at(d(2025, 5, 1)))
        let decided = decision(at: at(d(2025, 5, 15)))
        let started = measure(decision: decided, at: at(d(2025, 6, 1)))
        let afterMeasure = note(at: at(d(2025, 7, 1)))
        let ended = ended(started, at: at(d(2025, 12, 1)))
        let closed = entry(.caseClosed(CaseClosure(reason: "Mål nået")), at: at(d(2026, 1, 5)))
        let lateNote = note(at: at(d(2026, 2, 1)))
        let timeline = Timeline([concern, notified, investigation, concluded, decided, started, afterMeasure, ended, closed, lateNote])

        XCTAssertEqual(timeline.phases(), [.earlyHelp, .notification, .assessment, .assessment, .assessment, .measure, .measure,
                                           .measure, .closed, .closed])
        XCTAssertEqual(timeline.phase(), .closed, "a note after the closure does not open the case again")
        XCTAssertEqual(Timeline([concern, notified]).phase(), .notification)
        XCTAssertEqual(Timeline([concern, notified, investigation, concluded, decided]).phase(), .assessment,
                       "a concluded investigation awaits its measure")
        XCTAssertEqual(Timeline([note(at: at(d(2025, 1, 1)))]).phase(), .earlyHelp, "no case yet: early help at most")
        // A new concern after the closure opens a new case from the start.
        let reopened = Timeline(timeline.entries + [entry(.concern(Concern(level: .atRisk, source: .doctor, description: "Ny")),
                                                          at: at(d(2026, 3, 1)))])
        XCTAssertEqual(reopened.phase(), .earlyHelp)
    }

    func testAPlacementIsItsOwnPhaseWhileItRunsAndSupportAfter18IsAfterCare() {
        let decided = decision(["netvaerksplejefamilie"], basis: .placementWithConsent, at: at(d(2024, 1, 10)))
        let placed = placement(decision: decided, at: at(d(2024, 2, 1)))
        let home = entry(.placementEnded(PlacementEnd(placement: placed.id, reason: .homecoming)), at: at(d(2025, 2, 1)))
        XCTAssertEqual(Timeline([decided, placed]).phase(), .placement)
        XCTAssertEqual(Timeline([decided, placed, home]).phase(), .measure, "after homecoming the case is back at its measures")

        // A placement still running on the 18th birthday: after-care (efterværn) from then on.
        let birth = d(2006, 6, 1)
        XCTAssertEqual(Timeline([decided, placed]).phase(birthDate: birth, today: d(2024, 5, 31)), .placement)
        XCTAssertEqual(Timeline([decided, placed]).phase(birthDate: birth, today: d(2024, 6, 1)), .afterCare)
        // Ungestøtte under §§ 114–116 is after-care whatever the age the page knows.
        let support = measure("ungestoette", decision: nil, basis: .youngAdultSupport, at: at(d(2025, 1, 1)))
        XCTAssertEqual(Timeline([decided, support]).phase(), .afterCare)
        // Help under § 30 is early help, not a measure.
        let earlyHelp = measure("aabent-tilbud", decision: nil, basis: .earlyHelp, at: at(d(2025, 1, 1)))
        XCTAssertEqual(Timeline([earlyHelp]).phase(), .earlyHelp)
    }

    func testTheLastDirectContactIsTheLatestConversationHeldOwnViewsOrMeetingWithTheChild() throws {
        let held = conversation(at: at(d(2025, 3, 1)))
        let notHeld = entry(.childConversation(ChildConversation(heldBy: caseworker, place: "Hjemme", outcome: .notHeld(reason: "Syg"))),
                            at: at(d(2025, 4, 1)))
        let meetingWithout = meeting(child: false, at: at(d(2025, 5, 1)))
        let parentViews = entry(.ownViews(OwnViews(who: .parent, text: "Det går bedre")), at: at(d(2025, 6, 1)))
        XCTAssertEqual(Timeline([held, notHeld, meetingWithout, parentViews]).lastDirectContact?.entry, held.id,
                       "a conversation not held, a meeting without the child and a parent's views are no contact with the child")
        XCTAssertEqual(Timeline([held, notHeld, meetingWithout, parentViews]).lastDirectContact?.kind, .conversation)

        let meetingWith = meeting(child: true, at: at(d(2025, 7, 1)))
        let contact = try XCTUnwrap(Timeline([held, meetingWith, parentViews]).lastDirectContact)
        XCTAssertEqual(contact.kind, .meeting)
        XCTAssertEqual(contact.at, at(d(2025, 7, 1)))
        let childViews = entry(.ownViews(OwnViews(who: .child, text: "Jeg har det godt", sentFromPortal: true)), at: at(d(2025, 8, 1)))
        XCTAssertEqual(Timeline([held, meetingWith, childViews]).lastDirectContact?.kind, .ownViews)

        // A conversation voided by a correction is not a contact.
        let voided = entry(.correction(Correction(reason: "Forkert barn", replacement: nil)), at: at(d(2025, 9, 1)), corrects: meetingWith.id)
        XCTAssertEqual(Timeline([held, meetingWith, voided]).lastDirectContact?.entry, held.id)
        XCTAssertNil(Timeline([notHeld]).lastDirectContact)
    }

    func testProfessionalsAreDeduplicatedMostRecentFirst() {
        let owner = UUID()
        let timeline = Timeline([
            notification(profession: .teacher, at: at(d(2025, 1, 1))),
            meeting(child: true, professions: [.healthVisitor, .teacher, .parent], owner: owner, at: at(d(2025, 2, 1))),
            entry(.consultation(Consultation(askedBy: .ppr, question: "?", advice: "!")), at: at(d(2025, 3, 1))),
        ])
        let found = timeline.professionals.map(\.professional)
        XCTAssertEqual(found, [.profession(.ppr), .profession(.healthVisitor), .profession(.teacher), .staff(owner)])
        XCTAssertEqual(timeline.professionals.first { $0.professional == .profession(.teacher) }?.at, at(d(2025, 2, 1)),
                       "the teacher was last named at the meeting")
    }

    func testAbuseIsSuspectedFromANotificationInTheCaseAsItStands() {
        let abuse = notification(abuse: true, at: at(d(2025, 1, 1)))
        XCTAssertTrue(Timeline([abuse]).abuseSuspected)
        XCTAssertEqual(Timeline([abuse, notification(at: at(d(2025, 3, 1)))]).abuseSuspectedSince, at(d(2025, 1, 1)),
                       "the notification about abuse, not a later one")
        XCTAssertFalse(Timeline([notification(at: at(d(2025, 1, 1)))]).abuseSuspected)
        let closed = entry(.caseClosed(CaseClosure(reason: "Afsluttet")), at: at(d(2025, 6, 1)))
        XCTAssertFalse(Timeline([abuse, closed]).abuseSuspected, "a closed case's suspicion is not the new case's")
        let corrected = entry(.correction(Correction(reason: "Ikke overgreb", replacement: .notification(
            Notification(notifierKind: .professional, profession: .teacher, description: "Fravær", concernsAbuse: false)))),
                              at: at(d(2025, 2, 1)), corrects: abuse.id)
        XCTAssertFalse(Timeline([abuse, corrected]).abuseSuspected, "a correction decides")
    }
}
