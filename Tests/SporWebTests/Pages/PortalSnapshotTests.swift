import Foundation
import Plot
import SnapshotTesting
import XCTest
@testable import SporDomain
@testable import SporStore
@testable import SporWeb
import SporTestSupport

/// The family's portal from models made by hand, in Danish and English (`__Snapshots__/PortalSnapshotTests`): sign-in,
/// activation, a child's and a parent's plan, and "Det vil jeg gerne sige". Behaviour is asserted in `PortalTests`.
final class PortalSnapshotTests: XCTestCase {
    typealias Builder = IndicatorFixtures.CourseBuilder

    static func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }

    static let child = Child(id: PageFixtures.id(40), municipality: 707, givenName: "Tobias", familyName: "Holm", birthDate: day(2014, 6, 1),
                             sex: .male, district: "Område Grenaa")
    static let childAccount = PageFixtures.id(41)
    static let parentAccount = PageFixtures.id(42)

    /// A course with a decision, help, a plan with one goal rated at a follow-up, and views each account sent.
    static func timeline() -> Timeline {
        var course = Builder(fixture: 92, child: 1, born: day(2014, 6, 1), sex: .male, district: "Område Grenaa")
        let start = day(2026, 2, 2)
        course.notification(start)
        let heard = course.conversation(start.adding(days: 5))
        let decided = course.decision(start.adding(days: 7), offers: ["familiebehandling"], basis: .treatment, heardIn: heard)
        let measure = course.measure("familiebehandling", start.adding(days: 9), decision: decided, basis: .treatment)
        let goal = course.newID()
        course.plan([goal], start.adding(days: 20))
        course.add(Builder.followUpPayload(of: [measure], ratings: [(goal, .progress)], next: day(2026, 12, 3)), start.adding(days: 80))
        course.add(.ownViews(OwnViews(who: .child, text: "Jeg vil gerne <b>blive</b> på min skole.",
                                      scale: [OwnViews.ScaleAnswer(question: "Hvordan har du det i skolen?", value: 4)])),
                   start.adding(days: 81), by: childAccount)
        course.add(.ownViews(OwnViews(who: .parent, text: "Vi vil gerne have møderne om eftermiddagen.")), start.adding(days: 82), by: parentAccount)
        return Timeline(course.entries)
    }

    static func account(_ id: UUID, _ reader: FamilyReader) -> FamilyAccountRecord {
        FamilyAccountRecord(id: id, child: child.id, reader: reader, username: "tobias", passwordHash: "x", codeExpiresAt: nil,
                            activatedAt: PageFixtures.now, createdBy: PageFixtures.caseworker.id, createdAt: PageFixtures.now, revokedAt: nil)
    }

    static func model(_ reader: FamilyReader) -> PortalModel {
        let id = reader == .child ? childAccount : parentAccount
        let timeline = timeline()
        return PortalModel(account: account(id, reader), child: child, age: 12,
                           view: FamilyView(timeline: timeline, state: timeline.state(), reader: reader, author: id),
                           caseworkerName: "Sara Sagsbehandler", offers: .standard, parentName: reader == .child ? nil : "Mette Holm")
    }

    /// The body inside the portal's frame, as the family gets it.
    func assertPortalSnapshots(named name: String, signedIn reader: FamilyReader?, path: SiteURL, title: LocalizedText,
                               testName: String = #function, _ body: (PageContext) -> Node<HTML.BodyContext>) {
        for language in SporDomain.Language.allCases {
            let context = PageFixtures.context(language, user: nil, path: path.path)
            let html = PortalView.html(context, title: title(language), signedIn: reader, body(context)).render(indentedBy: .spaces(1))
            assertSnapshot(of: html, as: .lines, named: "\(name)-\(language.rawValue)", testName: testName)
        }
    }

    func testTheLogin() {
        assertPortalSnapshots(named: "login", signedIn: nil, path: .portalLogin, title: Strings.portalLoginTitle) { PortalLoginView.body(refusal: nil, $0) }
        let refused = Refusal(field: nil, message: Strings.portalLoginFailed(.da), values: FormValues(["username": "tobias"]))
        assertPageSnapshots(named: "login-refused", user: nil, path: SiteURL.portalLogin.path) { PortalLoginView.body(refusal: refused, $0) }
    }

    func testActivation() {
        assertPageSnapshots(named: "activate", user: nil, path: SiteURL.portalActivate.path) {
            PortalActivateView.body(code: "K7QD-M2XA-94RT", refusal: nil, $0)
        }
        let refused = Refusal(field: "repeat", message: Strings.error(.passwordsDiffer)(.da),
                              values: FormValues(["code": "K7QD-M2XA-94RT", "username": "tobias", "password": "hemmelig-kode-1", "repeat": "x"]))
        assertPageSnapshots(named: "activate-refused", user: nil, path: SiteURL.portalActivate.path) {
            PortalActivateView.body(code: "", refusal: refused, $0)
        }
    }

    func testTheChildsAndTheParentsPlan() {
        let child = Self.model(.child)
        assertPortalSnapshots(named: "child", signedIn: .child, path: .portal, title: child.title) { PortalHomeView.body(child, $0) }
        let parent = Self.model(.parent(PageFixtures.id(43)))
        assertPageSnapshots(named: "parent", user: nil, path: SiteURL.portal.path) { PortalHomeView.body(parent, $0) }
    }

    /// Issue 22: a decision letter sent to the parent, to download from Min side.
    func testTheParentsLetters() {
        var parent = Self.model(.parent(PageFixtures.id(43)))
        parent.letters = [FamilyLetter(entry: PageFixtures.id(150), sentAt: PageFixtures.now, subject: "Afgørelse om hjælp til <Alma>",
                                       files: [StoredFile(sha256: String(repeating: "ab", count: 32), size: 20_480, mediaType: "application/pdf",
                                                          name: "brev.pdf"),
                                               StoredFile(sha256: String(repeating: "cd", count: 32), size: 9_216,
                                                          mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                                          name: "brev.docx")])]
        assertPageSnapshots(named: "parent-letters", user: nil, path: SiteURL.portal.path) { PortalHomeView.body(parent, $0) }
    }

    func testSay() {
        let child = Self.model(.child)
        assertPageSnapshots(named: "say", user: nil, path: SiteURL.portalSay.path) { PortalSayView.body(child, refusal: nil, $0) }
        let refused = Refusal(field: "text", message: Strings.sayTooLong(.da, "20.001"),
                              values: FormValues(["text": "Alt for <lang> tekst", "scale-school": "2", "meetingOn": "2026-12-03"]))
        assertPageSnapshots(named: "say-refused", user: nil, path: SiteURL.portalSay.path) { PortalSayView.body(child, refusal: refused, $0) }
        let parent = Self.model(.parent(PageFixtures.id(43)))
        assertPageSnapshots(named: "say-parent", user: nil, path: SiteURL.portalSay.path) { PortalSayView.body(parent, refusal: nil, $0) }
    }
}
