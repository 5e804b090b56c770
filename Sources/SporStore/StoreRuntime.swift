import Foundation
import FluentKit
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// Databases outside a web application (tests, tools): opens, migrates and closes them.
public final class StoreRuntime: Sendable {
    public let databases: Databases
    public let store: Store

    /// - Parameter chain: the chains' key and checkpoint, as the server is given them (`StoreConfiguration.chainAnchor`);
    ///   without one, a keyed chain is refused.
    public init(configuration: StoreConfiguration, protector: CPRProtector, chain: ChainAnchor? = nil,
                logger: Logger = Logger(label: "spor.store")) throws {
        databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        databases.use(try configuration.databaseFactory(), as: DatabaseID(string: "spor"), isDefault: true)
        let databases = self.databases
        store = Store(kind: configuration.kind, protector: protector, chain: chain) {
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

    /// SQLite's per-connection setting as the server makes it (`prepareConnections` in SporWeb): `synchronous=NORMAL` in
    /// WAL mode, so a tool's writes cost what the server's do.
    public func prepareConnections(logger: Logger = Logger(label: "spor.store")) async throws {
        guard store.kind == .sqlite else { return }
        for loop in MultiThreadedEventLoopGroup.singleton.makeIterator() {
            guard let database = databases.database(logger: logger, on: loop) as? any SQLDatabase else { continue }
            for pragma in Store.sqliteConnectionPragmas { try await database.raw(SQLQueryString(pragma)).run() }
        }
    }

    public func shutdown() async {
        await databases.shutdownAsync()
    }
}
