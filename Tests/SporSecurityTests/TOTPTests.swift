import Foundation
import XCTest
@testable import SporSecurity
import SporDomain

final class TOTPTests: XCTestCase {
    /// RFC 6238 appendix B, the SHA1 rows (eight digits).
    func testTheRFC6238TestVectorsForSHA1() {
        let totp = TOTP(secret: Array("12345678901234567890".utf8))
        let vectors: [(seconds: TimeInterval, step: Int64, code: String)] = [
            (59, 0x1, "94287082"),
            (1_111_111_109, 0x23523EC, "07081804"),
            (1_111_111_111, 0x23523ED, "14050471"),
            (1_234_567_890, 0x273EF07, "89005924"),
            (2_000_000_000, 0x3F940AA, "69279037"),
            (20_000_000_000, 0x27BC86AA, "65353130"),
        ]
        for vector in vectors {
            let now = Date(timeIntervalSince1970: vector.seconds)
            XCTAssertEqual(TOTP.step(at: now), vector.step, "\(vector.seconds)")
            XCTAssertEqual(totp.code(at: now, digits: 8), vector.code, "\(vector.seconds)")
            XCTAssertEqual(totp.code(at: now), String(vector.code.suffix(6)), "six digits at \(vector.seconds)")
        }
    }

    func testACodeOneStepEitherSideIsTakenButNotTwo() {
        // Given
        let totp = TOTP(secret: Array("12345678901234567890".utf8))
        let now = Date(timeIntervalSince1970: 1_234_567_890)
        let step = TOTP.step(at: now)
        // Then
        XCTAssertEqual(totp.step(matching: totp.code(step: step), at: now), step)
        XCTAssertEqual(totp.step(matching: totp.code(step: step - 1), at: now), step - 1)
        XCTAssertEqual(totp.step(matching: totp.code(step: step + 1), at: now), step + 1)
        XCTAssertNil(totp.step(matching: totp.code(step: step - 2), at: now))
        XCTAssertNil(totp.step(matching: totp.code(step: step + 2), at: now))
    }

    func testWhatIsNotSixDigitsIsRefusedAndSpacesAreIgnored() {
        let totp = TOTP(secret: Array("12345678901234567890".utf8))
        let now = Date(timeIntervalSince1970: 1_234_567_890)
        let code = totp.code(at: now)
        XCTAssertNotNil(totp.step(matching: "\(code.prefix(3)) \(code.suffix(3))", at: now))
        XCTAssertNil(totp.step(matching: String(code.prefix(5)), at: now))
        XCTAssertNil(totp.step(matching: "", at: now))
        XCTAssertNil(totp.step(matching: "abcdef", at: now))
        XCTAssertNil(totp.step(matching: "٠١٢٣٤٥", at: now))
    }

    func testBase32RoundTripsAndMatchesRFC4648() {
        // RFC 4648 § 10, without padding.
        let cases = [("", ""), ("f", "MY"), ("fo", "MZXQ"), ("foo", "MZXW6"), ("foob", "MZXW6YQ"),
                     ("fooba", "MZXW6YTB"), ("foobar", "MZXW6YTBOI")]
        for (plain, encoded) in cases {
            XCTAssertEqual(Base32.encode(Array(plain.utf8)), encoded)
            XCTAssertEqual(Base32.decode(encoded), Array(plain.utf8))
        }
        XCTAssertEqual(Base32.decode("mzxw 6ytb oi=="), Array("foobar".utf8))
        XCTAssertNil(Base32.decode("MZXW1"))
        let random = TOTP.random()
        XCTAssertEqual(random.secret.count, TOTP.secretLength)
        XCTAssertEqual(TOTP(base32: random.base32), random)
    }

    func testTheAddressNamesIssuerAccountAndSecret() {
        let totp = TOTP(secret: Array("12345678901234567890".utf8))
        XCTAssertEqual(totp.uri(issuer: "Spor", account: "caseworker"),
                       "otpauth://totp/Spor%3Acaseworker?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Spor&algorithm=SHA1&digits=6&period=30")
    }
}
