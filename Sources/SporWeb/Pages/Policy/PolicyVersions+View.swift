import Foundation
import Plot
import SporDomain
import SporStore

/// The policy content's saved versions, and one of them read as it was saved.
enum PolicyVersionsView {
    static func body(_ model: PolicyVersionsModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .p(.a(.href(SiteURL.tracker.path), .plain("← \(context.t(Strings.trackerTitle))"))),
            .h1(.plain(context.t(Strings.policyVersionsTitle))),
            .p(.plain(context.t(Strings.policyVersionsIntro))),
            model.versions.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.policyContentSeeds))) :
                .ol(.id("versions"), .forEach(model.versions.reversed()) { version in
                    .li(.a(.href(SiteURL.policyVersion(.value(version.number)).path),
                           .plain(context.t(Strings.policyVersionLine, String(version.number), Format.dateTime(version.savedAt, context.language)))))
                }),
            .unwrap(model.shown) { shown in
                .section(.id("version-\(shown.number)"),
                    .h2(.plain(context.t(Strings.policyVersionHeading, String(shown.number)))),
                    .forEach(shown.content.policies) { policy in
                        .div(.class("policy"),
                            .h3(.plain(policy.title)),
                            .unwrap(policy.period) { .p(.class("meta"), .plain(context.t(Strings.policyPeriod, Format.date($0.start, context.language), Format.date($0.end, context.language)))) },
                            .ul(.forEach(policy.tracks) { track in
                                .li(.plain("\(track.number). \(track.title)"),
                                    .if(!track.goals.isEmpty, .ul(.forEach(track.goals) { goal in
                                        .li(.strong(.plain(goal.id.rawValue)), .plain(" \(goal.text)"))
                                    })))
                            }))
                    },
                    .h3(.plain(context.t(Strings.initiativesTitle))),
                    .ul(.forEach(shown.content.initiatives) { initiative in
                        .li(.plain(initiative.name),
                            .if(!initiative.goals.isEmpty, .plain(" (\(initiative.goals.map(\.rawValue).joined(separator: ", ")))")))
                    }))
            }
        )
    }
}
