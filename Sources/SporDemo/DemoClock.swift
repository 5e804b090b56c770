import Foundation
import SporDomain

/// Local wall-clock time in Copenhagen as whole minutes since 1970-01-01 00:00 local
/// (`day * 1440 + minute of day`), and the working days around the demo's period.
///
/// The generator works in local minutes and turns them into instants at the end. It only ever
/// places entries between 07:00 and 23:00, away from the night the clocks change, so the order of
/// local minutes is the order of instants.
struct DemoClock: Sendable {
    static let minutesPerDay = 1440

    /// The last local minute that is not after `end`.
    let endMinute: Int
    let endDay: Int
    private let closedDays: Set<Int>

    init(end: Date, firstYear: Int) {
        let local = DanishTime.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: end)
        let endDate = LocalDate(year: local.year!, month: local.month!, day: local.day!)!
        endDay = endDate.dayNumber
        endMinute = endDay * DemoClock.minutesPerDay + local.hour! * 60 + local.minute!
        var closed = Set<Int>()
        for year in (firstYear - 1)...(endDate.year + 2) {
            for day in WorkdayCalendar.standard.closedDays(year: year) { closed.insert(day.dayNumber) }
        }
        closedDays = closed
    }

    static func isoWeekday(_ day: Int) -> Int {
        let w = (day + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    func isWorkingDay(_ day: Int) -> Bool {
        DemoClock.isoWeekday(day) < 6 && !closedDays.contains(day)
    }

    func workingDay(onOrAfter day: Int) -> Int {
        var d = day
        while !isWorkingDay(d) { d += 1 }
        return d
    }

    func workingDay(onOrBefore day: Int) -> Int {
        var d = day
        while !isWorkingDay(d) { d -= 1 }
        return d
    }

    func adding(workingDays n: Int, to day: Int) -> Int {
        var d = day
        var left = n
        while left > 0 {
            d += 1
            if isWorkingDay(d) { left -= 1 }
        }
        return d
    }

    /// A minute in `range`: within office hours (08:00–16:00) on a working day when `office`, else
    /// between 07:00 and 23:00 on any day. Nil when the range holds no such minute.
    func minute(in range: ClosedRange<Int>, office: Bool, _ rng: inout SeededRandom) -> Int? {
        let from: Int = office ? 8 * 60 : 7 * 60
        let to: Int = office ? 16 * 60 : 23 * 60
        var spans: [(lower: Int, upper: Int)] = []
        var total = 0
        for day in DemoClock.day(of: range.lowerBound)...DemoClock.day(of: range.upperBound) {
            guard !office || isWorkingDay(day) else { continue }
            let start: Int = day * DemoClock.minutesPerDay
            let lower: Int = Swift.max(range.lowerBound, start + from)
            let upper: Int = Swift.min(range.upperBound, start + to - 1)
            guard lower <= upper else { continue }
            spans.append((lower, upper))
            total += upper - lower + 1
        }
        guard total > 0 else { return nil }
        var index = rng.below(total)
        for span in spans {
            let count = span.upper - span.lower + 1
            if index < count { return span.lower + index }
            index -= count
        }
        return nil
    }

    /// A time within office hours on `day`.
    static func officeMinute(_ day: Int, _ rng: inout SeededRandom, from: Int = 8 * 60, to: Int = 16 * 60) -> Int {
        day * minutesPerDay + from + rng.below(to - from)
    }

    static func day(of minute: Int) -> Int {
        minute >= 0 ? minute / minutesPerDay : (minute - minutesPerDay + 1) / minutesPerDay
    }

    /// The instant of a local minute (between 03:00 and 24:00) in Europe/Copenhagen:
    /// CET, or CEST from the last Sunday of March to the last Sunday of October.
    static func instant(ofLocalMinute minute: Int) -> Date {
        let day = self.day(of: minute)
        let offsetMinutes = isSummerTime(day) ? 120 : 60
        return Date(timeIntervalSince1970: TimeInterval((minute - offsetMinutes) * 60))
    }

    static func isSummerTime(_ day: Int) -> Bool {
        let year = LocalDate(dayNumber: day).year
        let march31 = LocalDate(year: year, month: 3, day: 31)!.dayNumber
        let october31 = LocalDate(year: year, month: 10, day: 31)!.dayNumber
        let lastSundayOfMarch = march31 - isoWeekday(march31) % 7
        let lastSundayOfOctober = october31 - isoWeekday(october31) % 7
        return day >= lastSundayOfMarch && day < lastSundayOfOctober
    }
}
