import Foundation
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

/// Staff who sign in at the municipality's OpenID provider (issue 25, item 1), on SQLite and on PostgreSQL: made at the
/// first sign-in by the provider's `sub`, brought up to date at the next, kept out once deactivated, and never taking
/// over a user with a password kept in Spor.
final class ExternalUsersStoreTests: XCTestCase {
    var db: TestDatabase!
    var store: Store { db.store }

    override func setUp() async throws {
        db = try await TestDatabase.make()
    }

    override func tearDown() async throws {
        try await db.close()
    }

    func signIn(_ sub: String, username: String?, role: Role, team: UUID? = nil) -> Store.ExternalSignIn {
        Store.ExternalSignIn(externalID: sub, preferredUsername: username, displayName: "Sara Rådgiver", role: role, team: team)
    }

    func testAUserIsMadeAtTheFirstSignInAndBroughtUpToDateAtTheNext() async throws {
        let team = TeamRecord(id: UUID(), municipality: store.municipality, name: "Team Grenaa", district: "Område Grenaa")
        try await store.addTeam(team)
        let first = try await store.signInExternalUser(signIn("sub-1", username: "Sara.R@Kommune.dk", role: .caseworker), now: Fixture.now)
        let made = try XCTUnwrap(first)
        XCTAssertEqual(made.username, "sara.r@kommune.dk")
        XCTAssertEqual(made.externalID, "sub-1")
        XCTAssertEqual(made.passwordHash, Store.noLocalPassword)
        let second = try await store.signInExternalUser(signIn("sub-1", username: "other", role: .teamLead, team: team.id), now: Fixture.now)
        let updated = try XCTUnwrap(second)
        XCTAssertEqual(updated.id, made.id)
        XCTAssertEqual(updated.role, .teamLead)
        XCTAssertEqual(updated.team, team.id)
        XCTAssertEqual(updated.username, made.username, "the username stays")
        let found = try await store.user(externalID: "sub-1")
        XCTAssertEqual(found, updated)
    }

    func testAPasswordUserIsNeverTakenOverAndADeactivatedUserStaysOut() async throws {
        let admin = Fixture.user("admin", role: .admin)
        try await store.addUser(admin, now: Fixture.now)
        let claimed = try await store.signInExternalUser(signIn("sub-2", username: "admin", role: .caseworker), now: Fixture.now)
        let other = try XCTUnwrap(claimed)
        XCTAssertNotEqual(other.id, admin.id)
        XCTAssertTrue(other.username.hasPrefix("oidc-"), other.username)
        let untouched = try await store.user(id: admin.id)
        XCTAssertEqual(untouched?.role, .admin)
        XCTAssertNil(untouched?.externalID)

        try await store.deactivateUser(other.id, by: nil, now: Fixture.now)
        let refused = try await store.signInExternalUser(signIn("sub-2", username: "admin", role: .caseworker), now: Fixture.now)
        XCTAssertNil(refused)
        let still = try await store.user(externalID: "sub-2")
        XCTAssertEqual(still?.isActive, false)
    }
}
