import Foundation
import NIOCore
import NIOPosix

/// Where Swift's tasks run. By default on the event loops that already do the sockets and hand SQLite's answers back
/// (`NIOSingletons`' take-over, as Vapor's own template offers): a request, or a write of twenty statements, then no
/// longer hops between Swift's thread pool and the event loops at every `await` of the database — each hop two thread
/// wake-ups, which `perf` showed as a third of a journal write's time in the kernel. `SPOR_EXECUTOR=swift` keeps Swift's
/// own pool (to compare, in `bench/`).
public enum Executor {
    /// Call first thing in `main`, before any task has started; once.
    public static func installEventLoops(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard environment["SPOR_EXECUTOR"] != "swift" else { return }
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }
}
