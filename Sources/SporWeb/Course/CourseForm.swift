import Foundation
import Plot
import SporDomain
import SporStore

/// The old field builder the course forms used, left for the policy and offer pages until they move to `FormFields`
/// (the course forms now use `FormFields` with the prefix `step`).
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

    /// An entry as an option: its kind and when.
    func entryOption(_ entry: Entry) -> (value: String, text: String) {
        (entry.id.uuidString, "\(context.t(Strings.entryKind(entry.kind))) \(Format.dateTime(entry.occurredAt, context.language))")
    }
}
