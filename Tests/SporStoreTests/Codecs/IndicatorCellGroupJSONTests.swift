import Foundation
import XCTest
import SporDomain
@testable import SporStore

/// A cell group's stored form: one JSON text per group, the same text for the same cells.
final class IndicatorCellGroupJSONTests: XCTestCase {
    func testACellGroupReadsBackAsWrittenWhateverTheOrderOfItsCells() throws {
        // Setup: cells of every kind of breakdown, a district whose name JSON escapes, and a median's values.
        let odd = "Nord \"Syd\"\\\n\u{1F}Øst"
        let cells: [(breakdown: IndicatorBreakdown, tally: IndicatorTally)] = [
            (.all, IndicatorTally(numerator: 3, denominator: 7, children: 7, values: [12: 2, 5: 1])),
            (.district(odd), IndicatorTally(numerator: 1, denominator: 2, children: 2)),
            (.district("Vest"), IndicatorTally(numerator: 2, denominator: 5, children: 5)),
            (.age(.teen), IndicatorTally(numerator: -1, denominator: 4, children: 4)),
            (.sex(.female), IndicatorTally(numerator: 0, denominator: 3, children: 3)),
        ]
        let period = IndicatorPeriod("2025-Q3")!
        let group = IndicatorCellGroup(indicator: "immediate-help", series: "", period: period, cells: cells)

        // The thing under test
        let text = group.json
        let read = try IndicatorCellGroup(indicator: "immediate-help", series: "", period: period, json: text)

        // Check: the same cells back; the same text from the cells in another order; the text is JSON.
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: read.cells.map { ($0.breakdown, $0.tally) }),
                       Dictionary(uniqueKeysWithValues: cells.map { ($0.breakdown, $0.tally) }))
        XCTAssertEqual(IndicatorCellGroup(indicator: "immediate-help", series: "", period: period, cells: cells.reversed()).json, text)
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(text.utf8)))
        XCTAssertTrue(text.hasPrefix(#"[["","","",3,7,7,[5,1,12,2]],["","","female",0,3,3],"#), text)
        for broken in ["", "{}", #"[["","",""]]"#, #"[["","9-10","",1,1,1]]"#, #"[["","","other",1,1,1]]"#, #"[[1,"","",1,1,1]]"#,
                       #"[["","","",1.5,1,1]]"#, #"[["","","",1,1,1,[3]]]"#, #"[["","","",1,1,1,{}]]"#] {
            XCTAssertThrowsError(try IndicatorCellGroup(indicator: "x", series: "", period: period, json: broken), broken)
        }
    }
}
