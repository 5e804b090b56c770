import XCTest
@testable import SporDomain
import SporTestSupport

/// Leisure and health in the plan and its follow-ups (issue 23, item 3): old entries still decode, the leisure payload
/// round-trips, the latest record is the one that counts, the leisure offers by age, and the indicator's suppression.
final class LeisureTests: XCTestCase {
    func testAPlanFromBeforeLeisureDecodesWithoutIt() throws {
        // Setup: a plan as stored before goals had an area and plans had leisure.
        let json = """
            {"kind":"childsPlan","goals":[{"id":"00000000-0000-4000-8000-000000000001","what":"Kommer i skole",\
            "byWhen":"2026-06-01","howWeWillKnow":"Fravær under 5 %"}],"madeWithChild":true,"madeWithParents":false}
            """
        // The thing under test
        let plan = try JSONDecoder().decode(ChildsPlan.self, from: Data(json.utf8))
        // Check
        XCTAssertNil(plan.leisure)
        XCTAssertNil(plan.goals[0].area)
        XCTAssertEqual(plan.goals[0].what, "Kommer i skole")
    }

    func testAFollowUpFromBeforeLeisureDecodesWithoutIt() throws {
        let json = """
            {"measures":["00000000-0000-4000-8000-000000000002"],"ratings":[],"assessment":"Godt","outcome":"end"}
            """
        let followUp = try JSONDecoder().decode(FollowUp.self, from: Data(json.utf8))
        XCTAssertNil(followUp.leisure)
        XCTAssertEqual(followUp.outcome, .end)
    }

    func testTheLeisurePayloadRoundTripsAndLeavesOutWhatIsNotRecorded() throws {
        // Setup
        let football = LeisureActivity(kind: .association, name: "Fodbold", support: .leisurePass)
        let plan = ChildsPlan(goals: [ChildsPlan.Goal(what: "Motion to gange om ugen", byWhen: LocalDate(year: 2026, month: 6, day: 1)!,
                                                      howWeWillKnow: "Barnet fortæller", area: .health)],
                              madeWithChild: true, madeWithParents: true, leisure: [football])
        var stopped = football
        stopped.status = .stopped
        let followUp = FollowUp(measures: [UUID()], ratings: [], assessment: "Godt", outcome: .end, nextFollowUp: nil,
                                nextFollowUpReason: nil, leisure: [stopped, LeisureActivity(kind: .leisureJob, name: "Avisbud", status: .started)])
        // The thing under test
        let planAgain = try JSONDecoder().decode(ChildsPlan.self, from: JSONEncoder().encode(plan))
        let followUpAgain = try JSONDecoder().decode(FollowUp.self, from: JSONEncoder().encode(followUp))
        let old = String(decoding: try JSONEncoder().encode(ChildsPlan(goals: plan.goals.map { var g = $0; g.area = nil; return g },
                                                                       madeWithChild: true, madeWithParents: true)), as: UTF8.self)
        // Check
        XCTAssertEqual(planAgain, plan)
        XCTAssertEqual(followUpAgain, followUp)
        XCTAssertTrue(followUpAgain.leisure!.takesPart, "the new leisure job")
        XCTAssertFalse([stopped].takesPart)
        XCTAssertFalse(old.contains("leisure") || old.contains("area"), old)
    }

    func testTheLatestRecordIsTheNewestPlanOrFollowUpThatRecordsLeisure() {
        // Setup: the fixture's child A — football in the plan, stopped on 31 March, scouts from 2 June.
        let child = IndicatorFixtures.leisureParticipation.children[0]
        let timeline = Timeline(child.entries)
        let untilMay = Timeline(child.entries.filter { $0.occurredAt < DanishTime.instant(LocalDate(year: 2025, month: 5, day: 1)!, hour: 0) })
        // The thing under test
        let latest = timeline.latestLeisure()
        let before = untilMay.latestLeisure()
        // Check
        XCTAssertEqual(latest?.activities.map(\.name), ["Spejder"])
        XCTAssertEqual(before?.activities.map(\.status), [.stopped])
        XCTAssertNil(Timeline([]).latestLeisure())
    }

