import Foundation
import Plot
import SporDomain

/// "Mine grupper": the user's groups in open offers, running and ended, each linked to its page where it is ended.
enum ParticipationGroupsView {
    static func body(_ model: ParticipationGroupsModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h1(.plain(context.t(Strings.groupsTitle))),
            .p(.class("lead"), .plain(context.t(Strings.groupsLead))),
            .p(.a(.id("groups-new"), .class("button"), .href(SiteURL.participationNew.path), .plain(context.t(Strings.groupsNew)))),
            .h2(.plain(context.t(Strings.groupsRunning))),
            table(id: "groups-running", model.running, context),
            .if(!model.ended.isEmpty, .group(
                .h2(.plain(context.t(Strings.groupsEnded))),
                table(id: "groups-ended", model.ended, context)))
        )
    }

    private static func table(id: String, _ rows: [ParticipationGroupsModel.Row], _ context: PageContext) -> Node<HTML.BodyContext> {
        guard !rows.isEmpty else { return .p(.id(id), .class("empty"), .plain(context.t(Strings.groupsNone))) }
        return .table(.id(id), .class("list"),
            Components.columnHeaders([Strings.groupsColumnOffer, Strings.groupColumnStarted, Strings.groupsColumnMembers], context),
            .tbody(.forEach(rows) { row in
                .tr(.td(.a(.href(SiteURL.participationGroup(.value(row.id)).path), .plain(row.offer))),
                    .td(.plain(Format.date(row.started, context.language))),
                    .td(.plain(context.t(Strings.groupsMembers, String(row.members), String(row.active)))))
            }))
    }
}
