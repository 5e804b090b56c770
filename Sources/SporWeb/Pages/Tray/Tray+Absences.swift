import Foundation
import Plot
import SporDomain
import SporStore

/// The team's list of school absence: each report with the child, the share ("Skolefravær 23 %") and its period.
extension TrayView {
    static func absences(_ model: TrayModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard !model.absences.isEmpty else { return .empty }
        return .section(.id("absences"), .class("tray-group"),
            .h2(.plain(context.t(Strings.trayAbsences))),
            .p(.class("hint"), .plain(context.t(Strings.trayAbsencesHint, String(TrayModel.absenceDays)))),
            .table(.class("list"),
                Components.columnHeaders([Strings.columnName, Strings.trayAbsenceShare, Strings.trayAbsencePeriod, Strings.columnConcern,
                                          Strings.trayAbsenceReported], context),
                .tbody(.forEach(model.absences) { report in
                    .tr(.class("absence"),
                        .td(.a(.href(SiteURL.child(report.child).path), .plain(report.childName))),
                        .td(.class("share"), .plain(context.t(Strings.absenceShown, String(report.absence.share)))),
                        .td(.plain(context.t(Strings.absencePeriodShown, Format.date(report.absence.from, context.language),
                                             Format.date(report.absence.to, context.language)))),
                        .td(Components.concernBadge(report.level, context)),
                        .td(.plain(Format.dateTime(report.reportedAt, context.language))))
                })))
    }
}
