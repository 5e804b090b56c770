import Foundation
import Plot
import SporDomain

extension ChildPageView {
    /// An attachment on the timeline: its title, who sent it, the day it is dated, its type and size, and the download.
    static func attachmentPayload(_ attachment: Attachment, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let file = attachment.file
        // The entry that holds it (two entries holding the same attachment hold the same file).
        let entry = model.timeline.entries.first { $0.payload == .attachment(attachment) }
        return .group(
            .p(.strong(.plain(attachment.title))),
            .p(.class("meta"), .plain("\(context.t(Strings.attachmentSenderLabel)): \(attachment.sender) · "
                                      + "\(context.t(Strings.attachmentDatedLabel)): \(Format.date(attachment.dated, context.language))")),
            .p(.class("meta attachment-file"),
               .plain("\(context.t(Strings.fileKind(file.mediaType))) · \(AttachmentUploadView.size(file.size, context.language)) · "),
               .unwrap(entry) { entry in
                   .a(.class("attachment-download"), .href(SiteURL.child(model.child.id, .attachmentFile(.value(entry.id))).path),
                      .plain(context.t(Strings.attachmentDownload, file.name)))
               }))
    }
}
