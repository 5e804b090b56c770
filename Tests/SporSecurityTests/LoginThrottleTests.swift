import Foundation
import XCTest
@testable import SporSecurity
import SporDomain

final class LoginThrottleTests: XCTestCase {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let policy = LoginThrottle.Policy.standard

    func testTheFirstFailuresAreNotDelayed() {
        // Given four failures at the same moment
        var state = LoginThrottle.State.clean
        for _ in 1...4 { state = LoginThrottle.afterFailure(state, now: start, policy: policy) }
        // Then the next attempt is looked at at once
        XCTAssertEqual(LoginThrottle.decision(state, now: start, policy: policy), .allowed)
    }

    func testTheDelayGrowsFromTheFifthFailureUpToItsLongest() {
        var state = LoginThrottle.State.clean
        var now = start
        var delays: [TimeInterval] = []
        for _ in 1...12 {
            state = LoginThrottle.afterFailure(state, now: now, policy: policy)
            if case .wait(let until) = LoginThrottle.decision(state, now: now, policy: policy) {
                delays.append(until.timeIntervalSince(now))
                now = until
            } else {
                delays.append(0)
            }
        }
        XCTAssertEqual(delays, [0, 0, 0, 0, 2, 4, 8, 16, 32, 60, 60, 60])
    }

    func testTheTwentiethFailureLocksForFifteenMinutesAndTheNextFailureLocksAgain() {
        // Given nineteen failures, each after its delay
        var state = LoginThrottle.State.clean
        var now = start
        for _ in 1...19 {
            state = LoginThrottle.afterFailure(state, now: now, policy: policy)
            now = now.addingTimeInterval(policy.longestDelay)
        }
        XCTAssertEqual(LoginThrottle.decision(state, now: now, policy: policy), .allowed)
        // When the twentieth fails
        state = LoginThrottle.afterFailure(state, now: now, policy: policy)
        // Then nothing is taken for fifteen minutes
        let until = now.addingTimeInterval(15 * 60)
        XCTAssertEqual(LoginThrottle.decision(state, now: now.addingTimeInterval(14 * 60), policy: policy), .locked(until: until))
        XCTAssertEqual(LoginThrottle.decision(state, now: until, policy: policy), .allowed)
        // And one more failure after the lockout locks again
        state = LoginThrottle.afterFailure(state, now: until, policy: policy)
        XCTAssertEqual(LoginThrottle.decision(state, now: until, policy: policy), .locked(until: until.addingTimeInterval(15 * 60)))
    }

    func testFailuresOlderThanADayAreForgotten() {
        var state = LoginThrottle.State.clean
        for _ in 1...10 { state = LoginThrottle.afterFailure(state, now: start, policy: policy) }
        let nextDay = start.addingTimeInterval(24 * 3600 + 1)
        XCTAssertEqual(LoginThrottle.decision(state, now: nextDay, policy: policy), .allowed)
        XCTAssertEqual(LoginThrottle.afterFailure(state, now: nextDay, policy: policy).failures, 1)
    }
}
