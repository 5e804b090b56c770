import Foundation
import Plot
import SporDomain
import SporStore

/// A child's access log: when, who, in which role, what.
enum AccessLogView {
    static func body(_ model: AccessLogModel, refusal _: Refusal? = nil, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h1(.plain(context.t(Strings.accessLogTitle, model.child.fullName))),
            .p(.plain(context.t(Strings.accessLogIntro))),
            .p(.a(.href(SiteURL.child(model.child.id).path), .plain(model.child.fullName))),
            .table(.id("access-log"), .class("list"),
                Components.columnHeaders([Strings.columnWhen, Strings.columnWho, Strings.columnRole, Strings.columnAction], context),
                .tbody(.forEach(model.log) { record in
                    .tr(.td(.plain(Format.dateTime(record.at, context.language))),
                        .td(.plain(record.userDisplayName ?? context.t(Strings.none))),
                        .td(.plain(record.userRole.map { context.t(Strings.role($0)) } ?? context.t(Strings.none))),
                        .td(.plain(context.t(Strings.auditAction(record.action)))))
                }))
        )
    }
}
