import Foundation
import Plot
import SporDomain

/// "Beredskab: mistanke om overgreb" on the child page of a child with a notification about abuse in the case as it stands:
/// the steps of the municipality's preparedness (seeds 000 and 003) as a checklist. A step done shows ✓ with its time; a
/// step pending shows its form (through `ChildrenController.submit`), the notification and the journal's child
/// conversations offered, the legal question asked unanswered. The investigation is the course step's own form, opened
/// with the notification chosen; it is done when the journal has an investigation started since the notification.
extension ChildPageView {
    static func preparednessSection(_ model: ChildPageModel, _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        guard let checklist = model.timeline.currentPreparedness else { return .empty }
        let received = Format.dateTime(checklist.notification.occurredAt, context.language)
        return .section(.id("preparedness"), .class("preparedness"), .attribute(named: "aria-labelledby", value: "preparedness-heading"),
            .h2(.id("preparedness-heading"), .plain(context.t(Strings.preparednessHeading))),
            .p(.class("hint"), .plain(context.t(Strings.preparednessIntro, received))),
            .if(checklist.isComplete, .p(.class("preparedness-complete"), .strong(.plain("✓ " + context.t(Strings.preparednessComplete))))),
            .ol(.class("preparedness-steps"),
                preparednessItem(.childConversation, checklist, model, context, refusal),
                preparednessItem(.police, checklist, model, context, refusal),
                preparednessItem(.childrensHouse, checklist, model, context, refusal),
                investigationItem(checklist, model, context),
                preparednessItem(.parentsNotInformed, checklist, model, context, refusal)))
    }

    /// The form's name on the child page: one per step.
    static func preparednessForm(_ step: PreparednessStepKind) -> String { "preparedness-\(step.rawValue)" }

    static func preparednessDone(_ at: Date, _ context: PageContext) -> Node<HTML.BodyContext> {
        .p(.class("preparedness-done"), .span(.class("check"), .attribute(named: "aria-hidden", value: "true"), .plain("✓ ")),
           .plain(context.t(Strings.preparednessDoneAt, "")),
           .time(.datetime(Format.machine(at)), .plain(Format.dateTime(at, context.language))))
    }

