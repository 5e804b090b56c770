import XCTest
@testable import SporWeb

/// `escapeAttribute` works on UTF-8 bytes (issue 26, the work tray's speed): the five characters escaped, every other
/// character — multi-byte ones included — kept as it was.
final class EscapeAttributeTests: XCTestCase {
    func testEscapesTheFiveAndKeepsEverythingElse() {
        XCTAssertEqual(escapeAttribute(#"x"><i id='pwn'>&amp;"#), "x&quot;&gt;&lt;i id=&#39;pwn&#39;&gt;&amp;amp;")
        XCTAssertEqual(escapeAttribute("Søren & Åse 👩‍👧 <æøå>"), "Søren &amp; Åse 👩‍👧 &lt;æøå&gt;")
        XCTAssertEqual(escapeAttribute("/children/1?rule=a&trigger=b"), "/children/1?rule=a&amp;trigger=b")
    }

    func testTextWithNothingToEscapeIsReturnedAsItIs() {
        XCTAssertEqual(escapeAttribute("Ærø Kommune — 100 %"), "Ærø Kommune — 100 %")
        XCTAssertEqual(escapeAttribute(""), "")
    }
}
