import XCTest
import SporDomain
@testable import SporDemo

/// The journal's own JSON reader (`PayloadJSONDecoder`) gives back every payload a generated municipality holds.
final class PayloadDecodingTests: XCTestCase {
    func testEveryGeneratedPayloadReadsBackFromItsStoredForm() throws {
        var kinds: Set<EntryKind> = []
        var checked = 0
        for family in DemoGenerator(DemoConfiguration(children: 1_500, end: DemoFixture.end)).families() {
            for child in family.children {
                for entry in child.entries {
                    // The thing under test: the stored form, read back.
                    let read = try EntryPayload.decode(kind: entry.kind, json: try entry.payload.encodedJSON())
                    XCTAssertEqual(read, entry.payload, "\(entry.kind) \(entry.id)")
                    kinds.insert(entry.kind)
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 10_000)
        let expected: Set<EntryKind> = [.concern, .notification, .urgencyAssessment, .receiptSent, .networkMeeting, .journalNote,
                                        .caseworkerAssigned, .caseClosed, .correction, .decision, .measureStarted, .placementStarted,
                                        .plan, .followUp, .transition, .handoverMeeting, .childConversation, .investigationConcluded]
        XCTAssertTrue(kinds.isSuperset(of: expected), "not generated: \(expected.subtracting(kinds))")
    }
}
