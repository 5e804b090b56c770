import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// The tamper check the server runs on a schedule (issue 26, item 1): its last result on `/admin/verify` for the
/// administrator — not yet run, intact, then broken at the row altered behind Spor's back, named by place and id.
final class VerifyPageTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func testTheAdministratorSeesTheLastCheckAndTheRowThatDoesNotFit() async throws {
        let verification = ChainVerification(every: 3_600)
        test.app.chainVerification = verification
        let admin = Browser(test.app)
        _ = try await admin.login("admin", password: test.password)
        let home = try await admin.get(SiteURL.admin.path).body.string
        XCTAssertTrue(home.contains("href=\"/admin/verify\""), "the administration page links to the tamper check")

        var html = try await admin.get(SiteURL.adminVerify.path).body.string
        XCTAssertTrue(html.contains("hver time"), "the schedule is shown")
        XCTAssertTrue(html.contains(Strings.verifyNotYet(.da)))

        let intact = await ChainVerification.run(test.store, into: verification, now: TestApp.now, logger: test.app.logger)
        XCTAssertTrue(intact.isIntact, "\(intact)")
        html = try await admin.get(SiteURL.adminVerify.path).body.string
        XCTAssertTrue(html.contains(Strings.verifyIntact(.da, Format.dateTime(TestApp.now, .da))), html)
        XCTAssertTrue(html.contains("id=\"verify-journal_entries\""))
        XCTAssertFalse(html.contains(Strings.verifyStateBrokenAt(.da, "1")))

        // A journal row altered in the database file, as an intruder with access to it would.
        guard test.store.kind == .sqlite else { return }
        let database = "\(test.directory)/spor.sqlite"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database, "DROP TRIGGER IF EXISTS journal_entries_no_update; UPDATE journal_entries SET payload = '{}' WHERE seq = 1;"]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let broken = await ChainVerification.run(test.store, into: verification, now: TestApp.now.addingTimeInterval(3_600), logger: test.app.logger)
        guard case .broken(let seq, let id)? = broken.chains.first?.state else { return XCTFail("\(broken)") }
        XCTAssertEqual(seq, 1)
        let brokenID = try XCTUnwrap(id)
        html = try await admin.get(SiteURL.adminVerify.path).body.string
        XCTAssertTrue(html.contains(Strings.verifyBroken(.da, Format.dateTime(TestApp.now.addingTimeInterval(3_600), .da))), html)
        XCTAssertTrue(html.contains(Strings.verifyStateBrokenAt(.da, "1")))
        XCTAssertTrue(html.contains("id \(brokenID.uuidString.lowercased())"))

        // The administrator's alone.
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let refused = try await caseworker.get(SiteURL.adminVerify.path)
        XCTAssertEqual(refused.status, .forbidden)
    }

    func testTheIntervalIsReadFromTheEnvironment() throws {
        XCTAssertEqual(try ChainVerification.interval(fromEnvironment: [:]), 3_600)
        XCTAssertEqual(try ChainVerification.interval(fromEnvironment: ["SPOR_VERIFY_EVERY": "900"]), 900)
        XCTAssertNil(try ChainVerification.interval(fromEnvironment: ["SPOR_VERIFY_EVERY": "0"]))
        XCTAssertThrowsError(try ChainVerification.interval(fromEnvironment: ["SPOR_VERIFY_EVERY": "hourly"]))
    }
}
