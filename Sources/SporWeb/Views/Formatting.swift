import Foundation
import SporDomain
import SporDocuments

/// The one place dates and times are written for people: Danish local time.
/// Built from calendar components rather than DateFormatter, which is slow to make and not Sendable.
enum Format {
    private static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func parts(_ date: Date) -> DateComponents {
        DanishTime.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    }

    static func dateTime(_ date: Date, _ language: Language) -> String {
        let c = parts(date)
        switch language {
        case .da: return String(format: "%02d.%02d.%04d kl. %02d.%02d", c.day!, c.month!, c.year!, c.hour!, c.minute!)
        case .en: return String(format: "%d %@ %04d, %02d:%02d", c.day!, englishMonths[c.month! - 1], c.year!, c.hour!, c.minute!)
        }
    }

    /// A deadline: one at local midnight is the end of the day before ("udgangen af 30.11.2026"), not
    /// "01.12.2026 kl. 00.00"; any other is a date and time.
    static func deadline(_ due: Date, _ language: Language) -> String {
        let c = parts(due)
        guard c.hour == 0, c.minute == 0 else { return dateTime(due, language) }
        let day = DanishTime.localDate(of: due).adding(days: -1)
        return Strings.endOfDay(language, date(day, language))
    }

    /// A number with at most one decimal: a decimal comma in Danish.
    static func number(_ value: Double, _ language: Language) -> String {
        let danish = DanishFormat.number(value)
        return language == .da ? danish : danish.replacingOccurrences(of: ",", with: ".")
    }

    /// A whole number with thousands grouped: "100.000" in Danish, "100,000" in English.
    static func integer(_ value: Int, _ language: Language) -> String {
        DanishFormat.integer(value, separator: language == .da ? "." : ",")
    }

    static func date(_ date: LocalDate, _ language: Language) -> String {
        switch language {
        case .da: DanishFormat.date(date)
        case .en: date.iso
        }
    }

    /// An instant for a `datetime` attribute (UTC, ISO 8601).
    static func machine(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// The value of an `<input type="datetime-local">`, in Danish time.
    static func dateTimeLocal(_ date: Date) -> String {
        let c = parts(date)
        return String(format: "%04d-%02d-%02dT%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
    }

    /// Reads an `<input type="datetime-local">` value (`YYYY-MM-DDTHH:MM`, seconds optional) as Danish local time.
    static func parseDateTimeLocal(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let halves = trimmed.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard halves.count == 2, let day = LocalDate(iso: String(halves[0])) else { return nil }
        let time = halves[1].split(separator: ":")
        guard (2...3).contains(time.count), time.allSatisfy({ $0.count == 2 }),
              let hour = Int(time[0]), let minute = Int(time[1]), (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        let second = time.count == 3 ? Int(time[2]) : 0
        guard let second, (0..<60).contains(second) else { return nil }
        return DanishTime.instant(day, hour: hour, minute: minute).addingTimeInterval(Double(second))
    }

    static func age(_ birthDate: LocalDate, on now: Date, _ language: Language) -> String {
        Strings.years(language, String(birthDate.age(on: DanishTime.localDate(of: now))))
    }
}
