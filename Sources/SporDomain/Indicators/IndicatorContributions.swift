import Foundation

/// One row of one child's contribution: what the child adds to an indicator's series in a period, for all ages
/// (`ageGroup` nil) or for one age band. A store keeps these rows per child; summed over the children of a district
/// (or a sex) they give that district's cells, because a child has one district and one sex.
public struct IndicatorContribution: Sendable, Hashable, Codable {
    public let indicator: String
    /// "" for the headline.
    public let series: String
    public let period: IndicatorPeriod
    /// Nil: all ages. A child whose age band changed within the period has a row for each band and one for all ages,
    /// so that the child counts once in each.
    public let ageGroup: AgeGroup?
    public let tally: IndicatorTally

    public init(indicator: String, series: String, period: IndicatorPeriod, ageGroup: AgeGroup?, tally: IndicatorTally) {
        self.indicator = indicator
        self.series = series
        self.period = period
        self.ageGroup = ageGroup
        self.tally = tally
    }
}

/// Everything one child's course adds to the indicators, as of one instant.
public struct ChildIndicatorContributions: Sendable, Hashable {
    public let child: IndicatorChildFacts
    public let asOf: Date
    /// In the order of the definitions, then series (the headline first), months before quarters before years, time, and
    /// all ages before each age band.
    public let rows: [IndicatorContribution]
    /// The earliest instant after `asOf` at which the rows change although no entry is written: the next day while a
    /// case is open (its days grow), the next month's start while a measure is active (the stock at a period's end),
    /// an open obligation's due instant, the 18th birthday of a child in care. Nil: only a new entry changes them. A
    /// store recomputes a child whose `refreshAt` has passed, and then sums give what a full recompute gives.
    public let refreshAt: Date?
}

/// Counts the indicators in one child's course: the definitions, their settings and the grid of periods, the same for
/// every child so the children's contributions add up.
public struct IndicatorComputation: Sendable {
    public let definitions: [IndicatorDefinition]
    public let settings: IndicatorSettings
    public let grid: IndicatorGrid
    /// Each definition's series by name, the headline ("") first: rows are keyed by these numbers while they are built.
    let seriesNames: [[String]]
    let seriesIndex: [[String: Int]]

    public init(grid: IndicatorGrid, settings: IndicatorSettings = .standard, definitions: [IndicatorDefinition]? = nil) {
        self.grid = grid
        self.settings = settings
        self.definitions = definitions ?? IndicatorDefinition.standard(settings)
        self.seriesNames = self.definitions.map { [""] + $0.series.map(\.id) }
        self.seriesIndex = seriesNames.map { Dictionary(uniqueKeysWithValues: $0.enumerated().map { ($1, $0) }) }
    }

    /// The contributions of one child's course as of `asOf`.
    ///
    /// Reads the timeline once (one fold of the case state along the way) and the rule book's obligations once, then
    /// lets each indicator count on what was read: linear in the child's entries, plus the periods a state or an open
    /// case spans. Pure: the same arguments give the same rows.
    ///
    /// - Parameters:
    ///   - child: the child's id, birth date, sex and district.
    ///   - timeline: the child's course; entries of other children are ignored, and so is anything that happened
    ///     after `asOf`.
    ///   - asOf: normally now. Open obligations are told from overdue ones by it, open cases count days up to its day,
    ///     and a stock is read only at the end of periods that have ended by then.
    public func contributions(of child: IndicatorChildFacts, timeline: Timeline, asOf: Date) -> ChildIndicatorContributions {
        let course = IndicatorCourse(child: child, timeline: timeline, settings: settings, asOf: asOf)
        var rows = RowBuilder(child: child, grid: grid, asOf: asOf, asOfDay: course.asOfDay)
        for index in definitions.indices {
            for observation in definitions[index].observe(course) {
                guard let series = observation.series.isEmpty ? 0 : seriesIndex[index][observation.series] else {
                    assertionFailure("\(definitions[index].id) counts a series it does not list: \(observation.series)")
                    continue
                }
                rows.add(observation, indicator: index, series: series)
            }
        }
        return ChildIndicatorContributions(child: child, asOf: asOf, rows: rows.rows(self), refreshAt: course.refreshAt)
    }

    public func contributions(of child: IndicatorChildFacts, entries: [Entry], asOf: Date) -> ChildIndicatorContributions {
        contributions(of: child, timeline: Timeline(entries), asOf: asOf)
    }

    public func definition(_ id: String) -> IndicatorDefinition? { definitions.first { $0.id == id } }
}

/// Places observations on the grid: in the periods they fall in, for all ages and for the age band. A row is keyed by
/// one number (indicator, series, kind of period, period, age band); what is counted is appended and, at the end,
/// sorted by key and merged — no hashing, one sort of a few hundred integers per child.
struct RowBuilder {
    struct Count {
        let key: UInt64
        let numerator: Int
        let denominator: Int
        let value: Int?
    }

    let child: IndicatorChildFacts
    let grid: IndicatorGrid
    let asOf: Date
    let asOfDay: LocalDate
    /// Day numbers of the 6th, 12th and 18th birthdays: where the age bands change.
    let bandStarts: [Int]
    private(set) var counts: [Count] = []

    init(child: IndicatorChildFacts, grid: IndicatorGrid, asOf: Date, asOfDay: LocalDate) {
        self.child = child
        self.grid = grid
        self.asOf = asOf
        self.asOfDay = asOfDay
        self.bandStarts = [6, 12, 18].map { child.birthDate.birthday(turning: $0).dayNumber }
        counts.reserveCapacity(256)
    }

