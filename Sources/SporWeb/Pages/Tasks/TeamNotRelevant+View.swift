import Foundation
import Plot
import SporDomain
import SporStore

/// *Frister markeret ikke relevant*: each mark with its child, deadline, reason, who, and how the indicator counts it.
enum TeamNotRelevantView {
    static func body(_ model: TeamNotRelevantModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h1(.plain(context.t(Strings.teamNotRelevantTitle))),
            .p(.plain(context.t(Strings.teamNotRelevantIntro))),
            model.marks.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.teamNotRelevantEmpty))) :
                .table(.id("not-relevant"), .class("list"),
                    Components.columnHeaders([Strings.columnMarkedAt, Strings.columnChild, Strings.notRelevantDeadline, Strings.columnReason,
                                              Strings.columnMarkedBy, Strings.columnCounts], context),
                    .tbody(.forEach(model.marks) { mark in
                        let rule = RuleBook.barnetsLov[mark.mark.rule]
                        return .tr(
                            .td(.plain(Format.dateTime(mark.occurredAt, context.language))),
                            .td(.a(.href(SiteURL.child(mark.child).path(fragment: "entry-\(mark.entry.uuidString)")), .plain(mark.childName))),
                            .td(.plain(rule.map { "\(context.t($0.title)) (\($0.paragraph))" } ?? mark.mark.rule)),
                            .td(.class("text"), .plain(mark.mark.reason)),
                            .td(.plain(model.names[mark.author] ?? context.t(Strings.none))),
                            .td(.plain(context.t(TeamNotRelevantModel.countsAs(rule)))))
                    }))
        )
    }
}
