import Foundation
import Logging
import Vapor
import XCTest
import XCTVapor
import SporDomain
@testable import SporStore
import SQLKit
@testable import SporWeb

/// `/livez`, `/readyz`, `/metrics` and the JSON log lines (issue 26, item 8).
final class OperationsWebTests: XCTestCase {
    var test: TestApp!
    let token = String(repeating: "m", count: 40)

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    /// The app with `SPOR_METRICS_TOKEN` set.
    private func withMetricsToken() {
        var settings = test.app.spor.settings
        settings.metricsToken = token
        let clock = test.app.spor.clock
        test.app.spor = SporServices(store: test.app.spor.store, settings: settings, clock: clock)
    }

    private func scrape(_ browser: Browser) async throws -> String {
        let response = try await browser.get("/metrics", headers: ["Authorization": "Bearer \(token)"])
        XCTAssertEqual(response.status, .ok)
        XCTAssertEqual(response.headers.contentType?.subType, "plain")
        return response.body.string
    }

    /// The value of the series `name{labels}` exactly as printed, or nil.
    private func value(_ text: String, _ series: String) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix(series + " ") {
            return Double(line.dropFirst(series.count + 1))
        }
        return nil
    }

    func testLivezAnswersWithoutTheStore() async throws {
        let response = try await Browser(test.app).get("/livez")
        XCTAssertEqual(response.status, .ok)
        XCTAssertEqual(response.body.string, #"{"status":"ok"}"#)
    }

    func testReadyzNeedsTheStoreAndEveryMigration() async throws {
        let browser = Browser(test.app)
        let ready = try await browser.get("/readyz")
        XCTAssertEqual(ready.status, .ok)
        XCTAssertEqual(ready.body.string, #"{"status":"ready"}"#)
        // A migration of this version not run (an older schema): not ready.
        let sql = test.app.db as! any SQLDatabase
        try await sql.delete(from: "_fluent_migrations").where("name", .equal, SporMigrations.all.last!.name).run()
        let behind = try await browser.get("/readyz")
        XCTAssertEqual(behind.status, .serviceUnavailable)
        XCTAssertEqual(behind.body.string, #"{"status":"unavailable"}"#)
        // /livez is not asked about the schema.
        let live = try await browser.get("/livez")
        XCTAssertEqual(live.status, .ok)
    }

    func testMetricsAreClosedWithoutTheTokenAndWithAWrongOne() async throws {
        let browser = Browser(test.app)
        // Not configured: the route answers as if it did not exist.
        let r1 = try await browser.get("/metrics")
        XCTAssertEqual(r1.status, .notFound)
        let r2 = try await browser.get("/metrics", headers: ["Authorization": "Bearer \(token)"])
        XCTAssertEqual(r2.status, .notFound)
        withMetricsToken()
        let none = try await browser.get("/metrics")
        XCTAssertEqual(none.status, .unauthorized)
        XCTAssertEqual(none.headers.first(name: .wwwAuthenticate), "Bearer")
        let r3 = try await browser.get("/metrics", headers: ["Authorization": "Bearer \(token)x"])
        XCTAssertEqual(r3.status, .unauthorized)
        let r4 = try await browser.get("/metrics", headers: ["Authorization": "Basic \(token)"])
        XCTAssertEqual(r4.status, .unauthorized)
        // A signed-in administrator has no token either.
        let admin = Browser(test.app)
        _ = try await admin.login("admin", password: test.password)
        let r5 = try await admin.get("/metrics")
        XCTAssertEqual(r5.status, .unauthorized)
    }

    func testMetricsCountTheChildPageByItsRoutePatternAndNeverItsId() async throws {
        withMetricsToken()
        let browser = Browser(test.app)
        _ = try await browser.login("caseworker", password: test.password)
        let series = #"spor_http_requests_total{method="GET",route="/children/:childID",status="2xx"}"#
        let first = try await scrape(browser)
        let before = value(first, series) ?? 0
        let r6 = try await browser.get("/children/\(test.child.id)?tab=all")
        XCTAssertEqual(r6.status, .ok)
        let r7 = try await browser.get("/children/\(test.child.id)")
        XCTAssertEqual(r7.status, .ok)
        let note = try await browser.post("/children/\(test.child.id)/notes", ["text": "Notat til målingen", "occurredAt": "2026-11-26T09:00"])
        XCTAssertLessThan(note.status.code, 400)
        _ = try await browser.get("/no/such/\(test.otherChild.id)")
        let text = try await scrape(browser)

        XCTAssertEqual(value(text, series), before + 2)
        XCTAssertNotNil(value(text, #"spor_http_request_duration_seconds_count{method="GET",route="/children/:childID",status="2xx"}"#))
        XCTAssertNotNil(value(text, #"spor_http_requests_total{method="other",route="unmatched",status="4xx"}"#))
        XCTAssertGreaterThanOrEqual(value(text, #"spor_journal_write_seconds_count{outcome="written"}"#) ?? 0, 1)
        XCTAssertEqual(value(text, "spor_ready"), 1)
        XCTAssertNotNil(value(text, #"spor_indicator_refresh_pending_children{municipality="707"}"#))
        // No concrete id, no query string, no name anywhere in the output.
        for id in [test.child.id, test.otherChild.id, test.users[.caseworker]!.id] {
            XCTAssertFalse(text.contains(id.uuidString), "\(id) in /metrics")
            XCTAssertFalse(text.lowercased().contains(id.uuidString.lowercased()), "\(id) in /metrics")
        }
        XCTAssertFalse(text.contains("tab=all"))
        XCTAssertFalse(text.contains("/no/such"))
        XCTAssertFalse(text.contains("Alma"))
        XCTAssertFalse(text.contains("målingen"))

        // Prometheus's text format: comments, or `name{labels} value`.
        let sample = try NSRegularExpression(pattern: #"^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="[^"\\\n]*",?)*\})? -?[0-9.e+Inf-]+$"#)
        for line in text.split(separator: "\n").map(String.init) where !line.hasPrefix("#") {
            XCTAssertEqual(sample.numberOfMatches(in: line, range: NSRange(line.startIndex..., in: line)), 1, line)
        }
    }

    /// The work waiting in the derived tables is shown for every municipality of the database, by code (never a name):
    /// a child of a second municipality due for a recount counts under its code, and a settings recount of one
    /// municipality is its own — the other's settings page still shows none.
    func testTheMetricsCoverEveryMunicipalityByCode() async throws {
        withMetricsToken()
        let other = 101
        try await test.store.ensureMunicipality(Municipality(code: other, name: "Københavns Kommune"))
        let storeB = test.store.scoped(to: other)
        let child = try Child(municipality: other, cpr: try CPR("020612-4331"), givenName: "Asta", familyName: "Nordby", district: "Område Nord")
        try await storeB.register(child, cpr: try CPR("020612-4331"), by: test.users[.admin]!.id, now: TestApp.now)
        try await test.store.sql.raw("DELETE FROM indicator_state WHERE child_id = \(bind: child.id)").run()
        let browser = Browser(test.app)
        let text = try await scrape(browser)
        XCTAssertEqual(value(text, #"spor_indicator_refresh_pending_children{municipality="101"}"#), 1)
        XCTAssertNotNil(value(text, #"spor_indicator_refresh_pending_children{municipality="707"}"#))
        XCTAssertFalse(text.contains("København"))
        XCTAssertFalse(text.contains("Norddjurs"))

        let recount = test.app.spor.settingsRecount
        recount.start(store: storeB, now: TestApp.now, logger: test.app.logger)
        await recount.finished()
        XCTAssertEqual(recount.current(municipality: other), .finished(TestApp.now))
        XCTAssertEqual(recount.current(municipality: 707), .idle)
        let after = try await scrape(browser)
        XCTAssertEqual(value(after, #"spor_settings_recount_failed{municipality="101"}"#), 0)
        XCTAssertEqual(value(after, #"spor_settings_recount_total_steps{municipality="101"}"#), 0)
        XCTAssertEqual(value(after, #"spor_indicator_refresh_pending_children{municipality="101"}"#), 0)
    }

    func testAJSONLogLineHasTheFieldsAndStaysOneLine() throws {
        let lines = LockedValue<[String]>([])
        var logger = Logger(label: "spor.test") { label in
            JSONLogHandler(label: label, level: .info) { line in lines.value.append(line) }
        }
        logger[metadataKey: "request-id"] = "abc"
        logger.info("first \"line\"\nsecond", metadata: ["kind": "DomainError"])
        logger.debug("below the level")
        XCTAssertEqual(lines.value.count, 1)
        let line = try XCTUnwrap(lines.value.first)
        XCTAssertFalse(line.contains("\n"))
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        XCTAssertEqual(object["level"] as? String, "info")
        XCTAssertEqual(object["label"] as? String, "spor.test")
        XCTAssertEqual(object["message"] as? String, "first \"line\"\nsecond")
        XCTAssertEqual(object["metadata"] as? [String: String], ["request-id": "abc", "kind": "DomainError"])
        let time = try XCTUnwrap(object["time"] as? String)
        XCTAssertNotNil(try? Date(time, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)), time)
    }

    func testLogFormatRefusesAnUnknownValue() {
        var environment = Environment(name: "testing", arguments: ["spor"])
        XCTAssertThrowsError(try LogFormat.bootstrap(&environment, format: "xml"))
    }

    func testAShortMetricsTokenIsRefusedAtStart() throws {
        XCTAssertThrowsError(try Settings.metricsToken(fromEnvironment: ["SPOR_METRICS_TOKEN": "short"]))
        XCTAssertNil(try Settings.metricsToken(fromEnvironment: [:]))
        XCTAssertEqual(try Settings.metricsToken(fromEnvironment: ["SPOR_METRICS_TOKEN": token]), token)
    }
}
