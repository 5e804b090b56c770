import Foundation
import Plot
import SporDomain

extension ChildPageView {
    /// An attachment on the timeline: its title, who sent it and the day it is dated.
    static func attachmentPayload(_ attachment: Attachment, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(.strong(.plain(attachment.title))),
            .p(.class("meta"), .plain("\(attachment.sender) · \(Format.date(attachment.dated, context.language))")))
    }
}
