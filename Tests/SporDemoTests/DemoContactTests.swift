import XCTest
@testable import SporDomain
@testable import SporDemo

/// The demo's contact plans and visits (`DemoContact`), on the demo's journals: every entry passes the journal's rules in
/// the order recorded, the placements get plans with a custody holder, the visits are mostly held, and the rest of the
/// journal is unchanged.
final class DemoContactTests: XCTestCase {
    func testContactPlansAndVisitsPassTheJournalRulesAndArePlausible() {
        // Setup: the default-sized demo's families.
        let config = DemoConfiguration(children: 1_500, end: DemoFixture.end)
        var placements = 0, plans = 0, held = 0, cancelled = 0, checked = 0, supervised = 0
        for family in DemoGenerator(config).families() {
            for child in family.children {
                let parents = family.relations.filter { $0.child == child.child.id }.compactMap { relation in
                    family.parents.first { $0.id == relation.person }.map { (person: $0, kind: relation.kind, custody: relation.hasCustody) }
                }
                let written = child.entries.filter { ![.contactPlan, .contactVisit].contains($0.kind) }
                // The thing under test
                let amended = DemoContact.amend(written, child: child.child, parents: parents, configuration: config)
                // Check: what was there is there, in the same order, and the generator writes the same; every added entry
                // passes the rules.
                XCTAssertEqual(amended.filter { ![.contactPlan, .contactVisit].contains($0.kind) }, written)
                XCTAssertEqual(amended, child.entries)
                placements += written.filter { $0.kind == .placementStarted }.count
                var previous: [Entry] = []
                for entry in amended {
                    if let last = previous.last { XCTAssertLessThanOrEqual(last.recordedAt, entry.recordedAt) }
                    switch entry.payload {
                    case .contactPlan(let plan):
                        plans += 1
                        if plan.supervised == true { supervised += 1 }
                        XCTAssertTrue(parents.contains { $0.person.id == plan.person && $0.custody })
                    case .contactVisit(let visit):
                        if visit.wasHeld { held += 1 } else { cancelled += 1 }
                    default:
                        previous.append(entry)
                        continue
                    }
                    XCTAssertLessThanOrEqual(entry.occurredAt, config.end)
                    XCTAssertNoThrow(try JournalRules.validate(entry, in: Timeline(previous), now: config.end,
                                                               context: JournalContext(birthDate: child.child.birthDate)),
                                     "\(entry.kind) \(entry.id)")
                    checked += 1
                    previous.append(entry)
                }
            }
        }
        print("demo contact: \(placements) placements, \(plans) plans (\(supervised) supervised), \(held) visits held, \(cancelled) cancelled")
        XCTAssertGreaterThan(plans, placements / 2)
        XCTAssertGreaterThan(held, 3 * cancelled)
        XCTAssertGreaterThan(cancelled, 0)
        XCTAssertEqual(checked, plans + held + cancelled)
    }
}
