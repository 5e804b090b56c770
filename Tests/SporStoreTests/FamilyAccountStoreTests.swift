import Foundation
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

/// The family's accounts and their one-time codes, on SQLite and (under scripts/test) PostgreSQL.
final class FamilyAccountStoreTests: XCTestCase {
    var db: TestDatabase!
    var store: Store { db.store }
    var caseworker: UserRecord!
    var child: Child!

    override func setUp() async throws {
        db = try await TestDatabase.make()
        caseworker = Fixture.user("raadgiver1", role: .caseworker)
        try await store.addUser(caseworker, now: Fixture.now)
        // Born 2012: 13 on Fixture.now.
        child = Fixture.child(Fixture.cpr("040512-4328"))
        try await store.register(child, cpr: Fixture.cpr("040512-4328"), by: caseworker.id, now: Fixture.now)
    }

    override func tearDown() async throws {
        try await db.close()
    }

    func code(_ error: () async throws -> Void) async -> DomainError.Code? {
        do {
            try await error()
            return nil
        } catch let error as DomainError {
            return error.code
        } catch {
            XCTFail("\(error)")
            return nil
        }
    }

    func testACodeOpensTheAccountOnceAndOnlyUntilItExpires() async throws {
        let first = try await store.createFamilyAccount(child: child.id, reader: .child, by: caseworker.id, now: Fixture.now)
        XCTAssertTrue(first.code.wholeMatch(of: /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/) != nil, first.code)
        let stored = try await store.familyAccounts(child: child.id)
        XCTAssertEqual(stored.count, 1)
        XCTAssertFalse(stored[0].isActive)
        let wrong = await code { _ = try await self.store.activateFamilyAccount(code: "ABCD-EFGH-JKMN", username: "ung1", passwordHash: "h", now: Fixture.now) }
        XCTAssertEqual(wrong, .activationCodeUnknown)

        // Typed in lower case with spaces, it still works.
        let typed = first.code.lowercased().replacingOccurrences(of: "-", with: " ")
        let opened = try await store.activateFamilyAccount(code: typed, username: "Ung1", passwordHash: "hash-1", now: Fixture.now)
        XCTAssertTrue(opened.isActive)
        XCTAssertEqual(opened.username, "ung1")
        let found = try await store.familyAccount(signingIn: "UNG1")
        XCTAssertEqual(found?.id, opened.id)

        let reused = await code { _ = try await self.store.activateFamilyAccount(code: first.code, username: "ung2", passwordHash: "h", now: Fixture.now) }
        XCTAssertEqual(reused, .activationCodeUsed)

        // A new code (a forgotten password) works once and keeps the account; the old one stays dead.
        let renewed = try await store.renewActivationCode(account: opened.id, child: child.id, by: caseworker.id, now: Fixture.now)
        let late = Fixture.now.addingTimeInterval(Store.activationCodeLifetime + 1)
        let expired = await code { _ = try await self.store.activateFamilyAccount(code: renewed.code, username: "ung1", passwordHash: "h2", now: late) }
        XCTAssertEqual(expired, .activationCodeExpired)
        let again = try await store.activateFamilyAccount(code: renewed.code, username: "ung1", passwordHash: "hash-2", now: Fixture.now.addingTimeInterval(60))
        XCTAssertEqual(again.id, opened.id)
        XCTAssertEqual(again.passwordHash, "hash-2")
        XCTAssertEqual(again.activatedAt, opened.activatedAt, "activated once, when it was first opened")

        let log = try await store.accessLog(child: child.id)
        XCTAssertTrue(log.contains { $0.action == .familyAccountCreated && $0.user == caseworker.id })
        XCTAssertTrue(log.contains { $0.action == .familyAccountActivated && $0.user == opened.id })
    }

    func testUsernamesAreOneEachAndARevokedAccountIsClosed() async throws {
        let parent = Person(municipality: Fixture.municipality, givenName: "Mor", familyName: "Prøvesen")
        let other = Fixture.child(Fixture.cpr("010410-4322"), given: "Søster")
        try await store.importFamilies([Store.FamilyImport(children: [(other, Fixture.cpr("010410-4322"), [])], parents: [parent],
                                                           relations: [Relation(child: other.id, person: parent.id, kind: .mother, hasCustody: true),
                                                                       Relation(child: child.id, person: parent.id, kind: .mother, hasCustody: false)])],
                                       by: caseworker.id, now: Fixture.now)
        let noCustody = await code { _ = try await self.store.createFamilyAccount(child: self.child.id, reader: .parent(parent.id), by: self.caseworker.id, now: Fixture.now) }
        XCTAssertEqual(noCustody, .familyAccountNoCustody)

        let youth = try await store.createFamilyAccount(child: child.id, reader: .child, by: caseworker.id, now: Fixture.now)
        let mother = try await store.createFamilyAccount(child: other.id, reader: .parent(parent.id), by: caseworker.id, now: Fixture.now)
        _ = try await store.activateFamilyAccount(code: youth.code, username: "navn", passwordHash: "h", now: Fixture.now)
        let taken = await code { _ = try await self.store.activateFamilyAccount(code: mother.code, username: "NAVN", passwordHash: "h", now: Fixture.now) }
        XCTAssertEqual(taken, .usernameTaken)
        let motherAccount = try await store.activateFamilyAccount(code: mother.code, username: "mor", passwordHash: "h", now: Fixture.now)
        XCTAssertEqual(motherAccount.reader, .parent(parent.id))

        let twice = await code { _ = try await self.store.createFamilyAccount(child: self.child.id, reader: .child, by: self.caseworker.id, now: Fixture.now) }
        XCTAssertEqual(twice, .familyAccountExists)

        // Another child's account cannot be closed through this child.
        let elsewhere = await code { try await self.store.revokeFamilyAccount(motherAccount.id, child: self.child.id, by: self.caseworker.id, now: Fixture.now) }
        XCTAssertEqual(elsewhere, .familyAccountUnknown)
        try await store.revokeFamilyAccount(youth.account, child: child.id, by: caseworker.id, now: Fixture.now)
        let closed = try await store.familyAccount(id: youth.account)
        XCTAssertNotNil(closed?.revokedAt)
        XCTAssertEqual(closed?.isActive, false)
        // Closed, a new account may be made.
        _ = try await store.createFamilyAccount(child: child.id, reader: .child, by: caseworker.id, now: Fixture.now)
    }

    func testAChildUnderTenHasNoAccount() async throws {
        let young = Fixture.child(Fixture.cpr("010219-4322"), given: "Lille")
        try await store.register(young, cpr: Fixture.cpr("010219-4322"), by: caseworker.id, now: Fixture.now)
        let refused = await code { _ = try await self.store.createFamilyAccount(child: young.id, reader: .child, by: self.caseworker.id, now: Fixture.now) }
        XCTAssertEqual(refused, .familyAccountTooYoung)
        let accounts = try await store.familyAccounts(child: young.id)
        XCTAssertTrue(accounts.isEmpty)
    }
}
