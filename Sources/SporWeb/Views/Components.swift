import Foundation
import Plot
import SporDomain
import SporStore

/// Shared view pieces: one way to show a concern level, a table's column headers.
enum Components {
    /// The concern level as text and colour (never colour alone).
    static func concernBadge<C: HTML.BodyContext>(_ level: ConcernLevel?, _ context: PageContext) -> Node<C> {
        guard let level else { return .span(.class("muted"), .plain(context.t(Strings.none))) }
        return .span(.class("concern concern-\(level.rawValue)"), .plain(context.levelName(level)))
    }

    /// A table's header row: one column header per title.
    static func columnHeaders(_ titles: [LocalizedText], _ context: PageContext) -> Node<HTML.TableContext> {
        .thead(.tr(.forEach(titles) { .th(.attribute(named: "scope", value: "col"), .plain(context.t($0))) }))
    }
}
