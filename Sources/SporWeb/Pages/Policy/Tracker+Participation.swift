import Foundation
import Plot
import SporDomain
import SporStore

/// The tracker's account of participation (issue 23, item 4): per initiative carried by offers, how many children
/// began taking part each half-year and what came of it, counted from the journal. Every count under 5 reads "<5".
enum TrackerParticipationView {
    static func body(_ model: TrackerModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let initiatives = model.content.initiatives.filter { model.participation[$0.id] != nil }
        // Before anyone took part in an initiative's offers the tracker shows no empty table.
        guard !initiatives.isEmpty else { return .empty }
        return .section(.id("participation"),
            .h2(.id("participation-heading"), .plain(context.t(Strings.participationTitle))),
            .p(.class("hint"), .plain(context.t(Strings.participationIntro))),
            .table(.id("participation-table"), .class("list"),
                    Components.columnHeaders([Strings.initiativeName, Strings.participationHalf, Strings.participationChildren,
                                              Strings.participationOutcome, Strings.participationOngoing], context),
                    .tbody(.forEach(initiatives) { initiative in
                        .forEach(model.participation[initiative.id] ?? []) { row in
                            .tr(.td(.a(.href(SiteURL.initiative(.value(initiative.id.rawValue)).path), .plain(initiative.name))),
                                .td(.plain(context.t(Strings.participationHalfYear, String(row.half.half), String(row.half.year)))),
                                .td(.class("number"), .plain(Suppression.show(row.children))),
                                .td(.plain(outcome(row, context))),
                                .td(.class("number"), .plain(Suppression.show(row.ongoing, none: "–"))))
                        }
                    }))
        )
    }

    /// "Målene er nået: 7 · Andet: <5", in the order of the end reasons; "–" when none has ended.
    static func outcome(_ row: InitiativeParticipation.Row, _ context: PageContext) -> String {
        let parts = EndReason.allCases.compactMap { reason in
            row.ended[reason].map { "\(context.t(Strings.endReason(reason))): \(Suppression.show($0))" }
        }
        return parts.isEmpty ? "–" : parts.joined(separator: " · ")
    }
}
