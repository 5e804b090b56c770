import Crypto
import Foundation
import XCTest
@testable import SporStore

/// The journal's files at rest: sealed, by content hash, read back byte for byte or not at all.
final class SealedFilesTests: XCTestCase {
    var directory: String!
    var files: SealedFiles!

    override func setUp() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("spor-files-\(UUID().uuidString)").path
        files = SealedFiles(directory: directory, masterKey: SymmetricKey(size: .bits256))
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Every byte of every file in the folder.
    func folderBytes() -> Data {
        var all = Data()
        for path in (FileManager.default.subpaths(atPath: directory) ?? []).sorted() {
            if let data = FileManager.default.contents(atPath: "\(directory!)/\(path)") { all.append(data) }
        }
        return all
    }

    func sealedPaths() -> [String] {
        (FileManager.default.subpaths(atPath: directory) ?? []).filter { $0.hasSuffix(".sealed") }
    }

    func testAFileComesBackByteForByte() throws {
        // Every byte value, and more than one AES block.
        let data = Data((0..<5000).map { UInt8($0 % 256) })
        let hash = try files.put(data)
        XCTAssertEqual(hash, SealedFiles.sha256(data))
        XCTAssertEqual(try files.get(hash), data)
        XCTAssertTrue(files.contains(hash))
    }

    func testAFileStoredTwiceIsKeptOnce() throws {
        let data = Data("Skolens udtalelse om Alma".utf8)
        let first = try files.put(data)
        let second = try files.put(data)
        XCTAssertEqual(first, second)
        XCTAssertEqual(sealedPaths().count, 1)
        try files.put(Data("En anden udtalelse".utf8))
        XCTAssertEqual(sealedPaths().count, 2)
    }

    func testAChangedByteOnDiskIsRefused() throws {
        let hash = try files.put(Data("Lægens brev, side 1".utf8))
        let path = "\(directory!)/\(sealedPaths()[0])"
        var sealed = try XCTUnwrap(FileManager.default.contents(atPath: path))
        sealed[sealed.count / 2] ^= 0x01
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: sealed))
        XCTAssertThrowsError(try files.get(hash))
    }

    func testAFileSealedUnderAnotherKeyIsRefused() throws {
        let hash = try files.put(Data("Psykologens rapport".utf8))
        let other = SealedFiles(directory: directory, masterKey: SymmetricKey(size: .bits256))
        XCTAssertThrowsError(try other.get(hash))
    }

    func testThePlaintextIsNotInTheFolder() throws {
        let known = "KENDT-TEKST-9f31 Skolens udtalelse om trivsel"
        try files.put(Data(String(repeating: known + "\n", count: 50).utf8))
        let bytes = folderBytes()
        XCTAssertFalse(bytes.isEmpty)
        XCTAssertNil(bytes.range(of: Data("KENDT-TEKST-9f31".utf8)))
        XCTAssertNil(bytes.range(of: Data("udtalelse".utf8)))
    }

    func testABadHashIsRefused() throws {
        let hash = try files.put(Data("Et bilag".utf8))
        // Not a hash at all, a path out of the folder, upper case, and a well-formed hash of nothing stored.
        for bad in ["", "../../etc/passwd", hash.uppercased(), String(hash.dropLast()), String(repeating: "0", count: 64)] {
            XCTAssertThrowsError(try files.get(bad), bad)
        }
        XCTAssertFalse(files.contains("../" + hash))
    }

    func testAFileUnderAnotherHashsNameIsRefused() throws {
        // A sealed file moved under the name of another hash opens, but does not hash to the name it is asked by.
        let real = try files.put(Data("Første bilag".utf8))
        let other = SealedFiles.sha256(Data("Andet bilag".utf8))
        let from = "\(directory!)/\(real.prefix(2))/\(real).sealed"
        let folder = "\(directory!)/\(other.prefix(2))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: from, toPath: "\(folder)/\(other).sealed")
        XCTAssertThrowsError(try files.get(other))
    }
}
