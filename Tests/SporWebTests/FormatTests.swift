import XCTest
import SporDomain
@testable import SporWeb

final class FormatTests: XCTestCase {
    func testDanishLocalTimeIsWrittenAndReadBack() throws {
        // 29 March 2025 12:00 CET and 30 March 13:00 CEST: either side of the spring clock change.
        let before = DanishTime.instant(LocalDate(year: 2025, month: 3, day: 29)!, hour: 12)
        let after = DanishTime.instant(LocalDate(year: 2025, month: 3, day: 30)!, hour: 13)
        XCTAssertEqual(Format.dateTime(before, .da), "29.03.2025 kl. 12.00")
        XCTAssertEqual(Format.dateTime(after, .en), "30 Mar 2025, 13:00")
        XCTAssertEqual(Format.machine(after), "2025-03-30T11:00:00Z")
        XCTAssertEqual(Format.dateTimeLocal(after), "2025-03-30T13:00")
        XCTAssertEqual(Format.parseDateTimeLocal("2025-03-30T13:00"), after)
        XCTAssertEqual(Format.parseDateTimeLocal("2025-03-29 12:00:00"), before)
    }

    func testUnreadableTimesAreRefused() {
        for text in ["", "i går", "2025-02-30T10:00", "2025-03-30T24:00", "2025-03-30T10:60", "2025-03-30", "2025-03-30T1:00"] {
            XCTAssertNil(Format.parseDateTimeLocal(text), text)
        }
    }

    /// A time left as the form showed it means "when saved", to the second: a follow-up whose form opened in the same
    /// minute a measure was saved (10.00.50) and was sent two minutes later is dated after the measure, not at 10.00.00.
    func testATimeLeftAsShownIsTheMomentOfSaving() throws {
        let day = LocalDate(year: 2026, month: 11, day: 26)!
        let now = DanishTime.instant(day, hour: 10, minute: 2).addingTimeInterval(10)
        let untouched = try FormValues(["occurredAt": "2026-11-26T10:00", "occurredAtShown": "2026-11-26T10:00"]).occurred(now: now)
        XCTAssertEqual(untouched, now)
        let chosen = try FormValues(["occurredAt": "2026-11-26T09:30", "occurredAtShown": "2026-11-26T10:00"]).occurred(now: now)
        XCTAssertEqual(chosen, DanishTime.instant(day, hour: 9, minute: 30))
        let withoutShown = try FormValues(["occurredAt": "2026-11-26T10:00"]).occurred(now: now)
        XCTAssertEqual(withoutShown, DanishTime.instant(day, hour: 10), "an API client's minute is taken as written")
        XCTAssertThrowsError(try FormValues(["occurredAt": "i går"]).occurred(now: now))
    }
}
