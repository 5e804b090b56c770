import Foundation
import XCTest
@testable import SporDomain

final class PolicyInitiativeTests: XCTestCase {
    private func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    private func initiative(status: InitiativeStatus = .running, start: LocalDate? = nil) throws -> Initiative {
        try Initiative(id: "test", name: "Testinitiativ", description: "", owner: "Familiehuset", start: start, status: status)
    }

    func testAnUpdateSetsStatusAndNextSteps() throws {
        var subject = try initiative()

        try subject.record(StatusUpdate(date: day("2026-03-01"), status: .beingAnchored, text: "Leveret.", nextSteps: ["Forankres."]))

        XCTAssertEqual(subject.status, .beingAnchored)
        XCTAssertEqual(subject.nextSteps, ["Forankres."])
        XCTAssertEqual(subject.status(on: day("2026-02-28")), .running)
        XCTAssertEqual(subject.status(on: day("2026-03-01")), .beingAnchored)
    }

    func testAStatusUpdateOnAStoppedInitiativeIsAnError() throws {
        var subject = try initiative()
        try subject.record(StatusUpdate(date: day("2026-03-01"), status: .stopped, text: "Stoppet: ingen deltagere."))

        XCTAssertThrowsError(try subject.record(StatusUpdate(date: day("2026-09-01"), status: .running, text: "Genoptaget."))) {
            XCTAssertEqual($0 as? PolicyError, PolicyError(.initiativeStopped, field: "status"))
        }
        XCTAssertThrowsError(try initiative(status: .stopped).recording(StatusUpdate(date: day("2026-01-01"), status: .running, text: "x"))) {
            XCTAssertEqual(($0 as? PolicyError)?.code, .initiativeStopped)
        }
        XCTAssertEqual(subject.updates.count, 1)
    }

    func testOnContentAnUpdateOnAStoppedInitiativeIsAnErrorToo() throws {
        var content = PolicyContent.standard
        try content.record(StatusUpdate(date: day("2026-02-01"), status: .stopped, text: "Projektet er afsluttet."), on: "ssp-taskforce")

        XCTAssertThrowsError(try content.record(StatusUpdate(date: day("2026-08-01"), status: .running, text: "x"), on: "ssp-taskforce")) {
            XCTAssertEqual(($0 as? PolicyError)?.code, .initiativeStopped)
        }
        XCTAssertThrowsError(try content.record(StatusUpdate(date: day("2026-08-01"), status: .running, text: "x"), on: "nope")) {
            XCTAssertEqual(($0 as? PolicyError)?.code, .initiativeUnknown)
        }
    }

    func testUpdatesComeInDateOrderAfterTheStartAndHaveText() throws {
        var subject = try initiative(start: day("2026-01-15"))

        XCTAssertThrowsError(try subject.record(StatusUpdate(date: day("2026-01-14"), status: .running, text: "x"))) {
            XCTAssertEqual(($0 as? PolicyError)?.code, .updateBeforeStart)
        }
        try subject.record(StatusUpdate(date: day("2026-06-01"), status: .running, text: "I gang."))
        XCTAssertThrowsError(try subject.record(StatusUpdate(date: day("2026-05-31"), status: .running, text: "x"))) {
            XCTAssertEqual(($0 as? PolicyError)?.code, .updateBeforeLatest)
        }
        XCTAssertThrowsError(try subject.record(StatusUpdate(date: day("2026-07-01"), status: .running, text: "  "))) {
            XCTAssertEqual($0 as? PolicyError, PolicyError(.textMissing, field: "text"))
        }
        XCTAssertNoThrow(try subject.record(StatusUpdate(date: day("2026-06-01"), status: .anchored, text: "Samme dag.")))
    }

    func testAnInitiativeNeedsAStatusOrAnUpdate() {
        XCTAssertThrowsError(try Initiative(id: "x", name: "X", description: "")) {
            XCTAssertEqual($0 as? PolicyError, PolicyError(.textMissing, field: "status"))
        }
    }

    func testDecodingRefusesAnUpdateAfterAStop() throws {
        var subject = try initiative()
        try subject.record(StatusUpdate(date: day("2026-03-01"), status: .stopped, text: "Stop."))
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: JSONEncoder().encode(subject)) as? [String: Any])
        var updates = try XCTUnwrap(object["updates"] as? [Any])
        updates.append(["date": "2026-04-01", "status": "running", "text": "Igen", "nextSteps": [String]()])
        object["updates"] = updates
        let forged = try JSONSerialization.data(withJSONObject: object)

        XCTAssertThrowsError(try JSONDecoder().decode(Initiative.self, from: forged)) {
            XCTAssertEqual(($0 as? PolicyError)?.code, .initiativeStopped)
        }
    }
}
