import Foundation
import XCTest
import SporDomain
@testable import SporStore

/// The data folder holds names, journal text, session ids and keys: it and Spor's files in it are their owner's alone,
/// whatever the process's umask.
final class DataDirectoryTests: XCTestCase {
    var parent: String!
    var previousMask: mode_t = 0

    override func setUp() {
        parent = FileManager.default.temporaryDirectory.appendingPathComponent("spor-data-\(UUID().uuidString)").path
        previousMask = umask(0o022) // the usual one: files readable by every local user
    }

    override func tearDown() {
        umask(previousMask)
        try? FileManager.default.removeItem(atPath: parent)
    }

    func testAFreshDataDirectoryAndEveryFileInItAreTheOwnersAlone() async throws {
        let configuration = StoreConfiguration.fromEnvironment(["SPOR_DATA_DIR": "\(parent!)/data"])
        let protector = try CPRProtector.load(keyFile: configuration.keyFile, createIfMissing: true)
        let anchor = try configuration.chainAnchor(createIfMissing: true)
        let runtime = try StoreRuntime(configuration: configuration, protector: protector)
        do {
            try await runtime.migrate()
            let store = Store(kind: .sqlite, protector: protector, chain: anchor) {
                runtime.databases.database(logger: .init(label: "test"), on: runtime.databases.eventLoopGroup.any())!
            }
            let author = Fixture.user("rådgiver1", role: .caseworker)
            try await store.addUser(author, now: Fixture.now)
            let child = Fixture.child(Fixture.cpr())
            try await store.register(child, cpr: Fixture.cpr(), by: author.id, now: Fixture.now)
            try await store.append(Fixture.concern(child: child.id, author: author.id), now: Fixture.now)

            // Looked at while the database is open: the WAL and shared memory exist only then.
            let directory = configuration.dataDirectory!
            XCTAssertEqual(try mode(directory), 0o700)
            let files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            for name in ["spor.sqlite", "spor.sqlite-wal", "spor.sqlite-shm", "spor.key", "spor-chain.key", "spor-chain.checkpoint"] {
                XCTAssertTrue(files.contains(name), "\(name) in \(files)")
            }
            for name in files {
                XCTAssertEqual(try mode("\(directory)/\(name)"), 0o600, name)
            }
            print("data folder on a fresh start with umask 022: \(String(try mode(directory), radix: 8)) \(files.map { "\($0) \(String((try? mode("\(directory)/\($0)")) ?? 0, radix: 8))" })")
        } catch {
            await runtime.shutdown()
            throw error
        }
        await runtime.shutdown()
    }

    func testAnExistingDataDirectoryIsTightenedAndOtherFilesAreLeftAlone() throws {
        let directory = "\(parent!)/data"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        for name in ["spor.sqlite", "spor.sqlite-wal", "spor.key", "spor.key.old", "notes.txt"] {
            FileManager.default.createFile(atPath: "\(directory)/\(name)", contents: Data(), attributes: [.posixPermissions: 0o644])
        }
        let configuration = StoreConfiguration.fromEnvironment(["SPOR_DATA_DIR": directory])

        try configuration.prepareDataDirectory()

        XCTAssertEqual(try mode(directory), 0o700)
        for name in ["spor.sqlite", "spor.sqlite-wal", "spor.key", "spor.key.old"] {
            XCTAssertEqual(try mode("\(directory)/\(name)"), 0o600, name)
        }
        XCTAssertEqual(try mode("\(directory)/notes.txt"), 0o644, "not Spor's")
    }

    func testTheChainFilesLieInTheDataDirectoryUnlessNamed() {
        let defaults = StoreConfiguration.fromEnvironment(["SPOR_DATA_DIR": "/srv/spor"])
        XCTAssertEqual(defaults.chainKeyFile, "/srv/spor/spor-chain.key")
        XCTAssertEqual(defaults.chainCheckpointFile, "/srv/spor/spor-chain.checkpoint")
        let named = StoreConfiguration.fromEnvironment(["SPOR_DATABASE_URL": "postgres://spor@db/spor", "SPOR_CHAIN_KEY_FILE": "/etc/spor/chain.key",
                                                        "SPOR_CHAIN_CHECKPOINT_FILE": "/var/lib/spor/chain.checkpoint"])
        XCTAssertEqual(named.chainKeyFile, "/etc/spor/chain.key")
        XCTAssertEqual(named.chainCheckpointFile, "/var/lib/spor/chain.checkpoint")
    }

    private func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1) & 0o777
    }
}
