import XCTest
@testable import SporDomain

/// The local day and midnight in Copenhagen, read from the offsets table, agree with Foundation's calendar.
final class DanishTimeTests: XCTestCase {
    func calendarDay(_ instant: Date) -> LocalDate {
        let c = DanishTime.calendar.dateComponents([.year, .month, .day], from: instant)
        return LocalDate(year: c.year!, month: c.month!, day: c.day!)!
    }

    func testTheLocalDayOfAnInstantIsTheCalendarsAroundEveryChangeOfOffset() {
        let offsets = DanishTime.offsets
        XCTAssertGreaterThan(offsets.starts.count, 200, "summer time began and ended each year")
        for start in offsets.starts.dropFirst() {
            for delta in [-86_400.0, -3_601, -3_600, -1, 0, 1, 3_599, 3_600, 7_200, 86_399] {
                let instant = Date(timeIntervalSince1970: start + delta)
                XCTAssertEqual(DanishTime.localDate(of: instant), calendarDay(instant), "\(instant)")
            }
        }
    }

    func testTheLocalDayOfManyInstantsIsTheCalendars() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<50_000 {
            let instant = Date(timeIntervalSince1970: Double.random(in: -200_000_000...4_200_000_000, using: &random).rounded(.down))
            XCTAssertEqual(DanishTime.localDate(of: instant), calendarDay(instant), "\(instant)")
        }
    }

    func testMidnightOfEveryDayIsTheCalendars() {
        for dayNumber in stride(from: -800, to: 48_000, by: 1) {
            let day = LocalDate(dayNumber: dayNumber)
            let expected = DanishTime.calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))!
            XCTAssertEqual(DanishTime.startOfDay(day), expected, "\(day)")
        }
    }
}
