import Foundation
import NIOConcurrencyHelpers
import Vapor
import SporStore

/// The recount of the derived tables (open obligations, summaries, indicator cells) after the administrator changes a
/// setting: run in the background, one after another, with its progress kept for the settings page.
public final class SettingsRecount: Sendable {
    enum State: Sendable, Hashable {
        case idle
        case running(done: Int, total: Int)
        case finished(Date)
        case failed
    }

    private let state = NIOLockedValueBox<State>(.idle)
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    var current: State { state.withLockedValue { $0 } }

    /// Starts a recount as of `now`; one still running finishes first.
    func start(store: Store, now: Date, logger: Logger) {
        let state = self.state
        task.withLockedValue { running in
            let previous = running
            running = Task {
                await previous?.value
                do {
                    let started = ContinuousClock.now
                    let children = try await store.recountAfterSettings(now: now) { progress in
                        state.withLockedValue { $0 = .running(done: progress.done, total: progress.total) }
                    }
                    state.withLockedValue { $0 = .finished(now) }
                    logger.info("Settings: recounted \(children) children in \(ContinuousClock.now - started).")
                } catch {
                    state.withLockedValue { $0 = .failed }
                    logger.error("Settings: the recount failed: \(String(describing: error))")
                }
            }
        }
    }

    /// Waits for the recount started last (tests, and a server shutting down).
    func finished() async {
        await task.withLockedValue { $0 }?.value
    }
}

extension SettingsRecount: LifecycleHandler {
    public func shutdownAsync(_ application: Application) async {
        await finished()
    }
}
