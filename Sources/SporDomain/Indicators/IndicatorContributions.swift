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
    /// In the order of indicator, series, period, then all ages before each age band.
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

    public init(grid: IndicatorGrid, settings: IndicatorSettings = .standard, definitions: [IndicatorDefinition]? = nil) {
        self.grid = grid
        self.settings = settings
        self.definitions = definitions ?? IndicatorDefinition.standard(settings)
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
        for definition in definitions {
            for observation in definition.observe(course) {
                rows.add(observation, indicator: definition.id)
            }
        }
        return ChildIndicatorContributions(child: child, asOf: asOf, rows: rows.sorted(), refreshAt: course.refreshAt)
    }

    public func contributions(of child: IndicatorChildFacts, entries: [Entry], asOf: Date) -> ChildIndicatorContributions {
        contributions(of: child, timeline: Timeline(entries), asOf: asOf)
    }

    public func definition(_ id: String) -> IndicatorDefinition? { definitions.first { $0.id == id } }
}

/// Places observations on the grid: in the periods they fall in, for all ages and for the age band.
struct RowBuilder {
    struct Key: Hashable {
        let indicator: String
        let series: String
        let period: IndicatorPeriod
        let ageGroup: AgeGroup?
    }

    let child: IndicatorChildFacts
    let grid: IndicatorGrid
    let asOf: Date
    let asOfDay: LocalDate
    /// Day numbers of the 6th, 12th and 18th birthdays: where the age bands change.
    let bandStarts: [Int]
    private(set) var tallies: [Key: IndicatorTally] = [:]

    init(child: IndicatorChildFacts, grid: IndicatorGrid, asOf: Date, asOfDay: LocalDate) {
        self.child = child
        self.grid = grid
        self.asOf = asOf
        self.asOfDay = asOfDay
        self.bandStarts = [6, 12, 18].map { child.birthDate.birthday(turning: $0).dayNumber }
    }

    mutating func add(_ observation: IndicatorObservation, indicator: String) {
        for kind in grid.kinds where observation.only == nil || observation.only == kind {
            let slots = grid.table[kind]!
            switch observation.span {
            case .day(let day):
                guard let index = grid.slotIndex(kind, dayNumber: day.dayNumber) else { continue }
                bump(indicator, observation, slots[index].period, child.ageGroup(on: day))
            case .stock(let from, let until):
                let last = min(until ?? .distantFuture, asOf)
                let fromDay = DanishTime.localDate(of: from).dayNumber
                var index = fromDay < grid.firstDay.dayNumber ? 0 : (grid.slotIndex(kind, dayNumber: fromDay) ?? slots.count)
                while index < slots.count, slots[index].endInstant <= last {
                    if slots[index].endInstant > from {
                        bump(indicator, observation, slots[index].period, child.ageGroup(on: slots[index].lastDay))
                    }
                    index += 1
                }
            case .days(let from, let to):
                let first = max(from.dayNumber, grid.firstDay.dayNumber)
                let end = min(to.dayNumber, asOfDay.dayNumber, grid.endDay.dayNumber)
                guard first < end, var index = grid.slotIndex(kind, dayNumber: first) else { continue }
                while index < slots.count, slots[index].startDay < end {
                    let lower = max(first, slots[index].startDay)
                    let upper = min(end, slots[index].endDay)
                    if lower < upper { addDays(indicator, observation.series, slots[index].period, lower, upper) }
                    index += 1
                }
            }
        }
    }

    private mutating func bump(_ indicator: String, _ observation: IndicatorObservation, _ period: IndicatorPeriod, _ ageGroup: AgeGroup) {
        var tally = IndicatorTally(numerator: observation.numerator, denominator: observation.denominator)
        if let value = observation.value { tally.values[value] = 1 }
        tallies[Key(indicator: indicator, series: observation.series, period: period, ageGroup: nil), default: .zero].add(tally)
        tallies[Key(indicator: indicator, series: observation.series, period: period, ageGroup: ageGroup), default: .zero].add(tally)
    }

    /// Days [lower, upper) (day numbers) of open case in `period`: all of them for all ages, and each band its own.
    private mutating func addDays(_ indicator: String, _ series: String, _ period: IndicatorPeriod, _ lower: Int, _ upper: Int) {
        tallies[Key(indicator: indicator, series: series, period: period, ageGroup: nil), default: .zero].denominator += upper - lower
        for (band, group) in AgeGroup.allCases.enumerated() {
            let bandStart = band == 0 ? Int.min : bandStarts[band - 1]
            let bandEnd = band == bandStarts.count ? Int.max : bandStarts[band]
            let days = min(upper, bandEnd) - max(lower, bandStart)
            if days > 0 {
                tallies[Key(indicator: indicator, series: series, period: period, ageGroup: group), default: .zero].denominator += days
            }
        }
    }

    /// The rows, each with the child counted once where it has a denominator.
    func sorted() -> [IndicatorContribution] {
        let groupOrder = Dictionary(uniqueKeysWithValues: AgeGroup.allCases.enumerated().map { ($1, $0 + 1) })
        return tallies.map { key, tally in
            var counted = tally
            counted.children = tally.denominator > 0 ? 1 : 0
            return IndicatorContribution(indicator: key.indicator, series: key.series, period: key.period, ageGroup: key.ageGroup,
                                         tally: counted)
        }
        .sorted {
            ($0.indicator, $0.series, $0.period.kind.months, $0.period.start.dayNumber, $0.ageGroup.map { groupOrder[$0]! } ?? 0)
                < ($1.indicator, $1.series, $1.period.kind.months, $1.period.start.dayNumber, $1.ageGroup.map { groupOrder[$0]! } ?? 0)
        }
    }
}
