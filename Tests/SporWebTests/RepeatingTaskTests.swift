import Foundation
import XCTest
@testable import SporWeb

/// The background work of the server (indicator refresh, planner statistics, the scheduled tamper check): it runs
/// after its delay and then again every interval, and once stopped it has finished and never runs again.
final class RepeatingTaskTests: XCTestCase {
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    func testItRepeatsUntilStoppedAndNeverAfter() async throws {
        let runs = Counter(), repeating = RepeatingTask()
        repeating.start(every: .milliseconds(10)) { runs.add() }
        let deadline = Date().addingTimeInterval(5)
        while runs.count < 3 && Date() < deadline { try await Task.sleep(for: .milliseconds(5)) }
        XCTAssertGreaterThanOrEqual(runs.count, 3)
        await repeating.stop()
        let stopped = runs.count
        try await Task.sleep(for: .milliseconds(60))
        XCTAssertEqual(runs.count, stopped)
    }

    func testItWaitsForItsDelay() async throws {
        let runs = Counter(), repeating = RepeatingTask()
        repeating.start(after: .seconds(30), every: .milliseconds(10)) { runs.add() }
        try await Task.sleep(for: .milliseconds(50))
        XCTAssertEqual(runs.count, 0)
        await repeating.stop()
        XCTAssertEqual(runs.count, 0)
    }
}
