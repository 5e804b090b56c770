import Foundation
import Plot
import SporDomain
import SporStore

/// The network meeting (SOS): the form that records one, and the meeting as the journal shows it.
enum MeetingView {
    static let professions: [ConcernSource] = [.teacher, .pedagogue, .healthVisitor, .ppr, .ssp, .doctor]
    static let actionRows = 3

    static func body(_ model: MeetingModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        var ids = ["birthDate": "meeting-birth", "occurredAt": "meeting-occurred", "safetyScale": "meeting-scale"]
        for row in 0..<actionRows {
            for part in ["What", "Owner", "Due"] { ids["action\(row)\(part)"] = "action\(row)\(part)" }
        }
        let form = FormFields(context, idPrefix: "meeting", refusal: refusal, ids: ids)
        return .group(
            .h1(.plain(context.t(Strings.meetingTitle))),
            .p(.plain(context.t(Strings.meetingIntro))),
            form.summary(),
            .form(.id("meeting-form"), .class("entry-form narrow"), .action(SiteURL.meetings.path), .method(.post),
                csrfField(context),
                // Opened from the child page the child is known: nothing to type again.
                .unwrap(model.child, { child in
                    .group(form.hidden("child", child.id.uuidString),
                           .h2(.id("meeting-child"), .plain(context.t(Strings.meetingAboutChild, child.fullName,
                                                                       Format.date(child.birthDate, context.language)))))
                }, else: .group(
                    .h2(.plain(context.t(Strings.findChild))),
                    .p(.class("hint"), .plain(context.t(Strings.findChildHint))),
                    form.text("cpr", Strings.cprLabel),
                    form.text("name", Strings.childName),
                    form.date("birthDate", Strings.birthDate))),
                form.dateTime(),
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", nodes: [.plain(context.t(Strings.participants))]),
                    form.check("childTookPart", Strings.participantChild),
                    form.check("parentsTookPart", Strings.participantParents),
                    form.check("networkTookPart", Strings.participantNetwork),
                    .forEach(professions) { form.check("profession-\($0.rawValue)", Strings.concernSource($0)) },
                ]),
                form.area("worries", Strings.meetingWorries, required: true),
                form.area("workingWell", Strings.meetingWorkingWell, required: true),
                form.area("needsToHappen", Strings.meetingNeedsToHappen, required: true),
                form.choice("safetyScale", Strings.safetyScale, (0...10).map { (String($0), String($0)) }, fallback: "5"),
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", nodes: [.plain(context.t(Strings.agreedActions))]),
                    .unwrap(form.errorText("actions")) { .p(.class("field-error"), .plain($0)) },
                    .forEach(0..<actionRows) { row in
                        .div(.class("action-row"),
                            form.text("action\(row)What", Strings.actionWhat),
                            form.choice("action\(row)Owner", Strings.actionOwner, model.staff.map { person in
                                (person.id.uuidString, "\(person.displayName) (\(context.t(Strings.role(person.role))))")
                            }, fallback: model.userID.uuidString),
                            form.date("action\(row)Due", Strings.actionDue))
                    },
                ]),
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", nodes: [.plain(context.t(Strings.threeHouses))]),
                    form.area("houseWorries", Strings.houseWorries),
                    form.area("houseGood", Strings.houseGood),
                    form.area("houseDreams", Strings.houseDreams),
                ]),
                .button(.id("meeting-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
        )
    }

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
