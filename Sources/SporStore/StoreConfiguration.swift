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
    /// The file holding the key the journal's and the audit log's hash chains are keyed with (`ChainAnchor`).
    public var chainKeyFile: String
    /// The signed file holding each chain's last row known to Spor.
    public var chainCheckpointFile: String
    /// The folder of the journal's sealed files (letters, attachments): `SPOR_FILES_DIR`, else `files` beside the key file.
    public var filesDirectory: String

    /// Without the chain's files named, they lie beside the key file (`spor-chain.key`, `spor-chain.checkpoint`).
    public init(kind: DatabaseKind, sqlitePath: String, postgresURL: String?, keyFile: String,
                chainKeyFile: String? = nil, chainCheckpointFile: String? = nil, filesDirectory: String? = nil) {
        self.kind = kind
        self.sqlitePath = sqlitePath
        self.postgresURL = postgresURL
        self.keyFile = keyFile
        let beside = (keyFile as NSString).deletingLastPathComponent
        self.chainKeyFile = chainKeyFile ?? (keyFile.isEmpty ? "" : (beside as NSString).appendingPathComponent("spor-chain.key"))
        self.chainCheckpointFile = chainCheckpointFile
            ?? (keyFile.isEmpty ? "" : (beside as NSString).appendingPathComponent("spor-chain.checkpoint"))
        self.filesDirectory = filesDirectory ?? (beside.isEmpty ? "files" : (beside as NSString).appendingPathComponent("files"))
    }

    /// `SPOR_DATABASE_URL=postgres://…` chooses PostgreSQL; otherwise SQLite in `SPOR_DATA_DIR` (default `./data`).
    public static func fromEnvironment(_ environment: [String: String]) -> StoreConfiguration {
        let value = { (name: String) in environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        let dataDirectory = value("SPOR_DATA_DIR") ?? "./data"
        let keyFile = value("SPOR_KEY_FILE") ?? "\(dataDirectory)/spor.key"
        let chainKeyFile = value("SPOR_CHAIN_KEY_FILE") ?? "\(dataDirectory)/spor-chain.key"
        let checkpointFile = value("SPOR_CHAIN_CHECKPOINT_FILE") ?? "\(dataDirectory)/spor-chain.checkpoint"
        let filesDirectory = value("SPOR_FILES_DIR") ?? "\(dataDirectory)/files"
        if let url = environment["SPOR_DATABASE_URL"], url.hasPrefix("postgres") {
            return StoreConfiguration(kind: .postgres, sqlitePath: "", postgresURL: url, keyFile: keyFile,
                                      chainKeyFile: chainKeyFile, chainCheckpointFile: checkpointFile, filesDirectory: filesDirectory)
        }
        return StoreConfiguration(kind: .sqlite, sqlitePath: "\(dataDirectory)/spor.sqlite", postgresURL: nil, keyFile: keyFile,
                                  chainKeyFile: chainKeyFile, chainCheckpointFile: checkpointFile, filesDirectory: filesDirectory)
    }

    public var dataDirectory: String? {
        kind == .sqlite ? (sqlitePath as NSString).deletingLastPathComponent : nil
    }

    /// The chains' key (made when missing and `createIfMissing` is set) and checkpoint file.
    public func chainAnchor(createIfMissing: Bool) throws -> ChainAnchor {
        guard !chainKeyFile.isEmpty, !chainCheckpointFile.isEmpty else {
            throw StoreError.configuration("no chain key file is named (set SPOR_CHAIN_KEY_FILE)")
        }
        return try ChainAnchor.load(keyFile: chainKeyFile, checkpointFile: chainCheckpointFile, createIfMissing: createIfMissing)
    }

    /// The Fluent configuration for this store.
    public func databaseFactory() throws -> DatabaseConfigurationFactory {
        switch kind {
        case .sqlite:
            try prepareDataDirectory()
            return .sqlite(.file(sqlitePath))
        case .postgres:
            return .postgres(configuration: try postgresConfiguration(), maxConnectionsPerEventLoop: 4)
        }
    }

    /// The data folder is its owner's alone (names, journal text, session ids and keys are in it): made with mode
    /// 0700, and tightened to it if it was made before, with Spor's files in it — the database, its WAL and shared
    /// memory, the keys and the checkpoint — set to 0600. The database file is made empty with 0600 before SQLite
    /// opens it, since SQLite makes its WAL and shared-memory files with the database file's mode.
    ///
    /// Only files named `spor…` are touched: `SPOR_DATA_DIR` may be a folder shared with other files.
    public func prepareDataDirectory() throws {
        guard let directory = dataDirectory else { return }
        let manager = FileManager.default
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory)
        if !manager.fileExists(atPath: sqlitePath) {
            guard manager.createFile(atPath: sqlitePath, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw StoreError.configuration("could not create \(sqlitePath)")
            }
        }
        let ours = Set([sqlitePath, keyFile, chainKeyFile, chainCheckpointFile].map { ($0 as NSString).lastPathComponent })
        for name in try manager.contentsOfDirectory(atPath: directory) where name.hasPrefix("spor") || ours.contains(name) {
            let path = (directory as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
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
