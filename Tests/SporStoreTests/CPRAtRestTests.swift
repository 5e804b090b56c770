import Foundation
import FluentKit
import XCTest
import SporDomain
@testable import SporStore

final class CPRAtRestTests: XCTestCase {
    var db: TestDatabase!
    var store: Store { db.store }

    override func setUp() async throws {
        db = try await TestDatabase.make()
    }

    override func tearDown() async throws {
        try await db.close()
    }

    func testTheDatabaseFileHoldsNoCPRNumberInClear() async throws {
        let numbers = ["150315-4321", "010412-4322", "311209-4234"]
        for (index, text) in numbers.enumerated() {
            let cpr = try CPR(text)
            try await store.register(Fixture.child(cpr, given: "Barn\(index)"), cpr: cpr, by: UUID(), now: Fixture.now)
        }
        guard let path = db.sqlitePath else {
            // On PostgreSQL the stored columns are read instead of a file.
            let rows = try await store.sql.raw("SELECT * FROM children").all()
            XCTAssertEqual(rows.count, numbers.count)
            for row in rows {
                for column in ["cpr_hash", "cpr_sealed", "search_name"] {
                    let value = try row.decode(column: column, as: String.self)
                    for text in numbers { XCTAssertFalse(value.contains(text) || value.contains(text.replacingOccurrences(of: "-", with: ""))) }
                }
            }
            return
        }
        // Every byte of the database and its write-ahead log.
        var bytes = Data()
        for suffix in ["", "-wal", "-shm"] {
            if let data = FileManager.default.contents(atPath: path + suffix) { bytes.append(data) }
        }
        XCTAssertGreaterThan(bytes.count, 10_000)
        for text in numbers {
            XCTAssertNil(bytes.range(of: Data(text.utf8)), text)
            XCTAssertNil(bytes.range(of: Data(text.replacingOccurrences(of: "-", with: "").utf8)), text)
        }
        // The names are there, so the search was looking at the right bytes.
        XCTAssertNotNil(bytes.range(of: Data("Barn1".utf8)))
    }

    func testAnotherMunicipalitysStoreDoesNotReadTheChildsCPR() async throws {
        let cpr = try CPR("150315-4321")
        let child = Fixture.child(cpr)
        try await store.register(child, cpr: cpr, by: UUID(), now: Fixture.now)
        let mine = try await store.cpr(child: child.id)
        XCTAssertEqual(mine, cpr)
        let other = Store(kind: store.kind, municipality: store.municipality + 1, protector: store.protector) { [runtime = db.runtime] in
            runtime.databases.database(logger: .init(label: "test"), on: runtime.databases.eventLoopGroup.any())!
        }
        let theirs = try await other.cpr(child: child.id)
        XCTAssertNil(theirs, "a child of another municipality is not found by id")
    }

    func testRotatingTheKeyKeepsEveryChildFindableByCPR() async throws {
        let cpr = try CPR("150315-4321")
        let child = Fixture.child(cpr)
        try await store.register(child, cpr: cpr, by: UUID(), now: Fixture.now)
        let keyFile = FileManager.default.temporaryDirectory.appendingPathComponent("spor-key-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: keyFile); try? FileManager.default.removeItem(atPath: keyFile + ".old") }
        let hashBefore = try await store.sql.raw("SELECT cpr_hash FROM children").first()!.decode(column: "cpr_hash", as: String.self)

        let count = try await store.rotateKey(keyFile: keyFile)

        XCTAssertEqual(count, 1)
        let rotated = Store(kind: store.kind, protector: try CPRProtector.load(keyFile: keyFile, createIfMissing: false)) { [runtime = db.runtime] in
            runtime.databases.database(logger: .init(label: "test"), on: runtime.databases.eventLoopGroup.any())!
        }
        let found = try await rotated.search("1503154321")
        XCTAssertEqual(found.map(\.id), [child.id])
        let hashAfter = try await store.sql.raw("SELECT cpr_hash FROM children").first()!.decode(column: "cpr_hash", as: String.self)
        XCTAssertNotEqual(hashAfter, hashBefore)
        // The old key no longer finds the child.
        let stale = try await store.search("1503154321")
        XCTAssertTrue(stale.isEmpty)
    }
}
