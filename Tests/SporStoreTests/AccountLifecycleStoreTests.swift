import Foundation
import FluentKit
import Logging
import NIOPosix
import SQLKit
import XCTest
import SporDomain
@testable import SporStore
import SporSecurity

/// Accounts that end: tokens expire and are revoked, users are deactivated and reactivated, lockouts lifted — each audited.
final class AccountLifecycleStoreTests: XCTestCase {
    var db: TestDatabase!
    var store: Store { db.store }
    var admin: UserRecord!
    var caseworker: UserRecord!

    override func setUp() async throws {
        db = try await TestDatabase.make()
        admin = Fixture.user("admin1", role: .admin)
        caseworker = Fixture.user("rådgiver1", role: .caseworker)
        try await store.addUser(admin, now: Fixture.now)
        try await store.addUser(caseworker, now: Fixture.now)
    }

    override func tearDown() async throws {
        try await db.close()
    }

    func testATokenWorksUntilItsLifetimeHasPassed() async throws {
        // Given a token made for 30 days
        let token = try await store.createApiToken(user: caseworker.id, name: "CI", lifetime: .days30, now: Fixture.now)
        let end = Fixture.now.addingTimeInterval(30 * 24 * 3600)
        // When it is used the minute before its end and at its end
        let before = try await store.user(apiToken: token, now: end.addingTimeInterval(-60))
        let at = try await store.user(apiToken: token, now: end)
        // Then it works only before
        XCTAssertEqual(before?.id, caseworker.id)
        XCTAssertNil(at)
        let listed = try await store.apiTokens(user: caseworker.id)
        XCTAssertEqual(listed.count, 1)
        XCTAssertEqual(listed[0].name, "CI")
        XCTAssertEqual(listed[0].expiresAt, end)
        XCTAssertEqual(listed[0].lastUsedAt, end.addingTimeInterval(-60), "the use is noted")
        XCTAssertEqual(listed[0].status(at: end.addingTimeInterval(-60)), .active)
        XCTAssertEqual(listed[0].status(at: end), .expired)
    }

    func testTheStandardLifetimeIsNinetyDays() async throws {
        let token = try await store.createApiToken(user: caseworker.id, name: "CI", now: Fixture.now)
        let listed = try await store.apiTokens(user: caseworker.id)
        XCTAssertEqual(listed[0].expiresAt, Fixture.now.addingTimeInterval(90 * 24 * 3600))
        let works = try await store.user(apiToken: token, now: Fixture.now.addingTimeInterval(89 * 24 * 3600))
        XCTAssertNotNil(works)
    }

    func testATokenWithoutAnExpiryIsRefused() async throws {
        // Given a token whose row has no end (none is made so; a row the migration missed would be)
        let token = try await store.createApiToken(user: caseworker.id, name: "old", now: Fixture.now)
        try await store.sql.update("api_tokens").set("expires_at", to: SQLLiteral.null).run()
        // Then it finds no one
        let user = try await store.user(apiToken: token, now: Fixture.now)
        XCTAssertNil(user)
    }

    func testOnlyItsOwnerRevokesATokenOnceAndItIsAudited() async throws {
        // Given a token of the caseworker
        let token = try await store.createApiToken(user: caseworker.id, name: "CI", now: Fixture.now)
        let id = try await store.apiTokens(user: caseworker.id)[0].id
        // When another user tries to revoke it, then its owner twice
        let byOther = try await store.revokeApiToken(id, user: admin.id, now: Fixture.now)
        let stillWorks = try await store.user(apiToken: token, now: Fixture.now)
        let byOwner = try await store.revokeApiToken(id, user: caseworker.id, now: Fixture.now.addingTimeInterval(60))
        let again = try await store.revokeApiToken(id, user: caseworker.id, now: Fixture.now.addingTimeInterval(120))
        // Then only the owner's first revokes it, and it finds no one from then on
        XCTAssertFalse(byOther)
        XCTAssertNotNil(stillWorks)
        XCTAssertTrue(byOwner)
        XCTAssertFalse(again)
        let refused = try await store.user(apiToken: token, now: Fixture.now.addingTimeInterval(120))
        XCTAssertNil(refused)
        let listed = try await store.apiTokens(user: caseworker.id)
        XCTAssertEqual(listed[0].revokedAt, Fixture.now.addingTimeInterval(60))
        XCTAssertEqual(listed[0].status(at: Fixture.now.addingTimeInterval(120)), .revoked)
        let rows = try await auditRows(.revokeApiToken)
        XCTAssertEqual(rows, [AuditRow(user: caseworker.id, child: nil, entry: nil)])
    }

