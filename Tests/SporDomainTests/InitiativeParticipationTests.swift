import Foundation
import XCTest
@testable import SporDomain

/// The tracker's count of participation per initiative (issue 23, item 4), on known values.
final class InitiativeParticipationTests: XCTestCase {
    func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }

    func testChildrenAreCountedPerInitiativeAndHalfYearWithWhatCameOfIt() {
        let children = (0..<8).map { _ in UUID() }
        var starts: [InitiativeParticipation.Start] = []
        // Six children in a skilsmissegruppe in the spring of 2026: four reached the goals, one declined, one still takes part.
        for (index, child) in children.prefix(6).enumerated() {
            let ended: EndReason? = index < 4 ? .goalsReached : index == 4 ? .declined : nil
            starts.append(.init(child: child, offer: "skilsmissegrupper", startedOn: day(2026, 3, 1), ended: ended))
        }
        // The same child twice in one half-year counts once among the children.
        starts.append(.init(child: children[0], offer: "skilsmissegrupper", startedOn: day(2026, 5, 1), ended: nil))
        // Two in the autumn on BRUS; one on an offer no initiative names.
        starts.append(.init(child: children[6], offer: "brus", startedOn: day(2026, 7, 1), ended: nil))
        starts.append(.init(child: children[7], offer: "brus", startedOn: day(2026, 12, 31), ended: .other))
        starts.append(.init(child: children[7], offer: "familiebehandling", startedOn: day(2026, 8, 1), ended: nil))

        let counted = InitiativeParticipation.count(starts)
        XCTAssertEqual(Set(counted.keys), ["skilsmissegrupper", "brus"])
        let divorce = counted["skilsmissegrupper"]!
        XCTAssertEqual(divorce.count, 1)
        XCTAssertEqual(divorce[0].half, .init(year: 2026, half: 1))
        XCTAssertEqual(divorce[0].children, 6)
        XCTAssertEqual(divorce[0].ended, [.goalsReached: 4, .declined: 1])
        XCTAssertEqual(divorce[0].ongoing, 2)
        let brus = counted["brus"]!
        XCTAssertEqual(brus.map(\.half), [.init(year: 2026, half: 2)])
        XCTAssertEqual(brus[0].children, 2)
        XCTAssertEqual(brus[0].ended, [.other: 1])

        // Shown suppressed below 5.
        XCTAssertEqual(Suppression.show(divorce[0].children), "6")
        XCTAssertEqual(Suppression.show(brus[0].children), "<5")
        XCTAssertEqual(Suppression.show(divorce[0].ended[.goalsReached]!), "<5")
        // No one still taking part is told as none, not as "<5" (which would read as if some still were).
        XCTAssertEqual(Suppression.show(0, none: "–"), "–")
        XCTAssertEqual(Suppression.show(divorce[0].ongoing, none: "–"), "<5")
        XCTAssertEqual(Suppression.show(7, none: "–"), "7")
    }

    func testEveryMappedOfferIsInTheStandardCatalogueAndEveryInitiativeInThe2021StatusNotes() {
        for offer in InitiativeParticipation.allOffers {
            XCTAssertNotNil(OfferCatalogue.standard[offer], offer)
        }
        let initiatives = Set(PolicyContent.standard.initiatives.map(\.id))
        for initiative in InitiativeParticipation.offers.keys {
            XCTAssertTrue(initiatives.contains(initiative), initiative.rawValue)
        }
    }
}
