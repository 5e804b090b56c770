import Foundation
import XCTest

/// Runs the system's own readers (unzip, python3's zipfile, python-docx) on what the writers made,
/// so the tests check the files against independent implementations rather than our own reading.
enum ExternalTools {
    struct Result {
        var status: Int32
        var output: String
    }

    /// Whether the readers must be there: `scripts/test` installs them and says so (`SPOR_REQUIRE_TOOLS=1`), so that a
    /// check it runs can never pass by having nothing to read with.
    static var required: Bool { ProcessInfo.processInfo.environment["SPOR_REQUIRE_TOOLS"] == "1" }

    /// Runs a program found on PATH; nil when it is not installed (a failure where the tools are required).
    static func run(_ program: String, _ arguments: [String]) throws -> Result? {
        guard let path = locate(program) else {
            if required { XCTFail("\(program) is not installed (scripts/test installs it)") }
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    static func locate(_ program: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether python3 can import the module.
    static func pythonHas(_ module: String) -> Bool {
        (try? run("python3", ["-c", "import \(module)"]))?.status == 0
    }

    /// Writes bytes to a new file in a fresh temporary folder, removed when the test ends.
    static func write(_ bytes: [UInt8], named name: String, for test: XCTestCase) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spor-documents-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// Checks the archive with python's zipfile (CRCs via testzip) and parses every member as XML
    /// when `xml` is set; prints each member's name and size.
    static let zipfileCheck = """
        import sys, zipfile, xml.dom.minidom
        with zipfile.ZipFile(sys.argv[1]) as z:
            bad = z.testzip()
            assert bad is None, "bad CRC: " + str(bad)
            for info in z.infolist():
                data = z.read(info.filename)
                assert info.compress_type == zipfile.ZIP_STORED
                if sys.argv[2] == "xml":
                    xml.dom.minidom.parseString(data)
                print("MEMBER", info.filename, len(data))
        print("OK")
        """

    /// Opens a .docx with python-docx and prints its title, paragraphs with their style, and tables.
    static let pythonDocxDump = """
        import sys, docx
        d = docx.Document(sys.argv[1])
        print("TITLE", d.core_properties.title)
        for p in d.paragraphs:
            print("P", p.style.name, "|", p.text.replace("\\n", "\\\\n"))
        for t in d.tables:
            print("TABLE", len(t.rows), len(t.columns))
            for r in t.rows:
                print("ROW", " || ".join(c.text.replace("\\n", "\\\\n") for c in r.cells))
        print("OK")
        """
}
