import Foundation

/// What stands behind one cell of an indicator: counts that add up over children, so a store can keep them per
/// child and sum them (or subtract a child's old contribution and add its new one) and get what a full recompute
/// gives.
public struct IndicatorTally: Sendable, Hashable, Codable {
    /// What the indicator counts: measures started as immediate help, caseworker changes, goals progressing, …
    public var numerator: Int
    /// What it counts against: measures started, days of open cases, goals rated, children with help, …
    public var denominator: Int
    /// Distinct children behind the denominator. A child's own contribution is 1 in each cell it has a
    /// denominator in, so the sum over children counts each child once per cell (suppression reads it).
    public var children: Int
    /// For a median: how many times each value (days) was seen. Adding two tallies adds the counts.
    public var values: [Int: Int]

    public init(numerator: Int = 0, denominator: Int = 0, children: Int = 0, values: [Int: Int] = [:]) {
        self.numerator = numerator
        self.denominator = denominator
        self.children = children
        self.values = values
    }

    public static let zero = IndicatorTally()

    public var isZero: Bool { numerator == 0 && denominator == 0 && children == 0 && values.isEmpty }

    /// Adds `other` (`sign` 1) or takes it away (`sign` -1).
    public mutating func add(_ other: IndicatorTally, sign: Int = 1) {
        numerator += sign * other.numerator
        denominator += sign * other.denominator
        children += sign * other.children
        // Most tallies hold no values (only a median's do): not even an empty dictionary's iterator then.
        guard !other.values.isEmpty else { return }
        for (value, count) in other.values {
            if let index = values.index(forKey: value) {
                values.values[index] += sign * count
                if values.values[index] == 0 { values.remove(at: index) }
            } else if count != 0 {
                values[value] = sign * count
            }
        }
    }

    public static func + (a: IndicatorTally, b: IndicatorTally) -> IndicatorTally {
        var sum = a
        sum.add(b)
        return sum
    }

    /// numerator / denominator; nil when nothing was counted.
    public var share: Double? { denominator > 0 ? Double(numerator) / Double(denominator) : nil }

    /// numerator per child-year, when the denominator is days: numerator / (denominator / `daysPerYear`).
    public func perChildYear(daysPerYear: Double = IndicatorSettings.standard.daysPerChildYear) -> Double? {
        denominator > 0 ? Double(numerator) / (Double(denominator) / daysPerYear) : nil
    }

    /// numerator per 1,000 of `population` (e.g. children aged 0–17 in the cell, from the population register).
    public func perThousand(of population: Int) -> Double? {
        population > 0 ? Double(numerator) * 1_000 / Double(population) : nil
    }

    /// How many values the tally holds.
    public var valueCount: Int { values.values.reduce(0, +) }

    /// The middle value; for an even count the mean of the two middle values. Nil without values.
    public var median: Double? {
        let count = valueCount
        guard count > 0 else { return nil }
        if count % 2 == 1 { return Double(value(atRank: count / 2 + 1)!) }
        return Double(value(atRank: count / 2)! + value(atRank: count / 2 + 1)!) / 2
    }

    /// The `percent` percentile by nearest rank: the smallest value that at least `percent` % of the values are at or
    /// below (the 90th percentile of 1…10 is 9). Nil without values.
    public func percentile(_ percent: Int) -> Double? {
        let count = valueCount
        guard count > 0, (1...100).contains(percent) else { return nil }
        let rank = max(1, (percent * count + 99) / 100)
        return value(atRank: rank).map(Double.init)
    }

    /// The value at 1-based `rank` in ascending order.
    func value(atRank rank: Int) -> Int? {
        var seen = 0
        for value in values.keys.sorted() {
            seen += values[value]!
            if seen >= rank { return value }
        }
        return nil
    }
}

extension IndicatorTally {
    private enum CodingKeys: String, CodingKey { case numerator, denominator, children, values }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        numerator = try container.decode(Int.self, forKey: .numerator)
        denominator = try container.decode(Int.self, forKey: .denominator)
        children = try container.decode(Int.self, forKey: .children)
        // Written as [[value, count], …] in value order, so that a tally has one text.
        let pairs = try container.decodeIfPresent([[Int]].self, forKey: .values) ?? []
        values = [:]
        for pair in pairs where pair.count == 2 { values[pair[0], default: 0] += pair[1] }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(numerator, forKey: .numerator)
        try container.encode(denominator, forKey: .denominator)
        try container.encode(children, forKey: .children)
        if !values.isEmpty { try container.encode(values.keys.sorted().map { [$0, values[$0]!] }, forKey: .values) }
    }
}
