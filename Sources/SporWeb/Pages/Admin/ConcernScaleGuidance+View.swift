import Foundation
import Plot
import SporDomain

/// The concern scale's guidance as the forms that ask for a level show it (the child page, the professional's page).
extension ConcernScaleController {
    /// The guidance for one age band, folded under a concern form.
    static func guidance<C: HTML.BodyContext>(for group: AgeGroup, _ context: PageContext) -> Node<C> {
        .details(.class("scale-guidance"),
            .summary(.plain(context.t(Strings.scaleGuidanceFor, ConcernScaleView.ages(group)))),
            .dl(.forEach(context.concernScale.levels) { level in
                .group(.dt(Components.concernBadge(level.level, context)), .dd(.plain(level.guidance[group] ?? "")))
            }))
    }

    /// The guidance for every age band, for someone who has not yet said which child.
    static func guidanceForAllAges<C: HTML.BodyContext>(_ context: PageContext) -> Node<C> {
        .details(.class("scale-guidance"),
            .summary(.plain(context.t(Strings.scaleGuidanceAll))),
            .table(.class("list"),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), .plain("")),
                           .forEach(AgeGroup.allCases) { .th(.attribute(named: "scope", value: "col"), .plain(ConcernScaleView.ages($0))) })),
                .tbody(.forEach(context.concernScale.levels) { level in
                    .tr(.th(.attribute(named: "scope", value: "row"), Components.concernBadge(level.level, context)),
                        .forEach(AgeGroup.allCases) { .td(.plain(level.guidance[$0] ?? "")) })
                })))
    }
}
