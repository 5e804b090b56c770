import Foundation
import Plot
import SporDomain
import SporStore

/// A network meeting as the journal shows it.
enum MeetingView {
    static func summary(_ meeting: NetworkMeeting, staff: [UUID: UserRecord], _ context: PageContext) -> Node<HTML.BodyContext> {
        var who: [String] = []
        if meeting.participants.child { who.append(context.t(Strings.participantChild)) }
        if meeting.participants.parents { who.append(context.t(Strings.participantParents)) }
        if meeting.participants.network { who.append(context.t(Strings.participantNetwork)) }
        who += meeting.participants.professions.map { context.t(Strings.concernSource($0)) }
        return .group(
            .p(.class("meta"), .plain("\(context.t(Strings.participants)) \(who.joined(separator: ", "))")),
            .p(.strong(.plain(context.t(Strings.scaleValue, String(meeting.safetyScale))))),
            .element(named: "dl", nodes: [
                .class("sos"),
                .element(named: "dt", nodes: [.plain(context.t(Strings.meetingWorries))]), .element(named: "dd", nodes: [.class("text"), .plain(meeting.worries)]),
                .element(named: "dt", nodes: [.plain(context.t(Strings.meetingWorkingWell))]), .element(named: "dd", nodes: [.class("text"), .plain(meeting.workingWell)]),
                .element(named: "dt", nodes: [.plain(context.t(Strings.meetingNeedsToHappen))]), .element(named: "dd", nodes: [.class("text"), .plain(meeting.needsToHappen)]),
            ]),
            .if(!meeting.actions.isEmpty, .group(
                .p(.strong(.plain(context.t(Strings.agreedActions)))),
                .ul(.forEach(meeting.actions) { action in
                    .li(.plain("\(action.what) — \(staff[action.owner]?.displayName ?? context.t(Strings.none)), \(context.t(Strings.actionDue).lowercased()) \(Format.date(action.due, context.language))"))
                }))),
            .unwrap(meeting.childsView) { view in
                .group(
                    .p(.strong(.plain(context.t(Strings.threeHouses)))),
                    .element(named: "dl", nodes: [
                        .class("sos"),
                        .element(named: "dt", nodes: [.plain(context.t(Strings.houseWorries))]), .element(named: "dd", nodes: [.class("text"), .plain(view.worries)]),
                        .element(named: "dt", nodes: [.plain(context.t(Strings.houseGood))]), .element(named: "dd", nodes: [.class("text"), .plain(view.goodThings)]),
                        .element(named: "dt", nodes: [.plain(context.t(Strings.houseDreams))]), .element(named: "dd", nodes: [.class("text"), .plain(view.dreams)]),
                    ]))
            }
        )
    }
}
