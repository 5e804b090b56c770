import XCTest
import SporDomain
@testable import SporWeb

final class CatalogTests: XCTestCase {
    func testEveryDomainErrorHasAMessageInBothLanguages() {
        for code in DomainError.Code.allCases {
            let text = Strings.error(code)
            XCTAssertFalse(text.da.isEmpty, code.rawValue)
            XCTAssertFalse(text.en.isEmpty, code.rawValue)
            XCTAssertNotEqual(text.da, text.en, code.rawValue)
        }
    }

    func testEveryEntryKindAndRoleHasAName() {
        for kind in EntryKind.allCases { XCTAssertFalse(Strings.entryKind(kind).da.isEmpty) }
        for role in Role.allCases { XCTAssertFalse(Strings.role(role).en.isEmpty) }
    }

    func testPlaceholdersAreFilled() {
        XCTAssertEqual(Strings.years(.da, "7"), "7 år")
        XCTAssertEqual(Strings.years(.en, "7"), "7 years")
    }
}
