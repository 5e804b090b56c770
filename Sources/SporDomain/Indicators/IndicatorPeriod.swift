import Foundation

/// A month, quarter or year: the period P = [start, end) an indicator is counted over, in Danish days
/// (Europe/Copenhagen). Written as "2025-03", "2025-Q1" or "2025", which is also how it is stored.
public struct IndicatorPeriod: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case month, quarter, year

        /// Months in one period.
        public var months: Int {
            switch self {
            case .month: 1
            case .quarter: 3
            case .year: 12
            }
        }
    }

    public let kind: Kind
    public let year: Int
    /// 1–12 for a month, 1–4 for a quarter, 1 for a year.
    public let number: Int

    /// Nil when `number` is not a month, quarter or 1 for a year.
    public init?(kind: Kind, year: Int, number: Int = 1) {
        guard (1...(12 / kind.months)).contains(number) else { return nil }
        self.kind = kind
        self.year = year
        self.number = number
    }

    /// The period of this kind that holds `day`.
    public init(_ kind: Kind, containing day: LocalDate) {
        self.kind = kind
        self.year = day.year
        self.number = (day.month - 1) / kind.months + 1
    }

    /// Parses "2025-03", "2025-Q1" or "2025": ASCII digits only (no sign, no space), a year between 1900 and 2199.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        func number(_ digits: Substring) -> Int? {
            guard !digits.isEmpty, digits.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
            return Int(digits)
        }
        guard let first = parts.first, first.count == 4, let year = number(first), (1900...2199).contains(year) else { return nil }
        switch parts.count {
        case 1:
            self.init(kind: .year, year: year)
        case 2 where parts[1].count == 2 && parts[1].first == "Q":
            guard let quarter = number(parts[1].dropFirst()) else { return nil }
            self.init(kind: .quarter, year: year, number: quarter)
        case 2 where parts[1].count == 2:
            guard let month = number(parts[1]) else { return nil }
            self.init(kind: .month, year: year, number: month)
        default:
            return nil
        }
    }

    /// Written digit by digit for years 0–9999 (`String(format:)` was a tenth of a second for a rebuild's 35,000 cells).
    public var description: String {
        guard (0...9999).contains(year) else {
            switch kind {
            case .month: return String(format: "%04d-%02d", year, number)
            case .quarter: return String(format: "%04d-Q%d", year, number)
            case .year: return String(format: "%04d", year)
            }
        }
        func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(value % 10) }
        var bytes: [UInt8] = [digit(year / 1000), digit(year / 100), digit(year / 10), digit(year)]
        switch kind {
        case .month: bytes += [UInt8(ascii: "-"), digit(number / 10), digit(number)]
        case .quarter: bytes += [UInt8(ascii: "-"), UInt8(ascii: "Q"), digit(number)]
        case .year: break
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The first day of the period.
    public var start: LocalDate { LocalDate(year: year, month: (number - 1) * kind.months + 1, day: 1)! }
    /// The first day after the period.
    public var end: LocalDate { start.adding(months: kind.months) }
    /// The last day of the period: the day a stock (children with an active measure, …) is read.
    public var lastDay: LocalDate { end.adding(days: -1) }

    public func contains(_ day: LocalDate) -> Bool { day >= start && day < end }

    /// The period after this one.
    public var next: IndicatorPeriod { IndicatorPeriod(kind, containing: end) }

    /// In time order; a longer period before the shorter ones it begins with (2025, 2025-Q1, 2025-01).
    public static func < (a: IndicatorPeriod, b: IndicatorPeriod) -> Bool {
        (a.start, b.kind.months) < (b.start, a.kind.months)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = IndicatorPeriod(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "Not a period: \(text)"))
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// The periods indicators are counted over: whole years `years`, as months, quarters and years (or some of them).
/// Nothing outside the years is counted. The grid is the same for every child, so contributions can be summed.
public struct IndicatorGrid: Sendable, Hashable {
    public let years: ClosedRange<Int>
    public let kinds: [IndicatorPeriod.Kind]
    /// The first day counted.
    public let firstDay: LocalDate
    /// The first day after the grid.
    public let endDay: LocalDate

    /// Each period with the day numbers of its start and end and the instant it ends, by the kind's place in
    /// `IndicatorPeriod.Kind.allCases` (nil: not in the grid): computed once, read for every child.
    let slotsByKind: [[Slot]?]

    struct Slot: Sendable, Hashable {
        let period: IndicatorPeriod
        let startDay: Int
        let endDay: Int
        /// Midnight at the end of the period in Copenhagen: a stock is read just before it.
        let endInstant: Date
        let lastDay: LocalDate
    }

    public init(years: ClosedRange<Int>, kinds: [IndicatorPeriod.Kind] = IndicatorPeriod.Kind.allCases) {
        self.years = years
        self.kinds = IndicatorPeriod.Kind.allCases.filter(kinds.contains)
        self.firstDay = LocalDate(year: years.lowerBound, month: 1, day: 1)!
        self.endDay = LocalDate(year: years.upperBound + 1, month: 1, day: 1)!
        self.slotsByKind = IndicatorPeriod.Kind.allCases.map { kind in
            guard kinds.contains(kind) else { return nil }
            var slots: [Slot] = []
            var period = IndicatorPeriod(kind, containing: LocalDate(year: years.lowerBound, month: 1, day: 1)!)
            while period.year <= years.upperBound {
                slots.append(Slot(period: period, startDay: period.start.dayNumber, endDay: period.end.dayNumber,
                                  endInstant: DanishTime.startOfDay(period.end), lastDay: period.lastDay))
                period = period.next
            }
            return slots
        }
    }

    public static func == (a: IndicatorGrid, b: IndicatorGrid) -> Bool { a.years == b.years && a.kinds == b.kinds }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(years)
        hasher.combine(kinds)
    }

    /// Every period of the grid, by kind, then in time order.
    public var periods: [IndicatorPeriod] { slotsByKind.flatMap { ($0 ?? []).map(\.period) } }

    /// The index in the kind's slots of the period holding `day`, if it is in the grid.
    func slotIndex(_ kind: IndicatorPeriod.Kind, day: LocalDate) -> Int? {
        guard years.contains(day.year) else { return nil }
        return (day.year - years.lowerBound) * (12 / kind.months) + (day.month - 1) / kind.months
    }

    func slotIndex(_ kind: IndicatorPeriod.Kind, dayNumber: Int) -> Int? { slotIndex(kind, day: LocalDate(dayNumber: dayNumber)) }
}
