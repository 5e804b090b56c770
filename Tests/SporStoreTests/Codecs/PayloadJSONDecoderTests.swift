import XCTest
@testable import SporDomain
@testable import SporStore

/// The journal's JSON reader against Foundation's: the same values from what JSONEncoder writes, and no value from
/// what is not JSON.
final class PayloadJSONDecoderTests: XCTestCase {
    struct Everything: Codable, Equatable {
        enum Colour: String, Codable { case red, blue }
        struct Inner: Codable, Equatable {
            let name: String
            let weights: [Double]
        }

        let id: UUID
        let ids: [UUID]
        let maybe: UUID?
        let missing: String?
        let null: Int?
        let text: String
        let flag: Bool
        let small: Int8
        let big: Int64
        let unsigned: UInt64
        let negative: Int
        let fraction: Double
        let float: Float
        let at: Date
        let day: LocalDate
        let colour: Colour
        let inner: Inner
        let nested: [[Int]]
        let byName: [String: Int]
        let byNumber: [Int: String]
        let empty: [String]
        let emptyObject: [String: Bool]
    }

    let sample = Everything(
        id: UUID(), ids: [UUID(), UUID()], maybe: UUID(), missing: nil, null: nil,
        text: "Æble \"citat\" \\ / \n\t\u{1} 🙂 ø", flag: true, small: -128, big: Int64.max, unsigned: UInt64.max, negative: -42,
        fraction: 0.1 + 0.2, float: 1.5, at: Date(timeIntervalSinceReferenceDate: 786_441_600.123), day: LocalDate(year: 2026, month: 2, day: 28)!,
        colour: .blue, inner: .init(name: "indre", weights: [1, -2.5e-7, 1e300]), nested: [[1, 2], [], [3]],
        byName: ["a": 1, "b": 2], byNumber: [3: "tre", -1: "minus"], empty: [], emptyObject: [:])

    func testWhatJSONEncoderWritesReadsAsJSONDecoderReadsIt() throws {
        let text = String(decoding: try JSONEncoder().encode(sample), as: UTF8.self)
        // The thing under test
        let read = try PayloadJSONDecoder.decode(Everything.self, from: text)
        // Check
        XCTAssertEqual(read, sample)
        XCTAssertEqual(read, try JSONDecoder().decode(Everything.self, from: Data(text.utf8)))
    }

    func testEscapesAndWhitespaceAreRead() throws {
        let text = " { \"s\" : \"a\\u00e6\\ud83d\\ude42\\\"\\/\\b\\f\\n\\r\\t\" , \"n\" : [ 1 , -0 , 2.5E+2 ] } "
        struct S: Decodable, Equatable { let s: String; let n: [Double] }
        XCTAssertEqual(try PayloadJSONDecoder.decode(S.self, from: text), try JSONDecoder().decode(S.self, from: Data(text.utf8)))
        XCTAssertEqual(try PayloadJSONDecoder.decode(S.self, from: text).s, "aæ🙂\"/\u{8}\u{c}\n\r\t")
    }

    func testWhatIsNotJSONIsRefused() {
        // RFC 8259's grammar (Foundation's JSONSerialization lets a trailing comma through; this reader does not).
        struct Any1: Decodable { let a: [Int]? }
        let broken = ["", "{", "{\"a\":[1,]}", "{\"a\":[01]}", "{\"a\":[1.]}", "{\"a\":[.5]}", "{\"a\":[1e]}", "{\"a\":[+1]}",
                      "{\"a\":[1]} x", "{'a':[1]}", "{\"a\":[NaN]}", "{\"a\":tru}", "{\"a\" [1]}", "{\"a\":[1] \"b\":2}",
                      "{\"a\":\"\\ud800\"}", "{\"a\":\"\\x\"}", "{\"a\":\"tab\there\"}", "{\"a\":\"open}", "[1]]",
                      String(repeating: "[", count: 600) + String(repeating: "]", count: 600)]
        for text in broken {
            XCTAssertThrowsError(try PayloadJSONDecoder.decode(Any1.self, from: text), text)
        }
    }

    func testWrongShapesAreRefusedWithTheirPlace() {
        struct Need: Decodable { let id: UUID; let count: Int; let items: [Int] }
        func error(_ text: String) -> DecodingError? {
            do {
                _ = try PayloadJSONDecoder.decode(Need.self, from: text)
                return nil
            } catch {
                return error as? DecodingError
            }
        }
        let id = UUID().uuidString
        guard case .keyNotFound(let key, _)? = error(#"{"id":"\#(id)","items":[]}"#) else { return XCTFail("a missing key") }
        XCTAssertEqual(key.stringValue, "count")
        guard case .typeMismatch(_, let context)? = error(#"{"id":"\#(id)","count":"7","items":[]}"#) else { return XCTFail("a string") }
        XCTAssertEqual(context.codingPath.map(\.stringValue), ["count"])
        guard case .dataCorrupted? = error(#"{"id":"not-an-id","count":7,"items":[]}"#) else { return XCTFail("not a UUID") }
        guard case .dataCorrupted? = error(#"{"id":"\#(id)","count":7.5,"items":[]}"#) else { return XCTFail("a fraction") }
        guard case .valueNotFound? = error(#"{"id":"\#(id)","count":null,"items":[]}"#) else { return XCTFail("null") }
        guard case .typeMismatch(_, let inArray)? = error(#"{"id":"\#(id)","count":7,"items":[1,true]}"#) else { return XCTFail("in an array") }
        XCTAssertEqual(inArray.codingPath.map { $0.intValue ?? -1 }, [-1, 1])
        XCTAssertNil(error(#"{"id":"\#(id)","count":7,"items":[1,2]}"#))
    }
}
