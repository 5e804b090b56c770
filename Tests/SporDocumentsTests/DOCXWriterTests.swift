import Foundation
import XCTest
@testable import SporDocuments

final class DOCXWriterTests: XCTestCase {
    private func docx() throws -> URL {
        try ExternalTools.write(try DOCXWriter().render(Fixtures.document), named: "fixture.docx", for: self)
    }

    func testThePackageIsAValidZIPOfWellFormedXMLParts() throws {
        let url = try docx()

        let python = try XCTUnwrap(try ExternalTools.run("python3", ["-c", ExternalTools.zipfileCheck, url.path, "xml"]), "python3 is needed")

        XCTAssertEqual(python.status, 0, python.output)
        for part in ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"] {
            XCTAssertTrue(python.output.contains("MEMBER \(part) "), part)
        }
        if let unzip = try ExternalTools.run("unzip", ["-t", url.path]) {
            XCTAssertEqual(unzip.status, 0, unzip.output)
        }
    }

    func testPythonDocxReadsHeadingsParagraphsAndTables() throws {
        guard ExternalTools.pythonHas("docx") else {
            return XCTFail("python-docx is needed to read the document back (scripts/test installs it: pip install python-docx)")
        }
        let url = try docx()

        let dump = try XCTUnwrap(try ExternalTools.run("python3", ["-c", ExternalTools.pythonDocxDump, url.path]))

        XCTAssertEqual(dump.status, 0, dump.output)
        let lines = dump.output.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains(#"TITLE Status 2025 <udkast> & "noter""#), dump.output)
        XCTAssertTrue(lines.contains("P Heading 1 | Status 2025"), dump.output)
        XCTAssertTrue(lines.contains("P Heading 2 | 1. Tidlig opsporing og indsats"), dump.output)
        XCTAssertTrue(lines.contains("P Heading 3 | Indikatorer"), dump.output)
        XCTAssertTrue(lines.contains(#"P Normal | Første afsnit med æøå.\nAnden linje."#), dump.output)
        XCTAssertTrue(lines.contains("P Normal | \(Fixtures.hostile)"), "text comes back exactly as written")
        XCTAssertTrue(lines.contains("TABLE 4 3"), dump.output)
        XCTAssertTrue(lines.contains("ROW Initiativ || Status || Næste skridt"), dump.output)
        XCTAssertTrue(lines.contains("ROW SSP-taskforce || Igangværende || Systematisk evaluering af effekten."), dump.output)
        XCTAssertTrue(lines.contains(#"ROW A | B || Planlagt || Første skridt\nAndet skridt"#), dump.output)
        XCTAssertTrue(lines.contains("TABLE 1 2"), "a table without rows keeps its header")
    }

    func testTheStylesDefineTheHeadingsWordShows() throws {
        let styles = DOCXWriter.styles(language: "da-DK")

        for id in ["Normal", "Heading1", "Heading2", "Heading3", "TableGrid"] {
            XCTAssertTrue(styles.contains(#"w:styleId="\#(id)""#), id)
        }
        XCTAssertTrue(styles.contains(#"<w:outlineLvl w:val="0"/>"#))
        XCTAssertTrue(styles.contains(#"<w:lang w:val="da-DK"/>"#))
    }

    func testControlCharactersThatXMLCannotHoldAreDropped() {
        XCTAssertEqual(XML.escape("a\u{0}b\u{1B}c\td<&>\"'"), "abc\td&lt;&amp;&gt;&quot;&apos;")
        let paragraph = DOCXWriter.paragraph("en\tto\ntre", style: nil)
        XCTAssertEqual(paragraph, #"<w:p><w:r><w:t xml:space="preserve">en</w:t><w:tab/><w:t xml:space="preserve">to</w:t><w:br/><w:t xml:space="preserve">tre</w:t></w:r></w:p>"#)
    }

    func testTheSameDocumentGivesTheSameBytes() throws {
        XCTAssertEqual(try DOCXWriter().render(Fixtures.document), try DOCXWriter().render(Fixtures.document))
    }
}