    func testDeactivationRevokesEveryTokenAndReactivationGivesTheLoginBackNotTheTokens() async throws {
        // Given two tokens of the caseworker, one of them revoked already
        let first = try await store.createApiToken(user: caseworker.id, name: "a", now: Fixture.now)
        _ = try await store.createApiToken(user: caseworker.id, name: "b", now: Fixture.now)
        let b = try await store.apiTokens(user: caseworker.id).first { $0.name == "b" }!
        try await store.revokeApiToken(b.id, user: caseworker.id, now: Fixture.now)
        let later = Fixture.now.addingTimeInterval(3600)

        // When the administrator deactivates the caseworker
        let deactivated = try await store.deactivateUser(caseworker.id, by: admin.id, now: later)
        let twice = try await store.deactivateUser(caseworker.id, by: admin.id, now: later)

        // Then they are deactivated since then, and no token of theirs works
        XCTAssertTrue(deactivated)
        XCTAssertFalse(twice)
        let record = try await store.user(id: caseworker.id)
        XCTAssertEqual(record?.deactivatedAt, later)
        XCTAssertEqual(record?.isActive, false)
        let byUsername = try await store.user(username: caseworker.username)
        XCTAssertEqual(byUsername?.isActive, false)
        let refused = try await store.user(apiToken: first, now: later)
        XCTAssertNil(refused)
        let tokens = try await store.apiTokens(user: caseworker.id)
        XCTAssertEqual(tokens.first { $0.name == "a" }?.revokedAt, later)
        XCTAssertEqual(tokens.first { $0.name == "b" }?.revokedAt, Fixture.now, "a token revoked before keeps its time")

        // When they are reactivated
        let reactivated = try await store.reactivateUser(caseworker.id, by: admin.id, now: later.addingTimeInterval(60))
        let reactivatedTwice = try await store.reactivateUser(caseworker.id, by: admin.id, now: later.addingTimeInterval(60))
        // Then they are active, their old token stays revoked and a new one works
        XCTAssertTrue(reactivated)
        XCTAssertFalse(reactivatedTwice)
        let active = try await store.user(id: caseworker.id)
        XCTAssertEqual(active?.isActive, true)
        let old = try await store.user(apiToken: first, now: later.addingTimeInterval(60))
        XCTAssertNil(old)
        let fresh = try await store.createApiToken(user: caseworker.id, name: "c", now: later.addingTimeInterval(60))
        let works = try await store.user(apiToken: fresh, now: later.addingTimeInterval(60))
        XCTAssertEqual(works?.id, caseworker.id)

        // And each change is audited once for the account and once for the administrator, with ids only
        let deactivations = try await auditRows(.userDeactivated)
        let reactivations = try await auditRows(.userReactivated)
        let administrations = try await auditRows(.administerUser)
        XCTAssertEqual(deactivations, [AuditRow(user: caseworker.id, child: nil, entry: nil)])
        XCTAssertEqual(reactivations, [AuditRow(user: caseworker.id, child: nil, entry: nil)])
        XCTAssertEqual(administrations, Array(repeating: AuditRow(user: admin.id, child: nil, entry: nil), count: 2))
    }

    func testATokenOfADeactivatedUserIsRefusedEvenIfNotRevoked() async throws {
        // Given a token, and its user deactivated by an edit that did not revoke it
        let token = try await store.createApiToken(user: caseworker.id, name: "a", now: Fixture.now)
        try await store.sql.update("users").set("deactivated_at", to: SQLBind(Fixture.now.epochMilliseconds))
            .where("id", .equal, caseworker.id).run()
        // Then it finds no one
        let user = try await store.user(apiToken: token, now: Fixture.now)
        XCTAssertNil(user)
    }

    func testAnAdministratorCannotDeactivateThemselvesNorAnUnknownUser() async throws {
        do {
            try await store.deactivateUser(admin.id, by: admin.id, now: Fixture.now)
            XCTFail("an administrator deactivated themselves")
        } catch let error as UserAdministrationError {
            XCTAssertEqual(error, .ownAccount)
        }
        do {
            try await store.deactivateUser(UUID(), by: admin.id, now: Fixture.now)
            XCTFail("an unknown user was deactivated")
        } catch let error as UserAdministrationError {
            XCTAssertEqual(error, .unknownUser)
        }
        let record = try await store.user(id: admin.id)
        XCTAssertEqual(record?.isActive, true)
        let rows = try await auditRows(.userDeactivated)
        XCTAssertTrue(rows.isEmpty)
    }

