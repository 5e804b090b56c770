import Foundation
import XCTest
@testable import SporDocuments

final class ZIPWriterTests: XCTestCase {
    func testCRC32MatchesTheStandardCheckValue() {
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(CRC32.checksum([]), 0)
        XCTAssertEqual(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)), 0x414F_A339)
    }

    func testTheArchiveHasLocalHeadersACentralDirectoryAndAnEndRecord() throws {
        let bytes = try ZIPWriter().archive([.init(path: "a.txt", text: "abc"), .init(path: "b/c.txt", text: "")])

        XCTAssertEqual(Array(bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04])
        let end = Array(bytes.suffix(22))
        XCTAssertEqual(Array(end.prefix(4)), [0x50, 0x4B, 0x05, 0x06])
        XCTAssertEqual(Int(end[10]) | Int(end[11]) << 8, 2, "total entries")
        let centralOffset = Int(end[16]) | Int(end[17]) << 8 | Int(end[18]) << 16 | Int(end[19]) << 24
        XCTAssertEqual(Array(bytes[centralOffset..<centralOffset + 4]), [0x50, 0x4B, 0x01, 0x02])
    }

    func testTheSameEntriesGiveTheSameBytes() throws {
        let entries: [ZIPWriter.Entry] = [.init(path: "x.xml", text: "<x/>")]
        XCTAssertEqual(try ZIPWriter().archive(entries), try ZIPWriter().archive(entries))
        let stamped = ZIPWriter(timestamp: .init(year: 2026, month: 5, day: 17, hour: 13, minute: 45, second: 31))
        XCTAssertEqual(stamped.timestamp.date, UInt16((2026 - 1980) << 9 | 5 << 5 | 17))
        XCTAssertEqual(stamped.timestamp.time, UInt16(13 << 11 | 45 << 5 | 15))
    }

    func testDuplicateAndUnsafePathsAreRefused() {
        XCTAssertThrowsError(try ZIPWriter().archive([.init(path: "a", text: ""), .init(path: "a", text: "")])) {
            XCTAssertEqual($0 as? ZIPWriter.Failure, .duplicatePath("a"))
        }
        for path in ["", "/etc/passwd", "../x", "a/../../x", "a\\b"] {
            XCTAssertThrowsError(try ZIPWriter().archive([.init(path: path, text: "")]), path)
        }
    }

    func testUnzipAndPythonReadTheArchive() throws {
        let text = "Børn og unge i udsatte positioner – æøå ÆØÅ\n"
        let bytes = try ZIPWriter().archive([
            .init(path: "tekst/æøå.txt", text: text),
            .init(path: "binary.bin", bytes: (0...255).map(UInt8.init)),
            .init(path: "empty.txt", text: ""),
        ])
        let url = try ExternalTools.write(bytes, named: "test.zip", for: self)

        let python = try XCTUnwrap(try ExternalTools.run("python3", ["-c", ExternalTools.zipfileCheck, url.path, "raw"]), "python3 is needed")
        XCTAssertEqual(python.status, 0, python.output)
        XCTAssertTrue(python.output.contains("MEMBER tekst/æøå.txt \(Array(text.utf8).count)"), python.output)
        XCTAssertTrue(python.output.contains("MEMBER binary.bin 256"), python.output)

        let read = try XCTUnwrap(try ExternalTools.run("python3", [
            "-c", "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('tekst/æøå.txt').decode())", url.path,
        ]))
        XCTAssertEqual(read.output, text)

        let unzip = try XCTUnwrap(try ExternalTools.run("unzip", ["-t", url.path]), "unzip is needed (scripts/test installs it)")
        XCTAssertEqual(unzip.status, 0, unzip.output)
        XCTAssertTrue(unzip.output.contains("No errors detected"), unzip.output)
    }
}
