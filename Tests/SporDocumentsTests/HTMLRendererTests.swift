import XCTest
@testable import SporDocuments

final class HTMLRendererTests: XCTestCase {
    func testHeadingsParagraphsAndTablesAreRendered() {
        let html = HTMLRenderer.render(Fixtures.document)

        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"da\">"))
        XCTAssertTrue(html.contains("<h1>Status 2025</h1>"))
        XCTAssertTrue(html.contains("<h2>1. Tidlig opsporing og indsats</h2>"))
        XCTAssertTrue(html.contains("<h3>Indikatorer</h3>"))
        XCTAssertTrue(html.contains("<p>Første afsnit med æøå.<br>Anden linje.</p>"))
        XCTAssertTrue(html.contains(#"<th scope="col">Initiativ</th><th scope="col">Status</th><th scope="col">Næste skridt</th>"#))
        XCTAssertTrue(html.contains("<tr><td>SSP-taskforce</td><td>Igangværende</td><td>Systematisk evaluering af effekten.</td></tr>"))
        XCTAssertTrue(html.contains("<td>Første skridt<br>Andet skridt</td>"))
    }

    func testAllTextIsEscaped() {
        let html = HTMLRenderer.render(Fixtures.document)

        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("<p>&lt;script&gt;alert(&quot;x &amp; &apos;y&apos;&quot;)&lt;/script&gt; *fed*"))
        XCTAssertTrue(html.contains("<td>&lt;script&gt;alert(&quot;x &amp; &apos;y&apos;&quot;)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("<title>Status 2025 &lt;udkast&gt; &amp; &quot;noter&quot;</title>"))
        let hostileLanguage = HTMLRenderer.render(TextDocument(title: "t", language: #"da"><script>"#, blocks: []))
        XCTAssertTrue(hostileLanguage.contains(#"<html lang="da&quot;&gt;&lt;script&gt;">"#))
    }

    func testThePageCarriesPrintStyles() {
        let html = HTMLRenderer.render(Fixtures.document)

        XCTAssertTrue(html.contains("@page { size: A4;"))
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains("thead { display: table-header-group; }"), "header rows repeat on each printed page")
        XCTAssertTrue(html.contains("break-after: avoid"), "headings stay with what follows")
        XCTAssertTrue(html.contains(#"<meta charset="utf-8">"#))
    }
}
