import Foundation
import Vapor
import SporStore

/// Keeps the indicator cells current while nothing is written: a child's contributions change with time alone (a
/// deadline runs out, an open case has another day, a period ends with a measure active). Recounts the children whose
/// moment has come once the server has booted, then every `interval`; stopped when the application shuts down.
public final class IndicatorRefresh: LifecycleHandler, Sendable {
    let interval: Duration
    private let repeating = RepeatingTask()

    public init(interval: Duration = .seconds(3_600)) {
        self.interval = interval
    }

    public func didBootAsync(_ application: Application) async throws {
        let store = application.spor.store
        let clock = application.spor.clock
        let logger = application.logger
        repeating.start(every: interval) {
            // Every municipality the server holds (issue 26, item 4), each through its own scoped store.
            let codes = Set([store.municipality] + ((try? await store.municipalities()) ?? []).map(\.code)).sorted()
            for code in codes { await IndicatorRefresh.refresh(store.scoped(to: code), now: clock(), logger: logger) }
        }
    }

    public func shutdownAsync(_ application: Application) async {
        await repeating.stop()
    }

    static func refresh(_ store: Store, now: Date, logger: Logger) async {
        let started = ContinuousClock.now
        do {
            let count = try await store.refreshIndicators(now: now)
            OperationsMetrics.indicatorsRefreshed(children: count, at: now)
            if count > 0 { logger.info("Indicators: recounted \(count) children in \(ContinuousClock.now - started).") }
        } catch {
            logger.error("Indicators: the refresh failed: \(String(describing: error))")
        }
    }
}
