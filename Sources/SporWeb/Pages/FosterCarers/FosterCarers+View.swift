import Foundation
import Plot
import SporDomain

/// The foster carers' list: a carer, the child placed with them (a link to the child page), the placement and whether it runs.
enum FosterCarersView {
    static func body(_ model: FosterCarersModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h1(.plain(context.t(Strings.fosterListTitle))),
            .p(.class("hint"), .plain(context.t(Strings.fosterListHint))),
            model.rows.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.fosterListEmpty)))
                : .table(.id("foster-carers-list"), .class("list"),
                    Components.columnHeaders([Strings.fosterListCarer, Strings.fosterListChild, Strings.fosterListPlacement], context),
                    .tbody(.forEach(model.rows) { row in
                        .tr(
                            .td(.plain(row.carer.networkRelation.map { "\(row.carer.fullName) (\(context.t(Strings.networkRelation($0))))" }
                                       ?? row.carer.fullName)),
                            .td(.a(.class("child-link"), .href(SiteURL.child(row.child).path), .plain(row.childName))),
                            .td(.plain("\(context.t(Strings.placementKind(row.kind))), \(context.t(Strings.since, Format.date(DanishTime.localDate(of: row.since), context.language))) · "
                                       + context.t(row.running ? Strings.fosterListRunning : Strings.fosterListEnded))))
                    })))
    }
}
