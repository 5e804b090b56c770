import Foundation
import Plot
import SporDomain
import SporDocuments

/// The letter templates, one per kind, each with its version and a link to edit it.
enum LetterTemplatesView {
    static func body(_ model: LetterTemplatesModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h1(.plain(context.t(Strings.letterTemplatesTitle))),
            .p(.plain(context.t(Strings.letterTemplatesIntro))),
            .table(
                .thead(.tr(.th(.plain(context.t(Strings.letterTemplateKind))), .th(.plain(context.t(Strings.letterTemplateVersion))))),
                .tbody(.forEach(model.templates) { template in
                    .tr(.td(.a(.href(SiteURL.letterTemplate(.value(template.kind.rawValue)).path), .plain(context.t(Strings.letterKind(template.kind))))),
                        .td(.plain(String(template.version))))
                })))
    }
}

/// One template's form: the subject and text, and their plain-language variant for a child; saving writes a new version.
enum LetterTemplateView {
    static func body(_ model: LetterTemplateModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let template = model.template
        let fields = FormFields(context, idPrefix: "template", refusal: refusal)
        return .group(
            .p(.a(.href(SiteURL.letterTemplates.path), .plain("← \(context.t(Strings.letterTemplatesTitle))"))),
            .h1(.plain(context.t(Strings.letterKind(template.kind)))),
            .p(.class("hint"), .plain(context.t(Strings.letterTemplateHint.filled(String(template.version))))),
            .p(.class("hint"), .plain(context.t(Strings.letterTemplateFields.filled(LetterFields.names.joined(separator: ", "))))),
            fields.summary(),
            .form(.id("template-form"), .class("entry-form"), .action(SiteURL.letterTemplate(.value(template.kind.rawValue)).path), .method(.post),
                csrfField(context),
                fields.text("subject", Strings.letterSubject, required: true, fallback: template.subject),
                fields.area("body", Strings.letterText, required: true, rows: 20, fallback: template.body),
                fields.text("plainSubject", Strings.letterTemplatePlainSubject, required: true, fallback: template.plainSubject),
                fields.area("plainBody", Strings.letterTemplatePlainBody, required: true, rows: 12, fallback: template.plainBody),
                .button(.type(.submit), .plain(context.t(Strings.letterTemplateSave)))))
    }
}
