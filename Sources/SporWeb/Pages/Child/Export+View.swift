import Foundation
import Plot
import SporDomain
import SporStore

/// The export page: the child's identity, family, journal and access log, with the JSON download.
enum ExportView {
    static func body(_ model: ExportModel, refusal _: Refusal? = nil, _ context: PageContext) -> Node<HTML.BodyContext> {
        let export = model.export
        let child = model.page.child
        return .group(
            .h1(.plain(context.t(Strings.exportTitle, child.fullName))),
            .p(.plain(context.t(Strings.exportIntro))),
            .unwrap(model.parentsNotInformedSince) { since in
                .p(.class("error"), .id("export-parents-not-informed"), .attribute(named: "role", value: "alert"),
                   .plain(context.t(Strings.exportParentsNotInformed, Format.date(DanishTime.localDate(of: since), context.language))))
            },
            .p(.a(.href(SiteURL.child(child.id, .exportJSON).path), .plain(context.t(Strings.exportJSON)))),
            .p(.a(.id("export-zip"), .href(SiteURL.child(child.id, .exportZIP).path), .plain(context.t(Strings.attachmentExportFiles)))),
            .div(.class("facts"),
                ChildPageView.fact(Strings.cprLabel, .plain(export.child.cpr ?? context.t(Strings.none)), context),
                child.isExpected
                    ? ChildPageView.fact(Strings.dueDate, .plain(Format.date(child.birthDate, context.language)), context)
                    : .group(ChildPageView.fact(Strings.birthDate, .plain(Format.date(child.birthDate, context.language)), context),
                             ChildPageView.fact(Strings.sexLabel, .plain(export.child.sex), context)),
                ChildPageView.fact(Strings.columnDistrict, .plain(export.child.district), context),
                ChildPageView.fact(Strings.institution, .plain(export.child.institution ?? context.t(Strings.none)), context)),
            .h2(.plain(context.t(Strings.exportFamily))),
            export.family.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.none))) :
                .ul(.forEach(export.family) { relative in
                    .li(.plain("\(relative.givenName) \(relative.familyName) — \(relative.relation)\(relative.hasCustody ? ", \(context.t(Strings.exportCustody))" : "")"))
                }),
            .h2(.plain(context.t(Strings.exportJournal))),
            ChildPageView.timelineReadOnly(model.page, context),
            .h2(.plain(context.t(Strings.exportAccess))),
            .table(.class("list"),
                Components.columnHeaders([Strings.columnWhen, Strings.columnWho, Strings.columnAction], context),
                .tbody(.forEach(export.accessLog) { access in
                    .tr(.td(.plain(Format.dateTime(access.at, context.language))), .td(.plain(access.who ?? context.t(Strings.none))),
                        .td(.plain(AuditAction(rawValue: access.action).map { context.t(Strings.auditAction($0)) } ?? access.action)))
                }))
        )
    }
}
