import Foundation
import NIOConcurrencyHelpers
import Vapor
import SporStore

/// The recount of the derived tables (open obligations, summaries, indicator cells) after the administrator changes a
/// setting: run in the background, one after another, with each municipality's progress kept for its settings page
/// (and for `/metrics`, by municipality code).
public final class SettingsRecount: Sendable {
    enum State: Sendable, Hashable {
        case idle
        case running(done: Int, total: Int)
        case finished(Date)
        case failed
    }

    private let states = NIOLockedValueBox<[Int: State]>([:])
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    /// The municipality's recount: another municipality's progress is none of its business.
    func current(municipality: Int) -> State { states.withLockedValue { $0[municipality] ?? .idle } }

    /// Every municipality's that has had one since the server started, by code.
    var all: [Int: State] { states.withLockedValue { $0 } }

    /// Starts a recount of the store's municipality as of `now`; one still running (of any municipality) finishes first.
    func start(store: Store, now: Date, logger: Logger) {
        let states = self.states, municipality = store.municipality
        let set: @Sendable (State) -> Void = { state in states.withLockedValue { $0[municipality] = state } }
        task.withLockedValue { running in
            let previous = running
            running = Task {
                await previous?.value
                do {
                    let started = ContinuousClock.now
                    let children = try await store.recountAfterSettings(now: now) { progress in
                        set(.running(done: progress.done, total: progress.total))
                    }
                    set(.finished(now))
                    logger.info("Settings: recounted \(children) children in \(ContinuousClock.now - started).")
                } catch {
                    set(.failed)
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
