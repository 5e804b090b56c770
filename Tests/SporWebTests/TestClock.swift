import Foundation

/// The test app's clock: at `TestApp.now` until a test moves it on.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date

    init(_ start: Date) { instant = start }

    var now: Date { lock.withLock { instant } }

    func set(_ date: Date) {
        lock.withLock { instant = date }
    }

    func advance(by seconds: TimeInterval) {
        lock.withLock { instant = instant.addingTimeInterval(seconds) }
    }
}
