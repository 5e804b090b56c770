import Foundation
import Plot
import SporDomain
import SporStore

/// Shared view pieces: one way to show a concern level, a form field.
enum Components {
    /// The concern level as text and colour (never colour alone).
    static func concernBadge<C: HTML.BodyContext>(_ level: ConcernLevel?, _ context: PageContext) -> Node<C> {
        guard let level else { return .span(.class("muted"), .plain(context.t(Strings.none))) }
        return .span(.class("concern concern-\(level.rawValue)"), .plain(context.levelName(level)))
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
