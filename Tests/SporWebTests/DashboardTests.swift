import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// The dashboard reads the store's cells; the report reads the same cells; exports suppress as the page does;
/// only a team lead sees the children behind a number.
final class DashboardTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
        // Six children with a measure started in 2026: enough for the share to show (≥ 5 children).
        for index in 0..<6 {
            let cpr = try CPR(String(format: "0%d0612-40%02d", index + 1, index * 2))
            let child = try Child(municipality: 707, cpr: cpr, givenName: "Barn\(index)", familyName: "Tal", district: "Område Grenaa")
            try await test.store.register(child, cpr: cpr, by: test.users[.caseworker]!.id, now: TestApp.now)
            try await test.store.append(test.assignment(child.id, test.users[.caseworker]!.id), now: TestApp.now)
            let decision = Entry(municipality: 707, child: child.id,
                                 payload: .decision(Decision(offers: ["familiebehandling"], legalBasis: .treatment, purpose: "Støtte",
                                                             expectedEnd: LocalDate(year: 2027, month: 6, day: 1)!,
                                                             consent: Consent(custodyHolders: .given), childsViews: .notHeard(reason: "Barnet var syg"),
                                                             complaintGuidanceToChild: true)),
                                 occurredAt: TestApp.now.addingTimeInterval(-5000), recordedAt: TestApp.now, author: test.users[.caseworker]!.id)
            try await test.store.append(decision, now: TestApp.now)
            try await test.store.append(Entry(municipality: 707, child: child.id,
                                              payload: .measureStarted(MeasureStart(offer: "familiebehandling", decision: decision.id, legalBasis: .treatment)),
                                              occurredAt: TestApp.now.addingTimeInterval(-4000), recordedAt: TestApp.now,
                                              author: test.users[.caseworker]!.id), now: TestApp.now)
        }
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    func testTheDashboardShowsTheShareAndTheReportTheSameNumber() async throws {
        let policy = Browser(test.app)
        _ = try await policy.login("policy", password: test.password)
        let page = try await policy.get("/policy?period=2026")
        XCTAssertEqual(page.status, .ok)
        let html = page.body.string
        XCTAssertTrue(html.contains("id=\"indicator-immediate-help-share\""))
        // All six measures started without a concluded investigation: immediate help, 100 %.
        let card = html.components(separatedBy: "id=\"indicator-immediate-help-share\"")[1].components(separatedBy: "indicator-card")[0]
        XCTAssertTrue(card.contains(">100 %<"), card)
        XCTAssertTrue(card.contains("<svg class=\"trend\""))

        // The report for 2026 reads the very same cell.
        let title = try XCTUnwrap(test.store.indicatorDefinitions.first { $0.id == "immediate-help-share" }).titleDa
        let report = try await policy.get("/policy/report/2026").body.string
        let row = try XCTUnwrap(report.components(separatedBy: "<td>\(title)</td>").dropFirst().first)
        XCTAssertTrue(row.prefix(120).contains("100 %"), String(row.prefix(120)))

        // The children behind the number: a team lead yes, policy staff never.
        let denied = try await policy.get("/policy/indicators/immediate-help-share/children?period=2026")
        XCTAssertEqual(denied.status, .forbidden)
        let lead = Browser(test.app)
        _ = try await lead.login("teamlead", password: test.password)
        let behind = try await lead.get("/policy/indicators/immediate-help-share/children?period=2026")
        XCTAssertEqual(behind.status, .ok)
        // All six, in the list's (name) order, each in the numerator.
        let table = try XCTUnwrap(behind.body.string.components(separatedBy: "id=\"indicator-children\"").dropFirst().first)
        let names = (0..<6).map { "Barn\($0) Tal" }
        let positions = try names.map { name in try XCTUnwrap(table.range(of: name), name).lowerBound }
        XCTAssertEqual(positions, positions.sorted())
        XCTAssertEqual(table.components(separatedBy: "<tr>").count - 1, 1 + 6, "a header and six children")
    }

    func testACardShowsTheHeadlineNotASeriesBesideIt() async throws {
        // The six decisions did not hear the child and gave a reason: heard 0 %; the series beside it, "stated reason
        // not heard", 100 %. The card, the report and the children behind the number read the headline.
        let policy = Browser(test.app)
        _ = try await policy.login("policy", password: test.password)
        let html = try await policy.get("/policy?period=2026").body.string
        let card = try XCTUnwrap(html.components(separatedBy: "id=\"indicator-child-heard\"").dropFirst().first).components(separatedBy: "indicator-card")[0]
        XCTAssertTrue(card.contains(">0 %<"), card)
        XCTAssertFalse(card.contains(">100 %<"), card)

        let title = try XCTUnwrap(test.store.indicatorDefinitions.first { $0.id == "child-heard" }).titleDa
        let report = try await policy.get("/policy/report/2026").body.string
        let row = try XCTUnwrap(report.components(separatedBy: "<td>\(title)</td>").dropFirst().first)
        XCTAssertTrue(row.prefix(120).contains("<td>0 %</td>"), String(row.prefix(120)))   // beside the target, "≥ 100 %"

        let lead = Browser(test.app)
        _ = try await lead.login("teamlead", password: test.password)
        let behind = try await lead.get("/policy/indicators/child-heard/children?period=2026").body.string
        let table = try XCTUnwrap(behind.components(separatedBy: "id=\"indicator-children\"").dropFirst().first)
        XCTAssertEqual(table.components(separatedBy: "<tr>").count - 1, 1 + 6, "a header and six children")
        XCTAssertEqual(table.components(separatedBy: "<td>Nej</td>").count - 1, 6, "none of them heard")
    }

    func testTheChildrenBehindANumberIncludeThoseWhoseCaseHasClosedSince() async throws {
        // One of the six cases closes: its measure still counts in 2026, and the team lead still finds the child.
        let found = try await test.store.search("Barn0 Tal")
        let closing = try XCTUnwrap(found.first)
        // A case closes once its measure has ended.
        let started = try await test.store.timeline(child: closing.id).entries.first { $0.kind == .measureStarted }
        try await test.store.append(Entry(municipality: 707, child: closing.id,
                                          payload: .measureEnded(MeasureEnd(measure: try XCTUnwrap(started).id, reason: .goalsReached)),
                                          occurredAt: TestApp.now.addingTimeInterval(-120), recordedAt: TestApp.now,
                                          author: test.users[.caseworker]!.id), now: TestApp.now)
        try await test.store.append(Entry(municipality: 707, child: closing.id, payload: .caseClosed(CaseClosure(reason: "Forløbet er slut")),
                                          occurredAt: TestApp.now.addingTimeInterval(-60), recordedAt: TestApp.now,
                                          author: test.users[.caseworker]!.id), now: TestApp.now)
        let lead = Browser(test.app)
        _ = try await lead.login("teamlead", password: test.password)
        let behind = try await lead.get("/policy/indicators/immediate-help-share/children?period=2026").body.string
        let table = try XCTUnwrap(behind.components(separatedBy: "id=\"indicator-children\"").dropFirst().first)
        XCTAssertTrue(table.contains("Barn0 Tal"), table)
        XCTAssertEqual(table.components(separatedBy: "<tr>").count - 1, 1 + 6, "a header and six children")
        // The list and the child page agree on whom the lead may open (`Store.children(openableBy:)`, `Access.mayOpen`).
        let links = table.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        XCTAssertEqual(links.count, 6)
        for link in links {
            let page = try await lead.get(link)
            XCTAssertEqual(page.status, .ok, link)
        }
    }

    func testAMonthIsAPeriodOfItsOwn() async throws {
        let policy = Browser(test.app)
        _ = try await policy.login("policy", password: test.password)

        // The six measures started in November 2026: the month counts them, the month before counts none.
        let november = try await policy.get("/policy?period=2026-11").body.string
        let card = november.components(separatedBy: "id=\"indicator-immediate-help-share\"")[1].components(separatedBy: "indicator-card")[0]
        XCTAssertTrue(card.contains(">100 %<"), card)
        let csv = String(decoding: Array(Data(buffer: try await policy.get("/policy/indicators.csv?period=2026-11").body)).dropFirst(3), as: UTF8.self)
        XCTAssertTrue(csv.contains("immediate-help-share;;2026-11;;;;1,0000;6;6"), csv)
        let october = String(decoding: Array(Data(buffer: try await policy.get("/policy/indicators.csv?period=2026-10").body)).dropFirst(3), as: UTF8.self)
        XCTAssertFalse(october.contains("immediate-help-share;;2026-10;"), october)
    }

    func testTheCsvOpensInDanishExcelAndSuppressesSmallCells() async throws {
        let policy = Browser(test.app)
        _ = try await policy.login("policy", password: test.password)
        let csv = try await policy.get("/policy/indicators.csv?period=2026")
        XCTAssertEqual(csv.status, .ok)
        let bytes = Array(Data(buffer: csv.body))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 with a byte-order mark")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("indikator;serie;periode;område;aldersgruppe;køn;værdi;tæller;nævner"))
        let share = text.split(separator: "\r\n").first { $0.hasPrefix("immediate-help-share;;2026;;;;") }
        XCTAssertEqual(share.map(String.init), "immediate-help-share;;2026;;;;1,0000;6;6")
        // Six children are all girls or boys by their CPR numbers: a sex split of 6/0 or fewer than 5 is hidden.
        for line in text.split(separator: "\r\n") where line.hasPrefix("immediate-help-share;;2026;;;") && !line.hasPrefix("immediate-help-share;;2026;;;;") {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false)
            if let denominator = Int(fields[8]), denominator < 5 { XCTFail("a small cell shown: \(line)") }
        }
        let api = try await policy.get("/api/v1/indicators?period=2026")
        XCTAssertEqual(api.status, .unauthorized, "the API wants a token")
    }
}
