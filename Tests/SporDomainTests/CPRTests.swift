import XCTest
@testable import SporDomain

final class CPRTests: XCTestCase {
    func testBothWrittenFormsAreAccepted() throws {
        let hyphen = try CPR("010203-1234")
        let plain = try CPR("0102031234")
        XCTAssertEqual(hyphen, plain)
        XCTAssertEqual(hyphen.formatted, "010203-1234")
        XCTAssertEqual(hyphen.masked, "010203-xxxx")
    }

    func testTheSeventhDigitGivesTheCentury() throws {
        // (text, expected birth year)
        let cases: [(String, Int)] = [
            ("0101501234", 1950), ("0101503234", 1950),
            ("0101104234", 2010), ("0101404234", 1940),
            ("0101105234", 2010), ("0101575234", 2057), ("0101585234", 1858), ("0101998234", 1899),
            ("0101369234", 2036), ("0101379234", 1937),
        ]
        for (text, year) in cases {
            XCTAssertEqual(try CPR(text).birthDate.year, year, text)
        }
    }

    func testSexIsReadFromTheLastDigit() throws {
        XCTAssertEqual(try CPR("010203-1231").sex, .male)
        XCTAssertEqual(try CPR("010203-1232").sex, .female)
    }

    func testImpossibleDatesAreRefused() {
        // 31 February, 29 February in a common year, month 13, day 0.
        for text in ["310299-1234", "290223-4234", "011399-1234", "000199-1234"] {
            XCTAssertThrowsError(try CPR(text), text) { error in
                XCTAssertEqual((error as? DomainError)?.code, .cprDate)
            }
        }
        XCTAssertNoThrow(try CPR("290224-4234")) // 2024 is a leap year
    }

    func testMalformedTextIsRefused() {
        for text in ["", "12345", "0102031234x", "010203 1234", "01020-31234", "abcdefghij", "010203-12345"] {
            XCTAssertThrowsError(try CPR(text), text) { error in
                XCTAssertEqual((error as? DomainError)?.code, .cprFormat)
            }
        }
    }

    func testNoModulusElevenCheck() {
        // 010203-1234 fails modulus 11 (weights 4,3,2,7,6,5,4,3,2,1) yet is a valid number since 2007.
        let digits = "0102031234".compactMap { Int(String($0)) }
        let weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
        XCTAssertNotEqual(zip(digits, weights).map(*).reduce(0, +) % 11, 0)
        XCTAssertNoThrow(try CPR("0102031234"))
    }
}
