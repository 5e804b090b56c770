import Foundation

extension IndicatorReadout {
    /// What a stored cell's tally shows under `definition` — the same reading as `IndicatorTable.readout`, for a
    /// store that keeps the cells itself.
    public init(tally: IndicatorTally, definition: IndicatorDefinition, settings: IndicatorSettings = .standard) {
        guard tally.children > 0, let value = definition.value(of: tally, settings: settings) else {
            self = .noData
            return
        }
        guard tally.children >= Suppression.threshold else {
            self = .suppressed
            return
        }
        self = .value(value, ninetiethPercentile: definition.unit == .medianDays ? tally.percentile(90) : nil)
    }
}
