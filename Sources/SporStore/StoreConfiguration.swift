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
            return .postgres(configuration: try postgresConfiguration(), maxConnectionsPerEventLoop: 4)
        }
    }

    /// The PostgreSQL connection from `postgresURL`: without a TLS mode in it (`sslmode`, or PostgresKit's `tlsmode`,
    /// `ssl` or `tls`), none — a database on the same host or network. The mode is added to the URL rather than TLS
    /// turned off afterwards: for its own default, "prefer", PostgresKit loads the system's certificates (in `perf`, about
    /// a tenth of the CPU `spor rebuild` spends starting).
    func postgresConfiguration() throws -> SQLPostgresConfiguration {
        guard let url = postgresURL, !url.isEmpty else { throw StoreError.configuration("SPOR_DATABASE_URL is empty") }
        guard var components = URLComponents(string: url) else { throw StoreError.configuration("SPOR_DATABASE_URL is not a URL") }
        let modes: Set = ["sslmode", "tlsmode", "ssl", "tls"]
        if !(components.queryItems ?? []).contains(where: { modes.contains($0.name.lowercased()) }) {
            components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "sslmode", value: "disable")]
        }
        guard let withMode = components.url else { throw StoreError.configuration("SPOR_DATABASE_URL is not a URL") }
        return try SQLPostgresConfiguration(url: withMode)
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
