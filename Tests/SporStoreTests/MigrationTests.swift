import Foundation
import FluentKit
import Logging
import NIOPosix
import SQLKit
import XCTest
import SporDomain
@testable import SporStore

/// Migrations go back as well as forward: every one reverted, newest first, leaves none of Spor's tables, and applying
/// them again gives a database that works.
final class MigrationTests: XCTestCase {
    func testEveryMigrationRevertsAndAppliesAgain() async throws {
        let db = try await TestDatabase.make()
        do {
            let migrations = Migrations()
            migrations.add(SporMigrations.all)
            let migrator = Migrator(databases: db.runtime.databases, migrations: migrations, logger: Logger(label: "spor.test.migrations"),
                                    on: MultiThreadedEventLoopGroup.singleton.any())
            try await migrator.revertAllBatches().get()
            let left = try await tables(db)
            XCTAssertEqual(left, ["_fluent_migrations"], "only Fluent's own record of migrations is left")

            try await db.runtime.migrate()
            let caseworker = Fixture.user("rådgiver1", role: .caseworker)
            try await db.store.addUser(caseworker, now: Fixture.now)
            let child = Fixture.child(Fixture.cpr())
            try await db.store.register(child, cpr: Fixture.cpr(), by: caseworker.id, now: Fixture.now)
            let concern = Fixture.concern(child: child.id, author: caseworker.id)
            try await db.store.append(concern, now: Fixture.now)
            let timeline = try await db.store.timeline(child: child.id)
            XCTAssertEqual(timeline.entries, [concern])
            let recount = try await db.store.rebuildIndicators(now: Fixture.now)
            XCTAssertEqual(recount.children, 1)
            XCTAssertEqual(recount.changed, 0, "the write kept the cells as a rebuild counts them")
        } catch {
            try await db.close()
            throw error
        }
        try await db.close()
    }

    private func tables(_ db: TestDatabase) async throws -> [String] {
        let query: SQLQueryString = db.kind == .sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            : "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        return try await db.store.sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
    }
}
