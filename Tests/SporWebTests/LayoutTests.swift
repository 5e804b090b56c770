import Foundation
import XCTest

/// The code's layout as issue 20 set it, checked on the sources themselves so that it stays: a pure domain, pages as
/// Model + View with a snapshot in both languages, controllers without markup, paths spelled only in `SiteURL`, and one
/// place that catches the domain's and the forms' errors.
final class LayoutTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The Swift files under `folder` (relative to the repository), with their text.
    static func sources(_ folder: String) throws -> [(path: String, text: String)] {
        let base = root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var files: [(String, String)] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            files.append((String(url.path.dropFirst(root.path.count + 1)), try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// The lines of `text` outside `//` comments (enough for these checks: no string here holds `//` before code).
    static func codeLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let trimmed = line.drop(while: { $0 == " " })
            return trimmed.hasPrefix("//") ? "" : String(line)
        }
    }

    func testTheDomainImportsFoundationOnly() throws {
        let files = try Self.sources("Sources/SporDomain")
        XCTAssertFalse(files.isEmpty)
        let imports = Set(files.flatMap { file in
            file.text.split(separator: "\n").filter { $0.hasPrefix("import ") || $0.hasPrefix("@testable import ") }.map(String.init)
        })
        XCTAssertEqual(imports, ["import Foundation"])
    }

    func testNoControllerHoldsMarkup() throws {
        let markup = [".div(", ".p(", ".form(", ".h1(", ".h2(", ".table(", ".ul(", ".li(", ".a(", ".span(", ".input(", ".button(",
                      ".textarea(", ".label(", ".section(", "element(named:"]
        let controllers = try Self.sources("Sources/SporWeb").filter { $0.path.hasSuffix("Controller.swift") || $0.path.contains("Controller+") }
        XCTAssertGreaterThan(controllers.count, 10)
        for file in controllers {
            let code = Self.codeLines(file.text).joined(separator: "\n")
            for node in markup where code.contains(node) {
                XCTFail("\(file.path) builds HTML (\(node)); pages' markup belongs in a View")
            }
        }
    }

    func testPathsAreSpelledOnlyInSiteURL() throws {
        let files = try Self.sources("Sources/SporWeb").filter { !$0.path.hasSuffix("Pages/SiteURL.swift") }
        for file in files {
            // A path literal: `"/` — but not the byte `UInt8(ascii: "/")` a parser compares with.
            for (number, line) in Self.codeLines(file.text).enumerated()
            where line.replacingOccurrences(of: "ascii: \"/\"", with: "").contains("\"/") {
                XCTFail("\(file.path):\(number + 1) spells a path outside SiteURL: \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
    }

    func testOnlyTheFormPathCatchesDomainAndFormErrors() throws {
        let pattern = try NSRegularExpression(pattern: #"catch\s+(let\s+\w+\s+as\s+|is\s+)?(DomainError|FormError|PolicyError)"#)
        var sites: [String] = []
        for file in try Self.sources("Sources/SporWeb") {
            let range = NSRange(file.text.startIndex..., in: file.text)
            sites += pattern.matches(in: file.text, range: range).map { _ in file.path }
        }
        XCTAssertEqual(Set(sites), ["Sources/SporWeb/Forms/FormSubmission.swift"], "catch sites: \(sites)")
    }

    func testEveryPageHasAModelAViewAndSnapshotsInBothLanguages() throws {
        let pages = try Self.sources("Sources/SporWeb/Pages")
        let views = pages.filter { $0.path.hasSuffix("+View.swift") }
        XCTAssertGreaterThan(views.count, 10)
        let snapshotTests = try Self.sources("Tests/SporWebTests").filter { $0.text.contains("assertPageSnapshots") || $0.text.contains("assertSnapshot") }
            .map(\.text).joined(separator: "\n")
        let viewName = try NSRegularExpression(pattern: #"enum (\w+View)\b"#)
        for view in views {
            let names = viewName.matches(in: view.text, range: NSRange(view.text.startIndex..., in: view.text))
                .compactMap { Range($0.range(at: 1), in: view.text).map { String(view.text[$0]) } }
            for name in names {
                XCTAssertTrue(snapshotTests.contains("\(name).body") || snapshotTests.contains("\(name)."),
                              "\(view.path): \(name) has no snapshot test")
            }
        }
        let snapshots = try FileManager.default.subpathsOfDirectory(atPath: Self.root.appendingPathComponent("Tests/SporWebTests").path)
            .filter { $0.contains("__Snapshots__/") && $0.hasSuffix(".txt") }
        let danish = Set(snapshots.filter { $0.hasSuffix("-da.txt") }.map { $0.dropLast("-da.txt".count) })
        let english = Set(snapshots.filter { $0.hasSuffix("-en.txt") }.map { $0.dropLast("-en.txt".count) })
        XCTAssertFalse(danish.isEmpty)
        XCTAssertEqual(danish, english, "every snapshot in Danish has its English twin and back")
    }
}
