import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
import SporDocuments
@testable import SporWeb

/// The yearly status report prints participation per initiative (issue 23, item 4) with the tracker's numbers and its
/// "<5" rule, on the page and in the Markdown export; a saved report keeps the numbers it was saved with.
final class ReportParticipationTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    static func section(_ html: String) throws -> String {
        try XCTUnwrap(html.range(of: #"(?s)<section class="report-track" id="report-participation">.*?</section>"#, options: .regularExpression)
            .map { String(html[$0]) }, "no participation section")
    }

    func testFiveChildrenInAGroupPrintFiveAndThreePrintUnderFiveOnThePageAndInTheMarkdown() async throws {
        let numbers = ["010614-4327", "020614-4329", "030614-4320", "040614-4321"]
        for (index, number) in numbers.enumerated() {
            let child = try Child(municipality: 707, cpr: try CPR(number), givenName: "Barn\(index)", familyName: "Gruppesen", district: "Område Grenaa")
            try await test.store.register(child, cpr: try CPR(number), by: test.users[.caseworker]!.id, now: TestApp.now)
        }
        let outreach = Browser(test.app)
        _ = try await outreach.login("outreach", password: test.password)
        _ = try await outreach.get(SiteURL.participationNew.path)
        // Five in a skilsmissegruppe, three in BRUS, all begun in the second half of 2026.
        var five = ["offer": "skilsmissegrupper", "startDate": "2026-11-26", "cpr0": "150315-4321"]
        for (row, number) in numbers.enumerated() { five["cpr\(row + 1)"] = number }
        let group = try await outreach.post(SiteURL.participation.path, five)
        XCTAssertEqual(group.status, .seeOther)
        let three = try await outreach.post(SiteURL.participation.path,
                                            ["offer": "brus", "startDate": "2026-11-26", "cpr0": numbers[0], "cpr1": numbers[1], "cpr2": numbers[2]])
        XCTAssertEqual(three.status, .seeOther)

        let policy = Browser(test.app)
        _ = try await policy.login("policy", password: test.password)
        let page = try await policy.get(SiteURL.reportYear(.value(2026)).path)
        XCTAssertEqual(page.status, .ok)
        let section = try Self.section(page.body.string)
        let rows = section.components(separatedBy: "<tr>").dropFirst(2)
        let skilsmisse = try XCTUnwrap(rows.first { $0.contains("Skilsmissegrupper") }, section)
        XCTAssertTrue(skilsmisse.contains("2. halvår 2026"), skilsmisse)
        XCTAssertTrue(skilsmisse.contains(#"<td class="number">5</td>"#), skilsmisse)
        let brus = try XCTUnwrap(rows.first { $0.contains("BRUS") }, section)
        XCTAssertTrue(brus.contains(#"<td class="number">&lt;5</td>"#), brus)
        XCTAssertFalse(brus.contains(#"<td class="number">3</td>"#), brus)

        let markdown = try await policy.get(SiteURL.reportExport(.value(2026), .value("md")).path)
        XCTAssertEqual(markdown.status, .ok)
        let lines = markdown.body.string.components(separatedBy: "\n")
        XCTAssertTrue(lines.contains("## Deltagelse pr. initiativ"), markdown.body.string)
        let skilsmisseLine = try XCTUnwrap(lines.first { $0.hasPrefix("|") && $0.contains("Skilsmissegrupper") && $0.contains("halvår") }, markdown.body.string)
        XCTAssertTrue(skilsmisseLine.contains("| 2. halvår 2026 | 5 |"), skilsmisseLine)
        let brusLine = try XCTUnwrap(lines.first { $0.hasPrefix("|") && $0.contains("BRUS") && $0.contains("halvår") }, markdown.body.string)
        XCTAssertTrue(brusLine.contains(#"| 2. halvår 2026 | \<5 |"#), brusLine)

        // Saved, the report keeps its numbers: two more in BRUS afterwards (five in all) are not in it; the tracker counts them.
        let form = try await policy.get(SiteURL.reportYear(.value(2026)).path)
        var fields: [String: String] = [:]
        let draft = try await ReportModel.report(store: test.store, now: TestApp.now, year: 2026, language: .da)
        let saved = try XCTUnwrap(draft)
        for (index, section) in saved.latest.sections.enumerated() {
            fields["section-\(index + 1)-title"] = section.title
            fields["section-\(index + 1)-body"] = section.body
        }
        XCTAssertEqual(form.status, .ok)
        let save = try await policy.post(SiteURL.reportYear(.value(2026)).path, fields)
        XCTAssertEqual(save.status, .seeOther)
        let more = try await outreach.post(SiteURL.participation.path,
                                           ["offer": "brus", "startDate": "2026-11-26", "cpr0": numbers[3], "cpr1": "150315-4321"])
        XCTAssertEqual(more.status, .seeOther)
        let afterPage = try await policy.get(SiteURL.reportYear(.value(2026)).path)
        let after = try Self.section(afterPage.body.string)
        let brusAfter = try XCTUnwrap(after.components(separatedBy: "<tr>").first { $0.contains("BRUS") }, after)
        XCTAssertTrue(brusAfter.contains(#"<td class="number">&lt;5</td>"#), "saved with three: " + brusAfter)
        // … while the tracker's count has them.
        let counted = InitiativeParticipation.count(try await test.store.participation(offers: InitiativeParticipation.allOffers))
        XCTAssertEqual(counted["brus"]?.first { $0.half == .init(year: 2026, half: 2) }?.children, 5)
    }

    /// A new policy's tracking starts with its first year while the old one's last report is still drafted on the old one,
    /// and the page says which policy a year's report follows.
    func testEachYearsReportFollowsThePolicyInForceAtItsEnd() async throws {
        var content = try await test.store.policyContent()
        try content.addPolicy("politik-2026", kind: .policy, title: "Ny børnepolitik <2026>",
                              period: PolicyPeriod(start: LocalDate(year: 2026, month: 1, day: 1)!, end: LocalDate(year: 2029, month: 12, day: 31)!))
        try await test.store.savePolicyContent(content, by: test.users[.policy]!.id, now: TestApp.now)
        let old = try XCTUnwrap(content.policy(PolicyContent.policy2021)).title
        let policy = Browser(test.app)
        _ = try await policy.login("policy", password: test.password)
        let this = try await policy.get(SiteURL.reportYear(.value(2026)).path)
        XCTAssertEqual(this.status, .ok)
        XCTAssertTrue(this.body.string.contains("Følger politikken: Ny børnepolitik &lt;2026&gt;"), this.body.string)
        let last = try await policy.get(SiteURL.reportYear(.value(2025)).path)
        XCTAssertEqual(last.status, .ok)
        XCTAssertTrue(last.body.string.contains("Følger politikken: \(old)"))
        let drafted = try await ReportModel.report(store: test.store, now: TestApp.now, year: 2026, language: .da)
        XCTAssertEqual(drafted?.draft.policyID, "politik-2026")
    }

    /// A report saved before participation was printed still reads, and prints no participation it was not saved with.
    func testAReportSavedBeforeParticipationReadsWithoutIt() async throws {
        let numbers = ["010614-4327"]
        let child = try Child(municipality: 707, cpr: try CPR(numbers[0]), givenName: "Barn", familyName: "Gruppesen", district: "Område Grenaa")
        try await test.store.register(child, cpr: try CPR(numbers[0]), by: test.users[.caseworker]!.id, now: TestApp.now)
        let outreach = Browser(test.app)
        _ = try await outreach.login("outreach", password: test.password)
        _ = try await outreach.get(SiteURL.participationNew.path)
        let enrolled = try await outreach.post(SiteURL.participation.path, ["offer": "brus", "startDate": "2026-11-26", "cpr0": numbers[0]])
        XCTAssertEqual(enrolled.status, .seeOther)
        let drafted = try await ReportModel.report(store: test.store, now: TestApp.now, year: 2026, language: .da)
        let report = try XCTUnwrap(drafted)
        XCTAssertEqual(report.draft.participation?.count, 1)
        var json = try XCTUnwrap(JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any])
        var draft = try XCTUnwrap(json["draft"] as? [String: Any])
        draft.removeValue(forKey: "participation")
        json["draft"] = draft
        let old = try JSONDecoder().decode(StatusReport.self, from: JSONSerialization.data(withJSONObject: json))
        XCTAssertNil(old.draft.participation)
        let markdown = MarkdownRenderer.render(old.draft.textDocument(sections: old.latest.sections))
        XCTAssertFalse(markdown.contains("Deltagelse pr. initiativ"))
        XCTAssertTrue(MarkdownRenderer.render(report.draft.textDocument(sections: report.latest.sections)).contains("Deltagelse pr. initiativ"))
    }
}