    static func preparednessItem(_ step: PreparednessStepKind, _ checklist: PreparednessChecklist, _ model: ChildPageModel,
                                 _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.ListContext> {
        let done = checklist.steps[step]
        return .li(.id("preparedness-\(step.rawValue)"), .class(done == nil ? "preparedness-step pending" : "preparedness-step done"),
            .h3(.plain(context.t(Strings.preparednessStep(step)))),
            .if(step == .parentsNotInformed && done == nil, .p(.class("hint"), .plain(context.t(Strings.preparednessOptional)))),
            .unwrap(done, { done in .group(preparednessDone(done.entry.occurredAt, context), preparednessPayload(done.step, model, context)) },
                    else: preparednessStepForm(step, checklist, model, context, refusal)))
    }

    static func investigationItem(_ checklist: PreparednessChecklist, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.ListContext> {
        let start = SiteURL.child(model.child.id, .course(.value(CourseStep.assessment.rawValue)))
            .path(query: [("kind", EntryKind.investigation.rawValue), ("notification", checklist.notification.id.uuidString)])
        return .li(.id("preparedness-investigation"), .class(checklist.investigation == nil ? "preparedness-step pending" : "preparedness-step done"),
            .h3(.plain(context.t(Strings.preparednessInvestigation))),
            .unwrap(checklist.investigation, { preparednessDone($0.occurredAt, context) },
                    else: .p(.class("preparedness-pending"), .strong(.plain(context.t(Strings.preparednessPending) + ": ")),
                             .a(.id("preparedness-start-investigation"), .href(escapeAttribute(start)),
                                .plain(context.t(Strings.preparednessStartInvestigation))))))
    }

    static func preparednessStepForm(_ step: PreparednessStepKind, _ checklist: PreparednessChecklist, _ model: ChildPageModel,
                                     _ context: PageContext, _ refusal: Refusal?) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "prep-\(step.rawValue)", form: preparednessForm(step), refusal: refusal)
        let answers: Node<HTML.FormContext>
        switch step {
        case .childConversation:
            // What the journal knows is offered: the conversations held since the notification, the latest first.
            guard !checklist.conversations.isEmpty else {
                return .p(.class("preparedness-pending"), .strong(.plain(context.t(Strings.preparednessPending) + ": ")),
                          .plain(context.t(Strings.preparednessNoConversation) + " "),
                          .a(.id("preparedness-write-conversation"), .href(SiteURL.child(model.child.id, .course(.value(CourseStep.conversation.rawValue))).path),
                             .plain(context.t(Strings.preparednessWriteConversation))))
            }
            answers = .group(
                fields.choice("conversation", Strings.preparednessConversation, checklist.conversations.reversed().map(fields.entryOption)),
                fields.questionYesNo("parentsSuspected", Strings.preparednessParentsSuspected))
        case .police:
            answers = fields.question("police", Strings.preparednessPoliceOutcome, PoliceOutcome.allCases.map { ($0.rawValue, context.t(Strings.policeOutcome($0))) })
        case .childrensHouse:
            answers = .group(
                fields.question("childrensHouse", Strings.preparednessHouseOutcome,
                                ChildrensHouseOutcome.allCases.map { ($0.rawValue, context.t(Strings.childrensHouseOutcome($0))) }),
                fields.area("reason", Strings.preparednessHouseReason, rows: 2))
        case .parentsNotInformed:
            answers = fields.area("reason", Strings.preparednessParentsReason, required: true, rows: 3)
        }
        return .details(.class("step"), .id("prep-\(step.rawValue)-step"), .if(fields.refusal != nil, .open(true)),
            .summary(.plain(context.t(Strings.preparednessRecord))),
            .form(.id("prep-\(step.rawValue)-form"), .class("entry-form"), .action(SiteURL.child(model.child.id, .preparedness(.value(step.rawValue))).path),
                  .method(.post),
                csrfField(context),
                fields.hidden("notification", checklist.notification.id.uuidString),
                answers,
                fields.dateTime("occurredAt", Strings.preparednessTime),
                fields.area("note", Strings.preparednessNote, rows: 2),
                .button(.id("prep-\(step.rawValue)-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save)))))
    }

    /// How a step reads on the timeline and on the checklist.
    static func preparednessPayload(_ step: PreparednessStep, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let notification = model.timeline.entry(id: step.notification).map { Format.dateTime($0.occurredAt, context.language) } ?? ""
        let line = { (label: LocalizedText, value: String) -> Node<HTML.BodyContext> in
            .p(.strong(.plain("\(context.t(label)): ")), .plain(value))
        }
        return .group(
            .p(.class("meta"), .plain(context.t(Strings.preparednessShown, context.t(Strings.preparednessStep(step.step)), notification))),
            .unwrap(step.parentsSuspected) { .p(.plain(context.t(Strings.preparednessSuspectedShown, context.t($0 ? Strings.yes : Strings.no)))) },
            .unwrap(step.conversation.flatMap(model.timeline.entry(id:))) {
                .p(.a(.href("#entry-\($0.id.uuidString)"), .plain(context.t(Strings.preparednessConversationShown, Format.dateTime($0.occurredAt, context.language)))))
            },
            .unwrap(step.police) { .p(.strong(.plain(context.t(Strings.policeOutcome($0))))) },
            .unwrap(step.childrensHouse) { .p(.strong(.plain(context.t(Strings.childrensHouseOutcome($0))))) },
            .unwrap(step.reason) { line(Strings.preparednessReason, $0) },
            .unwrap(step.note) { line(Strings.preparednessNote, $0) })
    }
}
