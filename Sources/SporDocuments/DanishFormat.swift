import Foundation
import SporDomain

/// The one Danish way of writing dates and numbers, for pages, CSV, DOCX and Markdown alike: "05.03.2025", a decimal
/// comma ("72,5"), thousands grouped with a point ("100.000").
public enum DanishFormat {
    /// "05.03.2025".
    public static func date(_ day: LocalDate) -> String {
        String(format: "%02d.%02d.%04d", day.day, day.month, day.year)
    }

    /// A number with exactly `places` decimals and a decimal comma, e.g. 72,0 (a report's column reads alike).
    public static func decimal(_ value: Double, places: Int = 1) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let fraction = String(scaled % scale)
        let padded = String(repeating: "0", count: places - fraction.count) + fraction
        return (value < 0 && scaled != 0 ? "-" : "") + String(scaled / scale) + (places > 0 ? "," + padded : "")
    }

    /// A number with at most one decimal, none when whole: "72", "72,5".
    public static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : decimal(rounded, places: 1)
    }

    /// A whole number with thousands grouped by `separator` ("100.000").
    public static func integer(_ value: Int, separator: Character = ".") -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }
}
