import Foundation

/// Work the server repeats in the background: started once the application has booted, after `delay` and then every
/// `interval`, and cancelled (and waited for) when it shuts down. The lifecycle handlers of the indicator refresh, the
/// planner's statistics and the scheduled tamper check each keep one.
final class RepeatingTask: @unchecked Sendable {
    private let lock = NSLock()
    private var task: Task<Void, Never>?

    func start(after delay: Duration = .zero, every interval: Duration, _ body: @escaping @Sendable () async -> Void) {
        let task = Task {
            if delay > .zero { try? await Task.sleep(for: delay) }
            while !Task.isCancelled {
                await body()
                try? await Task.sleep(for: interval)
            }
        }
        lock.withLock { self.task = task }
    }

    func stop() async {
        let task = lock.withLock { self.task }
        task?.cancel()
        await task?.value
    }
}
