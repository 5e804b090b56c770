import Foundation
import XCTest
@testable import SporStore
import SporDomain

extension PayloadDecodingTests {
    /// The preparedness step's reader (the demo writes none) reads every step as Codable does: the conversation with the
    /// parents suspected or not, the police, the børnehus referred or not relevant with its reason, the parents not informed;
    /// a member it does not expect goes to Codable.
    func testThePreparednessReaderReadsEveryStepAsCodableDoes() throws {
        let notification = UUID()
        let payloads: [PreparednessStep] = [
            PreparednessStep(notification: notification, step: .childConversation, parentsSuspected: true, conversation: UUID()),
            PreparednessStep(notification: notification, step: .childConversation, parentsSuspected: false, conversation: UUID(), note: "Uden \"far\" <b>"),
            PreparednessStep(notification: notification, step: .police, police: .reported),
            PreparednessStep(notification: notification, step: .police, police: .consultedNotReported, note: "Samråd"),
            PreparednessStep(notification: notification, step: .childrensHouse, childrensHouse: .referred),
            PreparednessStep(notification: notification, step: .childrensHouse, childrensHouse: .notRelevant, reason: "Afhørt af politiet"),
            PreparednessStep(notification: notification, step: .parentsNotInformed, reason: "Far er mistænkt"),
        ]
        for step in payloads {
            let json = try EntryPayload.preparednessStep(step).encodedJSON()
            // The thing under test
            let direct = try EntryPayload.readDirectly(kind: .preparednessStep, try PayloadJSONDecoder.parse(json))
            // Check
            XCTAssertEqual(direct, .preparednessStep(step), json)
            XCTAssertEqual(direct, .preparednessStep(try PayloadJSONDecoder.decode(PreparednessStep.self, from: json)), json)
        }
        let unexpected = try PayloadJSONDecoder.parse(#"{"notification":"not a uuid","step":"police","police":"reported"}"#)
        XCTAssertThrowsError(try EntryPayload.readDirectly(kind: .preparednessStep, unexpected), "an unexpected member goes to Codable")
        let unknownStep = try PayloadJSONDecoder.parse(#"{"notification":"\#(notification.uuidString)","step":"lawyer"}"#)
        XCTAssertThrowsError(try EntryPayload.readDirectly(kind: .preparednessStep, unknownStep), "an unknown step goes to Codable")
    }
}
