import ArgumentParser
import Foundation
import Vapor
import SporStore

/// `spor backup --to FILE`: an online, consistent copy of the database, taken while the server runs.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to FILE while the server runs (SQLite: VACUUM INTO; PostgreSQL: pg_dump, custom format).",
        discussion: """
            The chain checkpoint as it stood when the copy began is written beside it as FILE.checkpoint; `spor restore` \
            puts it back. The keys (SPOR_KEY_FILE, SPOR_CHAIN_KEY_FILE) and the sealed files (SPOR_FILES_DIR) are not in \
            the backup: keep copies of them apart from it — a backup is only readable with its key.
            """)

    @ArgumentParser.Option(help: "The backup file to write; it must not exist.") var to: String

    func run() async throws {
        let settings = try Launch.settings(demo: false)
        let path = to
        for file in [path, path + ".checkpoint"] where FileManager.default.fileExists(atPath: file) {
            throw ArgumentParser.ValidationError("\(file) exists already; choose a new name for the backup.")
        }
        try await Launch.withApplication(settings) { app in
            let store = app.spor.store
            // Before the copy: the checkpoint then names rows the copy holds.
            let checkpoint = store.chainCheckpointData()
            switch settings.store.kind {
            case .sqlite:
                try await store.backupSQLite(to: path)
            case .postgres:
                try PostgresTools.run("pg_dump", ["--format=custom", "--no-owner", "--file", path], settings: settings.store)
            }
            if let checkpoint {
                guard FileManager.default.createFile(atPath: path + ".checkpoint", contents: checkpoint, attributes: [.posixPermissions: 0o600]) else {
                    throw Failure("Could not write \(path).checkpoint.")
                }
            }
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print("Backed up the \(settings.store.kind.rawValue) database to \(path) (\(size) bytes)"
              + (FileManager.default.fileExists(atPath: path + ".checkpoint") ? ", its chain checkpoint to \(path).checkpoint." : "."))
    }
}

/// `spor restore --from FILE`: puts a backup in place of the database, refused onto a store that holds data unless
/// `--force`, and walks the hash chains of what it restored.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(
        commandName: "restore",
        abstract: "Replace the database with a backup made by `spor backup`, then verify its hash chains.",
        discussion: """
            Stop the server first. Refused onto a store that holds a journal entry, an audit row or a user unless --force \
            is given: what is in it is then lost. The backup's chain checkpoint (FILE.checkpoint) replaces the store's, \
            which is kept as …checkpoint.before-restore. Exits 1 when the restored chains do not verify.
            """)

    @ArgumentParser.Option(help: "The backup file made by `spor backup`.") var from: String
    @ArgumentParser.Flag(help: "Restore even onto a store that holds data (which is then lost).") var force = false

    func run() async throws {
        let settings = try Launch.settings(demo: false)
        let path = from
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ArgumentParser.ValidationError("Cannot read the backup \(path).")
        }
        let holdsData = try await Self.withStore(settings.store, migrate: true) { store in try await store.holdsData() }
        if holdsData && !force {
            print("""
                Refused: the \(settings.store.kind.rawValue) store \(settings.store.kind == .sqlite ? settings.store.sqlitePath : "at SPOR_DATABASE_URL") \
                already holds data (journal entries, audit rows or users), which a restore would replace. \
                Give --force to restore over it anyway.
                """)
            throw ExitCode(2)
        }
        switch settings.store.kind {
        case .sqlite:
            try Self.restoreSQLite(from: path, to: settings.store.sqlitePath)
        case .postgres:
            // What the target holds goes first, whole: pg_restore's own --clean cannot drop a partitioned table's
            // partitions' inherited constraints.
            try await Self.withStore(settings.store, migrate: false) { store in try await store.dropPostgresSchema() }
            try PostgresTools.run("pg_restore", ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", path],
                                  settings: settings.store, database: "--dbname")
        }
        let checkpoint = FileManager.default.contents(atPath: path + ".checkpoint")
        let reports = try await Self.withStore(settings.store, migrate: false) { store in
            if let checkpoint { try store.replaceChainCheckpoint(with: checkpoint) }
            try await store.analyze()
            return try await store.verifyChains()
        }
        print("Restored the \(settings.store.kind.rawValue) database from \(path)"
              + (checkpoint != nil ? " and its chain checkpoint from \(path).checkpoint." : "."))
        for report in reports { print(report) }
        if reports.contains(where: { !$0.isIntact }) { throw ExitCode(1) }
    }

    /// The store without a web application around it (one process bootstraps logging once, and the SQLite file is replaced
    /// between the two uses), with the keys of the store the backup was taken from: none is made here, since a restore
    /// under new keys could neither read its CPR numbers nor verify its keyed chains.
    static func withStore<T>(_ configuration: StoreConfiguration, migrate: Bool, _ body: (Store) async throws -> T) async throws -> T {
        let protector: CPRProtector
        let anchor: ChainAnchor
        do {
            protector = try CPRProtector.load(keyFile: configuration.keyFile, createIfMissing: false)
            anchor = try configuration.chainAnchor(createIfMissing: false)
        } catch {
            throw Failure("""
                A restore needs the keys of the store the backup was taken from, at SPOR_KEY_FILE (\(configuration.keyFile)) \
                and SPOR_CHAIN_KEY_FILE (\(configuration.chainKeyFile)): \(error)
                """)
        }
        let runtime = try StoreRuntime(configuration: configuration, protector: protector, chain: anchor)
        do {
            if migrate { try await runtime.migrate() }
            let result = try await body(runtime.store)
            await runtime.shutdown()
            return result
        } catch {
            await runtime.shutdown()
            throw error
        }
    }

    /// The backup copied beside the database and renamed over it, the old WAL and shared memory removed first: the
    /// server is stopped, and a WAL left behind would be replayed onto the restored file.
    static func restoreSQLite(from backup: String, to database: String) throws {
        let manager = FileManager.default
        let header = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: backup)).read(upToCount: 16)) ?? Data()
        guard header == Data("SQLite format 3\0".utf8) else {
            throw ArgumentParser.ValidationError("\(backup) is not an SQLite database (a backup of a PostgreSQL store is restored with SPOR_DATABASE_URL set).")
        }
        let temporary = database + ".restore.tmp"
        try? manager.removeItem(atPath: temporary)
        try manager.copyItem(atPath: backup, toPath: temporary)
        try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary)
        for suffix in ["-wal", "-shm", "-journal"] { try? manager.removeItem(atPath: database + suffix) }
        guard rename(temporary, database) == 0 else {
            throw Failure("Could not move the restored file into place at \(database) (errno \(errno)).")
        }
    }
}

