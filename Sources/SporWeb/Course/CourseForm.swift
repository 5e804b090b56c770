import Foundation
import Plot
import SporDomain
import SporStore

/// Builds the fields of a course form: what was typed comes back after a refusal, and the refused field
/// carries the reason.
struct CourseForm {
    let context: PageContext
    let values: [String: String]
    let error: (field: String, message: String)?

    func value(_ name: String, _ fallback: String = "") -> String { values[name] ?? fallback }
    func errorText(_ name: String) -> String? { error?.field == name ? error?.message : nil }

    func text(_ name: String, _ label: LocalizedText, required: Bool = false, fallback: String = "") -> Node<HTML.FormContext> {
        Components.field(context.t(label), id: "step-\(name)", error: errorText(name),
            .input(.id("step-\(name)"), .name(name), .type(.text), .required(required), .value(escapeAttribute(value(name, fallback)))))
    }

    func area(_ name: String, _ label: LocalizedText, required: Bool = false, rows: Int = 3) -> Node<HTML.FormContext> {
        Components.field(context.t(label), id: "step-\(name)", error: errorText(name),
            .textarea(.id("step-\(name)"), .name(name), .attribute(named: "rows", value: String(rows)), .required(required), .plain(value(name))))
    }

    func date(_ name: String, _ label: LocalizedText, required: Bool = false) -> Node<HTML.FormContext> {
        Components.field(context.t(label), id: "step-\(name)", error: errorText(name),
            .input(.id("step-\(name)"), .name(name), .type(.date), .required(required), .value(escapeAttribute(value(name)))))
    }

    func number(_ name: String, _ label: LocalizedText) -> Node<HTML.FormContext> {
        Components.field(context.t(label), id: "step-\(name)", error: errorText(name),
            .input(.id("step-\(name)"), .name(name), .attribute(named: "type", value: "number"), .attribute(named: "min", value: "0"),
                   .value(escapeAttribute(value(name)))))
    }

    func check(_ name: String, _ label: LocalizedText, checkedByDefault: Bool = false) -> Node<HTML.FormContext> {
        let checked = values.isEmpty ? checkedByDefault : values[name] != nil
        return .div(.class("check"), .input(.id("step-\(name)"), .name(name), .type(.checkbox), .value("1"), .checked(checked)),
                    .label(.for("step-\(name)"), .plain(context.t(label))))
    }

    func choice(_ name: String, _ label: LocalizedText, _ options: [(value: String, text: String)], fallback: String? = nil) -> Node<HTML.FormContext> {
        let selected = values[name] ?? fallback ?? options.first?.value ?? ""
        return Components.field(context.t(label), id: "step-\(name)", error: errorText(name),
            Components.select(id: "step-\(name)", name: name, options.map {
                Components.option(value: $0.value, text: $0.text, selected: $0.value == selected)
            }))
    }

    func occurred() -> Node<HTML.FormContext> {
        Components.field(context.t(Strings.occurredAt), id: "step-occurredAt", error: errorText("occurredAt"), .group(
            .input(.id("step-occurredAt"), .name("occurredAt"), .attribute(named: "type", value: "datetime-local"), .required(true),
                   .value(escapeAttribute(value("occurredAt", Format.dateTimeLocal(context.now))))),
            ChildrenController.shownField("occurredAt", context, kept: values["occurredAtShown"])))
    }

    /// An entry as an option: its kind and when.
    func entryOption(_ entry: Entry) -> (value: String, text: String) {
        (entry.id.uuidString, "\(context.t(Strings.entryKind(entry.kind))) \(Format.dateTime(entry.occurredAt, context.language))")
    }
}

/// Reads a submitted course form.
struct CourseFields {
    let values: [String: String]

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
        guard let date = LocalDate(iso: raw), CourseFields.plausibleYears.contains(date.year) else {
            throw FormError(field: name, text: Strings.errorDateInvalid)
        }
        return date
    }

    func choice<T: RawRepresentable>(_ name: String, as type: T.Type) throws -> T where T.RawValue == String {
        guard let value = values[name].flatMap(T.init(rawValue:)) else { throw FormError(field: name, text: Strings.errorChoiceInvalid) }
        return value
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
}
