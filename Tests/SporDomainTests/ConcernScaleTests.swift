import Foundation
import XCTest
@testable import SporDomain

final class ConcernScaleTests: XCTestCase {
    func testTheDefaultScaleHasFiveNamedLevelsWithGuidanceForEveryAgeBand() throws {
        let scale = ConcernScale.standard
        XCTAssertEqual(scale.levels.map(\.level), ConcernLevel.allCases)
        for level in scale.levels {
            XCTAssertFalse(level.nameDa.isEmpty)
            XCTAssertFalse(level.nameEn.isEmpty)
            for group in AgeGroup.allCases { XCTAssertFalse(scale.guidance(level.level, for: group).isEmpty) }
        }
        let decoded = try JSONDecoder().decode(ConcernScale.self, from: try JSONEncoder().encode(scale))
        XCTAssertEqual(decoded, scale)
    }

    func testAScaleNeedsEveryLevelOnceInOrderAndANameForEach() {
        var levels = ConcernScale.standard.levels
        XCTAssertThrowsError(try ConcernScale(levels: Array(levels.dropLast())))
        XCTAssertThrowsError(try ConcernScale(levels: levels.reversed()))
        levels[1].nameEn = "  "
        XCTAssertThrowsError(try ConcernScale(levels: levels)) { error in
            XCTAssertEqual((error as? DomainError)?.field, "nameEn-2")
        }
        levels[1].nameEn = String(repeating: "x", count: ConcernScale.maximumNameLength + 1)
        XCTAssertThrowsError(try ConcernScale(levels: levels)) { XCTAssertEqual(($0 as? DomainError)?.code, .textTooLong) }
    }

    func testAgeBandsFollowTheReportingBands() {
        XCTAssertEqual(AgeGroup(age: 0), .young)
        XCTAssertEqual(AgeGroup(age: 5), .young)
        XCTAssertEqual(AgeGroup(age: 6), .school)
        XCTAssertEqual(AgeGroup(age: 11), .school)
        XCTAssertEqual(AgeGroup(age: 12), .teen)
        XCTAssertEqual(AgeGroup(age: 17), .teen)
        XCTAssertEqual(AgeGroup(age: 18), .youngAdult)
        XCTAssertEqual(AgeGroup(age: 22), .youngAdult)
    }
}
