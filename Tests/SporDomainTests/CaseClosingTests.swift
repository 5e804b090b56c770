import XCTest
@testable import SporDomain

/// A case is closed once its measures and placement have ended, and for a stated reason.
final class CaseClosingTests: CourseTestCase {
    func close(at instant: Date, reason: String = "Målene er nået") -> Entry {
        entry(.caseClosed(CaseClosure(reason: reason)), at: instant)
    }

    /// The error `entry` is refused with in the course `entries`, or nil when it is accepted.
    func error(_ entry: Entry, in entries: [Entry]) -> DomainError? {
        do {
            try JournalRules.validate(entry, in: Timeline(entries), now: entry.occurredAt.addingTimeInterval(60))
            return nil
        } catch {
            return error
        }
    }

    func testACaseWithARunningMeasureIsNotClosedAndTheRefusalNamesTheMeasure() throws {
        let granted = decision(at: at(d(2025, 3, 3)))
        let started = measure(decision: granted, at: at(d(2025, 3, 10)))
        let refused = try XCTUnwrap(error(close(at: at(d(2025, 6, 2))), in: [granted, started]))
        XCTAssertEqual(refused.code, .caseHasRunningMeasures)
        XCTAssertEqual(refused.names, [OfferCatalogue.standard["familiebehandling"]!.name])
        XCTAssertEqual(refused.names, ["Familiebehandling"], "the offer's name from the catalogue, not its id")

        let end = ended(started, at: at(d(2025, 6, 1)))
        XCTAssertNil(error(close(at: at(d(2025, 6, 2))), in: [granted, started, end]), "closed once the measure has ended")
    }

    func testARunningPlacementIsNamedBesideAMeasure() throws {
        let placing = decision(["netvaerksplejefamilie"], basis: .placementWithConsent, at: at(d(2025, 3, 3)))
        let placed = placement(decision: placing, at: at(d(2025, 3, 10)))
        let granted = decision(at: at(d(2025, 3, 4)))
        let treatment = measure(decision: granted, at: at(d(2025, 3, 11)))
        let course = [placing, granted, placed, treatment]
        let refused = try XCTUnwrap(error(close(at: at(d(2025, 6, 2))), in: course))
        XCTAssertEqual(refused.code, .caseHasRunningMeasures)
        XCTAssertEqual(refused.names, [OfferCatalogue.standard["netvaerksplejefamilie"]!.name, "Familiebehandling"])

        let homecoming = ended(placed, at: at(d(2025, 6, 1)))
        XCTAssertEqual(error(close(at: at(d(2025, 6, 2))), in: course + [homecoming])?.names, ["Familiebehandling"])
        XCTAssertNil(error(close(at: at(d(2025, 6, 2))), in: course + [homecoming, ended(treatment, at: at(d(2025, 6, 1), 11))]))
    }

    func testAMeasureEndedAfterTheClosingTimeStillRunsAtIt() throws {
        let granted = decision(at: at(d(2025, 3, 3)))
        let started = measure(decision: granted, at: at(d(2025, 3, 10)))
        let endedLater = ended(started, at: at(d(2025, 6, 3)))
        XCTAssertEqual(error(close(at: at(d(2025, 6, 2))), in: [granted, started, endedLater])?.code, .caseHasRunningMeasures)
    }

    func testTheReasonIsRequired() {
        let opened = entry(.journalNote(JournalNote(text: "Samtale med mor")), at: at(d(2025, 3, 1)))
        let concern = entry(.concern(Concern(level: .atRisk, source: .teacher, description: "Fravær")), at: at(d(2025, 3, 2)))
        XCTAssertEqual(error(close(at: at(d(2025, 6, 2)), reason: " \n "), in: [opened, concern]), DomainError(.textMissing, field: "reason"))
        XCTAssertNil(error(close(at: at(d(2025, 6, 2))), in: [opened, concern]))
    }
}
