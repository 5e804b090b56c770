import Foundation
import Plot
import XCTest
import SporDomain
@testable import SporWeb

/// `FormFields` is the only writer of form controls: every attribute it writes is escaped, a field's name and id too
/// (a name may carry a configured value, such as an offer's id).
final class FormFieldsTests: XCTestCase {
    func testEveryControlEscapesItsNameAndId() {
        let hostile = #"x"><i id=pwn>"#
        let fields = FormFields(PageFixtures.context(.da, user: PageFixtures.caseworker, path: "/"), idPrefix: "p", refusal: nil)
        let label = LocalizedText(da: "Felt", en: "Field")
        let controls: [Node<HTML.FormContext>] = [
            fields.text(hostile, label), fields.area(hostile, label), fields.date(hostile, label), fields.number(hostile, label),
            fields.dateTime(hostile, label), fields.check(hostile, label), fields.choice(hostile, label, [("a", "A")]),
            fields.choices(hostile, label, [("a", "A")]), fields.question(hostile, label, [("a", "A")]), fields.hidden(hostile, "v"),
            fields.input(hostile), fields.textarea(hostile, rows: 2), fields.radio(hostile, value: "a", id: hostile),
        ]
        for control in controls {
            let html = Node<HTML.BodyContext>.form(control).render()
            XCTAssertFalse(html.contains("<i id=pwn>"), html)
            XCTAssertTrue(html.contains("&quot;&gt;&lt;i id=pwn&gt;"), html)
            // Escaped once: a label's `for` and its control's id stay the same text.
            XCTAssertFalse(html.contains("&amp;quot;"), html)
        }
    }
}
