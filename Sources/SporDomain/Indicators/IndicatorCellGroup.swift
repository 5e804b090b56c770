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

    /// The cells as one JSON text, `[[district, age band, sex, tally], …]` ("" for a breakdown that does not split by
    /// it; the tally as `IndicatorTally.json` writes it), in the order of those three texts: equal groups have equal
    /// texts, so a store compares its groups as texts.
    public var json: String {
        let sorted = cells.map { (key: Self.key($0.breakdown), tally: $0.tally) }.sorted { a, b in
            (a.key.district, a.key.age, a.key.sex) < (b.key.district, b.key.age, b.key.sex)
        }
        var text = "["
        for (index, cell) in sorted.enumerated() {
            if index > 0 { text += "," }
            text += "[" + Self.jsonString(cell.key.district) + ",\"" + cell.key.age + "\",\"" + cell.key.sex + "\","
            text += cell.tally.json
            text += "]"
        }
        return text + "]"
    }

    /// Reads what `json` wrote; a text that is not such a group is refused.
    public init(indicator: String, series: String, period: IndicatorPeriod, json: String) throws {
        func corrupt(_ what: String) -> DecodingError {
            DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "Not a cell group: \(what)"))
        }
        guard case .array(let elements) = try PayloadJSONDecoder.parse(json) else { throw corrupt("not an array") }
        var cells: [(breakdown: IndicatorBreakdown, tally: IndicatorTally)] = []
        cells.reserveCapacity(elements.count)
        for element in elements {
            guard case .array(let parts) = element, parts.count == 4, case .string(let district) = parts[0], case .string(let age) = parts[1],
                  case .string(let sex) = parts[2] else { throw corrupt("a cell is not [district, age band, sex, tally]") }
            let ageGroup = AgeGroup(rawValue: age), legalSex = LegalSex(rawValue: sex)
            guard ageGroup != nil || age.isEmpty else { throw corrupt("\(age) is not an age band") }
            guard legalSex != nil || sex.isEmpty else { throw corrupt("\(sex) is not a sex") }
            let breakdown = IndicatorBreakdown(district: district.isEmpty ? nil : district, ageGroup: ageGroup, sex: legalSex)
            cells.append((breakdown, try IndicatorTally(parsed: parts[3])))
        }
        self.init(indicator: indicator, series: series, period: period, cells: cells)
    }

    /// A breakdown's three parts as texts, "" for those it does not split by (as a store keys its cells).
    public static func key(_ breakdown: IndicatorBreakdown) -> (district: String, age: String, sex: String) {
        (breakdown.district ?? "", breakdown.ageGroup?.rawValue ?? "", breakdown.sex?.rawValue ?? "")
    }

    /// A JSON string: quotes, backslashes and control characters escaped.
    static func jsonString(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return "\"" + text + "\"" }
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
