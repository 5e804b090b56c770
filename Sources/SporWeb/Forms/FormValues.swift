import Foundation
import Vapor
import SporDomain

/// What a form sent, read field by field. A value that cannot be read throws `FormError` naming its field; the one
/// submit path (`FormSubmission`) turns it into a refusal that keeps everything typed.
struct FormValues: Sendable {
    let values: [String: String]

    init(_ values: [String: String] = [:]) { self.values = values }

    /// The request's form: urlencoded, or the text fields of a form with a file (`FormData`).
    init(_ request: Request) throws {
        values = FormData.isFormData(request) ? try FormData.collected(request).texts() : try request.content.decode([String: String].self)
    }

    subscript(name: String) -> String? { values[name] }

    func text(_ name: String) -> String { values[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }
    func optionalText(_ name: String) -> String? { let t = text(name); return t.isEmpty ? nil : t }
    func flag(_ name: String) -> Bool { values[name] != nil }

    func uuid(_ name: String) throws -> UUID {
        guard let id = values[name].flatMap(UUID.init(uuidString:)) else { throw FormError(field: name, text: Strings.errorChoiceInvalid) }
        return id
    }
    func optionalUUID(_ name: String) -> UUID? { values[name].flatMap(UUID.init(uuidString:)) }

    func date(_ name: String) throws -> LocalDate {
        guard let date = try optionalDate(name) else { throw FormError(field: name, text: Strings.errorDateInvalid) }
        return date
    }

    /// The years a date in a form may name: a mistyped year (0202, 20266) is refused, not saved or dropped.
    static let plausibleYears = 1900...2199

    /// Nil for an empty field; a field that does not read as a date in `plausibleYears` is refused.
    func optionalDate(_ name: String) throws -> LocalDate? {
        let raw = text(name)
        guard !raw.isEmpty else { return nil }
        guard let date = LocalDate(iso: raw), FormValues.plausibleYears.contains(date.year) else {
            throw FormError(field: name, text: Strings.errorDateInvalid)
        }
        return date
    }

    func choice<T: RawRepresentable>(_ name: String, as type: T.Type) throws -> T where T.RawValue == String {
        guard let value = values[name].flatMap(T.init(rawValue:)) else { throw FormError(field: name, text: Strings.errorChoiceInvalid) }
        return value
    }

    /// A yes/no question: nil while unanswered (a legal question is never answered for the user).
    func yesNo(_ name: String) -> Bool? {
        switch values[name] {
        case "yes": true
        case "no": false
        default: nil
        }
    }

    /// A legal yes/no question that must be answered: unanswered, it is refused naming the field.
    func answeredYesNo(_ name: String) throws -> Bool {
        guard let answer = yesNo(name) else { throw FormError(field: name, text: Strings.errorAnswerRequired) }
        return answer
    }

    /// A legal question's chosen answer: unanswered, it is refused naming the field; an unknown answer as any choice.
    func answer<T: RawRepresentable>(_ name: String, as type: T.Type) throws -> T where T.RawValue == String {
        guard !text(name).isEmpty else { throw FormError(field: name, text: Strings.errorAnswerRequired) }
        return try choice(name, as: type)
    }

    /// A whole number of ASCII digits (every number a form asks for is a count, an age or a year: never negative, and
    /// never "+5", " 5" or "٥"), or nil for an empty field.
    func optionalInt(_ name: String) throws -> Int? {
        let raw = text(name)
        guard !raw.isEmpty else { return nil }
        guard raw.utf8.count <= 9, raw.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }), let number = Int(raw) else {
            throw FormError(field: name, text: Strings.errorNumberInvalid)
        }
        return number
    }

    /// When something happened, from a date-time field and its "shown" twin (`DateTimeField`). The form has whole
    /// minutes; a time left as the form showed it (the minute it was opened), or the current minute, means "now": the
    /// moment it is saved, to the second, so an entry written after another is never dated before it.
    func occurred(_ name: String = "occurredAt", now: Date, error: LocalizedText = Strings.errorOccurredInvalid) throws -> Date {
        guard let text = values[name], let date = Format.parseDateTimeLocal(text) else { throw FormError(field: name, text: error) }
        if let shown = values[name + "Shown"], shown == text.trimmingCharacters(in: .whitespaces), date <= now { return now }
        let age = now.timeIntervalSince(date)
        return age >= 0 && age < 60 ? now : date
    }
}

/// A form value the domain never sees because it could not be read.
struct FormError: Error {
    let field: String
    let text: LocalizedText
}
