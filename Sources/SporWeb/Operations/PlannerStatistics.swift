import Foundation
import Vapor
import SporStore

/// Keeps SQLite's planner statistics current (`Store.refreshPlannerStatistics`): once the server has booted, then every
/// `interval`; stopped when the application shuts down. Nothing to do on PostgreSQL.
public final class PlannerStatistics: LifecycleHandler, @unchecked Sendable {
    let interval: Duration
    private let lock = NSLock()
    private var task: Task<Void, Never>?

    public init(interval: Duration = .seconds(6 * 3_600)) {
        self.interval = interval
    }

    public func didBootAsync(_ application: Application) async throws {
        let store = application.spor.store
        guard store.kind == .sqlite else { return }
        let logger = application.logger
        let interval = self.interval
        let task = Task {
            while !Task.isCancelled {
                do {
                    try await store.refreshPlannerStatistics()
                } catch {
                    logger.error("Planner statistics: the refresh failed: \(String(describing: error))")
                }
                try? await Task.sleep(for: interval)
            }
        }
        lock.withLock { self.task = task }
    }

    public func shutdownAsync(_ application: Application) async {
        let task = lock.withLock { self.task }
        task?.cancel()
        await task?.value
    }
}