    func testUnlockingForgetsTheFailuresOfOneAccountAndIsAudited() async throws {
        // Given the caseworker's username locked out, and another's with a failure
        let policy = LoginThrottle.Policy.standard
        for _ in 1...policy.failuresBeforeLockout {
            try await store.recordLoginFailure(account: "key-of-rådgiver1", now: Fixture.now, policy: policy)
        }
        try await store.recordLoginFailure(account: "key-of-someone", now: Fixture.now, policy: policy)
        let locked = try await store.loginThrottle(account: "key-of-rådgiver1")
        guard case .locked = LoginThrottle.decision(locked, now: Fixture.now, policy: policy) else { return XCTFail("not locked") }
        let listed = try await store.loginThrottles(accounts: ["key-of-rådgiver1", "key-of-someone", "key-of-nobody"])
        XCTAssertEqual(listed.mapValues(\.failures), ["key-of-rådgiver1": policy.failuresBeforeLockout, "key-of-someone": 1])

        // When it is unlocked from the command line (no administrator), and again
        let unlocked = try await store.unlockLogin(account: "key-of-rådgiver1", user: caseworker.id, by: nil, now: Fixture.now)
        let again = try await store.unlockLogin(account: "key-of-rådgiver1", user: caseworker.id, by: nil, now: Fixture.now)

        // Then its failures are forgotten, the other's kept, and one row audits it
        XCTAssertTrue(unlocked)
        XCTAssertFalse(again)
        let state = try await store.loginThrottle(account: "key-of-rådgiver1")
        XCTAssertEqual(state, .clean)
        XCTAssertEqual(LoginThrottle.decision(state, now: Fixture.now, policy: policy), .allowed)
        let other = try await store.loginThrottle(account: "key-of-someone")
        XCTAssertEqual(other.failures, 1)
        let rows = try await auditRows(.loginUnlocked)
        XCTAssertEqual(rows, [AuditRow(user: caseworker.id, child: nil, entry: nil)])
        let administrations = try await auditRows(.administerUser)
        XCTAssertTrue(administrations.isEmpty, "the command line names no administrator")
    }

    func testTheMigrationGivesATokenMadeBeforeItTheLongestLifetimeFromItsMaking() async throws {
        // Given a database as it was before migration 18, with a token made then (and no expiry)
        let migrator = { (all: [any Migration]) in
            let migrations = Migrations()
            migrations.add(all)
            return Migrator(databases: self.db.runtime.databases, migrations: migrations, logger: Logger(label: "spor.test.migrations"),
                            on: MultiThreadedEventLoopGroup.singleton.any())
        }
        try await migrator(SporMigrations.all).revertAllBatches().get()
        let before = SporMigrations.all.filter { !($0 is M018AccountLifecycle) }
        XCTAssertEqual(before.count, SporMigrations.all.count - 1)
        let earlier = migrator(before)
        try await earlier.setupIfNeeded().get()
        try await earlier.prepareBatch().get()
        let token = "spor_made-before-expiry"
        try await store.sql.insert(into: "api_tokens").columns("id", "municipality", "user_id", "name", "token_hash", "created_at")
            .values(SQLBind(UUID()), SQLBind(Fixture.municipality), SQLBind(caseworker.id), SQLBind("old"), SQLBind(Store.tokenHash(token)),
                    SQLBind(Fixture.now.epochMilliseconds))
            .run()

        // When migration 18 runs
        try await migrator(SporMigrations.all).prepareBatch().get()
        try await store.addUser(caseworker, now: Fixture.now)

        // Then the token works for 365 days from its making, and not after
        let end = Fixture.now.addingTimeInterval(365 * 24 * 3600)
        let listed = try await store.apiTokens(user: caseworker.id)
        XCTAssertEqual(listed.map(\.expiresAt), [end])
        let works = try await store.user(apiToken: token, now: end.addingTimeInterval(-1))
        let expired = try await store.user(apiToken: token, now: end)
        XCTAssertEqual(works?.id, caseworker.id)
        XCTAssertNil(expired)
    }

    // MARK: - The audit log, read back

    struct AuditRow: Hashable {
        let user: UUID?
        let child: UUID?
        let entry: UUID?
    }

    func auditRows(_ action: AuditAction) async throws -> [AuditRow] {
        try await store.sql.select().columns("user_id", "child_id", "entry_id").from("audit_log")
            .where("action", .equal, action.rawValue).orderBy("seq").all().map { row in
                AuditRow(user: try row.decode(column: "user_id", as: UUID?.self), child: try row.decode(column: "child_id", as: UUID?.self),
                         entry: try row.decode(column: "entry_id", as: UUID?.self))
            }
    }
}
