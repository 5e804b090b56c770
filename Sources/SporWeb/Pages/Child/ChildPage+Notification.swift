import Foundation
import Plot
import SporDomain
import SporStore

/// What the steps on a notification carry forward from the journal: the afdækning or investigation the 24-hour
/// assessment starts, and what followed, for the feedback to the notifier.
extension ChildPageView {
    /// What saving the assessment does, said before it is saved: the note for the chosen next step is shown (by the
    /// stylesheet while choosing, by the server when the form comes back).
    static func assessmentStarts(notification: UUID, received: LocalDate, chosen: String, _ model: ChildPageModel,
                                 _ context: PageContext) -> Node<HTML.FormContext> {
        if let open = model.timeline.openAssessment(following: notification) {
            return .p(.class("hint starts-open"),
                      .plain(context.t(Strings.assessmentAlreadyOpen, context.t(Strings.entryKind(open.entry.kind)),
                                       Format.date(DanishTime.localDate(of: open.entry.occurredAt), context.language))))
        }
        let note = { (kind: String, text: String) -> Node<HTML.FormContext> in
            .p(.class(chosen == kind ? "starts-note starts-\(kind) shown" : "starts-note starts-\(kind)"), .plain(text))
        }
        return .group(
            .p(.class("hint"), .plain(context.t(Strings.assessmentStartsHint, Format.date(received, context.language)))),
            note(NextStep.focusedAssessment.rawValue, context.t(Strings.savesAndStartsFocusedAssessment)),
            note(NextStep.investigation.rawValue, context.t(Strings.savesAndStartsInvestigation,
                                                            Format.date(investigationDue(needKnownOn: received), context.language))))
    }

    /// The last day of an investigation whose need became known on `day` (§ 20, stk. 3), by the rule the deadlines use.
    static func investigationDue(needKnownOn day: LocalDate) -> LocalDate {
        guard case .monthsFromNeedKnown(let months) = DeadlineRule.investigationFourMonths.due else { return day }
        return day.adding(months: months)
    }

    /// What followed the notification, as the journal shows it: its assessment's next step, the afdækning or
    /// investigation started following it, or that none was.
    static func notificationFollowUp(_ notification: UUID, _ model: ChildPageModel, _ context: PageContext) -> Node<HTML.FormContext> {
        let day = { (entry: Entry) in Format.date(DanishTime.localDate(of: entry.occurredAt), context.language) }
        let assessment = model.timeline.items.lazy.compactMap { item -> (entry: Entry, step: UrgencyAssessment)? in
            if case .urgencyAssessment(let step)? = item.effective, step.notification == notification { (item.entry, step) } else { nil }
        }.first
        let started = model.timeline.assessmentsStarted(following: notification)
        let led = model.timeline.ledToInvestigation(notification)
        return .div(.class("what-followed"),
            .p(.strong(.plain(context.t(Strings.whatFollowed)))),
            .ul(
                .unwrap(assessment) { assessment in
                    .li(.plain(context.t(Strings.followedAssessment, day(assessment.entry), context.t(Strings.nextStep(assessment.step.nextStep)))))
                },
                .forEach(started) { start in
                    .li(.plain(context.t(Strings.followedStart, context.t(Strings.entryKind(start.item.entry.kind)), day(start.item.entry))))
                },
                .if(started.isEmpty, .li(.plain(context.t(Strings.followedNothing))))),
            .p(.class("meta"), .plain(context.t(Strings.feedbackFromJournal, context.t(Strings.ledToInvestigation),
                                                context.t(led ? Strings.yes : Strings.no)))))
    }

    /// The feedback offered to the notifier: a short sentence saying whether a børnefaglig undersøgelse (or an
    /// afdækning) was started — nothing the notifier may not know (§ 138).
    static func feedbackDraft(_ notification: Timeline.Item, _ model: ChildPageModel, _ context: PageContext) -> String {
        let kinds = Set(model.timeline.assessmentsStarted(following: notification.entry.id).map(\.item.entry.kind))
        let text = kinds.contains(.investigation) ? Strings.feedbackDraftInvestigation
            : kinds.contains(.focusedAssessment) ? Strings.feedbackDraftFocusedAssessment : Strings.feedbackDraftNothing
        return context.t(text, model.child.givenName, Format.date(DanishTime.localDate(of: notification.entry.occurredAt), context.language))
    }
}
