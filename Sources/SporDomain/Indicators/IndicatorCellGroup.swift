import Foundation

/// The cells of one indicator series in one period, one for each breakdown with something counted. A store keeps a
/// group as one row: a full recompute of the demo municipality then writes 3,500 rows rather than 35,000, and a
/// dashboard reads a period's cells from a few dozen.
public struct IndicatorCellGroup: Sendable {
    public let indicator: String
    /// "" for the headline.
    public let series: String
    public let period: IndicatorPeriod
    /// Each breakdown at most once, in no particular order.
    public var cells: [(breakdown: IndicatorBreakdown, tally: IndicatorTally)]

    public init(indicator: String, series: String, period: IndicatorPeriod, cells: [(breakdown: IndicatorBreakdown, tally: IndicatorTally)]) {
        self.indicator = indicator
        self.series = series
        self.period = period
        self.cells = cells
    }
}
