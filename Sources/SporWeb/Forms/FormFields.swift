import Foundation
import Plot
import SporDomain

/// Builds a form's fields: every field kind a page asks with, the only writer of their attribute values (all escaped).
/// What was typed comes back after a refusal, and the refused field carries the reason. Field ids are
/// `<prefix>-<name>`; a page with several forms names each (`form`) so only the refused one shows its refusal.
struct FormFields {
    let context: PageContext
    let idPrefix: String
    /// This form's name on its page; a refusal of another form on the same page is not shown here.
    let form: String
    /// The refusal of this form, if it was refused.
    let refusal: Refusal?
    /// Ids a page has long used that do not read `<prefix>-<name>` (the meeting form's `meeting-birth` for `birthDate`).
    var ids: [String: String] = [:]
    /// What the form opens with, as if sent (an entry being amended, its values read back): a refusal's values replace it.
    let initial: FormValues?

    init(_ context: PageContext, idPrefix: String, form: String = "", refusal: Refusal?, initial: FormValues? = nil,
         ids: [String: String] = [:]) {
        self.context = context
        self.idPrefix = idPrefix
        self.form = form
        self.refusal = refusal.flatMap { $0.form == form ? $0 : nil }
        self.initial = initial
        self.ids = ids
    }

    var values: FormValues { refusal?.values ?? initial ?? FormValues() }
    /// Whether the form shows values sent (after a refusal) or given (an amendment): checkboxes then show those, not their default.
    var isReturned: Bool { refusal != nil || initial != nil }

    /// A field's id, escaped: a field name may carry a configured value (an offer's id, a goal's id).
    func id(_ name: String) -> String { escapeAttribute(ids[name] ?? "\(idPrefix)-\(name)") }
    func value(_ name: String, _ fallback: String = "") -> String { values[name] ?? fallback }
    func errorText(_ name: String) -> String? { refusal?.field == name ? refusal?.message : nil }

