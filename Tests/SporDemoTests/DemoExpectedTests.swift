import XCTest
import SporDomain
@testable import SporDemo

/// The demo's expected children (issue 23, item 1): the same on every run, at a plausible rate, some born and some still
/// expected at the end, and every entry passing the journal rules — those before the birth day as an unborn child's.
final class DemoExpectedTests: XCTestCase {
    let norddjurs = DemoConfiguration(children: 7_500, years: 10, end: DemoFixture.end)

    func testEveryEntryPassesTheJournalRulesOfItsTime() throws {
        let generator = DemoGenerator(norddjurs)
        for item in generator.expectedChildren() {
            var timeline = Timeline([])
            let birth = item.child.isExpected ? nil : DanishTime.startOfDay(item.child.birthDate)
            for entry in item.entries {
                let unborn = birth.map { entry.occurredAt < $0 } ?? true
                let context = JournalContext(birthDate: unborn ? nil : item.child.birthDate, unborn: unborn)
                XCTAssertNoThrow(try JournalRules.validate(entry, in: timeline, now: norddjurs.end, context: context), "\(entry.kind)")
                timeline = Timeline(timeline.entries + [entry])
            }
            XCTAssertEqual(item.cpr == nil, item.child.isExpected)
            if let cpr = item.cpr {
                XCTAssertEqual(try CPR(cpr).birthDate, item.child.birthDate)
                XCTAssertEqual(try CPR(cpr).sex, item.child.sex)
            }
            XCTAssertEqual(item.parents.first?.kind, .mother)
        }
    }

    func testAPlausibleNumberSomeBornSomeStillExpectedMostSupportedBeforeBirth() {
        // The thing under test
        let children = DemoGenerator(norddjurs).expectedChildren()
        // Check: about 1.5 % of some 417 births a year over ten years (and eight months ahead), the few due after the
        // end still expected, and most supported before birth.
        XCTAssertTrue((45...90).contains(children.count), "\(children.count)")
        let expected = children.filter(\.child.isExpected)
        XCTAssertTrue((1...8).contains(expected.count), "\(expected.count) still expected")
        let born = children.filter { !$0.child.isExpected }
        let supported = born.filter { child in
            child.entries.contains { entry in
                guard entry.occurredAt < DanishTime.startOfDay(child.child.birthDate) else { return false }
                return entry.kind == .measureStarted || entry.kind == .networkMeeting
            }
        }
        let share = Double(supported.count) / Double(born.count)
        XCTAssertTrue((0.6...0.95).contains(share), "\(share)")
        XCTAssertEqual(Set(children.map(\.child.id)).count, children.count)
        XCTAssertEqual(Set(children.compactMap(\.cpr)).count, born.count)
    }

    func testTheSameConfigurationGivesTheSameChildren() {
        let tiny = DemoConfiguration(children: 1_500, years: 4, end: DemoFixture.end)
        var digest = Digest()
        for item in DemoGenerator(tiny).expectedChildren() {
            digest.add("\(item.child.id) \(item.child.fullName) \(item.child.birthDate) \(item.child.dueDate?.iso ?? "-") \(item.cpr ?? "-")")
            for parent in item.parents { digest.add("\(parent.person.id) \(parent.person.fullName) \(parent.kind.rawValue)") }
            for entry in item.entries { digest.add(entry) }
        }
        var again = Digest()
        for item in DemoGenerator(tiny).expectedChildren() {
            again.add("\(item.child.id) \(item.child.fullName) \(item.child.birthDate) \(item.child.dueDate?.iso ?? "-") \(item.cpr ?? "-")")
            for parent in item.parents { again.add("\(parent.person.id) \(parent.person.fullName) \(parent.kind.rawValue)") }
            for entry in item.entries { again.add(entry) }
        }
        XCTAssertEqual(digest.value, again.value)
        XCTAssertEqual(String(digest.value, radix: 16), "32bf0f960e4b509e", "set anew when the generator changes on purpose")
    }
}
