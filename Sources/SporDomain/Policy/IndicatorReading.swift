/// What an indicator's target asks for.
public enum IndicatorTarget: Sendable, Hashable, Codable {
    /// At least this value, e.g. ≥ 0.70 for the 70/30 goal.
    case atLeast(Double)
    /// At most this value.
    case atMost(Double)
    /// Up on the period before.
    case rising
    /// Down on the period before.
    case falling
}

/// Which way an indicator moved since the period before.
public enum IndicatorTrend: String, Sendable, Hashable, Codable, CaseIterable {
    case rising
    case steady
    case falling
}

/// What an indicator's value counts, so a report can show it.
public enum IndicatorUnit: String, Sendable, Hashable, Codable, CaseIterable {
    /// A share between 0 and 1, shown as a percentage.
    case share
    case count
    case days
    case perChildYear
    case perThousandChildren
}

/// An indicator's value for one year, with its target and trend.
public struct IndicatorValue: Sendable, Hashable, Codable {
    public var value: Double
    public var unit: IndicatorUnit
    public var target: IndicatorTarget?
    public var trend: IndicatorTrend?

    public init(value: Double, unit: IndicatorUnit, target: IndicatorTarget? = nil, trend: IndicatorTrend? = nil) {
        self.value = value
        self.unit = unit
        self.target = target
        self.trend = trend
    }

    /// Whether the value meets its target; nil without a target, or for a rising or falling target
    /// without a trend.
    public var meetsTarget: Bool? {
        switch target {
        case nil: nil
        case .atLeast(let bound): value >= bound
        case .atMost(let bound): value <= bound
        case .rising: trend.map { $0 == .rising }
        case .falling: trend.map { $0 == .falling }
        }
    }
}

/// One indicator's reading for a year.
public enum IndicatorReading: Sendable, Hashable, Codable {
    /// Nothing was counted: the journal holds no events for the year, or the indicator is not built yet.
    case noData
    /// Counted, but fewer than `Suppression.threshold` children stand behind it, so it is not shown.
    case suppressed(target: IndicatorTarget?)
    case value(IndicatorValue)

    public var hasData: Bool {
        if case .noData = self { return false }
        return true
    }

    public var target: IndicatorTarget? {
        switch self {
        case .noData: nil
        case .suppressed(let target): target
        case .value(let value): value.target
        }
    }
}

/// Gives the status report its indicator values. The indicator layer implements it; tests pass
/// fixed values.
public protocol IndicatorValueProvider: Sendable {
    func reading(of indicator: IndicatorID, in year: Int) -> IndicatorReading
    /// The indicator's name as the report shows it; nil to show its id.
    func name(of indicator: IndicatorID) -> String?
}

extension IndicatorValueProvider {
    public func name(of indicator: IndicatorID) -> String? { nil }
}

/// Fixed readings per year and indicator; whatever is not listed has no data.
public struct FixedIndicatorValues: IndicatorValueProvider {
    public var readings: [Int: [IndicatorID: IndicatorReading]]
    public var names: [IndicatorID: String]

    public init(_ readings: [Int: [IndicatorID: IndicatorReading]], names: [IndicatorID: String] = [:]) {
        self.readings = readings
        self.names = names
    }

    /// No data for any indicator in any year.
    public static let none = FixedIndicatorValues([:])

    public func reading(of indicator: IndicatorID, in year: Int) -> IndicatorReading {
        readings[year]?[indicator] ?? .noData
    }

    public func name(of indicator: IndicatorID) -> String? { names[indicator] }
}

/// Readings from a closure, for callers that compute them on demand.
public struct IndicatorValueClosure: IndicatorValueProvider {
    private let read: @Sendable (IndicatorID, Int) -> IndicatorReading
    private let named: @Sendable (IndicatorID) -> String?

    public init(
        name: @escaping @Sendable (IndicatorID) -> String? = { _ in nil },
        reading: @escaping @Sendable (IndicatorID, Int) -> IndicatorReading
    ) {
        self.read = reading
        self.named = name
    }

    public func reading(of indicator: IndicatorID, in year: Int) -> IndicatorReading { read(indicator, year) }
    public func name(of indicator: IndicatorID) -> String? { named(indicator) }
}

extension IndicatorTrend {
    /// The trend's name, as the status report writes it.
    public var name: LocalizedText {
        switch self {
        case .rising: LocalizedText(da: "Stigende", en: "Rising")
        case .steady: LocalizedText(da: "Uændret", en: "Steady")
        case .falling: LocalizedText(da: "Faldende", en: "Falling")
        }
    }
}
