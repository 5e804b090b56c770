import Foundation
import FluentKit
import Logging
import NIOCore
import NIOPosix

/// Databases outside a web application (tests, tools): opens, migrates and closes them.
public final class StoreRuntime: Sendable {
    public let databases: Databases
    public let store: Store

    public init(configuration: StoreConfiguration, protector: CPRProtector, logger: Logger = Logger(label: "spor.store")) throws {
        databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        databases.use(try configuration.databaseFactory(), as: DatabaseID(string: "spor"), isDefault: true)
        let databases = self.databases
        store = Store(kind: configuration.kind, protector: protector) {
            databases.database(logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())!
        }
    }

    public func migrate(logger: Logger = Logger(label: "spor.migrate")) async throws {
        let migrations = Migrations()
        migrations.add(SporMigrations.all)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger,
                                on: MultiThreadedEventLoopGroup.singleton.any(), migrationLogLevel: .debug)
        try await store.prepareEngine()
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    public func shutdown() async {
        await databases.shutdownAsync()
    }
}
