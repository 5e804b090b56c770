import Foundation
import Plot
import SporDomain
import SporStore

extension ChildPageView {
    /// The print layout (`?print=1`): the child's facts, the overview and the chosen part of the timeline, without the
    /// site's navigation, the forms or the filter. The year and filter are the page's.
    static func printDocument(_ model: ChildPageModel, _ context: PageContext) -> HTML {
        let part = model.timelinePart(today: DanishTime.localDate(of: context.now))
        let back = SiteURL.child(model.child.id).path(query: model.filter.query([("year", part.year.map(String.init) ?? "")]))
        let printedBy = context.t(Strings.printedAt, Format.dateTime(context.now, context.language), context.user?.displayName ?? "")
        return Page.document(context, title: "\(ExpectedText.name(model.child, context)) · \(context.t(Strings.appName))", bodyClass: "print-page",
            header: .header(.class("print-header"),
                .p(.class("print-back"), .a(.href(back), .plain(context.t(Strings.printBack)))),
                .p(.class("meta"), .plain(printedBy))),
            footer: .p(.plain(printedBy)),
            printBody(model, part, context))
    }

    /// What the print layout holds: the facts, the overview and the part of the timeline, without a form or a link out.
    static func printBody(_ model: ChildPageModel, _ part: TimelinePart, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .header(.class("child-header"), .h1(.plain(model.child.fullName)), facts(model, context)),
            glance(model, context, printing: true),
            .section(.class("timeline-section"), .attribute(named: "aria-labelledby", value: "timeline-heading"),
                .h2(.id("timeline-heading"), .plain(context.t(Strings.timeline))),
                timeline(model, part, context, nil, printing: true)))
    }

    /// An entry as printed: what it says, its corrections and who recorded it; no steps, forms or links.
    static func printedEntry(_ item: Timeline.Item, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.ListContext> {
        let entry = item.entry
        let author = ChildPageView.author(of: entry, model, context)
        return .li(.class(item.isCorrected ? "entry corrected kind-\(entry.kind.rawValue)" : "entry kind-\(entry.kind.rawValue)"),
            .id("entry-\(entry.id.uuidString)"),
            .div(.class("entry-head"),
                .span(.class("entry-kind"), .plain(context.t(Strings.entryKind(entry.kind)))), .plain(" "),
                .time(.datetime(Format.machine(entry.occurredAt)), .plain(Format.dateTime(entry.occurredAt, context.language))),
                .if(item.isCorrected, .span(.class("mark"), .plain(item.effective == nil ? context.t(Strings.voidedMark) : context.t(Strings.correctedMark))))),
            .div(.class(item.isCorrected ? "entry-body original" : "entry-body"), payload(model.shown(entry.payload), model, context)),
            .forEach(item.corrections) { correction in
                .p(.class("correction"), .plain(context.t(Strings.correctionOf, correctionReason(correction))))
            },
            .unwrap(item.isCorrected ? item.effective : nil) { effective in
                .div(.class("entry-body effective"), .p(.class("meta"), .plain(context.t(Strings.nowReads))), payload(model.shown(effective), model, context))
            },
            .p(.class("meta"), .plain(context.t(Strings.recordedBy, author, Format.dateTime(entry.recordedAt, context.language)))))
    }
}