    /// Kinds in the order rows are sorted: months, quarters, years.
    static let kinds = IndicatorPeriod.Kind.allCases

    /// Age band 0 is all ages; 1–4 the bands of `AgeGroup.allCases`.
    static func key(indicator: Int, series: Int, kind: Int, slot: Int, band: Int) -> UInt64 {
        UInt64(indicator) << 48 | UInt64(series) << 32 | UInt64(kind) << 28 | UInt64(slot) << 4 | UInt64(band)
    }

    func band(on dayNumber: Int) -> Int { 1 + bandStarts.count { $0 <= dayNumber } }

    mutating func add(_ observation: IndicatorObservation, indicator: Int, series: Int) {
        switch observation.span {
        case .day(let day):
            let band = band(on: day.dayNumber)
            for kind in Self.kinds.indices where observation.only.map({ Self.kinds[kind] == $0 }) ?? true {
                guard grid.slotsByKind[kind] != nil, let slot = grid.slotIndex(Self.kinds[kind], day: day) else { continue }
                count(Self.key(indicator: indicator, series: series, kind: kind, slot: slot, band: 0), band, observation)
            }
        case .stock(let from, let until):
            let last = min(until ?? .distantFuture, asOf)
            guard from < last else { return }
            let fromDay = DanishTime.localDate(of: from)
            for kind in Self.kinds.indices where observation.only.map({ Self.kinds[kind] == $0 }) ?? true {
                guard let slots = grid.slotsByKind[kind] else { continue }
                var slot = fromDay < grid.firstDay ? 0 : (grid.slotIndex(Self.kinds[kind], day: fromDay) ?? slots.count)
                while slot < slots.count, slots[slot].endInstant <= last {
                    if slots[slot].endInstant > from {
                        let key = Self.key(indicator: indicator, series: series, kind: kind, slot: slot, band: 0)
                        count(key, band(on: slots[slot].lastDay.dayNumber), observation)
                    }
                    slot += 1
                }
            }
        case .days(let from, let to):
            let first = max(from.dayNumber, grid.firstDay.dayNumber)
            let end = min(to.dayNumber, asOfDay.dayNumber, grid.endDay.dayNumber)
            guard first < end else { return }
            for kind in Self.kinds.indices {
                guard let slots = grid.slotsByKind[kind], var slot = grid.slotIndex(Self.kinds[kind], dayNumber: first) else { continue }
                while slot < slots.count, slots[slot].startDay < end {
                    let lower = max(first, slots[slot].startDay)
                    let upper = min(end, slots[slot].endDay)
                    if lower < upper {
                        countDays(Self.key(indicator: indicator, series: series, kind: kind, slot: slot, band: 0), lower, upper)
                    }
                    slot += 1
                }
            }
        }
    }

    /// Counts in the row for all ages (`key`) and in the row of the age band.
    private mutating func count(_ key: UInt64, _ band: Int, _ observation: IndicatorObservation) {
        counts.append(Count(key: key, numerator: observation.numerator, denominator: observation.denominator, value: observation.value))
        counts.append(Count(key: key | UInt64(band), numerator: observation.numerator, denominator: observation.denominator,
                            value: observation.value))
    }

    /// Days [lower, upper) (day numbers) of open case in one period: all of them for all ages, and each band its own.
    private mutating func countDays(_ key: UInt64, _ lower: Int, _ upper: Int) {
        counts.append(Count(key: key, numerator: 0, denominator: upper - lower, value: nil))
        for band in 0...bandStarts.count {
            let bandStart = band == 0 ? Int.min : bandStarts[band - 1]
            let bandEnd = band == bandStarts.count ? Int.max : bandStarts[band]
            let days = min(upper, bandEnd) - max(lower, bandStart)
            if days > 0 { counts.append(Count(key: key | UInt64(band + 1), numerator: 0, denominator: days, value: nil)) }
        }
    }

    /// The rows in key order, each with the child counted once where it has a denominator.
    func rows(_ computation: IndicatorComputation) -> [IndicatorContribution] {
        let sorted = counts.sorted { $0.key < $1.key }
        var rows: [IndicatorContribution] = []
        rows.reserveCapacity(sorted.count)
        var index = 0
        while index < sorted.count {
            let key = sorted[index].key
            var numerator = 0, denominator = 0
            var values: [Int: Int] = [:]
            while index < sorted.count, sorted[index].key == key {
                numerator += sorted[index].numerator
                denominator += sorted[index].denominator
                if let value = sorted[index].value { values[value, default: 0] += 1 }
                index += 1
            }
            let indicator = Int(key >> 48), series = Int(key >> 32 & 0xFFFF), kind = Int(key >> 28 & 0xF)
            let slot = Int(key >> 4 & 0xFF_FFFF), band = Int(key & 0xF)
            rows.append(IndicatorContribution(
                indicator: computation.definitions[indicator].id, series: computation.seriesNames[indicator][series],
                period: grid.slotsByKind[kind]![slot].period, ageGroup: band == 0 ? nil : AgeGroup.allCases[band - 1],
                tally: IndicatorTally(numerator: numerator, denominator: denominator, children: denominator > 0 ? 1 : 0, values: values)))
        }
        return rows
    }
}
