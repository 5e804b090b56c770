import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// Expected children (issue 23, item 1): registering one (and a refusal), a notification before birth, the birth with
/// the family name offered from the mother, and the expected child's page, in Danish and English
/// (`__Snapshots__/ExpectedSnapshotTests`). What they do is asserted in `ExpectedChildWebTests`.
final class ExpectedSnapshotTests: XCTestCase {
    typealias F = PageFixtures

    static let dueDate = LocalDate(year: 2027, month: 3, day: 12)!
    static let expected = Child(id: F.id(50), municipality: 707, givenName: "", familyName: "Kragh <i>", birthDate: dueDate, sex: .female,
                                district: F.team.district, dueDate: dueDate)
    static let mother = Person(id: F.id(51), municipality: 707, givenName: "Sofie", familyName: "Kragh <i>")
    static let districts = ["Område Auning", "Område Grenaa"]

    func testTheRegistrationForm() {
        assertPageSnapshots(named: "register", user: F.caseworker, path: SiteURL.expectedNew.path) { context in
            ExpectedRegistrationView.body(ExpectedRegistrationModel(districts: Self.districts), refusal: nil, context)
        }
    }

    func testARefusedRegistrationKeepsWhatWasTyped() {
        let refusal = Refusal(field: "motherFamilyName", message: "Skriv et navn.",
                              values: FormValues(["dueDate": "2027-03-12", "district": "Område Grenaa", "motherGivenName": "Sofie \"S\""]))
        assertPageSnapshots(named: "register-refused", user: F.outreach, path: SiteURL.expectedNew.path) { context in
            ExpectedRegistrationView.body(ExpectedRegistrationModel(districts: Self.districts), refusal: refusal, context)
        }
    }

    func testTheNotificationBeforeBirth() {
        let model = NotificationBeforeBirthModel(child: Self.expected, channels: IntakeController.registrableChannels,
                                                 professions: IntakeController.professions)
        assertPageSnapshots(named: "before-birth", user: F.caseworker, path: SiteURL.child(Self.expected.id, .notificationBeforeBirth).path) { context in
            NotificationBeforeBirthView.body(model, refusal: nil, context)
        }
    }

    func testTheBirth() {
        assertPageSnapshots(named: "birth", user: F.caseworker, path: SiteURL.child(Self.expected.id, .birth).path) { context in
            BirthView.body(BirthModel(child: Self.expected, parents: [Self.mother]), refusal: nil, context)
        }
    }

    func testTheExpectedChildsPage() throws {
        let notification = Entry(id: F.id(52), municipality: 707, child: Self.expected.id,
                                 payload: .notification(Notification(notifierKind: .professional, profession: .healthVisitor,
                                                                     description: "Jordemoderen er bekymret.")),
                                 occurredAt: F.now.addingTimeInterval(-7200), recordedAt: F.now, author: F.caseworker.id)
        let timeline = Timeline([notification])
        let model = ChildPageModel(user: F.caseworker, child: Self.expected, summary: nil, timeline: timeline,
                                   staff: [F.caseworker.id: F.caseworker], assignable: [F.caseworker], obligations: [],
                                   people: [(Self.mother, Relation(child: Self.expected.id, person: Self.mother.id, kind: .mother, hasCustody: true))],
                                   filter: TimelineFilter(), offers: try OfferCatalogue(offers: []), state: timeline.state(), grounds: .ownTeam)
        assertPageSnapshots(named: "child", user: F.caseworker, path: SiteURL.child(Self.expected.id).path) { context in
            ChildPageView.body(model, refusal: nil, context)
        }
    }
}
