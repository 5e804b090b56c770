import Foundation

/// Which children a cell counts: all, or those of one district, one age band, one sex — or a combination.
public struct IndicatorBreakdown: Sendable, Hashable, Codable {
    public var district: String?
    public var ageGroup: AgeGroup?
    public var sex: LegalSex?

    public init(district: String? = nil, ageGroup: AgeGroup? = nil, sex: LegalSex? = nil) {
        self.district = district
        self.ageGroup = ageGroup
        self.sex = sex
    }

    public static let all = IndicatorBreakdown()

    /// What a table splits by.
    public struct Dimensions: OptionSet, Sendable, Hashable, Codable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        public static let district = Dimensions(rawValue: 1)
        public static let ageGroup = Dimensions(rawValue: 2)
        public static let sex = Dimensions(rawValue: 4)

        /// The municipality as a whole, and by district, age band and sex one at a time (DOMAIN.md, "Breakdowns").
        public static let standard: [Dimensions] = [[], .district, .ageGroup, .sex]
    }
}

/// One cell of an indicator: a series of it, in a period, for a breakdown.
public struct IndicatorCell: Sendable, Hashable, Codable {
    public var indicator: String
    /// "" for the headline.
    public var series: String
    public var period: IndicatorPeriod
    public var breakdown: IndicatorBreakdown

    public init(indicator: String, series: String = "", period: IndicatorPeriod, breakdown: IndicatorBreakdown = .all) {
        self.indicator = indicator
        self.series = series
        self.period = period
        self.breakdown = breakdown
    }
}

/// What a cell shows.
public enum IndicatorReadout: Sendable, Hashable {
    /// Nothing was counted.
    case noData
    /// Fewer than `Suppression.threshold` children stand behind it: shown as "<5".
    case suppressed
    /// The value in the indicator's unit; for median days, the 90th percentile beside it.
    case value(Double, ninetiethPercentile: Double?)
}

/// The sum of children's contributions, cell by cell: what a dashboard reads. Adding the contributions of every child
/// in any order gives the same table; a store keeping it up to date takes a child's old contribution away
/// (`sign` -1) and adds the new one.
public struct IndicatorTable: Sendable, Hashable {
    public let dimensions: [IndicatorBreakdown.Dimensions]
    public private(set) var cells: [IndicatorCell: IndicatorTally] = [:]

    public init(dimensions: [IndicatorBreakdown.Dimensions] = IndicatorBreakdown.Dimensions.standard) {
        self.dimensions = dimensions
    }

    /// Sums contributions. A row for all ages feeds the cells that do not split by age; a row for an age band feeds
    /// those that do. District and sex come from the child.
    public mutating func add(_ contributions: ChildIndicatorContributions, sign: Int = 1) {
        let child = contributions.child
        for row in contributions.rows {
            for split in dimensions where split.contains(.ageGroup) == (row.ageGroup != nil) {
                let breakdown = IndicatorBreakdown(district: split.contains(.district) ? child.district : nil, ageGroup: row.ageGroup,
                                                   sex: split.contains(.sex) ? child.sex : nil)
                let cell = IndicatorCell(indicator: row.indicator, series: row.series, period: row.period, breakdown: breakdown)
                var tally = cells[cell, default: .zero]
                tally.add(row.tally, sign: sign)
                cells[cell] = tally.isZero ? nil : tally
            }
        }
    }

    public mutating func add(_ contributions: [ChildIndicatorContributions]) {
        for child in contributions { add(child) }
    }

    public subscript(cell: IndicatorCell) -> IndicatorTally { cells[cell] ?? .zero }

    /// What the cell shows under `definition`: suppressed when fewer than 5 distinct children stand behind its
    /// denominator (DOMAIN.md).
    public func readout(_ cell: IndicatorCell, definition: IndicatorDefinition, settings: IndicatorSettings = .standard) -> IndicatorReadout {
        let tally = self[cell]
        guard tally.children > 0, let value = definition.value(of: tally, settings: settings) else { return .noData }
        guard tally.children >= Suppression.threshold else { return .suppressed }
        return .value(value, ninetiethPercentile: definition.unit == .medianDays ? tally.percentile(90) : nil)
    }
}
