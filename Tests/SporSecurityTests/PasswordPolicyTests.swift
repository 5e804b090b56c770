import XCTest
@testable import SporSecurity
import SporDomain

final class PasswordPolicyTests: XCTestCase {
    func testAPasswordShorterThanTwelveCharactersIsRefused() {
        XCTAssertThrowsError(try PasswordPolicy.check("Kort+kode1", username: "mette")) { error in
            XCTAssertEqual(error as? DomainError, DomainError(.passwordTooShort, field: "password"))
        }
    }

    func testCommonPasswordsAreRefusedWhateverTheCase() {
        for password in ["password1234", "PASSWORD1234", "Qwertyuiop12", "123456789012", "Adgangskode123"] {
            XCTAssertThrowsError(try PasswordPolicy.check(password, username: "mette"), password) { error in
                XCTAssertEqual((error as? DomainError)?.code, .passwordTooCommon, password)
            }
        }
    }

    func testACommonWordDressedInDigitsAndSignsIsRefused() {
        for password in ["Sommer2026!!!", "!!Norddjurs2026", "Velkommen12345", "Password2026!", "2026-11-26 12:00"] {
            XCTAssertThrowsError(try PasswordPolicy.check(password, username: "mette"), password)
        }
    }

    func testTheUsernameItselfIsRefused() {
        XCTAssertThrowsError(try PasswordPolicy.check("socialworker", username: "socialworker"))
        XCTAssertThrowsError(try PasswordPolicy.check("SocialWorker2026", username: "socialworker"))
    }

    func testRepetitionsAndRunsAreRefused() {
        for password in ["aaaaaaaaaaaa", "abcabcabcabc", "abcdefghijklm", "zyxwvutsrqpo", "ababababababab"] {
            XCTAssertThrowsError(try PasswordPolicy.check(password, username: "mette"), password)
        }
    }

    func testALongUncommonPasswordIsAccepted() throws {
        try PasswordPolicy.check("correct-horse-battery", username: "mette")
        try PasswordPolicy.check("Blå hest i Grenaa havn", username: "mette")
        // The demo password passes as well, though demo mode does not ask.
        try PasswordPolicy.check("spor-demo-2026", username: "caseworker")
    }

    func testTheListHoldsAboutTwoHundredLowerCaseEntries() {
        XCTAssertGreaterThanOrEqual(CommonPasswords.all.count, 200)
        XCTAssertEqual(Set(CommonPasswords.all).count, CommonPasswords.all.count)
        for entry in CommonPasswords.all { XCTAssertEqual(entry, entry.lowercased(), entry) }
    }
}
