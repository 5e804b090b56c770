import CoreMetrics
import Foundation
import Metrics

extension Store {
    /// The journal's write latency for `/metrics` (issue 26): the whole transaction of `append` — validation, insert,
    /// audit row, derived tables — by outcome. A no-op until the server bootstraps swift-metrics.
    static func timedJournalWrite<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        let started = ContinuousClock.now
        do {
            let result = try await body()
            CoreMetrics.Timer(label: "spor_journal_write_seconds", dimensions: [("outcome", "written")]).record(duration: ContinuousClock.now - started)
            return result
        } catch {
            CoreMetrics.Timer(label: "spor_journal_write_seconds", dimensions: [("outcome", "refused")]).record(duration: ContinuousClock.now - started)
            throw error
        }
    }
}
