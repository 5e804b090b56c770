import XCTest
@testable import SporDocuments

final class MarkdownRendererTests: XCTestCase {
    func testHeadingsParagraphsAndTablesAreRendered() {
        let markdown = MarkdownRenderer.render(Fixtures.document)

        XCTAssertTrue(markdown.hasPrefix("# Status 2025\n\n"), markdown)
        XCTAssertTrue(markdown.contains("\n## 1. Tidlig opsporing og indsats\n"))
        XCTAssertTrue(markdown.contains("\n### Indikatorer\n"))
        XCTAssertTrue(markdown.contains("Første afsnit med æøå.\\\nAnden linje."), "a line break is a backslash at the line's end")
        XCTAssertTrue(markdown.contains("| Initiativ | Status | Næste skridt |\n| --- | --- | --- |\n"))
        XCTAssertTrue(markdown.contains("| SSP-taskforce | Igangværende | Systematisk evaluering af effekten. |"))
        XCTAssertTrue(markdown.contains("| A \\| B | Planlagt | Første skridt<br>Andet skridt |"))
        XCTAssertTrue(markdown.contains("| Indikator | Værdi |\n| --- | --- |"), "a table without rows keeps its header")
    }

    func testTextIsEscapedSoNothingReadsAsMarkdown() {
        let markdown = MarkdownRenderer.render(Fixtures.document)

        XCTAssertTrue(markdown.contains(#"\<script\>alert("x \& 'y'")\</script\> \*fed\* \_kursiv\_ \[link\](javascript:x) | pipe # \\ \`kode\`"#), markdown)
        XCTAssertTrue(markdown.contains("\n1\\. halvår 2026"), "a number and a full stop would start a list")
        XCTAssertEqual(MarkdownRenderer.escapeLine("# ikke en overskrift"), "\\# ikke en overskrift")
        XCTAssertEqual(MarkdownRenderer.escapeLine("- ikke et punkt"), "\\- ikke et punkt")
        XCTAssertEqual(MarkdownRenderer.escapeLine("Skole- og dagtilbud"), "Skole- og dagtilbud")
    }

    func testShortRowsArePaddedToTheWidestRow() {
        let markdown = MarkdownRenderer.render(TextDocument(title: "t", blocks: [.table(header: ["A"], rows: [["1", "2"], []])]))

        XCTAssertTrue(markdown.contains("| A |  |\n| --- | --- |\n| 1 | 2 |\n|  |  |"), markdown)
    }
}
