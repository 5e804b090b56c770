import Foundation
import Plot
import SporDomain

/// Attaching a document that came in: a title, the day it is dated, who sent it, and the file (its type is read from
/// its content on the server).
enum AttachmentUploadView {
    static func body(_ model: AttachmentUploadModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "attachment", form: AttachmentUploadModel.form, refusal: refusal)
        return .div(.class("attachment-upload"),
            .p(.a(.href(SiteURL.child(model.childID).path), .plain("← \(model.childName)"))),
            .h1(.plain(context.t(Strings.attachmentTitle, model.childName))),
            .p(.plain(context.t(Strings.attachmentIntro))),
            fields.summary(),
            .form(.id("attachment-form"), .class("entry-form narrow"), .action(SiteURL.child(model.childID, .attachments).path),
                  .method(.post), .enctype(.multipartData),
                csrfField(context),
                fields.text("title", Strings.attachmentTitleLabel, required: true, maxLength: 200),
                fields.date("dated", Strings.attachmentDatedLabel, required: true, fallback: model.today.iso),
                fields.text("sender", Strings.attachmentSenderLabel, required: true, maxLength: 200),
                fields.file("file", Strings.attachmentFileLabel, accept: AttachmentContent.allCases.map(\.mediaType)),
                .button(.id("attachment-submit"), .type(.submit), .plain(context.t(Strings.attachmentSubmit)))))
    }

    /// A file's size as a reader says it: "340 kB", "2,4 MB".
    static func size(_ bytes: Int, _ language: Language) -> String {
        bytes < 1024 * 1024 ? "\(Format.integer(max(1, (bytes + 512) / 1024), language)) kB"
            : "\(Format.number(Double(bytes) / 1_048_576, language)) MB"
    }
}
