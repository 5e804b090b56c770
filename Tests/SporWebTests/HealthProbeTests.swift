import Foundation
import XCTest
@testable import SporWeb

/// `/healthz` asks the database at most once a window; a failure is never kept (issue 26: /healthz within 2× of a plain
/// route while it still says whether the database answers).
final class HealthProbeTests: XCTestCase {
    actor Counter {
        private(set) var asked = 0
        var failing = false
        func ask() throws {
            asked += 1
            if failing { throw Unanswered() }
        }
        func fail(_ value: Bool) { failing = value }
    }

    struct Unanswered: Error {}

    func testRequestsAtOnceShareOneQuestionAndASuccessStandsForTheWindow() async throws {
        let probe = HealthProbe(window: .seconds(60))
        let counter = Counter()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<20 {
                group.addTask { try await probe.check { try await Task.sleep(for: .milliseconds(50)); try await counter.ask() } }
            }
            try await group.waitForAll()
        }
        let asked = await counter.asked
        XCTAssertEqual(asked, 1, "20 requests at once asked the database \(asked) times")
        try await probe.check { try await counter.ask() }
        let askedAgain = await counter.asked
        XCTAssertEqual(askedAgain, 1, "a success within the window was not kept")
    }

    func testAFailureIsNeverKeptAndTheWindowEnds() async throws {
        let probe = HealthProbe(window: .milliseconds(1))
        let counter = Counter()
        await counter.fail(true)
        for _ in 0..<3 {
            do {
                try await probe.check { try await counter.ask() }
                XCTFail("the database did not answer, and the probe said it did")
            } catch is Unanswered {}
        }
        let asked = await counter.asked
        XCTAssertEqual(asked, 3, "a failure was kept instead of asking again")
        await counter.fail(false)
        try await probe.check { try await counter.ask() }
        try await Task.sleep(for: .milliseconds(5))
        try await probe.check { try await counter.ask() }
        let afterWindow = await counter.asked
        XCTAssertEqual(afterWindow, 5, "after its window a success must be asked again")
    }
}
