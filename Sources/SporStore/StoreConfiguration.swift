import Foundation
import FluentKit
import FluentSQLiteDriver
import FluentPostgresDriver

/// Which engine holds the data.
public enum DatabaseKind: String, Sendable {
    case sqlite
    case postgres
}

/// Where the data lives, read once from the environment by the outermost layer.
public struct StoreConfiguration: Sendable {
    public var kind: DatabaseKind
    /// The SQLite file (when `kind == .sqlite`).
    public var sqlitePath: String
    /// `postgres://user@host:port/database` (when `kind == .postgres`).
    public var postgresURL: String?
    /// The file holding the key that protects CPR numbers at rest.
    public var keyFile: String

    public init(kind: DatabaseKind, sqlitePath: String, postgresURL: String?, keyFile: String) {
        self.kind = kind
        self.sqlitePath = sqlitePath
        self.postgresURL = postgresURL
        self.keyFile = keyFile
    }

    /// `SPOR_DATABASE_URL=postgres://…` chooses PostgreSQL; otherwise SQLite in `SPOR_DATA_DIR` (default `./data`).
    public static func fromEnvironment(_ environment: [String: String]) -> StoreConfiguration {
        let dataDirectory = environment["SPOR_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "./data"
        let keyFile = environment["SPOR_KEY_FILE"].flatMap { $0.isEmpty ? nil : $0 } ?? "\(dataDirectory)/spor.key"
        if let url = environment["SPOR_DATABASE_URL"], url.hasPrefix("postgres") {
            return StoreConfiguration(kind: .postgres, sqlitePath: "", postgresURL: url, keyFile: keyFile)
        }
        return StoreConfiguration(kind: .sqlite, sqlitePath: "\(dataDirectory)/spor.sqlite", postgresURL: nil, keyFile: keyFile)
    }

    public var dataDirectory: String? {
        kind == .sqlite ? (sqlitePath as NSString).deletingLastPathComponent : nil
    }

    /// The Fluent configuration for this store.
    public func databaseFactory() throws -> DatabaseConfigurationFactory {
        switch kind {
        case .sqlite:
            if let directory = dataDirectory {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            return .sqlite(.file(sqlitePath))
        case .postgres:
            guard let url = postgresURL else { throw StoreError.configuration("SPOR_DATABASE_URL is empty") }
            var configuration = try SQLPostgresConfiguration(url: url)
            if !url.contains("sslmode") { configuration.coreConfiguration.tls = .disable }
            return .postgres(configuration: configuration, maxConnectionsPerEventLoop: 4)
        }
    }
}

public enum StoreError: Error, CustomStringConvertible {
    case configuration(String)
    case corrupt(String)

    public var description: String {
        switch self {
        case .configuration(let text): "Configuration: \(text)"
        case .corrupt(let text): "Stored data is not as expected: \(text)"
        }
    }
}
