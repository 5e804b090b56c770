import Foundation
import Plot
import SporDomain

extension ChildPageView {
    /// A letter on the timeline: its subject and to whom; a handover, by which channel.
    static func letterPayload(_ payload: EntryPayload, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        switch payload {
        case .letter(let letter):
            return .group(
                .p(.strong(.plain(letter.subject))),
                .p(.class("meta"), .plain(letter.recipients.map(\.name).joined(separator: ", "))))
        case .letterHandedOver(let handover):
            return .p(.class("meta"), .plain(handover.channel))
        default:
            return .empty
        }
    }
}
