import Foundation
import Vapor
import SporStore

/// Keeps SQLite's planner statistics current (`Store.refreshPlannerStatistics`): once the server has booted, then every
/// `interval`; stopped when the application shuts down. Nothing to do on PostgreSQL.
public final class PlannerStatistics: LifecycleHandler, Sendable {
    let interval: Duration
    private let repeating = RepeatingTask()

    public init(interval: Duration = .seconds(6 * 3_600)) {
        self.interval = interval
    }

    public func didBootAsync(_ application: Application) async throws {
        let store = application.spor.store
        guard store.kind == .sqlite else { return }
        let logger = application.logger
        repeating.start(every: interval) {
            do {
                try await store.refreshPlannerStatistics()
            } catch {
                logger.error("Planner statistics: the refresh failed: \(String(describing: error))")
            }
        }
    }

    public func shutdownAsync(_ application: Application) async {
        await repeating.stop()
    }
}
