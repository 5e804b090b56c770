import XCTest
@testable import SporDomain

final class WorkdayCalendarTests: XCTestCase {
    func d(_ y: Int, _ m: Int, _ day: Int) -> LocalDate { LocalDate(year: y, month: m, day: day)! }

    func testEasterSundays2024To2030() {
        let known = [2024: d(2024, 3, 31), 2025: d(2025, 4, 20), 2026: d(2026, 4, 5), 2027: d(2027, 3, 28),
                     2028: d(2028, 4, 16), 2029: d(2029, 4, 1), 2030: d(2030, 4, 21)]
        for (year, easter) in known {
            XCTAssertEqual(WorkdayCalendar.easterSunday(year: year), easter)
        }
    }

    func testThePublicHolidaysOf2025() {
        XCTAssertEqual(WorkdayCalendar.publicHolidays(year: 2025), [
            d(2025, 1, 1), d(2025, 4, 17), d(2025, 4, 18), d(2025, 4, 20), d(2025, 4, 21),
            d(2025, 5, 29), d(2025, 6, 8), d(2025, 6, 9), d(2025, 12, 25), d(2025, 12, 26),
        ])
    }

    func testStoreBededagIsAHolidayOnlyUntil2023() {
        XCTAssertTrue(WorkdayCalendar.publicHolidays(year: 2023).contains(d(2023, 5, 5)))
        XCTAssertFalse(WorkdayCalendar.standard.isWorkingDay(d(2023, 5, 5)))
        XCTAssertTrue(WorkdayCalendar.standard.isWorkingDay(d(2024, 4, 26))) // the 4th Friday after Easter 2024
    }

    func testEveryYearHasTheRightNumberOfWorkingDays() {
        // Weekdays minus holidays and customary closed days that fall on weekdays.
        for year in 2024...2030 {
            let calendar = WorkdayCalendar.standard
            let first = d(year, 1, 1)
            let days = (0..<(LocalDate.isLeapYear(year) ? 366 : 365)).map { first.adding(days: $0) }
            let closedOnWeekdays = calendar.closedDays(year: year).filter { !$0.isWeekend }.count
            let weekdays = days.filter { !$0.isWeekend }.count
            XCTAssertEqual(days.filter(calendar.isWorkingDay).count, weekdays - closedOnWeekdays, "\(year)")
            // Ten public holidays; Easter Sunday and Whit Sunday always fall on a Sunday.
            XCTAssertEqual(WorkdayCalendar.publicHolidays(year: year).count, 10)
            XCTAssertTrue(calendar.closedDays(year: year).isSuperset(of: WorkdayCalendar.publicHolidays(year: year)))
        }
    }

    func testAddingWorkingDaysOverEaster() {
        // Received Wednesday 16 April 2025: 6 working days → Tuesday 29 April 2025.
        XCTAssertEqual(WorkdayCalendar.standard.adding(workingDays: 6, to: d(2025, 4, 16)), d(2025, 4, 29))
    }

    func testAddingWorkingDaysOverTheYearEnd() {
        // Monday 22 December 2025: 24, 25, 26, 31 Dec and 1 Jan are closed.
        XCTAssertEqual(WorkdayCalendar.standard.adding(workingDays: 3, to: d(2025, 12, 22)), d(2025, 12, 30))
        XCTAssertEqual(WorkdayCalendar.standard.adding(workingDays: 4, to: d(2025, 12, 22)), d(2026, 1, 2))
    }

    func testCustomaryClosedDaysAreConfiguration() {
        let open = WorkdayCalendar(customaryClosedDays: [])
        XCTAssertTrue(open.isWorkingDay(d(2025, 12, 24)))
        XCTAssertFalse(WorkdayCalendar.standard.isWorkingDay(d(2025, 12, 24)))
        XCTAssertTrue(open.isWorkingDay(d(2026, 6, 5)))
        XCTAssertFalse(WorkdayCalendar.standard.isWorkingDay(d(2026, 6, 5)))
        let extra = WorkdayCalendar(extraClosedDates: [d(2026, 5, 15)])
        XCTAssertFalse(extra.isWorkingDay(d(2026, 5, 15)))
    }

    func testWeekendsAndAscensionAndWhitMonday() {
        let calendar = WorkdayCalendar.standard
        XCTAssertFalse(calendar.isWorkingDay(d(2026, 5, 14))) // Kristi himmelfart 2026
        XCTAssertFalse(calendar.isWorkingDay(d(2026, 5, 25))) // 2. pinsedag 2026
        XCTAssertFalse(calendar.isWorkingDay(d(2026, 11, 28))) // Saturday
        XCTAssertTrue(calendar.isWorkingDay(d(2026, 11, 26))) // Thursday
        XCTAssertEqual(calendar.workingDays(from: d(2026, 11, 20), to: d(2026, 11, 27)), 5)
    }

    func testDanishTimeAcrossTheSpringClockChange() {
        // Saturday 29 March 2025 12:00 CET + 24 real hours = Sunday 30 March 13:00 CEST.
        let received = DanishTime.instant(d(2025, 3, 29), hour: 12)
        let due = received.addingTimeInterval(24 * 3600)
        XCTAssertEqual(due, DanishTime.instant(d(2025, 3, 30), hour: 13))
        XCTAssertEqual(DanishTime.localDate(of: due), d(2025, 3, 30))
    }

    func testEndOfDayIsLocalMidnight() {
        let end = DanishTime.endOfDay(d(2025, 4, 29))
        XCTAssertEqual(end, DanishTime.startOfDay(d(2025, 4, 30)))
        XCTAssertEqual(end.timeIntervalSince1970, 1_745_964_000) // 2025-04-29T22:00:00Z
        // Autumn: the day the clocks go back has 25 hours.
        XCTAssertEqual(DanishTime.endOfDay(d(2025, 10, 26)).timeIntervalSince(DanishTime.startOfDay(d(2025, 10, 26))), 25 * 3600)
    }

    func testLocalDateArithmetic() {
        XCTAssertEqual(d(2024, 1, 31).adding(months: 1), d(2024, 2, 29))
        XCTAssertEqual(d(2025, 12, 31).adding(days: 1), d(2026, 1, 1))
        XCTAssertEqual(d(2026, 11, 26).isoWeekday, 4)
        XCTAssertEqual(LocalDate(dayNumber: d(2030, 7, 4).dayNumber), d(2030, 7, 4))
        XCTAssertEqual(d(2010, 6, 15).age(on: d(2026, 6, 14)), 15)
        XCTAssertEqual(d(2010, 6, 15).age(on: d(2026, 6, 15)), 16)
        XCTAssertNil(LocalDate(iso: "2025-02-30"))
    }

    func testALocalDateReadsFromItsISOText() {
        XCTAssertEqual(LocalDate(iso: "2025-03-04"), d(2025, 3, 4))
        XCTAssertEqual(LocalDate(iso: "0999-12-31"), d(999, 12, 31))
        XCTAssertEqual(LocalDate(iso: "2024-02-29"), d(2024, 2, 29))
        for wrong in ["2025-13-01", "2025-00-10", "2025-1-01", "2025-01-1", "2025/01/01", "2025-01-0a", "20250101", "", "2025-01-01 ",
                      "２０２５-01-01", "2025-02-29", "+025-01-01", "2025-+1-01"] {
            XCTAssertNil(LocalDate(iso: wrong), wrong)
        }
        for date in [d(2010, 1, 1), d(2026, 11, 27), d(2035, 12, 31)] {
            XCTAssertEqual(LocalDate(iso: date.iso), date)
        }
    }
}
