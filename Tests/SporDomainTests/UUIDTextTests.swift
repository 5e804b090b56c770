import XCTest
@testable import SporDomain

final class UUIDTextTests: XCTestCase {
    func testTheUsualTextReadsAsFoundationReadsIt() {
        for _ in 0..<200 {
            let id = UUID()
            XCTAssertEqual(UUID(text: id.uuidString), id)
            XCTAssertEqual(UUID(text: id.uuidString.lowercased()), id)
        }
        XCTAssertEqual(UUID(text: "00000000-0000-0000-0000-00000000000a"), UUID(uuidString: "00000000-0000-0000-0000-00000000000A"))
    }

    func testAnythingElseIsNotAUUID() {
        for text in ["", "not a uuid", "00000000-0000-0000-0000-00000000000g", "00000000+0000-0000-0000-000000000000",
                     "00000000-0000-0000-0000-0000000000000", "00000000-0000-0000-0000-00000000000"] {
            XCTAssertNil(UUID(text: text), text)
            XCTAssertNil(UUID(uuidString: text), text)
        }
    }
}
