import Foundation
import SporDomain

/// The one place dates and times are written for people: Danish local time.
enum Format {
    private static func formatter(_ pattern: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.calendar = DanishTime.calendar
        formatter.timeZone = DanishTime.zone
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = pattern
        return formatter
    }

    static func dateTime(_ date: Date, _ language: Language) -> String {
        switch language {
        case .da: formatter("dd.MM.yyyy 'kl.' HH.mm").string(from: date)
        case .en: formatter("d MMM yyyy, HH:mm").string(from: date)
        }
    }

    static func date(_ date: LocalDate, _ language: Language) -> String {
        switch language {
        case .da: String(format: "%02d.%02d.%04d", date.day, date.month, date.year)
        case .en: date.iso
        }
    }

    /// The value of an `<input type="datetime-local">`, in Danish time.
    static func dateTimeLocal(_ date: Date) -> String {
        formatter("yyyy-MM-dd'T'HH:mm").string(from: date)
    }

    /// Reads an `<input type="datetime-local">` value as Danish local time.
    static func parseDateTimeLocal(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for pattern in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"] {
            if let date = formatter(pattern).date(from: trimmed) { return date }
        }
        return nil
    }

    static func age(_ birthDate: LocalDate, on now: Date, _ language: Language) -> String {
        Strings.years(language, String(birthDate.age(on: DanishTime.localDate(of: now))))
    }
}
