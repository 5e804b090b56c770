import Foundation
import Plot
import SporDomain

/// The letter drafted from the journal: recipients (those the journal knows are offered), the subject and text to edit,
/// and "Færdiggør og send".
enum LetterDraftView {
    static func body(_ model: LetterDraftModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let child = model.page.child
        let fields = FormFields(context, idPrefix: "letter", form: model.formName, refusal: refusal)
        let action = SiteURL.child(child.id, .letterNew(.value(model.kind.rawValue)))
        var query: [(String, String)] = [("concerns", model.concerns?.uuidString ?? "")]
        if !model.plainLanguage { query.append(("plain", "1")) }
        return .group(
            .p(.a(.href(SiteURL.child(child.id).path), .plain("← \(child.fullName)"))),
            .h1(.plain(context.t(Strings.letterDraftTitle(model.kind)))),
            .p(.class("hint"), .plain(context.t(Strings.letterDraftHint.filled(String(model.template.version))))),
            .if(model.options.contains { $0.recipient.role == .child }, .p(
                .a(.href(escapeAttribute(action.path(query: query))),
                   .plain(context.t(model.plainLanguage ? Strings.letterStandardVariant : Strings.letterPlainVariant))))),
            .if(!model.pdfAvailable, .p(.class("notice"), .plain(context.t(Strings.letterPDFMissing)))),
            fields.summary(),
            .form(.id("letter-form"), .class("entry-form"), .action(action.path), .method(.post),
                csrfField(context),
                fields.hidden("concerns", model.concerns?.uuidString ?? ""),
                .if(model.plainLanguage, fields.hidden("plain", "1")),
                .element(named: "fieldset", nodes: [
                    .id(fields.id("recipients")),
                    .element(named: "legend", nodes: [.plain(context.t(Strings.letterRecipients))]),
                    .unwrap(fields.errorText("recipients")) { .p(.class("error"), .plain($0)) },
                    .if(model.options.isEmpty, .p(.class("hint"), .plain(context.t(Strings.letterNoRecipients)))),
                    .forEach(model.options) { option in
                        fields.check(option.field, Strings.letterRecipient(option.recipient), checkedByDefault: option.checked)
                    },
                ]),
                fields.text("subject", Strings.letterSubject, required: true, fallback: model.subject),
                fields.area("body", Strings.letterText, required: true, rows: 24, fallback: model.body),
                .button(.id("letter-finalise"), .type(.submit), .plain(context.t(Strings.letterFinalise))))
        )
    }
}
