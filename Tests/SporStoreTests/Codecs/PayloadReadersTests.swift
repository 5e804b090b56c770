import XCTest
@testable import SporDomain
@testable import SporStore

/// The hand-written payload readers give up on what they do not expect, and the payload is then read through Codable:
/// `EntryPayload.decodeStored` gives the same value, or the same error, as Codable alone.
final class PayloadReadersTests: XCTestCase {
    let goal = "C88E660E-60C2-4FCD-828F-20FAA53AB7F0"
    let measure = "5E15C85B-2351-453D-935D-25D22223C189"

    /// What `EntryPayload.decodeStored` gives (the readers first), and what Codable alone gives, as text.
    func outcomes<T: Decodable>(_ kind: EntryKind, _ type: T.Type, _ json: String, wrap: (T) -> EntryPayload) -> (decoded: String, codable: String) {
        let decoded: String
        do { decoded = "\(try EntryPayload.decodeStored(kind: kind, json: json))" } catch { decoded = "error: \(error)" }
        let codable: String
        do { codable = "\(wrap(try PayloadJSONDecoder.decode(T.self, from: json)))" } catch { codable = "error: \(error)" }
        return (decoded, codable)
    }

    func testFollowUpsOfEveryShapeReadAsCodableReadsThem() throws {
        let rating = #"{"goal":"\#(goal)","rating":"progress"}"#
        let shapes: [(json: String, readsByHand: Bool)] = [
            (#"{"assessment":"Godt.","measures":["\#(measure)"],"outcome":"end","ratings":[\#(rating)]}"#, true),
            (#"{"assessment":"Godt.","measures":["\#(measure)"],"outcome":"end","ratings":[],"nextFollowUp":null,"extra":[1,{}]}"#, true),
            (#"{"assessment":"Godt.","measures":[],"outcome":"adjust","ratings":[{"goal":"\#(goal)","rating":"reached","note":null}],"nextFollowUp":"2027-01-31","nextFollowUpReason":"Om et halvt år."}"#, true),
            // Given up on, and read (or refused) by Codable:
            (#"{"assessment":"Godt.","measures":["\#(measure)"],"outcome":"end"}"#, false),
            (#"{"assessment":"Godt.","measures":["not-a-uuid"],"outcome":"end","ratings":[]}"#, false),
            (#"{"assessment":"Godt.","measures":[],"outcome":"later","ratings":[]}"#, false),
            (#"{"assessment":"Godt.","measures":[],"outcome":"end","ratings":[],"nextFollowUp":"31-01-2027"}"#, false),
            (#"{"assessment":7,"measures":[],"outcome":"end","ratings":[]}"#, false),
            (#"{"assessment":null,"measures":[],"outcome":"end","ratings":[]}"#, false),
            (#"{"assessment":"Godt.","measures":[],"outcome":"end","ratings":[{"goal":"\#(goal)","rating":"progress","note":5}]}"#, false),
            (#"["assessment"]"#, false),
        ]
        for shape in shapes {
            let value = try PayloadJSONDecoder.parse(shape.json)
            XCTAssertEqual((try? EntryPayload.readDirectly(kind: .followUp, value)) != nil, shape.readsByHand, shape.json)
            let outcomes = outcomes(.followUp, FollowUp.self, shape.json, wrap: EntryPayload.followUp)
            XCTAssertEqual(outcomes.decoded, outcomes.codable, shape.json)
        }
        XCTAssertThrowsError(try EntryPayload.decodeStored(kind: .followUp, json: #"{"assessment":"Godt.","measures":[],"outcome":"end"}"#))
    }

    func testTheOtherReadersGiveUpOnWhatTheyDoNotExpect() throws {
        let notification = "D0E1F2A3-B4C5-4D6E-8F90-A1B2C3D4E5F6"
        // A JournalNote's earlyHelp may be missing; a Notification's flags may not (they are not optional).
        let note = outcomes(.journalNote, JournalNote.self, #"{"text":"Samtale."}"#, wrap: EntryPayload.journalNote)
        XCTAssertEqual(note.decoded, note.codable)
        XCTAssertEqual(try EntryPayload.decodeStored(kind: .journalNote, json: #"{"text":"Samtale.","earlyHelp":true}"#),
                       .journalNote(JournalNote(text: "Samtale.", earlyHelp: true)))
        let flagless = outcomes(.notification, Notification.self, #"{"notifierKind":"professional","description":"Fravær."}"#, wrap: EntryPayload.notification)
        XCTAssertTrue(flagless.decoded.hasPrefix("error:"), flagless.decoded)
        XCTAssertEqual(flagless.decoded, flagless.codable)
        // A concern's level is a number of the scale; another number is refused as Codable refuses it.
        for level in ["2", "9", "\"2\"", "2.0"] {
            let concern = outcomes(.concern, Concern.self, #"{"level":\#(level),"source":"parent","description":"Bekymring."}"#, wrap: EntryPayload.concern)
            XCTAssertEqual(concern.decoded, concern.codable, level)
        }
        let assessment = #"{"notification":"\#(notification)","inDanger":false,"acuteMeasures":"no","nextStep":"noAction","reasoning":"Ingen fare."}"#
        let urgency = outcomes(.urgencyAssessment, UrgencyAssessment.self, assessment, wrap: EntryPayload.urgencyAssessment)
        XCTAssertTrue(urgency.decoded.hasPrefix("error:"), urgency.decoded)
        XCTAssertEqual(urgency.decoded, urgency.codable)
        XCTAssertEqual(try EntryPayload.decodeStored(kind: .caseworkerAssigned, json: #"{"caseworker":"\#(notification)"}"#),
                       .caseworkerAssigned(CaseworkerAssignment(caseworker: UUID(uuidString: notification)!)))
    }
}
