import Foundation
import Plot
import SporDomain

extension ChildPageView {
    /// A letter on the timeline: its subject, to whom, and links to open it as sent and to its PDF and DOCX; a handover,
    /// that the letter went to the outbox.
    static func letterPayload(_ payload: EntryPayload, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        switch payload {
        case .letter(let letter):
            guard let entry = model.timeline.entries.first(where: { if case .letter(letter) = $0.payload { return true }; return false }) else {
                return .p(.strong(.plain(letter.subject)))
            }
            return .group(
                .p(.strong(.a(.class("letter-link"), .href(SiteURL.child(model.child.id, .letter(.value(entry.id))).path), .plain(letter.subject)))),
                .p(.class("meta"), .plain("\(context.t(Strings.letterRecipients)): \(letter.recipients.map(\.name).joined(separator: ", "))")),
                LetterView.files(entry, letter, context))
        case .letterHandedOver:
            return .p(.class("meta"), .plain(context.t(Strings.letterHandedOverTimeline)))
        default:
            return .empty
        }
    }

    /// "Skriv brev" beside the entry a letter is drafted from: the receipt and feedback beside a professional's
    /// notification, the decision letter beside a decision, the plan for the parents beside a plan.
    static func letterLink(_ item: Timeline.Item, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard model.grounds == .ownTeam, let payload = item.effective else { return .empty }
        var kinds: [LetterKind] = []
        switch payload {
        case .notification(let notification) where notification.notifierKind.hasHeightenedDuty: kinds = [.receipt, .notifierFeedback]
        case .decision: kinds = [.decision]
        case .plan: kinds = [.plan]
        default: return .empty
        }
        return .p(.class("letter-links"), .forEach(kinds) { kind in
            .group(.a(.class("write-letter"), .id("write-letter-\(kind.rawValue)-\(item.entry.id.uuidString)"),
                      .href(escapeAttribute(SiteURL.child(model.child.id, .letterNew(.value(kind.rawValue))).path(query: [("concerns", item.entry.id.uuidString)]))),
                      .plain("\(context.t(Strings.writeLetter)): \(context.t(Strings.letterKind(kind)))")), .plain(" "))
        })
    }

    /// A free letter or an invitation, from the course steps.
    static func freeLetterLinks(_ model: ChildPageModel, _ context: PageContext) -> Node<HTML.ListContext> {
        .forEach([LetterKind.free, .invitation]) { kind in
            .li(.a(.class("course-step-link"), .id("step-link-letter-\(kind.rawValue)"), .href(SiteURL.child(model.child.id, .letterNew(.value(kind.rawValue))).path),
                   .plain("\(context.t(Strings.writeLetter)): \(context.t(Strings.letterKind(kind)))")))
        }
    }
}
