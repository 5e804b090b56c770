import Foundation

extension IndicatorReadout {
    /// What a stored cell's tally shows under `definition` — the same reading as `IndicatorTable.readout`, for a
    /// store that keeps the cells itself.
    public init(tally: IndicatorTally, definition: IndicatorDefinition, settings: IndicatorSettings = .standard) {
        guard tally.children > 0, let value = definition.value(of: tally, settings: settings) else {
            self = .noData
            return
        }
        guard tally.suppressionCount(definition.unit) >= Suppression.threshold else {
            self = .suppressed
            return
        }
        self = .value(value, ninetiethPercentile: definition.unit == .medianDays ? tally.percentile(90) : nil)
    }
}

extension IndicatorTally {
    /// The count that decides whether a cell may be shown: the children behind it, and for a share or a count its
    /// numerator as well — "2 of 40 children heard" names two children as surely as a cell of two.
    public func suppressionCount(_ unit: IndicatorDefinition.Unit) -> Int {
        guard unit == .share || unit == .count, numerator > 0 else { return children }
        return Swift.min(children, numerator)
    }
}
