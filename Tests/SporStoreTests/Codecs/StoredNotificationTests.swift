import XCTest
import SporDomain
@testable import SporStore

/// A notification as the journal stores it, read back by the store's own reader (issue 19's channel, moved here with
/// the reader from NotificationChannelTests).
final class StoredNotificationTests: XCTestCase {
    func testAStoredNotificationWithoutAChannelCameThroughSporAndANewOneKeepsEverything() throws {
        let old = #"{"notifierKind":"professional","description":"Fravær.","dialogBased":false,"concernsAbuse":false}"#
        XCTAssertEqual(try EntryPayload.decodeStored(kind: .notification, json: old),
                       .notification(Notification(notifierKind: .professional, description: "Fravær.")))
        XCTAssertEqual(try PayloadJSONDecoder.decode(Notification.self, from: old).channel, .spor)

        let new = Notification(notifierKind: .otherMunicipality, description: "Familien er flyttet hertil", concernsAbuse: true,
                               channel: .letter, notifierName: "Randers Kommune", notifierContact: "89 15 15 15")
        let json = String(decoding: try JSONEncoder().encode(new), as: UTF8.self)
        XCTAssertEqual(try EntryPayload.decodeStored(kind: .notification, json: json), .notification(new))
        XCTAssertEqual(try PayloadJSONDecoder.decode(Notification.self, from: json), new)

        let unknownKind = #"{"notifierKind":"neighbour","description":"x","dialogBased":false,"concernsAbuse":false}"#
        XCTAssertThrowsError(try EntryPayload.decodeStored(kind: .notification, json: unknownKind))
        let unknownChannel = #"{"notifierKind":"child","channel":"pigeon","description":"x","dialogBased":false,"concernsAbuse":false}"#
        XCTAssertThrowsError(try EntryPayload.decodeStored(kind: .notification, json: unknownChannel))
    }
}
