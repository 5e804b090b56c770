import Foundation
import XCTest
import SporDomain
@testable import SporStore
import SporSecurity

final class LoginSecurityStoreTests: XCTestCase {
    var db: TestDatabase!
    var store: Store { db.store }

    override func setUp() async throws {
        db = try await TestDatabase.make()
    }

    override func tearDown() async throws {
        try await db.close()
    }

    func testFailuresAreCountedPerAccountAndClearedAfterASuccess() async throws {
        // Given
        let policy = LoginThrottle.Policy.standard
        let before = try await store.loginThrottle(account: "a")
        XCTAssertEqual(before, .clean)
        // When
        for _ in 1...3 { try await store.recordLoginFailure(account: "a", now: Fixture.now, policy: policy) }
        try await store.recordLoginFailure(account: "b", now: Fixture.now, policy: policy)
        // Then
        let a = try await store.loginThrottle(account: "a")
        let b = try await store.loginThrottle(account: "b")
        XCTAssertEqual(a, LoginThrottle.State(failures: 3, lastFailureAt: Fixture.now))
        XCTAssertEqual(b.failures, 1)
        try await store.clearLoginFailures(account: "a")
        let aCleared = try await store.loginThrottle(account: "a")
        let bKept = try await store.loginThrottle(account: "b")
        XCTAssertEqual(aCleared, .clean)
        XCTAssertEqual(bKept.failures, 1)
    }

    func testTheLockoutIsStored() async throws {
        let policy = LoginThrottle.Policy(failuresBeforeLockout: 3, lockout: 600)
        for _ in 1...3 { try await store.recordLoginFailure(account: "a", now: Fixture.now, policy: policy) }
        let state = try await store.loginThrottle(account: "a")
        XCTAssertEqual(state.lockedUntil, Fixture.now.addingTimeInterval(600))
        XCTAssertEqual(LoginThrottle.decision(state, now: Fixture.now, policy: policy), .locked(until: Fixture.now.addingTimeInterval(600)))
    }

    func testFailuresAtTheSameTimeAllCount() async throws {
        let store = self.store
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 1...8 {
                group.addTask { try await store.recordLoginFailure(account: "a", now: Fixture.now, policy: .standard) }
            }
            try await group.waitForAll()
        }
        let state = try await store.loginThrottle(account: "a")
        XCTAssertEqual(state.failures, 8)
    }

    func testATOTPCodeIsTakenOnlyOnceAndNeverAnEarlierOne() async throws {
        // Given an enrolment confirmed with the code of step 100
        let user = Fixture.user("rådgiver1", role: .caseworker)
        try await store.addUser(user, now: Fixture.now)
        let totp = TOTP.random()
        try await store.enableTOTP(user: user.id, totp: totp, confirmedStep: 100, now: Fixture.now)
        // Then
        let enrolment = try await store.totpEnrolment(user: user.id)
        XCTAssertEqual(enrolment?.totp, totp)
        XCTAssertEqual(enrolment?.lastStep, 100)
        XCTAssertEqual(enrolment?.enabledAt, Fixture.now)
        let nobody = try await store.totpEnrolment(user: UUID())
        XCTAssertNil(nobody)
        let claimed100 = try await store.claimTOTPStep(user: user.id, step: 100)
        let claimed101 = try await store.claimTOTPStep(user: user.id, step: 101)
        let claimed101Again = try await store.claimTOTPStep(user: user.id, step: 101)
        let claimed99 = try await store.claimTOTPStep(user: user.id, step: 99)
        XCTAssertEqual([claimed100, claimed101, claimed101Again, claimed99], [false, true, false, false])
    }
}
