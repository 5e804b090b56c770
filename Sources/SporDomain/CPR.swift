import Foundation

/// Legal sex as read from a CPR number (odd last digit: male; even: female).
public enum LegalSex: String, Sendable, Codable, CaseIterable {
    case female, male
}

/// A Danish personal identification number (CPR-nummer), validated on construction.
///
/// Only a string that names a real birth date under the CPR office's century rule becomes a `CPR`.
/// There is no modulus-11 check: numbers without it have been issued since 2007.
public struct CPR: Sendable, Hashable, CustomStringConvertible {
    /// Ten digits, no hyphen.
    public let digits: String
    public let birthDate: LocalDate
    public let sex: LegalSex

    /// Accepts `DDMMYY-SSSS` and `DDMMYYSSSS` (surrounding white space is ignored).
    public init(_ text: String) throws(DomainError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var digits = trimmed
        if trimmed.count == 11 {
            let hyphen = trimmed.index(trimmed.startIndex, offsetBy: 6)
            guard trimmed[hyphen] == "-" else { throw DomainError(.cprFormat) }
            digits.remove(at: hyphen)
        }
        guard digits.count == 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw DomainError(.cprFormat)
        }
        let n = digits.compactMap { Int(String($0)) }
        let day = n[0] * 10 + n[1]
        let month = n[2] * 10 + n[3]
        let yy = n[4] * 10 + n[5]
        guard let year = CPR.year(twoDigit: yy, seventhDigit: n[6]),
              let birthDate = LocalDate(year: year, month: month, day: day) else {
            throw DomainError(.cprDate)
        }
        self.digits = digits
        self.birthDate = birthDate
        self.sex = n[9] % 2 == 1 ? .male : .female
    }

    /// The CPR office's century table for the 7th digit.
    public static func year(twoDigit yy: Int, seventhDigit d: Int) -> Int? {
        switch d {
        case 0...3: return 1900 + yy
        case 4, 9: return yy <= 36 ? 2000 + yy : 1900 + yy
        case 5...8: return yy <= 57 ? 2000 + yy : 1800 + yy
        default: return nil
        }
    }

    /// `DDMMYY-SSSS`.
    public var formatted: String {
        "\(digits.prefix(6))-\(digits.suffix(4))"
    }

    /// `DDMMYY-xxxx`: what a page shows.
    public var masked: String { "\(digits.prefix(6))-xxxx" }

    public var description: String { masked }
}
