import XCTest
@testable import SporDomain
@testable import SporDemo

/// The demo's preparedness steps (`DemoPreparedness`), on the demo's journals: every step passes the journal's rules in
/// the order recorded, most notifications about abuse get their steps, and the rest of the journal is unchanged.
final class DemoPreparednessTests: XCTestCase {
    func testPreparednessStepsPassTheJournalRulesAndArePlausible() {
        // Setup: the default-sized demo's families.
        let config = DemoConfiguration(children: 1_500, end: DemoFixture.end)
        var notified = 0, complete = 0, checked = 0
        var steps: [PreparednessStepKind: Int] = [:]
        for family in DemoGenerator(config).families() {
            for child in family.children {
                let written = child.entries.filter { $0.kind != .preparednessStep }
                // The thing under test
                let amended = DemoPreparedness.amend(written, child: child.child, configuration: config)
                // Check: what was there is there, in the same order, and the generator writes the same; every step passes the rules.
                XCTAssertEqual(amended.filter { $0.kind != .preparednessStep }, written)
                XCTAssertEqual(amended, child.entries)
                var previous: [Entry] = []
                for entry in amended {
                    if let last = previous.last { XCTAssertLessThanOrEqual(last.recordedAt, entry.recordedAt) }
                    if case .preparednessStep(let step) = entry.payload {
                        steps[step.step, default: 0] += 1
                        XCTAssertLessThanOrEqual(entry.occurredAt, config.end)
                        XCTAssertNoThrow(try JournalRules.validate(entry, in: Timeline(previous), now: config.end,
                                                                   context: JournalContext(birthDate: child.child.birthDate)),
                                         "\(step.step) \(entry.id)")
                        checked += 1
                    }
                    previous.append(entry)
                }
                let timeline = Timeline(amended)
                for notification in timeline.abuseNotifications {
                    notified += 1
                    if timeline.preparedness(for: notification.id)?.isComplete == true { complete += 1 }
                }
            }
        }
        print("demo preparedness: \(notified) notifications about abuse, \(complete) with every required step, steps \(steps)")
        XCTAssertGreaterThan(notified, 10)
        XCTAssertGreaterThan(steps[.police] ?? 0, notified / 2)
        XCTAssertGreaterThan(steps[.childConversation] ?? 0, notified / 2)
        XCTAssertGreaterThan(steps[.parentsNotInformed] ?? 0, 0)
        XCTAssertEqual(checked, steps.values.reduce(0, +))
    }
}