/// PostgreSQL's own tools, given the connection of `SPOR_DATABASE_URL` without the password on the command line.
enum PostgresTools {
    /// Runs `tool` (from PATH, else the newest /usr/lib/postgresql/*/bin) with `arguments` and the database named after
    /// `database` (pg_dump takes it last, pg_restore after --dbname).
    static func run(_ tool: String, _ arguments: [String], settings: StoreConfiguration, database option: String? = nil) throws {
        guard let url = settings.postgresURL, var components = URLComponents(string: url) else {
            throw Failure("SPOR_DATABASE_URL is not a URL.")
        }
        var environment = ProcessInfo.processInfo.environment
        if let password = components.password {
            environment["PGPASSWORD"] = password
            components.password = nil
        }
        // libpq knows sslmode; PostgresKit's own spellings of it (tlsmode, ssl, tls) are not passed on.
        let items = (components.queryItems ?? []).filter { $0.name == "sslmode" }
        components.queryItems = items.isEmpty ? nil : items
        guard let connection = components.string else { throw Failure("SPOR_DATABASE_URL is not a URL.") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try locate(tool))
        if let option, let archive = arguments.last {
            // pg_restore takes the database after its option and the archive last.
            process.arguments = arguments.dropLast() + [option, connection, archive]
        } else {
            process.arguments = arguments + [connection]
        }
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure("\(tool) failed (exit \(process.terminationStatus)).")
        }
    }

    static func locate(_ tool: String) throws -> String {
        let manager = FileManager.default
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where manager.isExecutableFile(atPath: "\(folder)/\(tool)") {
            return "\(folder)/\(tool)"
        }
        let versions = ((try? manager.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []).compactMap(Int.init).sorted(by: >)
        for version in versions where manager.isExecutableFile(atPath: "/usr/lib/postgresql/\(version)/bin/\(tool)") {
            return "/usr/lib/postgresql/\(version)/bin/\(tool)"
        }
        throw Failure("\(tool) was not found (install postgresql-client).")
    }
}

/// A command that could not do its work (not a wrong use of it: no usage is printed).
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