    func testAnActivityWithoutANameIsRefused() {
        let plan = ChildsPlan(goals: [], madeWithChild: true, madeWithParents: true, leisure: [LeisureActivity(kind: .club, name: "  ")])
        XCTAssertThrowsError(try JournalRules.validateLeisure(plan.leisure)) { error in
            XCTAssertEqual((error as? DomainError)?.field, "leisure")
        }
        XCTAssertNoThrow(try JournalRules.validateLeisure(nil))
    }

    func testLeisureOffersAreForTheChildsAgeOnlyAndApartFromTheOtherOpenOffers() {
        let catalogue = OfferCatalogue.standard
        // The thing under test
        let at8 = catalogue.leisureOffers(forAge: 8)
        let at15 = catalogue.leisureOffers(forAge: 15)
        // Check
        XCTAssertFalse(at8.isEmpty)
        XCTAssertTrue(at8.allSatisfy { $0.leisure != nil && $0.isFor(age: 8) })
        XCTAssertFalse(at8.contains { $0.id == "ungdomsklub" || $0.id == "fritidsjob" }, "for 13–17")
        XCTAssertTrue(at15.contains { $0.id == "ungdomsklub" } && at15.contains { $0.id == "fritidsjob" })
        XCTAssertFalse(at15.contains { $0.id == "fritidsklub" }, "for 9–13")
        XCTAssertTrue(catalogue.leisureOffers(forAge: 30).isEmpty)
        XCTAssertFalse(catalogue.openOffers(forAge: 15).contains { $0.leisure != nil })
        XCTAssertTrue(at15.allSatisfy { $0.access == .open && $0.level == .general })
    }

    func testALeisureOfferBehindAReferralIsNotShownToTheFamily() throws {
        var offers = OfferCatalogue.standard.offers
        let index = try XCTUnwrap(offers.firstIndex { $0.id == "ungdomsklub" })
        offers[index].access = .referral
        let catalogue = try OfferCatalogue(offers: offers)
        // The thing under test
        let at15 = catalogue.leisureOffers(forAge: 15)
        // Check
        XCTAssertFalse(at15.contains { $0.id == "ungdomsklub" })
        XCTAssertTrue(at15.contains { $0.id == "fritidsjob" })
    }

    func testTheIndicatorIsSuppressedBelowFiveChildren() {
        // Setup: child A of the fixture four times, then five.
        let computation = IndicatorComputation(grid: IndicatorFixtures.grid)
        let template = IndicatorFixtures.leisureParticipation.children[0]
        let definition = IndicatorDefinition.leisureParticipation(.standard)
        let cell = IndicatorCell(indicator: definition.id, period: IndicatorPeriod("2025")!)
        var table = IndicatorTable()
        for number in 1...5 {
            let facts = IndicatorChildFacts(id: IndicatorFixtures.uuid(97, number, 0), birthDate: template.facts.birthDate,
                                            sex: template.facts.sex, district: template.facts.district)
            let entries = template.entries.map {
                Entry(id: $0.id, municipality: $0.municipality, child: facts.id, payload: $0.payload, occurredAt: $0.occurredAt,
                      recordedAt: $0.recordedAt, author: $0.author)
            }
            // The thing under test
            table.add(computation.contributions(of: facts, entries: entries, asOf: IndicatorFixtures.asOf))
            // Check
            if number < 5 { XCTAssertEqual(table.readout(cell, definition: definition), .suppressed) }
        }
        XCTAssertEqual(table.readout(cell, definition: definition), .value(1, ninetiethPercentile: nil))
        XCTAssertEqual(table.readout(IndicatorCell(indicator: definition.id, period: IndicatorPeriod("2025-03")!), definition: definition),
                       .value(0, ninetiethPercentile: nil))
    }

    func testTheIndicatorIsStandard() {
        let definition = IndicatorDefinition.standard().first { $0.id == "leisure-participation" }
        XCTAssertEqual(definition?.unit, .share)
        XCTAssertEqual(definition?.counting, .periodEnd)
        XCTAssertEqual(definition?.goals, ["3.1"])
    }
}
