import Foundation
import Plot
import SporDomain
import SporStore

/// The search page: the form (posted, so a CPR number never travels in the URL) and the children found.
enum SearchView {
    static func body(_ model: SearchModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let form = FormFields(context, idPrefix: "search", refusal: nil)
        return .group(
            .h1(.plain(context.t(Strings.searchTitle))),
            .form(.id("search-form"), .class("search"), .action(SiteURL.search.path), .method(.post), .attribute(named: "role", value: "search"),
                csrfField(context),
                form.text("q", Strings.searchLabel, fallback: model.query, type: "search", describedBy: "search-hint"),
                .p(.id("search-hint"), .class("hint"), .plain(context.t(Strings.searchHint))),
                .button(.type(.submit), .class("primary"), .plain(context.t(Strings.searchButton)))),
            .unwrap(model.notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .plain(context.t($0))) },
            .if(!model.query.isEmpty,
                model.results.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.searchNoResults))) : results(model, context))
        )
    }

    /// For a child the searcher may open: the whole row. For any other: only what is needed to ask for access —
    /// name, birth date and district, never the concern level or the caseworker.
    static func results(_ model: SearchModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(.class("count"), .plain(context.t(Strings.childCount, String(model.results.count)))),
            .table(.id("search-results"), .class("list"),
                Components.columnHeaders([Strings.columnName, Strings.birthDate, Strings.columnDistrict, Strings.columnConcern,
                                          Strings.columnCaseworker], context),
                .tbody(.forEach(model.results) { child in
                    let mayOpen = model.openable.contains(child.id)
                    return .tr(
                        .td(mayOpen || model.linkAll ? .a(.class("child-link"), .href(SiteURL.child(child.id).path), .plain(ExpectedText.name(child, context)))
                                                     : .plain(ExpectedText.name(child, context))),
                        .td(.plain(child.dueDate == nil ? Format.date(child.birthDate, context.language) : ExpectedText.age(child, context))),
                        .td(.plain(child.district)),
                        mayOpen ? .td(Components.concernBadge(child.concernLevel, context))
                                : .td(.class("muted"), .plain(context.t(Strings.searchNotInYourCases))),
                        mayOpen ? .td(.plain(child.caseworkerName ?? context.t(Strings.noCaseworker))) : .td(.plain("")))
                })))
    }
}
