import XCTest
@testable import SporDomain

/// `LocalizedText`'s placeholders, filled in one pass (issue 26: the work tray fills several a row).
final class LocalizedTextFillTests: XCTestCase {
    func testFillsEachPlaceholderInTheReadersLanguage() {
        let text = LocalizedText(da: "{0} af {1} børn · {0}", en: "{0} of {1} children · {0}")
        XCTAssertEqual(text(.da, "3", "12"), "3 af 12 børn · 3")
        XCTAssertEqual(text(.en, "3", "12"), "3 of 12 children · 3")
    }

    func testAValueIsNotReadForPlaceholders() {
        // A hostile name that reads like a placeholder stays as typed, whatever comes after it.
        let text = LocalizedText(da: "Tildel {0} til {1}", en: "Give {0} to {1}")
        XCTAssertEqual(text(.da, "Ida {1}", "Ole"), "Tildel Ida {1} til Ole")
        XCTAssertEqual(text(.en, "{0}{", "}"), "Give {0}{ to }")
    }

    func testWhatIsNoPlaceholderIsLeftAsItIs() {
        let text = LocalizedText(da: "{2} {x} {} {01} {0 } æøå {0}{", en: "")
        XCTAssertEqual(text(.da, "A", "B"), "{2} {x} {} {01} {0 } æøå A{")
        XCTAssertEqual(LocalizedText(da: "Ingen pladsholder", en: "")(.da, "A"), "Ingen pladsholder")
        XCTAssertEqual(LocalizedText(da: "{10}", en: "")(.da, "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "ti"), "ti")
    }
}
