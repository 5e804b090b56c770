import Foundation
import Plot
import SporDomain
import SporStore

/// Shared view pieces: one way to show a concern level, a children table, a form field.
enum Components {
    /// The concern level as text and colour (never colour alone).
    static func concernBadge<C: HTML.BodyContext>(_ level: ConcernLevel?, _ context: PageContext) -> Node<C> {
        guard let level else { return .span(.class("muted"), .plain(context.t(Strings.none))) }
        return .span(.class("concern concern-\(level.rawValue)"), .plain(context.levelName(level)))
    }

    static func childrenTable(_ children: [ChildListItem], _ context: PageContext, showCaseworker: Bool,
                              accessLogLinks: Bool = false) -> Node<HTML.BodyContext> {
        guard !children.isEmpty else { return .p(.class("empty"), .plain(context.t(Strings.noChildren))) }
        return .group(
            .p(.class("count"), .plain(context.t(Strings.childCount, String(children.count)))),
            .table(.class("list"),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnName))),
                    .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnAge))),
                    .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnDistrict))),
                    .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnConcern))),
                    .if(showCaseworker, .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnCaseworker)))),
                    .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnLastActivity))),
                    .if(accessLogLinks, .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnAccessLog))))
                )),
                .tbody(.forEach(children) { child in
                    .tr(
                        .td(.a(.class("child-link"), .href("/children/\(child.id.uuidString)"), .plain(child.name))),
                        .td(.plain(Format.age(child.birthDate, on: context.now, context.language))),
                        .td(.plain(child.district)),
                        .td(concernBadge(child.concernLevel, context)),
                        .if(showCaseworker, .td(.plain(child.caseworkerName ?? context.t(Strings.noCaseworker)))),
                        .td(.plain(child.lastEntryAt.map { Format.dateTime($0, context.language) } ?? context.t(Strings.none))),
                        .if(accessLogLinks, .td(.a(.href("/children/\(child.id.uuidString)/access-log"),
                                                   .plain(context.t(Strings.showAccessLog)))))
                    )
                })
            )
        )
    }

    static func select<C: HTML.BodyContext>(id: String, name: String, _ options: [Node<HTML.SelectContext>]) -> Node<C> {
        .element(named: "select", nodes: [
            .attribute(named: "id", value: id),
            .attribute(named: "name", value: name),
            .group(options),
        ])
    }

    static func option(value: String, text: String, selected: Bool) -> Node<HTML.SelectContext> {
        .element(named: "option", nodes: [
            // An empty value ("none") is a value too; Plot would drop it and the browser send the text.
            .attribute(named: "value", value: escapeAttribute(value), ignoreIfValueIsEmpty: false),
            selected ? .attribute(named: "selected", value: "selected") : .empty,
            .plain(text),
        ])
    }

    /// A table's header row: one column header per title.
    static func columnHeaders(_ titles: [LocalizedText], _ context: PageContext) -> Node<HTML.TableContext> {
        .thead(.tr(.forEach(titles) { .th(.attribute(named: "scope", value: "col"), .plain(context.t($0))) }))
    }

    /// A labelled field with its error, if any. `control` gets the field's id.
    static func field<C: HTML.BodyContext>(_ label: String, id: String, error: String? = nil,
                                           _ control: Node<C>) -> Node<C> {
        .div(.class(error == nil ? "field" : "field has-error"),
             .label(.for(id), .plain(label)),
             .unwrap(error) { .p(.class("field-error"), .id("\(id)-error"), .plain($0)) },
             control)
    }
}
