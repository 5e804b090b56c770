import Foundation

/// A clock for tests: at a fixed instant until a test moves it on (the web tests' app reads it as its `now`).
public final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date

    public init(_ start: Date) { instant = start }

    public var now: Date { lock.withLock { instant } }

    public func set(_ date: Date) {
        lock.withLock { instant = date }
    }

    public func advance(by seconds: TimeInterval) {
        lock.withLock { instant = instant.addingTimeInterval(seconds) }
    }
}
