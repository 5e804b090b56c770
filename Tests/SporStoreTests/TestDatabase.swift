import Foundation
import Crypto
import FluentKit
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

/// A fresh, migrated database for one test, on the engine named by `SPOR_TEST_DATABASE`
/// (`sqlite`, the default, or `postgres` with `SPOR_TEST_POSTGRES_URL`).
final class TestDatabase: Sendable {
    let runtime: StoreRuntime
    let kind: DatabaseKind
    let sqlitePath: String?
    private let postgresCleanup: (@Sendable () async throws -> Void)?
    var store: Store { runtime.store }

    static let engine: DatabaseKind = {
        let engine = ProcessInfo.processInfo.environment["SPOR_TEST_DATABASE"] == "postgres" ? DatabaseKind.postgres : .sqlite
        print("SporStoreTests: running on \(engine.rawValue)")
        return engine
    }()

    static func make() async throws -> TestDatabase {
        let protector = CPRProtector(masterKey: SymmetricKey(size: .bits256))
        switch engine {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("spor-test-\(UUID().uuidString)").path
            let configuration = StoreConfiguration(kind: .sqlite, sqlitePath: "\(directory)/spor.sqlite", postgresURL: nil, keyFile: "")
            let runtime = try StoreRuntime(configuration: configuration, protector: protector)
            try await runtime.migrate()
            return TestDatabase(runtime: runtime, kind: .sqlite, sqlitePath: configuration.sqlitePath, cleanup: nil)
        case .postgres:
            guard let base = ProcessInfo.processInfo.environment["SPOR_TEST_POSTGRES_URL"], !base.isEmpty else {
                throw StoreError.configuration("SPOR_TEST_DATABASE=postgres needs SPOR_TEST_POSTGRES_URL")
            }
            let name = "spor_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            let admin = try StoreRuntime(configuration: .init(kind: .postgres, sqlitePath: "", postgresURL: base, keyFile: ""), protector: protector)
            try await admin.store.sql.raw("CREATE DATABASE \(unsafeRaw: name)").run()
            await admin.shutdown()
            let url = base.replacingLastPathComponent(with: String(name))
            let runtime = try StoreRuntime(configuration: .init(kind: .postgres, sqlitePath: "", postgresURL: url, keyFile: ""), protector: protector)
            try await runtime.migrate()
            return TestDatabase(runtime: runtime, kind: .postgres, sqlitePath: nil) {
                let admin = try StoreRuntime(configuration: .init(kind: .postgres, sqlitePath: "", postgresURL: base, keyFile: ""), protector: protector)
                try await admin.store.sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name)").run()
                await admin.shutdown()
            }
        }
    }

    private init(runtime: StoreRuntime, kind: DatabaseKind, sqlitePath: String?, cleanup: (@Sendable () async throws -> Void)?) {
        self.runtime = runtime
        self.kind = kind
        self.sqlitePath = sqlitePath
        self.postgresCleanup = cleanup
    }

    func close() async throws {
        await runtime.shutdown()
        try await postgresCleanup?()
        if let sqlitePath { try? FileManager.default.removeItem(atPath: (sqlitePath as NSString).deletingLastPathComponent) }
    }
}

extension String {
    /// `postgres://u@h:p/db` with another database name.
    func replacingLastPathComponent(with name: String) -> String {
        guard let slash = range(of: "/", options: .backwards), slash.lowerBound > index(startIndex, offsetBy: 12) else { return self + "/" + name }
        return String(self[..<slash.lowerBound]) + "/" + name
    }
}

/// Plain values for the tests.
enum Fixture {
    static let now = DanishTime.instant(LocalDate(year: 2026, month: 3, day: 10)!, hour: 12)
    static let municipality = Municipality.norddjurs.code

    static func cpr(_ text: String = "150315-4321") -> CPR { try! CPR(text) }

    static func child(_ cpr: CPR, given: String = "Testbarn", family: String = "Prøvesen") -> Child {
        try! Child(municipality: municipality, cpr: cpr, givenName: given, familyName: family, district: "Område Grenaa")
    }

    static func user(_ username: String, role: Role, team: UUID? = nil) -> UserRecord {
        UserRecord(id: UUID(), municipality: municipality, username: username, displayName: "Medarbejder \(username)",
                   role: role, team: team, passwordHash: "x", language: "da")
    }

    static func concern(child: UUID, author: UUID, level: ConcernLevel = .vulnerable, at: Date = now.addingTimeInterval(-3600),
                        text: String = "Trist og træt i skolen") -> Entry {
        Entry(municipality: municipality, child: child, payload: .concern(Concern(level: level, source: .teacher, description: text)),
              occurredAt: at, recordedAt: now, author: author)
    }
}
