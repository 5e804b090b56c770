import Foundation
import XCTest
@testable import SporDomain
import SporTestSupport

/// What the family's portal may read of a course: the plan, the help, meetings and (parents) decisions — and nothing else.
final class FamilyViewTests: XCTestCase {
    typealias Builder = IndicatorFixtures.CourseBuilder

    func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }

    func course() -> (Timeline, goal: UUID, decision: Entry) {
        var course = Builder(fixture: 91, child: 1, born: day(2013, 6, 1), sex: .male, district: "Område Grenaa")
        let start = day(2026, 2, 2)
        course.notification(start)
        course.add(.journalNote(JournalNote(text: "Notat om mor")), start.adding(days: 1))
        let heard = course.conversation(start.adding(days: 5))
        let decided = course.decision(start.adding(days: 7), offers: ["familiebehandling"], basis: .treatment, heardIn: heard)
        let measure = course.measure("familiebehandling", start.adding(days: 9), decision: decided, basis: .treatment)
        let goal = course.newID()
        course.plan([goal], start.adding(days: 20))
        course.add(Builder.followUpPayload(of: [measure], ratings: [(goal, .reached)], next: day(2026, 9, 1)), start.adding(days: 80))
        course.add(.ownViews(OwnViews(who: .child, text: "Skrevet af mig")), start.adding(days: 81), by: IndicatorFixtures.uuid(91, 1, 900))
        course.add(.ownViews(OwnViews(who: .parent, text: "Skrevet af mor")), start.adding(days: 82), by: IndicatorFixtures.uuid(91, 1, 901))
        return (Timeline(course.entries), goal, decided)
    }

    func testTheChildSeesThePlanTheHelpAndWhatTheySentOnly() {
        let (timeline, goal, _) = course()
        let view = FamilyView(timeline: timeline, state: timeline.state(), reader: .child, author: IndicatorFixtures.uuid(91, 1, 900))
        XCTAssertEqual(view.goals.map(\.rating), [.reached])
        XCTAssertEqual(timeline.state().plan?.goals.map(\.goal.id), [goal])
        XCTAssertEqual(view.help.map(\.offer), ["familiebehandling"])
        XCTAssertEqual(view.nextFollowUp, day(2026, 9, 1))
        XCTAssertEqual(view.sent.map(\.views.text), ["Skrevet af mig"], "only what this account sent")
        XCTAssertTrue(view.decisions.isEmpty, "the child's page explains the right to complain instead")
        XCTAssertEqual(Set(view.meetings.map(\.kind)), [.childConversation, .followUp])
    }

    func testAParentSeesDecisionsButNoNoteAndNoNotification() {
        let (timeline, _, decision) = course()
        let view = FamilyView(timeline: timeline, state: timeline.state(), reader: .parent(UUID()), author: IndicatorFixtures.uuid(91, 1, 901))
        XCTAssertEqual(view.decisions.map(\.entry), [decision.id])
        XCTAssertEqual(view.sent.map(\.views.text), ["Skrevet af mor"])
        // Nothing in the view carries a note's or a notification's text: the view has no field that could.
        let mirror = String(describing: view)
        XCTAssertFalse(mirror.contains("Notat om mor"))
        XCTAssertFalse(mirror.contains("Bekymring for barnets trivsel"), "no notification text")
        XCTAssertFalse(mirror.contains(IndicatorFixtures.People.teacher.uuidString), "no notifier")
    }

    func testRightsFollowTheChildsAge() {
        let at11 = ChildRight.all(age: 11)
        XCTAssertEqual(at11.first { $0.kind == .complain }?.holds, true)
        XCTAssertEqual(at11.first { $0.kind == .consent }?.holds, false)
        XCTAssertEqual(at11.first { $0.kind == .consent }?.fromAge, 15)
        XCTAssertTrue(ChildRight.all(age: 15).allSatisfy(\.holds))
        XCTAssertEqual(ChildRight.all(age: 9).first { $0.kind == .complain }?.holds, false)
    }

    func testOpenOffersAreTheOnesWithoutReferralForTheAge() {
        let open = OfferCatalogue.standard.openOffers(forAge: 12)
        XCTAssertFalse(open.isEmpty)
        XCTAssertTrue(open.allSatisfy { $0.access == .open && ($0.minimumAge ?? 0) <= 12 && 12 <= ($0.maximumAge ?? 22) })
    }
}
