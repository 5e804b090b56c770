import Foundation
import SporDomain
import XCTest
@testable import SporDocuments

/// The status report drafted from the seed content and fixed indicator values, through the mapping
/// in StatusReport+TextDocument.swift, into each format.
final class StatusReportRenderingTests: XCTestCase {
    private static let values = FixedIndicatorValues([
        2025: [
            .immediateHelpShare: .value(IndicatorValue(value: 0.72, unit: .share, target: .atLeast(0.70), trend: .rising)),
            .caseworkerChanges: .value(IndicatorValue(value: 0.42, unit: .perChildYear, target: .falling, trend: .falling)),
            .daysToHelp: .value(IndicatorValue(value: 34, unit: .days, target: .falling, trend: .steady)),
            .networkPlacements: .suppressed(target: .rising),
            .specialised: .value(IndicatorValue(value: 3.1, unit: .perThousandChildren, target: .falling, trend: .falling)),
        ],
    ])

    private func document() throws -> TextDocument {
        var content = PolicyContent.standard
        try content.add(Initiative(
            id: "escape-test", name: #"Forsøg <b>"fed"</b> & 'citat'"#, description: "", track: PolicyContent.trackHealth, status: .running))
        let draft = try StatusReportDraft.draft(year: 2025, content: content, indicators: Self.values)
        return draft.textDocument(sections: draft.sections)
    }

    func testMarkdownHasTheTracksInitiativesAndIndicators() throws {
        let markdown = MarkdownRenderer.render(try document())

        XCTAssertTrue(markdown.hasPrefix("# Status 2025 på Politik for børn og unge i udsatte positioner\n"))
        XCTAssertTrue(markdown.contains("\n## Sagsfremstilling\n"))
        XCTAssertTrue(markdown.contains("\n## 1. Tidlig opsporing og indsats\n\nBarnets Lov er implementeret med nye procedurer"))
        XCTAssertTrue(markdown.contains("\n## 2. Helhed og sammenhæng\n"))
        XCTAssertTrue(markdown.contains("\n## 3. Sundhed, trivsel og fællesskaber\n"))
        XCTAssertTrue(markdown.contains("| Initiativ | Status | Seneste status | Næste skridt |"))
        XCTAssertTrue(markdown.contains("| SSP-taskforce | Igangværende (09.10.2025) | SSP-taskforce har igangsat indsatser"), markdown)
        XCTAssertTrue(markdown.contains("| immediate-help-share | ≥ 70,0 % | 72,0 % | Stigende |"), markdown)
        XCTAssertTrue(markdown.contains("| caseworker-changes | Faldende | 0,42 pr. barneår | Faldende |"), markdown)
        XCTAssertTrue(markdown.contains("| network-placements | Stigende | \\<5 |  |"), markdown)
        XCTAssertTrue(markdown.contains("| goals-progress |  | Ingen data |  |"), markdown)
        XCTAssertTrue(markdown.contains("\n## Øvrige initiativer\n"))
        XCTAssertTrue(markdown.contains("| Få styr på angsten | Igangværende | Ingen statusopdatering |  |"), markdown)
        XCTAssertTrue(markdown.contains("\n## Indstilling\n\nVelfærdsdirektøren indstiller"))
    }

    func testHTMLHasTheTracksAndEscapesTheInitiativesNames() throws {
        let html = HTMLRenderer.render(try document())

        XCTAssertTrue(html.contains("<h2>1. Tidlig opsporing og indsats</h2>"))
        XCTAssertTrue(html.contains("<td>SSP-taskforce</td>"))
        XCTAssertTrue(html.contains("<td>≥ 70,0 %</td><td>72,0 %</td>"))
        XCTAssertTrue(html.contains("<td>Forsøg &lt;b&gt;&quot;fed&quot;&lt;/b&gt; &amp; &apos;citat&apos;</td>"))
        XCTAssertFalse(html.contains("<b>"))
    }

    func testDOCXOpensInPythonDocxWithTheTracksAsHeadings() throws {
        let bytes = try DOCXWriter().render(try document())
        let url = try ExternalTools.write(bytes, named: "status-2025.docx", for: self)
        // Kept for a look by hand: the last run's report.
        try? Data(bytes).write(to: FileManager.default.temporaryDirectory.appendingPathComponent("spor-status-2025.docx"))

        let zip = try XCTUnwrap(try ExternalTools.run("python3", ["-c", ExternalTools.zipfileCheck, url.path, "xml"]), "python3 is needed")
        XCTAssertEqual(zip.status, 0, zip.output)

        guard ExternalTools.pythonHas("docx") else {
            return XCTFail("python-docx is needed to read the report back (scripts/test installs it: pip install python-docx)")
        }
        let dump = try XCTUnwrap(try ExternalTools.run("python3", ["-c", ExternalTools.pythonDocxDump, url.path]))
        XCTAssertEqual(dump.status, 0, dump.output)
        let lines = dump.output.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("P Heading 1 | Status 2025 på Politik for børn og unge i udsatte positioner"), dump.output)
        for heading in ["1. Tidlig opsporing og indsats", "2. Helhed og sammenhæng", "3. Sundhed, trivsel og fællesskaber"] {
            XCTAssertTrue(lines.contains("P Heading 2 | \(heading)"), heading)
        }
        XCTAssertTrue(lines.contains { $0.hasPrefix("ROW SSP-taskforce || Igangværende (09.10.2025) || SSP-taskforce har igangsat") }, dump.output)
        XCTAssertTrue(lines.contains { $0.hasPrefix(#"ROW Forsøg <b>"fed"</b> & 'citat' || Igangværende"#) }, dump.output)
        XCTAssertTrue(lines.contains("ROW immediate-help-share || ≥ 70,0 % || 72,0 % || Stigende"), dump.output)
    }
}
