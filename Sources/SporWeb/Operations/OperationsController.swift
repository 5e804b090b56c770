import Crypto
import Fluent
import Foundation
import SQLKit
import Vapor
import SporStore

/// Liveness, readiness and the metrics (issue 26). `/healthz` (the store answers) stays as it was.
enum OperationsController {
    /// The process answers: nothing else is asked, so a slow database never gets the process restarted.
    @Sendable static func livez(_ request: Request) async throws -> Response {
        json(.ok, ["status": "ok"])
    }

    /// Ready for traffic: the store answers a trivial query and every migration of this version has run.
    @Sendable static func readyz(_ request: Request) async throws -> Response {
        guard await isReady(request.application) else { return json(.serviceUnavailable, ["status": "unavailable"]) }
        return json(.ok, ["status": "ready"])
    }

    static func isReady(_ app: Application) async -> Bool {
        do {
            try await app.spor.store.ping()
            guard let sql = app.db as? any SQLDatabase else { return false }
            let done = Set(try await sql.select().column("name").from("_fluent_migrations").all()
                .map { try $0.decode(column: "name", as: String.self) })
            return SporMigrations.all.allSatisfy { done.contains($0.name) }
        } catch {
            return false
        }
    }

    /// Prometheus's text format, to a caller that presents `SPOR_METRICS_TOKEN` as a bearer token; without the setting
    /// the route does not exist (404), so a municipality's server never shows its load to the public by default.
    @Sendable static func metrics(_ request: Request) async throws -> Response {
        guard let token = request.application.spor.settings.metricsToken else { throw Abort(.notFound) }
        guard let presented = request.headers.bearerAuthorization?.token,
              Data(SHA256.hash(data: Data(presented.utf8))) == Data(SHA256.hash(data: Data(token.utf8))) else {
            let response = Response(status: .unauthorized)
            response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer")
            return response
        }
        await sampleDerivedTables(request.application)
        let response = Response(status: .ok, body: .init(string: OperationsMetrics.registry.emitToString()))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// The derived tables' lag, read when scraped: the journal's summaries are written in the entry's own transaction
    /// (no lag); the indicator cells follow time in `IndicatorRefresh` — how long since its last run, and how many
    /// children are due for a recount now — and the administrator's settings in `SettingsRecount`. The work waiting
    /// is labelled by municipality code (never a name), every municipality of the database, not the server's alone.
    static func sampleDerivedTables(_ app: Application) async {
        let ready = await isReady(app)
        OperationsMetrics.registry.makeGauge(name: OperationsMetrics.ready).set(ready ? 1.0 : 0.0)
        if let last = OperationsMetrics.lastIndicatorRefresh.value {
            OperationsMetrics.registry.makeGauge(name: OperationsMetrics.indicatorRefreshAge).set(app.spor.clock().timeIntervalSince(last))
        }
        if let pending = try? await app.spor.store.indicatorRefreshPendingByMunicipality(now: app.spor.clock()) {
            for (code, children) in pending {
                OperationsMetrics.registry.makeGauge(name: OperationsMetrics.indicatorRefreshPending, labels: [("municipality", String(code))])
                    .set(Double(children))
            }
        }
        for (code, state) in app.spor.settingsRecount.all {
            let labels = [("municipality", String(code))]
            let (done, total): (Int, Int)
            switch state {
            case .running(let counted, let of): (done, total) = (counted, of)
            case .idle, .finished, .failed: (done, total) = (0, 0)
            }
            OperationsMetrics.registry.makeGauge(name: OperationsMetrics.settingsRecountDone, labels: labels).set(Double(done))
            OperationsMetrics.registry.makeGauge(name: OperationsMetrics.settingsRecountTotal, labels: labels).set(Double(total))
            OperationsMetrics.registry.makeGauge(name: OperationsMetrics.settingsRecountFailed, labels: labels).set(state == .failed ? 1.0 : 0.0)
        }
    }

    private static func json(_ status: HTTPStatus, _ body: [String: String]) -> Response {
        let text = "{" + body.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\"\($0.value)\"" }.joined(separator: ",") + "}"
        let response = Response(status: status, body: .init(string: text))
        response.headers.contentType = .json
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}

extension Settings {
    /// `SPOR_METRICS_TOKEN`: at least 32 characters (a guessable token would open the metrics to anyone), or none.
    public static func metricsToken(fromEnvironment environment: [String: String]) throws -> String? {
        guard let token = environment["SPOR_METRICS_TOKEN"], !token.isEmpty else { return nil }
        guard token.count >= 32 else { throw SettingInvalid(name: "SPOR_METRICS_TOKEN", value: "(\(token.count) characters; at least 32)") }
        return token
    }
}
