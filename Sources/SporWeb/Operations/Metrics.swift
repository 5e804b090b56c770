import Foundation
import CoreMetrics
import Metrics
import Prometheus
import Vapor

/// The server's metrics in Prometheus's text format (issue 26): swift-metrics, bootstrapped once per process with
/// swift-prometheus's factory, so that every `Counter`/`Timer` (the journal's write timer in `SporStore` too) lands in
/// one registry that `/metrics` prints. Labels are route patterns, methods and status classes: never a concrete path,
/// an id, a query string or anything a user typed.
enum OperationsMetrics {
    /// The one registry of the process (`MetricsSystem` can be bootstrapped once).
    static let registry = PrometheusCollectorRegistry()

    private static let bootstrapped: Void = {
        var factory = PrometheusMetricsFactory(registry: registry)
        // Page latencies: from a millisecond (a cached page) to ten seconds (a stuck one).
        let buckets: [Duration] = [.milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(20),
                                   .milliseconds(50), .milliseconds(100), .milliseconds(200), .milliseconds(500),
                                   .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10)]
        factory.defaultDurationHistogramBuckets = buckets
        MetricsSystem.bootstrap(factory)
    }()

    /// Idempotent: the first application of the process bootstraps, later ones (the tests' many) reuse the registry.
    static func bootstrap() { _ = bootstrapped }

    static let requests = "spor_http_requests_total"
    static let requestDuration = "spor_http_request_duration_seconds"
    static let indicatorRefreshAge = "spor_indicator_refresh_age_seconds"
    static let indicatorRefreshPending = "spor_indicator_refresh_pending_children"
    static let indicatorRefreshRecounted = "spor_indicator_refresh_recounted_children"
    /// A settings recount's steps done and in all, by municipality (both 0 when none runs), and whether its last failed.
    static let settingsRecountDone = "spor_settings_recount_done_steps"
    static let settingsRecountTotal = "spor_settings_recount_total_steps"
    static let settingsRecountFailed = "spor_settings_recount_failed"
    static let ready = "spor_ready"

    /// When `IndicatorRefresh` last finished a run (the clock's time), for the derived tables' lag.
    static let lastIndicatorRefresh = LockedValue<Date?>(nil)

    /// Called by `IndicatorRefresh` after each successful run.
    static func indicatorsRefreshed(children: Int, at now: Date) {
        lastIndicatorRefresh.value = now
        registry.makeGauge(name: indicatorRefreshRecounted).set(Double(children))
    }

    /// "2xx", "4xx", …
    static func statusClass(_ status: HTTPStatus) -> String { "\(status.code / 100)xx" }

    /// The route's pattern (`/children/:childID`), or "unmatched" for a path no route takes: an attacker's random paths
    /// must not each become a series.
    static func routePattern(_ request: Request) -> String {
        guard let route = request.route else { return "unmatched" }
        return SiteURL.root.path + route.path.string
    }
}

/// Counts every request and times it, by route pattern, method and status class. First in the chain, so that it sees
/// the status the error page answered with.
struct MetricsMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let started = ContinuousClock.now
        let status: HTTPStatus
        do {
            let response = try await next.respond(to: request)
            status = response.status
            record(request, status: status, since: started)
            return response
        } catch {
            record(request, status: (error as? any AbortError)?.status ?? .internalServerError, since: started)
            throw error
        }
    }

    private func record(_ request: Request, status: HTTPStatus, since started: ContinuousClock.Instant) {
        let method = request.route == nil ? "other" : request.method.rawValue
        let dimensions = [("method", method), ("route", OperationsMetrics.routePattern(request)),
                          ("status", OperationsMetrics.statusClass(status))]
        Counter(label: OperationsMetrics.requests, dimensions: dimensions).increment()
        CoreMetrics.Timer(label: OperationsMetrics.requestDuration, dimensions: dimensions).record(duration: ContinuousClock.now - started)
    }
}

/// A value behind a lock.
final class LockedValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
