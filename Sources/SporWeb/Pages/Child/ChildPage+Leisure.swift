import Foundation
import Plot
import SporDomain

/// How the child's leisure reads on the child page: in a plan or follow-up entry, and at a glance.
extension ChildPageView {
    /// One activity in words: "Fodbold i Grenaa IF (Forening eller idræt) · Fritidspas · Deltager stadig".
    static func leisureText(_ activity: LeisureActivity, _ context: PageContext) -> String {
        var parts = [leisureName(activity, context)]
        if activity.support != .none { parts.append(context.t(Strings.leisureSupport(activity.support))) }
        if let status = activity.status { parts.append(context.t(Strings.leisureStatus(status))) }
        return parts.joined(separator: " · ")
    }

    /// An activity's name and kind: "Fodbold i Grenaa IF (Forening eller idræt)"; as the entry, the plan card and the
    /// follow-up's question name it.
    static func leisureName(_ activity: LeisureActivity, _ context: PageContext) -> String {
        "\(activity.name) (\(context.t(Strings.leisureKind(activity.kind))))"
    }

    /// A plan's or follow-up's leisure; nothing for one from before leisure was recorded.
    static func leisureLines(_ activities: [LeisureActivity]?, _ context: PageContext) -> Node<HTML.BodyContext> {
        .unwrap(activities) { activities in
            .div(.class("leisure"),
                .p(.strong(.plain("\(context.t(Strings.leisureTitle)): ")),
                   .if(activities.isEmpty, .plain(context.t(Strings.leisureNoneRecorded)))),
                .if(!activities.isEmpty, .ul(.forEach(activities) { .li(.plain(leisureText($0, context))) })))
        }
    }

    /// A goal's area, after its text, where marked.
    static func goalAreaText(_ goal: ChildsPlan.Goal, _ context: PageContext) -> String {
        goal.area.map { " [\(context.t(Strings.goalArea($0)))]" } ?? ""
    }

    /// The latest leisure recorded, for the plan card: what the child takes part in now.
    static func leisureGlance(_ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .unwrap(model.timeline.latestLeisure()) { latest in
            let now = latest.activities.filter(\.takesPart)
            return .p(.class("leisure-now"), .strong(.plain("\(context.t(Strings.leisureLatest)): ")),
                      .plain(now.isEmpty ? context.t(Strings.leisureNoneRecorded)
                                         : now.map { leisureName($0, context) }.joined(separator: ", ")))
        }
    }
}
