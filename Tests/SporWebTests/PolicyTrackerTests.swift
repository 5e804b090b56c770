import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// The policy tracker: the seeds' content is there from the start, status updates and follow-up rounds,
/// and the yearly status report with its versions and exports. Policy staff only; no page reaches a person.
final class PolicyTrackerTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func policyStaff() async throws -> Browser {
        let browser = Browser(test.app)
        _ = try await browser.login("policy", password: test.password)
        return browser
    }

    func testTheSeedsTracksGoalsAndInitiativesAreThereFromTheStart() async throws {
        let browser = try await policyStaff()
        let page = try await browser.get("/policy/tracker")
        XCTAssertEqual(page.status, .ok)
        let html = page.body.string
        for track in ["Tidlig opsporing og indsats", "Helhed og sammenhæng", "Sundhed, trivsel og fællesskaber"] {
            XCTAssertTrue(html.contains(track), track)
        }
        for goal in ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "3.3"] {
            XCTAssertTrue(html.contains("<strong>\(goal)</strong>"), "goal \(goal)")
        }
        for name in ["Skolevægringsprojektet", "BRUS", "Få styr på angsten", "Rette hjælp til ADHD", "CPDF", "Efterfødselsreaktionssamtaler",
                     "SSP-taskforce"] {
            XCTAssertTrue(html.contains(name), name)
        }
        // No person anywhere, and nobody else here.
        XCTAssertFalse(html.contains("Alma"))
        let caseworker = Browser(test.app)
        _ = try await caseworker.login("caseworker", password: test.password)
        let denied = try await caseworker.get("/policy/tracker")
        XCTAssertEqual(denied.status, .forbidden)
    }

    func testAStatusUpdateIsSavedAndAStoppedInitiativeTakesNoMore() async throws {
        let browser = try await policyStaff()
        try await browser.get("/policy/initiatives/brus")
        let saved = try await browser.post("/policy/initiatives/brus/status", ["date": "2026-11-20", "status": "stopped",
                                                                              "text": "Projektet er afsluttet", "nextSteps": ""])
        XCTAssertEqual(saved.status, .seeOther)
        let content = try await test.store.policyContent()
        XCTAssertEqual(content.initiative("brus")?.status, .stopped)
        try await browser.get("/policy/initiatives/brus")
        let refused = try await browser.post("/policy/initiatives/brus/status", ["date": "2026-11-25", "status": "running",
                                                                                "text": "Vi starter igen", "nextSteps": "Ny ansøgning"])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains(Strings.policyError(.initiativeStopped)(.da)))
        XCTAssertTrue(refused.body.string.contains("Vi starter igen"), "what was typed is kept")
        let after = try await test.store.policyContent()
        XCTAssertEqual(after.initiative("brus")?.updates.count, content.initiative("brus")?.updates.count)
    }

    func testAFollowUpRoundShowsWhoIsMissing() async throws {
        let browser = try await policyStaff()
        try await browser.get("/policy/rounds")
        let created = try await browser.post("/policy/rounds", ["half": "2", "year": "2026", "deadline": "2026-12-15"])
        XCTAssertEqual(created.status, .seeOther)
        let rounds = try await test.store.followUpRounds()
        XCTAssertEqual(rounds.count, 1)
        let before = try await browser.get("/policy/rounds").body.string
        XCTAssertTrue(before.contains("Få styr på angsten"))
        _ = try await browser.post("/policy/initiatives/faa-styr-paa-angsten/status", ["date": "2026-11-26", "status": "running",
                                                                                       "text": "Tre hold i gang", "round": rounds[0].id.rawValue])
        let after = try await browser.get("/policy/rounds").body.string
        let section = after.components(separatedBy: "id=\"round-\(rounds[0].id.rawValue)\"").last ?? ""
        XCTAssertFalse(section.contains("Få styr på angsten"), "answered")
        XCTAssertTrue(section.contains("Skolevægringsprojektet"), "still missing")
        // The owner of one still missing is reminded; the page says when.
        let reminded = try await browser.post("/policy/rounds/\(rounds[0].id.rawValue)/remind", ["initiative": "skolevaegringsprojektet"])
        XCTAssertEqual(reminded.status, .seeOther)
        let withReminder = try await browser.get("/policy/rounds").body.string
        XCTAssertTrue(withReminder.contains(Strings.remindedOn(.da).replacingOccurrences(of: "{0}", with: "26.11.2026")))
        // An initiative that has answered is not reminded.
        let answered = try await browser.post("/policy/rounds/\(rounds[0].id.rawValue)/remind", ["initiative": "faa-styr-paa-angsten"])
        XCTAssertEqual(answered.status, .notFound)
        // The same round twice is refused.
        let twice = try await browser.post("/policy/rounds", ["half": "2", "year": "2026", "deadline": "2026-12-15"])
        XCTAssertEqual(twice.status, .unprocessableEntity)
    }

    func testTheReportIsSavedAsVersionsAndExported() async throws {
        let browser = try await policyStaff()
        let draft = try await browser.get("/policy/report/2025")
        XCTAssertEqual(draft.status, .ok)
        XCTAssertTrue(draft.body.string.contains("Tidlig opsporing og indsats"))
        // An empty heading is refused and the text kept.
        let refused = try await browser.post("/policy/report/2025", ["section-1-title": "", "section-1-body": "Vores indledning"])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains(Strings.policyError(.sectionTitleMissing)(.da)))
        XCTAssertTrue(refused.body.string.contains("Vores indledning"))
        let nothing = try await test.store.statusReport(year: 2025)
        XCTAssertNil(nothing)

        let page = draft.body.string
        var fields: [String: String] = [:]
        var n = 1
        while let range = page.range(of: "name=\"section-\(n)-title\" type=\"text\" value=\"") {
            let rest = page[range.upperBound...]
            fields["section-\(n)-title"] = String(rest[..<rest.firstIndex(of: "\"")!])
            fields["section-\(n)-body"] = "Tekst til afsnit \(n)"
            n += 1
        }
        XCTAssertGreaterThan(fields.count, 0, "the draft has sections")
        fields["section-1-body"] = "Status for 2025 & videre <udkast>"
        let saved = try await browser.post("/policy/report/2025", fields)
        XCTAssertEqual(saved.status, .seeOther)
        let report = try await test.store.statusReport(year: 2025)
        XCTAssertEqual(report?.versions.count, 2)

        let markdown = try await browser.get("/policy/report/2025/export/md")
        XCTAssertEqual(markdown.status, .ok)
        XCTAssertTrue(markdown.body.string.contains("Tidlig opsporing og indsats"))
        let html = try await browser.get("/policy/report/2025/export/html")
        XCTAssertTrue(html.body.string.contains("Status for 2025 &amp; videre &lt;udkast&gt;"))
        XCTAssertTrue(html.body.string.contains("@media print") || html.body.string.contains("@page"))
        let docx = try await browser.get("/policy/report/2025/export/docx")
        XCTAssertEqual(docx.status, .ok)
        XCTAssertEqual(Array(Data(buffer: docx.body).prefix(2)), Array("PK".utf8))
        // A year with nothing to report says so.
        let empty = try await browser.get("/policy/report/2012")
        XCTAssertEqual(empty.status, .ok)
        XCTAssertTrue(empty.body.string.contains("id=\"report-no-data\""))
    }
}