    /// The refusal's message above the form (`role="alert"`), with `lead` before it ("Formularen blev ikke gemt.").
    func summary(_ lead: LocalizedText = Strings.formHasErrors) -> Node<HTML.BodyContext> {
        .unwrap(refusal) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain("\(context.t(lead)) \($0.message)")) }
    }

    /// A label, the field's refusal if any, and the control.
    func field<C: HTML.BodyContext>(_ name: String, _ label: String, _ control: Node<C>) -> Node<C> {
        .div(.class(errorText(name) == nil ? "field" : "field has-error"),
             .label(.for(id(name)), .plain(label)),
             .unwrap(errorText(name)) { .p(.class("field-error"), .id("\(id(name))-error"), .plain($0)) },
             control)
    }

    func text(_ name: String, _ label: LocalizedText, required: Bool = false, fallback: String = "", type: String = "text",
              maxLength: Int? = nil, describedBy: String? = nil) -> Node<HTML.FormContext> {
        field(name, context.t(label), .input(
            .id(id(name)), .name(escapeAttribute(name)), .attribute(named: "type", value: type), .required(required),
            .unwrap(maxLength) { .attribute(named: "maxlength", value: String($0)) },
            .unwrap(describedBy) { .attribute(named: "aria-describedby", value: escapeAttribute($0)) },
            .value(escapeAttribute(value(name, fallback)))))
    }

    func area(_ name: String, _ label: LocalizedText, required: Bool = false, rows: Int = 3, fallback: String = "") -> Node<HTML.FormContext> {
        field(name, context.t(label), .textarea(.id(id(name)), .name(escapeAttribute(name)), .attribute(named: "rows", value: String(rows)),
                                                .required(required), .plain(value(name, fallback))))
    }

    func date(_ name: String, _ label: LocalizedText, required: Bool = false, fallback: String = "") -> Node<HTML.FormContext> {
        text(name, label, required: required, fallback: fallback, type: "date")
    }

    /// A file to send (its form is `multipart/form-data`); `accept` lists the media types the browser offers. A browser
    /// never sends a chosen file back, so a refused form asks for it again.
    func file(_ name: String, _ label: LocalizedText, accept: [String], required: Bool = true) -> Node<HTML.FormContext> {
        field(name, context.t(label), .input(.id(id(name)), .name(escapeAttribute(name)), .attribute(named: "type", value: "file"),
                                             .attribute(named: "accept", value: escapeAttribute(accept.joined(separator: ","))),
                                             .required(required)))
    }

    func number(_ name: String, _ label: LocalizedText, required: Bool = false, fallback: String = "", min: Int = 0,
                max: Int? = nil) -> Node<HTML.FormContext> {
        field(name, context.t(label), .input(.id(id(name)), .name(escapeAttribute(name)), .attribute(named: "type", value: "number"),
                                             .attribute(named: "min", value: String(min)),
                                             .unwrap(max) { .attribute(named: "max", value: String($0)) },
                                             .required(required), .value(escapeAttribute(value(name, fallback)))))
    }

    /// When something happened, offered as now; its hidden "shown" twin keeps the minute the form showed, so a time
    /// left as it was reads as the moment of saving (`FormValues.occurred`).
    func dateTime(_ name: String = "occurredAt", _ label: LocalizedText = Strings.occurredAt) -> Node<HTML.FormContext> {
        field(name, context.t(label), .group(
            .input(.id(id(name)), .name(escapeAttribute(name)), .attribute(named: "type", value: "datetime-local"), .required(true),
                   .value(escapeAttribute(value(name, Format.dateTimeLocal(context.now))))),
            .input(.type(.hidden), .name(escapeAttribute(name + "Shown")), .value(escapeAttribute(value(name + "Shown", Format.dateTimeLocal(context.now)))))))
    }

    /// A checkbox; checked by default only until the form comes back.
    func check(_ name: String, _ label: LocalizedText, checkedByDefault: Bool = false) -> Node<HTML.FormContext> {
        let checked = isReturned ? values[name] != nil : checkedByDefault
        return .div(.class("check"), .input(.id(id(name)), .name(escapeAttribute(name)), .type(.checkbox), .value("1"), .checked(checked)),
                    .label(.for(id(name)), .plain(context.t(label))))
    }

    /// A list of checkboxes under one legend, each its own field (`<name>`).
    func checkList(_ legend: LocalizedText, _ boxes: [(name: String, label: LocalizedText)], checked: Set<String> = []) -> Node<HTML.FormContext> {
        .element(named: "fieldset", nodes: [
            .element(named: "legend", nodes: [.plain(context.t(legend))]),
            .forEach(boxes) { check($0.name, $0.label, checkedByDefault: checked.contains($0.name)) },
        ])
    }

    /// A choice from a list. Without a fallback the first option is chosen — so a legal question's list starts with
    /// an empty option, or uses `choices` (radio buttons with none chosen).
    func choice(_ name: String, _ label: LocalizedText, _ options: [(value: String, text: String)], fallback: String? = nil) -> Node<HTML.FormContext> {
        let selected = values[name] ?? fallback ?? options.first?.value ?? ""
        return field(name, context.t(label), .element(named: "select", nodes: [
            .attribute(named: "id", value: id(name)),
            .attribute(named: "name", value: escapeAttribute(name)),
            .group(options.map { FormFields.option(value: $0.value, text: $0.text, selected: $0.value == selected) }),
        ]))
    }

    /// A legal question as a list: it starts unanswered ("— Vælg svar —"), and the server refuses it so (issue 21: a form
    /// never answers a legal question for the user). What was chosen comes back after a refusal.
    func question(_ name: String, _ label: LocalizedText, _ options: [(value: String, text: String)]) -> Node<HTML.FormContext> {
        let selected = values[name] ?? ""
        return field(name, context.t(label), .element(named: "select", nodes: [
            .attribute(named: "id", value: id(name)),
            .attribute(named: "name", value: escapeAttribute(name)),
            .attribute(named: "required", value: "required"),
            .group(([("", context.t(Strings.chooseAnswer))] + options).map {
                FormFields.option(value: $0.value, text: $0.text, selected: $0.value == selected)
            }),
        ]))
    }

    /// A legal yes/no question as a list, unanswered until the user answers.
    func questionYesNo(_ name: String, _ label: LocalizedText) -> Node<HTML.FormContext> {
        question(name, label, [("no", context.t(Strings.no)), ("yes", context.t(Strings.yes))])
    }

    /// A required choice shown whole, none chosen until the user chooses (`<prefix>-<name>-<value>`).
    func choices(_ name: String, _ legend: LocalizedText, _ options: [(value: String, text: String)], selected: String? = nil,
                 required: Bool = true) -> Node<HTML.FormContext> {
        let chosen = values[name] ?? selected
        return .element(named: "fieldset", nodes: [
            .class(errorText(name) == nil ? "choices" : "choices has-error"),
            .id(id(name)),
            .element(named: "legend", nodes: [.plain(context.t(legend))]),
            .unwrap(errorText(name)) { .p(.class("field-error"), .id("\(id(name))-error"), .plain($0)) },
            .forEach(options) { option in
                .span(.class("choice"),
                    .input(.id("\(id(name))-\(escapeAttribute(option.value))"), .name(escapeAttribute(name)), .type(.radio), .value(escapeAttribute(option.value)),
                           .required(required), .checked(chosen == option.value)),
                    .label(.for("\(id(name))-\(escapeAttribute(option.value))"), .plain(option.text)))
            },
        ])
    }

    /// A yes/no question, unanswered until the user answers (`yes` / `no`).
    func yesNo(_ name: String, _ legend: LocalizedText) -> Node<HTML.FormContext> {
        choices(name, legend, [("yes", context.t(Strings.yes)), ("no", context.t(Strings.no))])
    }

    func hidden(_ name: String, _ value: String) -> Node<HTML.FormContext> { FormFields.hidden(name, value) }

    /// A hidden value in a form the page frame writes (the language switch's way back, the form token).
    static func hidden<C: HTMLContext>(_ name: String, _ value: String) -> Node<C> {
        .selfClosedElement(named: "input", attributes: [
            Attribute(name: "type", value: "hidden"),
            Attribute(name: "name", value: escapeAttribute(name)),
            Attribute(name: "value", value: escapeAttribute(value), ignoreIfValueIsEmpty: false),
        ])
    }

    /// An attribute a control needs beyond its kind (`autocomplete`, `inputmode`, `aria-describedby`, `max` …).
    typealias Extra = [(name: String, value: String)]

    private static func extras<C>(_ extra: Extra) -> Node<C> {
        .group(extra.map { .attribute(named: $0.name, value: escapeAttribute($0.value)) })
    }

    /// The control alone, for a page that writes its label itself (through `field`): an `<input>` of `type` whose value
    /// is what was typed, else `fallback`; a secret (a password, a one-time code) never comes back.
    func input<C: HTML.BodyContext>(_ name: String, type: String = "text", fallback: String = "", required: Bool = false,
                                    secret: Bool = false, _ extra: Extra = []) -> Node<C> {
        var attributes: [Attribute<C>] = [
            Attribute(name: "id", value: id(name)),
            Attribute(name: "name", value: escapeAttribute(name)),
            Attribute(name: "type", value: escapeAttribute(type)),
        ]
        if required { attributes.append(Attribute(name: "required", value: nil, ignoreIfValueIsEmpty: false)) }
        if !secret && type != "password" { attributes.append(Attribute(name: "value", value: escapeAttribute(value(name, fallback)))) }
        attributes += extra.map { Attribute(name: $0.name, value: escapeAttribute($0.value)) }
        return .selfClosedElement(named: "input", attributes: attributes)
    }

    /// A text area alone, with what was typed, else `fallback`; `name` nil for one that only shows text (read-only).
    func textarea<C: HTML.BodyContext>(_ name: String, rows: Int, fallback: String = "", required: Bool = false, submitted: Bool = true,
                                       _ extra: Extra = []) -> Node<C> {
        .textarea(.id(id(name)), .if(submitted, .name(escapeAttribute(name))), .attribute(named: "rows", value: String(rows)), .required(required),
                  FormFields.extras(extra), .plain(value(name, fallback)))
    }

    /// One radio button of `name`, with its own id (a list that writes its own legend).
    func radio<C: HTML.BodyContext>(_ name: String, value: String, id: String, required: Bool = true) -> Node<C> {
        .input(.id(escapeAttribute(id)), .name(escapeAttribute(name)), .type(.radio), .value(escapeAttribute(value)), .required(required),
               .checked(values[name] == value))
    }

    /// A select whose label the page writes itself (a picker inside a table row, the concern levels).
    static func select<C: HTML.BodyContext>(id: String, name: String, _ options: [Node<HTML.SelectContext>], _ extra: Extra = []) -> Node<C> {
        .element(named: "select", nodes: [
            .attribute(named: "id", value: escapeAttribute(id)),
            .attribute(named: "name", value: escapeAttribute(name)),
            extras(extra),
            .group(options),
        ])
    }

    static func option(value: String, text: String, selected: Bool) -> Node<HTML.SelectContext> {
        .element(named: "option", nodes: [
            // An empty value ("none") is a value too; Plot would drop it and the browser send the text.
            .attribute(named: "value", value: escapeAttribute(value), ignoreIfValueIsEmpty: false),
            selected ? .attribute(named: "selected", value: "selected") : .empty,
            .plain(text),
        ])
    }

    /// An entry as an option: its kind and when.
    func entryOption(_ entry: Entry) -> (value: String, text: String) {
        (entry.id.uuidString, "\(context.t(Strings.entryKind(entry.kind))) \(Format.dateTime(entry.occurredAt, context.language))")
    }
}
