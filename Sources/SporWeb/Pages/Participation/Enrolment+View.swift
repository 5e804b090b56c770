import Foundation
import Plot
import SporDomain
import SporStore

/// "Tilmelding til tilbud": enrol one child or a group in an open offer, without a decision.
enum EnrolmentView {
    static func body(_ model: EnrolmentModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let form = FormFields(context, idPrefix: "enrol", refusal: refusal)
        return .group(
            .h1(.plain(context.t(Strings.enrolmentTitle))),
            .p(.plain(context.t(Strings.enrolmentIntro))),
            form.summary(),
            .form(.id("enrol-form"), .class("entry-form narrow"), .action(SiteURL.participation.path), .method(.post),
                csrfField(context),
                form.question("offer", Strings.enrolmentOffer, model.offers.map { ($0.id, "\($0.name) (\($0.provider))") }),
                form.date("startDate", Strings.enrolmentStart, required: true,
                          fallback: DanishTime.localDate(of: context.now).iso),
                .unwrap(model.child, { child in
                    .group(form.hidden("child", child.id.uuidString),
                           // An expected child is named by its due date: it has no birth date yet (issue 23, item 1).
                           .h2(.id("enrol-child"), .plain(child.isExpected ? ExpectedText.name(child, context)
                                                          : context.t(Strings.enrolmentAboutChild, child.fullName,
                                                                      Format.date(child.birthDate, context.language)))),
                           .if(!model.parents.isEmpty, form.choice("parent", Strings.enrolmentParent,
                                                                   [("", context.t(Strings.enrolmentNoParent))] + model.parents.map { ($0.id.uuidString, $0.fullName) })))
                }, else: .group(
                    .if(!model.pickable.isEmpty, form.checkList(Strings.enrolmentPick, model.pickable.map { item in
                        (name: "pick-\(item.id.uuidString)", label: Strings.enrolmentPickRow(item.name, item.birthDate))
                    })),
                    .element(named: "fieldset", nodes: [
                        .element(named: "legend", nodes: [.plain(context.t(Strings.enrolmentByCPR))]),
                        .p(.class("hint"), .plain(context.t(Strings.enrolmentByCPRHint))),
                        .unwrap(form.errorText("children")) { .p(.class("field-error"), .plain($0)) },
                        .forEach(0..<EnrolmentModel.cprRows) { row in
                            form.text("cpr\(row)", Strings.enrolmentCPRRow(row + 1))
                        },
                    ]))),
                .button(.id("enrol-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.enrolmentSubmit))))
        )
    }
}

/// A group's page: who takes part, what came of it, and the form that ends the group with its outcome.
enum ParticipationGroupView {
    static let reasons: [EndReason] = [.goalsReached, .declined, .replaced, .movedAway, .ageLimit, .other]

    static func body(_ model: ParticipationGroupModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let form = FormFields(context, idPrefix: "group", refusal: refusal)
        return .group(
            .h1(.plain(context.t(Strings.groupTitle, model.offer?.name ?? "—"))),
            .p(.a(.id("groups-back"), .href(SiteURL.participation.path), .plain(context.t(Strings.groupsTitle)))),
            .p(.class("meta"), .plain(context.t(Strings.groupMeta, String(model.members.count),
                                                 model.started.map { Format.date($0, context.language) } ?? "—"))),
            .table(.id("group-members"), .class("list"),
                Components.columnHeaders([Strings.groupColumnChild, Strings.groupColumnStarted, Strings.groupColumnOutcome], context),
                .tbody(.forEach(model.members) { member in
                    .tr(.td(.plain(member.child.fullName), .unwrap(member.parent) { .plain(context.t(Strings.groupWithParent, $0)) }),
                        .td(.plain(Format.date(DanishTime.localDate(of: member.start.occurredAt), context.language))),
                        .td(.plain(member.ended.map { context.t(Strings.endReason($0.reason)) } ?? context.t(Strings.groupOngoing))))
                })),
            .if(!model.active.isEmpty, .group(
                .h2(.plain(context.t(Strings.groupEndHeading))),
                form.summary(),
                .form(.id("group-end-form"), .class("entry-form narrow"), .action(SiteURL.participationGroupEnd(.value(model.id)).path),
                      .method(.post),
                    csrfField(context),
                    form.dateTime(),
                    form.question("reason", Strings.groupEndReason, reasons.map { ($0.rawValue, context.t(Strings.endReason($0))) }),
                    form.area("note", Strings.groupEndNote),
                    .button(.id("group-end-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.groupEndSubmit))))),
                else: .p(.id("group-ended"), .plain(context.t(Strings.groupAllEnded))))
        )
    }
}
