import Foundation

/// Danish working days: Monday–Friday except public holidays and the days the municipality closes.
///
/// Movable holidays are computed from Easter Sunday, not kept in a table. Store Bededag was a holiday
/// until 2023 and is abolished from 2024.
public struct WorkdayCalendar: Sendable, Hashable {
    /// Days that are commonly, but not by law, closed. Each is configuration.
    public enum CustomaryClosedDay: String, Sendable, Hashable, CaseIterable, Codable {
        /// Grundlovsdag, 5 June.
        case constitutionDay
        /// Juleaftensdag, 24 December.
        case christmasEve
        /// Nytårsaftensdag, 31 December.
        case newYearsEve
    }

    public var customaryClosedDays: Set<CustomaryClosedDay>
    /// Further closed days the municipality decides (e.g. the day after Ascension).
    public var extraClosedDates: Set<LocalDate>

    public init(customaryClosedDays: Set<CustomaryClosedDay> = Set(CustomaryClosedDay.allCases),
                extraClosedDates: Set<LocalDate> = []) {
        self.customaryClosedDays = customaryClosedDays
        self.extraClosedDates = extraClosedDates
    }

    public static let standard = WorkdayCalendar()

    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
    public static func easterSunday(year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100, c = year % 100
        let d = b / 4, e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)!
    }

    /// Public holidays (helligdage) of the year, by law.
    public static func publicHolidays(year: Int) -> [LocalDate] {
        let easter = easterSunday(year: year)
        var days = [
            LocalDate(year: year, month: 1, day: 1)!,  // Nytårsdag
            easter.adding(days: -3),                   // Skærtorsdag
            easter.adding(days: -2),                   // Langfredag
            easter,                                    // Påskedag
            easter.adding(days: 1),                    // 2. påskedag
            easter.adding(days: 39),                   // Kristi himmelfartsdag
            easter.adding(days: 49),                   // Pinsedag
            easter.adding(days: 50),                   // 2. pinsedag
            LocalDate(year: year, month: 12, day: 25)!, // Juledag
            LocalDate(year: year, month: 12, day: 26)!, // 2. juledag
        ]
        if year <= 2023 { days.append(easter.adding(days: 26)) } // Store bededag
        return days.sorted()
    }

    public func closedDays(year: Int) -> Set<LocalDate> {
        var days = Set(WorkdayCalendar.publicHolidays(year: year))
        for customary in customaryClosedDays {
            switch customary {
            case .constitutionDay: days.insert(LocalDate(year: year, month: 6, day: 5)!)
            case .christmasEve: days.insert(LocalDate(year: year, month: 12, day: 24)!)
            case .newYearsEve: days.insert(LocalDate(year: year, month: 12, day: 31)!)
            }
        }
        return days.union(extraClosedDates.filter { $0.year == year })
    }

    public func isWorkingDay(_ date: LocalDate) -> Bool {
        !date.isWeekend && !closedDays(year: date.year).contains(date)
    }

    /// The `n`th working day after `date` (the day itself does not count, as in "within 6 working days"). A year's
    /// closed days are worked out once, not for each day stepped over (a full recompute of the indicators computes a
    /// deadline for most entries).
    public func adding(workingDays n: Int, to date: LocalDate) -> LocalDate {
        precondition(n >= 0, "working days are counted forward")
        var day = date
        var left = n
        var closed = (year: date.year, days: closedDays(year: date.year))
        while left > 0 {
            day = day.adding(days: 1)
            if day.year != closed.year { closed = (day.year, closedDays(year: day.year)) }
            if !day.isWeekend, !closed.days.contains(day) { left -= 1 }
        }
        return day
    }

    /// Working days strictly after `from` up to and including `to`.
    public func workingDays(from: LocalDate, to: LocalDate) -> Int {
        guard to > from else { return 0 }
        return (1...(to.dayNumber - from.dayNumber)).count { isWorkingDay(from.adding(days: $0)) }
    }
}

/// Local time in Denmark. Every deadline is computed here; every instant is stored in UTC.
public enum DanishTime {
    public static let zone = TimeZone(identifier: "Europe/Copenhagen")!

    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        calendar.locale = Locale(identifier: "da_DK")
        return calendar
    }()

    public static func localDate(of instant: Date) -> LocalDate {
        if let offset = offsets.offset(at: instant.timeIntervalSince1970) {
            return LocalDate(dayNumber: Int(((instant.timeIntervalSince1970 + Double(offset)) / 86_400).rounded(.down)))
        }
        let c = calendar.dateComponents([.year, .month, .day], from: instant)
        return LocalDate(year: c.year!, month: c.month!, day: c.day!)!
    }

    /// Midnight at the start of the day in Copenhagen.
    public static func startOfDay(_ date: LocalDate) -> Date {
        // Midnight is the day's first second less the offset in force then (read an hour before midnight UTC, then
        // checked at the instant itself).
        let midnightUTC = Double(date.dayNumber) * 86_400
        if let guess = offsets.offset(at: midnightUTC - 3_600), let offset = offsets.offset(at: midnightUTC - Double(guess)), offset == guess {
            return Date(timeIntervalSince1970: midnightUTC - Double(offset))
        }
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
    }

    /// Copenhagen's offsets from UTC between 1970 and 2100, read once from the time zone: the local day of an instant
    /// is asked for on every entry of every course a recompute counts, and `Calendar.dateComponents` was a twentieth of
    /// it. Outside those years the calendar answers.
    static let offsets = UTCOffsets(zone: zone, from: Date(timeIntervalSince1970: 0), until: Date(timeIntervalSince1970: 4_102_444_800))

    /// The first instant after the day: "by the end of the day" means before this.
    public static func endOfDay(_ date: LocalDate) -> Date {
        startOfDay(date.adding(days: 1))
    }

    /// An instant from local wall-clock time.
    public static func instant(_ date: LocalDate, hour: Int = 0, minute: Int = 0) -> Date {
        calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: hour, minute: minute))!
    }
}

/// A time zone's offsets from UTC over a span, as the instants they change at.
struct UTCOffsets: Sendable {
    /// Seconds since 1970 at which each offset begins, ascending; the first is the span's start.
    let starts: [Double]
    let offsets: [Int]
    let end: Double

    init(zone: TimeZone, from start: Date, until end: Date) {
        var starts = [start.timeIntervalSince1970]
        var offsets = [zone.secondsFromGMT(for: start)]
        var instant = start
        while let next = zone.nextDaylightSavingTimeTransition(after: instant), next < end {
            starts.append(next.timeIntervalSince1970)
            offsets.append(zone.secondsFromGMT(for: next))
            instant = next
        }
        self.starts = starts
        self.offsets = offsets
        self.end = end.timeIntervalSince1970
    }

    /// The offset in force at `seconds` since 1970; nil outside the span.
    func offset(at seconds: Double) -> Int? {
        guard seconds >= starts[0], seconds < end else { return nil }
        var low = 0, high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= seconds { low = middle } else { high = middle }
        }
        return offsets[low]
    }
}
