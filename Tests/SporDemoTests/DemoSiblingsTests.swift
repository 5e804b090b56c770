import XCTest
@testable import SporDomain
@testable import SporDemo

/// The demo's siblings at a placement (issue 24, item 2): every placement of a child with siblings answers for each of
/// them, the answers are the family's own children, and placed together or not is one answer for both.
final class DemoSiblingsTests: XCTestCase {
    func testPlacementsAnswerForTheFamilysOtherChildren() {
        // Setup
        let configuration = DemoConfiguration(children: 1_500, end: DemoFixture.end)
        var placements = 0, withSiblings = 0, together = 0, assessed = 0, notRelevant = 0, askedFor = 0
        var togetherPairs: [Set<UUID>: Int] = [:]
        // The thing under test
        for family in DemoGenerator(configuration).families() {
            let ids = Set(family.children.map(\.child.id))
            for child in family.children {
                let corrected = Set(child.entries.compactMap(\.corrects))
                for entry in child.entries where !corrected.contains(entry.id) {
                    guard case .placementStarted(let start) = entry.payload else { continue }
                    placements += 1
                    let day = DanishTime.localDate(of: entry.occurredAt)
                    let born = family.children.filter { $0.child.id != child.child.id && $0.child.birthDate <= day }.map(\.child.id)
                    // Check: each sibling born by then is answered for, and nobody else.
                    XCTAssertEqual(Set(start.siblings?.map(\.sibling) ?? []), Set(born))
                    XCTAssertTrue(Set(start.siblings?.map(\.sibling) ?? []).isSubset(of: ids))
                    XCTAssertNoThrow(try JournalRules.validateSiblings(start.siblings, entry: entry,
                                                                       known: born.map { KnownSibling(id: $0, municipality: entry.municipality) }))
                    guard let siblings = start.siblings, !siblings.isEmpty else { continue }
                    withSiblings += 1
                    for answer in siblings {
                        if answer.placedTogether {
                            together += 1
                            togetherPairs[[child.child.id, answer.sibling], default: 0] += 1
                        }
                        switch answer.assessment {
                        case .assessed?: assessed += 1
                        case .notRelevant?: notRelevant += 1
                        case .askedFor?: askedFor += 1
                        case nil: XCTAssertTrue(answer.placedTogether)
                        }
                    }
                }
            }
        }
        // Check: plausible shares, and "together" said by both of a pair.
        XCTAssertGreaterThan(placements, 20)
        XCTAssertGreaterThan(withSiblings, placements / 3, "\(withSiblings) of \(placements)")
        XCTAssertGreaterThan(together, 0)
        XCTAssertGreaterThan(assessed, notRelevant)
        XCTAssertEqual(askedFor, 0, "the demo opens no afdækning on a sibling")
        // A pair is told together by both (unless one of the two placements was corrected since).
        let both = togetherPairs.values.filter { $0 == 2 }.count
        XCTAssertGreaterThan(both, togetherPairs.count / 2, "\(togetherPairs.values.sorted())")
    }
}
