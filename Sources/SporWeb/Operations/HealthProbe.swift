import Foundation

/// `/healthz`'s question to the database, asked at most once a `window`: requests that come while one is asked wait for
/// its answer, and a success stands for the window. A load balancer (or `wrk`) asking a thousand times a second then
/// costs the database one trivial query a second, and `/healthz` costs what the framework does (issue 26: within 2× of a
/// plain route). A failure is never kept: the next request asks again, and gets 500 while the database does not answer.
actor HealthProbe {
    private let window: Duration
    private var answeredAt: ContinuousClock.Instant?
    private var asking: Task<Void, any Error>?

    init(window: Duration = .seconds(1)) {
        self.window = window
    }

    func check(_ ask: @escaping @Sendable () async throws -> Void) async throws {
        if let answeredAt, ContinuousClock.now - answeredAt < window { return }
        if let asking { return try await asking.value }
        let task = Task { try await ask() }
        asking = task
        do {
            try await task.value
            answeredAt = .now
            asking = nil
        } catch {
            asking = nil
            throw error
        }
    }
}
