import XCTest
import SporDomain
@testable import SporDemo

/// The demo's leisure and health (issue 23, item 3): plausible rates, so that the dashboard shows them.
final class DemoLeisureTests: XCTestCase {
    func testAboutHalfOfTheChildrenWithHelpTakePartMoreAmongTheYounger() {
        // Setup
        let configuration = DemoConfiguration(children: 1_500, end: DemoFixture.end)
        var withHelp = [0, 0], takingPart = [0, 0]
        var anyHelp = 0
        var plans = 0, healthGoals = 0, supported = 0, activities = 0
        // The thing under test
        for family in DemoGenerator(configuration).families() {
            for child in family.children {
                let timeline = Timeline(child.entries)
                for item in timeline.items {
                    guard case .plan(let plan)? = item.effective else { continue }
                    plans += 1
                    if plan.goals.contains(where: { $0.area == .health }) { healthGoals += 1 }
                    activities += plan.leisure?.count ?? 0
                    supported += plan.leisure?.filter { $0.support != .none }.count ?? 0
                }
                guard !timeline.state().activeMeasures.isEmpty else { continue }
                anyHelp += 1
                guard let latest = timeline.latestLeisure() else { continue }
                let age = child.child.birthDate.age(on: DanishTime.localDate(of: DemoFixture.end))
                let band = age < 13 ? 0 : 1
                withHelp[band] += 1
                if latest.activities.takesPart { takingPart[band] += 1 }
            }
        }
        // Check
        let share = Double(takingPart[0] + takingPart[1]) / Double(max(1, withHelp[0] + withHelp[1]))
        XCTAssertGreaterThan(withHelp[0] + withHelp[1], 20)
        XCTAssertGreaterThan(Double(withHelp[0] + withHelp[1]) / Double(anyHelp), 0.8, "most children with help have a plan or follow-up")
        XCTAssertTrue((0.35...0.7).contains(share), "\(takingPart) of \(withHelp)")
        XCTAssertGreaterThan(Double(takingPart[0]) / Double(max(1, withHelp[0])), Double(takingPart[1]) / Double(max(1, withHelp[1])),
                             "more among the younger: \(takingPart) of \(withHelp)")
        XCTAssertTrue((0.1...0.4).contains(Double(healthGoals) / Double(max(1, plans))), "\(healthGoals) of \(plans) plans")
        XCTAssertTrue((0.1...0.45).contains(Double(supported) / Double(max(1, activities))), "\(supported) of \(activities) supported")
    }

    func testTheIndicatorReadsAboutHalfOnTheDemo() {
        // Setup
        let configuration = DemoConfiguration(children: 1_500, end: DemoFixture.end)
        let computation = IndicatorComputation(grid: IndicatorGrid(years: 2025...2025))
        var table = IndicatorTable()
        // The thing under test
        for family in DemoGenerator(configuration).families() {
            for child in family.children {
                let facts = IndicatorChildFacts(id: child.child.id, birthDate: child.child.birthDate, sex: child.child.sex,
                                                district: child.child.district)
                table.add(computation.contributions(of: facts, entries: child.entries, asOf: DemoFixture.end))
            }
        }
        // Check
        let tally = table[IndicatorCell(indicator: "leisure-participation", period: IndicatorPeriod("2025")!)]
        XCTAssertGreaterThanOrEqual(tally.children, 20)
        XCTAssertTrue((0.3...0.7).contains(tally.share ?? 0), "\(tally)")
    }
}
