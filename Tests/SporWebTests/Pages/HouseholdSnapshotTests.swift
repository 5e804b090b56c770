import Foundation
import Plot
import SnapshotTesting
import XCTest
import SporDomain
@testable import SporStore
@testable import SporWeb

/// The household page and the placement step's questions about siblings, in Danish and English (issue 24, item 2;
/// `__Snapshots__/HouseholdSnapshotTests`). What a caseworker can record is asserted in `HouseholdWebTests`.
final class HouseholdSnapshotTests: XCTestCase {
    typealias F = PageFixtures

    static let childID = F.id(10)
    static let child = Child(id: childID, municipality: 707, givenName: "Alma", familyName: "Andersen",
                             birthDate: LocalDate(year: 2014, month: 3, day: 2)!, sex: .female, district: F.team.district)
    static let mother = Person(id: F.id(30), municipality: 707, givenName: "Mette", familyName: "Andersen")
    static let father = Person(id: F.id(31), municipality: 707, givenName: "Jens <b>\"Far\"</b>", familyName: "Andersen")

    static func item(_ n: Int, _ name: String, born: LocalDate, isOpen: Bool) -> ChildListItem {
        ChildListItem(id: F.id(n), name: name, birthDate: born, district: F.team.district, isOpen: isOpen, concernLevel: nil,
                      caseworker: isOpen ? F.caseworker.id : nil, caseworkerName: isOpen ? F.caseworker.displayName : nil,
                      team: isOpen ? F.team.id : nil, lastEntryAt: nil)
    }

    static let siblings = [
        HouseholdSibling(item: item(40, "Anton Andersen", born: LocalDate(year: 2011, month: 5, day: 9)!, isOpen: true), kinship: .full,
                         livesWith: true, placed: true),
        HouseholdSibling(item: item(41, "Bella Berg", born: LocalDate(year: 2017, month: 8, day: 1)!, isOpen: false), kinship: .recorded,
                         livesWith: nil),
    ]
    static let hidden = [HouseholdSibling(item: item(42, "Skjult Barn", born: LocalDate(year: 2019, month: 1, day: 1)!, isOpen: true),
                                          kinship: .half, livesWith: false)]

    static var model: HouseholdModel {
        HouseholdModel(child: child, people: [
            (mother, Relation(child: childID, person: mother.id, kind: .mother, hasCustody: true, livesWith: true)),
            (father, Relation(child: childID, person: father.id, kind: .father, hasCustody: true)),
        ], siblings: siblings, hiddenSiblings: hidden)
    }

    func testTheHouseholdPage() {
        let path = SiteURL.child(Self.childID, .household).path
        assertPageSnapshots(named: "household", user: F.caseworker, path: path) { context in
            HouseholdView.body(Self.model, refusal: nil, context)
        }
        assertPageSnapshots(named: "sibling-refused", user: F.caseworker, path: path) { context in
            let refusal = Refusal(form: HouseholdView.siblingForm, field: "cpr", message: Strings.householdError(.siblingNotOfChild)(context.language),
                                  values: FormValues(["cpr": "150315-4321", "livesWith": "no"]))
            return HouseholdView.body(Self.model, refusal: refusal, context)
        }
    }

    func testThePlacementStepAsksAboutEachSibling() throws {
        var model = try CourseSnapshotTests.model(.placementStart)
        model.siblings = Self.siblings.map { PlacementSibling(sibling: $0, named: true) } + Self.hidden.map { PlacementSibling(sibling: $0, named: false) }
        let path = CourseSnapshotTests.path(.placementStart)
        let shown = model
        assertPageSnapshots(named: "placement-siblings", user: F.caseworker, path: path) { context in
            CourseStepView.body(shown, refusal: nil, context)
        }
        assertPageSnapshots(named: "placement-siblings-refused", user: F.caseworker, path: path) { context in
            let refusal = Refusal(field: SiblingAtPlacement.reasonField(F.id(41)), message: Strings.error(.textMissing)(context.language),
                                  values: FormValues([SiblingAtPlacement.togetherField(F.id(40)): "yes", SiblingAtPlacement.togetherField(F.id(41)): "no",
                                                      SiblingAtPlacement.assessmentField(F.id(41)): "notRelevant",
                                                      SiblingAtPlacement.togetherField(F.id(42)): "no",
                                                      SiblingAtPlacement.assessmentField(F.id(42)): "askedFor"]))
            return CourseStepView.body(shown, refusal: refusal, context)
        }
    }
}
