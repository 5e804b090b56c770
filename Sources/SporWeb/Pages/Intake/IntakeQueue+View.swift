import Foundation
import Plot
import SporDomain
import SporStore

enum IntakeQueueView {
    /// No timed refresh (it takes the page from under a reader, WCAG 2.2.1): the time of the count is shown.
    static func body(_ model: IntakeQueueModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h1(.plain(context.t(Strings.intakeTitle))),
            .p(.plain(context.t(Strings.intakeIntro, model.team?.name ?? context.t(Strings.none))), .plain(" "),
               .plain(context.t(Strings.intakeIntroOrder))),
            .p(.a(.id("register-notification"), .class("button-link"), .href(SiteURL.intakeNew.path(query: [("returnTo", SiteURL.intake.path)])),
                  .plain(context.t(Strings.registerNotification)))),
            .p(.class("meta"), .plain(context.t(Strings.countedAt, Format.dateTime(model.now, context.language))), .plain(" "),
               .a(.href(SiteURL.intake.path), .plain(context.t(Strings.countAgain)))),
            model.items.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.intakeEmpty))) :
                .table(.id("intake"), .class("list"),
                    Components.columnHeaders([Strings.columnReceived, Strings.columnName, Strings.columnNotifier, Strings.columnContact,
                                              Strings.columnAssessmentDue, Strings.trayColumnOwner], context),
                    .tbody(.forEach(model.items) { row($0, model, context) }))
        )
    }

    static func row(_ item: IntakeQueueModel.Item, _ model: IntakeQueueModel, _ context: PageContext) -> Node<HTML.TableContext> {
        let abuse = item.notification.concernsAbuse ? " · " + context.t(Strings.concernsAbuse) : ""
        return .tr(.class(item.notification.concernsAbuse ? "pending abuse" : "pending"),
            .td(.plain(Format.dateTime(item.entry.occurredAt, context.language))),
            .td(.a(.class("intake-link"), .href(SiteURL.child(item.entry.child).path(fragment: "entry-\(item.entry.id.uuidString)")),
                   .plain(item.obligation.childName))),
            .td(.plain(notifierSummary(item.notification, professional: item.professional, context) + abuse)),
            .td(.plain(item.notification.notifierContact ?? "")),
            .td(IntakeController.countdown(due: item.obligation.due, now: model.now, context)),
            .td(owner(item.obligation, isLead: model.user.role == .teamLead, assignable: model.assignable,
                                       names: model.names, context)))
    }

    /// Whose the notification is: the child's caseworker, or — on a child without one — "Jeg tager den" or the lead's choice.
    static func owner(_ obligation: OpenObligation, isLead: Bool, assignable: [UserRecord], names: [UUID: String],
                      _ context: PageContext) -> Node<HTML.BodyContext> {
        switch obligation.assignee {
        case .caseworker(let id), .user(let id): return .plain(names[id] ?? context.t(Strings.intakeHasCaseworker))
        case .districtTeam: break
        }
        return TrayView.assignControls(child: obligation.child, name: obligation.childName, isLead: isLead, assignable: assignable,
                                       context, key: "intake-\(obligation.trigger.uuidString)", returnTo: SiteURL.intake.path)
    }

    /// The notifier as the team handling the child reads it: kind, profession, name and channel.
    static func notifierSummary(_ notification: SporDomain.Notification, professional: String?, _ context: PageContext) -> String {
        var parts = [context.t(Strings.notifierKind(notification.notifierKind))]
        if let profession = notification.profession { parts.append(context.t(Strings.concernSource(profession))) }
        if let name = notification.notifierName ?? professional { parts.append(name) }
        if notification.channel != .spor { parts.append(context.t(Strings.channel(notification.channel))) }
        return parts.joined(separator: " · ")
    }
}
