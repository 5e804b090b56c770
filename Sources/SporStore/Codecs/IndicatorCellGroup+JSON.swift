import Foundation
import SporDomain

/// A cell group as the store keeps it: one row, the cells in one JSON text.
extension IndicatorCellGroup {
    /// The cells as one JSON text, a cell `[district, age band, sex, numerator, denominator, children]` ("" for a
    /// breakdown that does not split by it), with a seventh element for a median's values, `[value, count, value,
    /// count, …]` in value order. The cells go in the order of their three texts: equal groups have equal texts, so a
    /// store compares its groups as texts. Written byte by byte: a full recompute writes 35,000 cells, and string
    /// interpolation and concatenation were most of the time spent writing them (in `perf`).
    var json: String {
        let sorted = cells.map { (key: Self.key($0.breakdown), tally: $0.tally) }.sorted { a, b in
            (a.key.district, a.key.age, a.key.sex) < (b.key.district, b.key.age, b.key.sex)
        }
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(40 * sorted.count)
        for (index, cell) in sorted.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "["))
            Self.appendString(cell.key.district, to: &bytes)
            for part in [cell.key.age, cell.key.sex] {
                bytes.append(UInt8(ascii: ","))
                Self.appendString(part, to: &bytes)
            }
            let tally = cell.tally
            for number in [tally.numerator, tally.denominator, tally.children] {
                bytes.append(UInt8(ascii: ","))
                Self.appendInteger(number, to: &bytes)
            }
            if !tally.values.isEmpty {
                bytes.append(contentsOf: ",[".utf8)
                for (index, value) in tally.values.keys.sorted().enumerated() {
                    if index > 0 { bytes.append(UInt8(ascii: ",")) }
                    Self.appendInteger(value, to: &bytes)
                    bytes.append(UInt8(ascii: ","))
                    Self.appendInteger(tally.values[value]!, to: &bytes)
                }
                bytes.append(UInt8(ascii: "]"))
            }
            bytes.append(UInt8(ascii: "]"))
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads what `json` wrote; a text that is not such a group is refused.
    init(indicator: String, series: String, period: IndicatorPeriod, json: String) throws {
        func corrupt(_ what: String) -> DecodingError {
            DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "Not a cell group: \(what)"))
        }
        func integer(_ value: JSONValue) throws -> Int {
            guard case .number(let digits) = value, let number = Int(digits) else { throw corrupt("\(value.kind) is not a whole number") }
            return number
        }
        guard case .array(let elements) = try PayloadJSONDecoder.parse(json) else { throw corrupt("not an array") }
        var cells: [(breakdown: IndicatorBreakdown, tally: IndicatorTally)] = []
        cells.reserveCapacity(elements.count)
        for element in elements {
            guard case .array(let parts) = element, parts.count == 6 || parts.count == 7, case .string(let district) = parts[0],
                  case .string(let age) = parts[1], case .string(let sex) = parts[2] else {
                throw corrupt("a cell is not [district, age band, sex, numerator, denominator, children(, values)]")
            }
            let ageGroup = AgeGroup(rawValue: age), legalSex = LegalSex(rawValue: sex)
            guard ageGroup != nil || age.isEmpty else { throw corrupt("\(age) is not an age band") }
            guard legalSex != nil || sex.isEmpty else { throw corrupt("\(sex) is not a sex") }
            var tally = IndicatorTally(numerator: try integer(parts[3]), denominator: try integer(parts[4]), children: try integer(parts[5]))
            if parts.count == 7 {
                guard case .array(let values) = parts[6], values.count % 2 == 0 else { throw corrupt("the values are not value, count pairs") }
                for pair in stride(from: 0, to: values.count, by: 2) {
                    tally.values[try integer(values[pair]), default: 0] += try integer(values[pair + 1])
                }
            }
            cells.append((IndicatorBreakdown(district: district.isEmpty ? nil : district, ageGroup: ageGroup, sex: legalSex), tally))
        }
        self.init(indicator: indicator, series: series, period: period, cells: cells)
    }

    /// A breakdown's three parts as texts, "" for those it does not split by.
    private static func key(_ breakdown: IndicatorBreakdown) -> (district: String, age: String, sex: String) {
        (breakdown.district ?? "", breakdown.ageGroup?.rawValue ?? "", breakdown.sex?.rawValue ?? "")
    }

    /// A JSON string: quotes, backslashes and control characters escaped.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// An integer in decimal digits.
    static func appendInteger(_ number: Int, to bytes: inout [UInt8]) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }
}
