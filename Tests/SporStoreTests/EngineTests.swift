import Crypto
import Foundation
import SQLKit
import XCTest
@testable import SporStore

final class EngineTests: XCTestCase {
    /// Each engine is prepared before the schema is migrated. SQLite writes ahead (WAL). PostgreSQL refuses a database
    /// not encoded in UTF-8, before anything is written to it: the journal is read packed, with its texts' lengths in
    /// the database's encoding (`Store.packedEntries`).
    func testTheEngineIsPreparedBeforeTheSchemaIsMigrated() async throws {
        switch TestDatabase.engine {
        case .sqlite:
            let db = try await TestDatabase.make()
            let mode = try await db.store.sql.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self)
            try await db.close()
            XCTAssertEqual(mode, "wal")
        case .postgres:
            // Setup: a database encoded in LATIN1.
            let base = try XCTUnwrap(ProcessInfo.processInfo.environment["SPOR_TEST_POSTGRES_URL"])
            let protector = CPRProtector(masterKey: SymmetricKey(size: .bits256))
            let name = "spor_latin_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            let admin = try StoreRuntime(configuration: .init(kind: .postgres, sqlitePath: "", postgresURL: base, keyFile: ""), protector: protector)
            try await admin.store.sql.raw("CREATE DATABASE \(unsafeRaw: name) ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0").run()
            let url = base.replacingLastPathComponent(with: String(name))
            let runtime = try StoreRuntime(configuration: .init(kind: .postgres, sqlitePath: "", postgresURL: url, keyFile: ""), protector: protector)

            // The thing under test
            var refusal: String?
            do {
                try await runtime.migrate()
            } catch StoreError.configuration(let text) {
                refusal = text
            }
            let tables = try await runtime.store.sql.raw("SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = 'public'")
                .first()?.decode(column: "n", as: Int.self)
            await runtime.shutdown()
            try await admin.store.sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name)").run()
            await admin.shutdown()

            XCTAssertEqual(refusal, "the PostgreSQL database is encoded in LATIN1; Spor needs one created with ENCODING 'UTF8'")
            XCTAssertEqual(tables, 0)
        }
    }
}
