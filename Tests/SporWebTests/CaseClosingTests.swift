import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// Closing a case on its own page: what is still open is listed first, a reason is required, and a case with a running
/// measure is refused with the measure named and nothing saved.
final class CaseClosingTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    var base: String { "/children/\(test.child.id)" }
    var caseworker: UUID { test.users[.caseworker]!.id }

    func append(_ payload: EntryPayload, hoursAgo hours: Double) async throws -> Entry {
        let entry = Entry(municipality: 707, child: test.child.id, payload: payload, occurredAt: TestApp.now.addingTimeInterval(-hours * 3600),
                          recordedAt: TestApp.now, author: caseworker)
        try await test.store.append(entry, now: TestApp.now)
        return entry
    }

    /// Familiebehandling granted and started an hour ago.
    func startTreatment() async throws -> Entry {
        let decision = try await append(.decision(Decision(offers: ["familiebehandling"], legalBasis: .treatment, purpose: "Støtte",
                                                           expectedEnd: LocalDate(year: 2027, month: 6, day: 1)!,
                                                           consent: Consent(custodyHolders: .given),
                                                           childsViews: .notHeard(reason: "Barnet var syg"), complaintGuidanceToChild: true)),
                                        hoursAgo: 1.5)
        return try await append(.measureStarted(MeasureStart(offer: "familiebehandling", decision: decision.id, legalBasis: .treatment)),
                                hoursAgo: 1)
    }

    func testClosingWithARunningMeasureIsRefusedWithTheMeasureNamedAndNothingSaved() async throws {
        let measure = try await startTreatment()
        _ = try await test.store.createFamilyAccount(child: test.child.id, reader: .child, by: caseworker, now: TestApp.now)
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)

        // The child page links to the closing page; it closes nothing in one click.
        let childPage = try await browser.get(base).body.string
        XCTAssertTrue(childPage.contains(#"id="close-link" href="\#(base)/close""#))
        XCTAssertFalse(childPage.contains(#"id="close-form""#))

        // The closing page lists the running measure with the step that ends it, the open deadlines and the family account.
        let page = try await browser.get(base + "/close")
        XCTAssertEqual(page.status, .ok)
        let html = page.body.string
        let measures = try XCTUnwrap(html.components(separatedBy: #"id="closing-measures""#).dropFirst().first?.components(separatedBy: "</section>").first)
        XCTAssertTrue(measures.contains("Familiebehandling"))
        XCTAssertTrue(measures.contains(#"href="\#(base)/course/measure-end""#))
        XCTAssertTrue(measures.contains(Strings.closingBlocked(.da)))
        let obligations = try await test.store.openObligations(child: test.child.id)
        XCTAssertFalse(obligations.isEmpty, "the measure starts deadlines of its own")
        let deadlines = try XCTUnwrap(html.components(separatedBy: #"id="closing-deadlines""#).dropFirst().first?.components(separatedBy: "</section>").first)
        for obligation in obligations {
            let title = try XCTUnwrap(RuleBook.barnetsLov.rules.first { $0.id == obligation.rule }).titleDa
            XCTAssertTrue(deadlines.contains(title), title)
        }
        let accounts = try XCTUnwrap(html.components(separatedBy: #"id="closing-accounts""#).dropFirst().first?.components(separatedBy: "</section>").first)
        XCTAssertTrue(accounts.contains(Strings.accountChild(.da)))
        XCTAssertFalse(accounts.contains(Strings.closingNoAccounts(.da)))
        XCTAssertTrue(html.contains(#"<textarea id="close-reason" name="reason""#))

        // Submitted anyway: refused, naming the measure, and the journal is unchanged.
        let before = try await test.store.timeline(child: test.child.id).entries.count
        let refused = try await browser.post(base + "/close", ["reason": "Familien klarer sig selv"])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains(Strings.closingRunningMeasures(.da).replacingOccurrences(of: "{0}", with: "Familiebehandling")),
                      refused.body.string)
        XCTAssertTrue(refused.body.string.contains("Familien klarer sig selv"), "the reason typed is kept")
        let after = try await test.store.timeline(child: test.child.id).entries.count
        XCTAssertEqual(after, before)
        let summary = try await test.store.summary(child: test.child.id)
        XCTAssertEqual(summary?.isOpen, true)

        // Once the measure has ended, the case closes with its reason.
        _ = try await append(.measureEnded(MeasureEnd(measure: measure.id, reason: .goalsReached)), hoursAgo: 0.5)
        let cleared = try await browser.get(base + "/close").body.string
        XCTAssertTrue(cleared.contains(Strings.closingNoMeasures(.da)))
        XCTAssertFalse(cleared.contains(#"id="closing-blocked""#))
        let closed = try await browser.post(base + "/close", ["reason": "Familien klarer sig selv"])
        XCTAssertEqual(closed.status, .seeOther)
        XCTAssertEqual(closed.headers.first(name: .location), base)
        let closedSummary = try await test.store.summary(child: test.child.id)
        XCTAssertEqual(closedSummary?.isOpen, false)
        let last = try await test.store.timeline(child: test.child.id).entries.last
        XCTAssertEqual(last?.payload, .caseClosed(CaseClosure(reason: "Familien klarer sig selv")))

        // A closed case has nothing to close.
        let again = try await browser.get(base + "/close").body.string
        XCTAssertTrue(again.contains(Strings.closingNotOpen(.da)))
        XCTAssertFalse(again.contains(#"id="close-form""#))
    }

    func testTheReasonIsRequired() async throws {
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        try await browser.get(base + "/close")
        let refused = try await browser.post(base + "/close", ["reason": "   "])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains(#"id="close-reason-error""#))
        let summary = try await test.store.summary(child: test.child.id)
        XCTAssertEqual(summary?.isOpen, true)
    }

    func testAnotherTeamsCaseworkerNeitherSeesNorClosesTheCase() async throws {
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        let other = "/children/\(test.otherChild.id)/close"
        let page = try await browser.get(other)
        XCTAssertNotEqual(page.status, .ok)
        XCTAssertFalse(page.body.string.contains(test.otherChild.fullName))
        try await browser.get("/children")
        let refused = try await browser.post(other, ["reason": "Lukkes"])
        XCTAssertNotEqual(refused.status, .seeOther)
        let summary = try await test.store.summary(child: test.otherChild.id)
        XCTAssertEqual(summary?.isOpen, true)
    }
}
