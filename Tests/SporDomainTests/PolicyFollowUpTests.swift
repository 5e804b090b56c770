import Foundation
import XCTest
@testable import SporDomain

final class PolicyFollowUpTests: XCTestCase {
    private func day(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    private func content() throws -> PolicyContent {
        func make(_ id: InitiativeID, owner: String?, status: InitiativeStatus, start: String? = nil) throws -> Initiative {
            try Initiative(id: id, name: id.rawValue, description: "", owner: owner, start: start.map(day), status: status)
        }
        return try PolicyContent(policies: PolicyContent.standard.policies, initiatives: [
            make("running-a", owner: "Familiehuset", status: .running),
            make("running-b", owner: "PPR", status: .running),
            make("anchoring", owner: "Familiehuset", status: .beingAnchored),
            make("no-owner", owner: nil, status: .running),
            make("planned", owner: "PPR", status: .planned),
            make("anchored", owner: "PPR", status: .anchored),
            make("stopped", owner: "PPR", status: .stopped),
            make("starts-later", owner: "PPR", status: .running, start: "2026-09-01"),
        ])
    }

    func testAHalfYearRoundIsNamedAndSpansItsHalf() throws {
        let first = try FollowUpRound.halfYear(1, of: 2026, deadline: day("2026-06-15"))
        let second = try FollowUpRound.halfYear(2, of: 2026, deadline: day("2027-01-15"))

        XCTAssertEqual(first.name, "1. halvår 2026")
        XCTAssertEqual(first.id, "2026-1")
        XCTAssertEqual(first.period.start, day("2026-01-01"))
        XCTAssertEqual(first.period.end, day("2026-06-30"))
        XCTAssertEqual(second.name, "2. halvår 2026")
        XCTAssertEqual(second.period.end, day("2026-12-31"))
        XCTAssertThrowsError(try FollowUpRound.halfYear(3, of: 2026, deadline: day("2026-06-15")))
        XCTAssertThrowsError(try FollowUpRound.halfYear(1, of: 2026, deadline: day("2025-12-31"))) {
            XCTAssertEqual(($0 as? PolicyError)?.code, .periodInvalid)
        }
    }

    func testTheRoundAsksAboutRunningAndAnchoringInitiativesOnly() throws {
        let round = try FollowUpRound.halfYear(1, of: 2026, deadline: day("2026-06-15"))

        let asked = round.initiativesAsked(in: try content()).map(\.id.rawValue)

        XCTAssertEqual(asked, ["running-a", "running-b", "anchoring", "no-owner"])
    }

    func testInitiativesWithoutAnUpdateInTheRoundAreMissing() throws {
        var content = try content()
        let round = try FollowUpRound.halfYear(1, of: 2026, deadline: day("2026-07-10"))
        // Before the round: does not count.
        try content.record(StatusUpdate(date: day("2025-12-20"), status: .running, text: "Før runden."), on: "running-a")
        // Inside the period.
        try content.record(StatusUpdate(date: day("2026-05-02"), status: .running, text: "I gang."), on: "running-b")
        // After the period but by the deadline.
        try content.record(StatusUpdate(date: day("2026-07-10"), status: .anchored, text: "Forankret."), on: "anchoring")

        XCTAssertEqual(round.initiativesMissingUpdate(in: content).map(\.id.rawValue), ["running-a", "no-owner"])

        // Late, but naming the round: counts.
        try content.record(StatusUpdate(date: day("2026-08-01"), status: .running, text: "Sent svar.", round: round.id), on: "running-a")
        XCTAssertEqual(round.initiativesMissingUpdate(in: content).map(\.id.rawValue), ["no-owner"])
    }

    func testAnUpdateAfterTheDeadlineWithoutTheRoundDoesNotCount() throws {
        var content = try content()
        let round = try FollowUpRound.halfYear(1, of: 2026, deadline: day("2026-06-15"))
        try content.record(StatusUpdate(date: day("2026-07-01"), status: .running, text: "For sent."), on: "running-b")

        XCTAssertTrue(round.initiativesMissingUpdate(in: content).map(\.id).contains("running-b"))
    }

    func testRequestsGroupTheAskedInitiativesByOwner() throws {
        let round = try FollowUpRound.halfYear(1, of: 2026, deadline: day("2026-06-15"))

        let requests = round.requests(in: try content())

        XCTAssertEqual(requests, [
            FollowUpRequest(owner: "Familiehuset", initiatives: ["running-a", "anchoring"]),
            FollowUpRequest(owner: "PPR", initiatives: ["running-b"]),
            FollowUpRequest(owner: nil, initiatives: ["no-owner"]),
        ])
    }

    func testOnTheStandardContentEveryRunningInitiativeIsMissingInTheFirstRoundOf2026() throws {
        let round = try FollowUpRound.halfYear(1, of: 2026, deadline: day("2026-06-15"))
        let content = PolicyContent.standard

        let missing = round.initiativesMissingUpdate(in: content)

        XCTAssertEqual(missing.map(\.id), round.initiativesAsked(in: content).map(\.id))
        XCTAssertTrue(missing.contains { $0.id == "ssp-taskforce" })
        XCTAssertFalse(missing.contains { $0.id == "implementering-barnets-lov" }, "anchored")
        XCTAssertFalse(missing.contains { $0.id == "ny-sammenhaengende-boernepolitik" }, "planned")
    }

    func testAStoredRoundWithItsDeadlineBeforeItsPeriodIsRefused() throws {
        let round = try FollowUpRound.halfYear(2, of: 2026, deadline: day("2027-01-15"))
        let json = String(decoding: try JSONEncoder().encode(round), as: UTF8.self)
        XCTAssertEqual(try JSONDecoder().decode(FollowUpRound.self, from: Data(json.utf8)), round)

        let forged = json.replacingOccurrences(of: "2027-01-15", with: "2026-01-15")
        XCTAssertThrowsError(try JSONDecoder().decode(FollowUpRound.self, from: Data(forged.utf8))) {
            XCTAssertEqual(($0 as? PolicyError)?.code, .periodInvalid)
        }
        let backwards = json.replacingOccurrences(of: "2026-07-01", with: "2027-07-01")
        XCTAssertThrowsError(try JSONDecoder().decode(FollowUpRound.self, from: Data(backwards.utf8)))
    }
}
