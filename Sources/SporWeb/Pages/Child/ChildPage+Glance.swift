import Foundation
import Plot
import SporDomain
import SporStore

extension ChildPageView {
    /// What a caseworker needs in ten seconds: what is owed and by when, who is around the child, how the
    /// worry has moved, who has carried the case.
    static func glance(_ model: ChildPageModel, _ context: PageContext, printing: Bool = false) -> Node<HTML.BodyContext> {
        let state = model.state
        return .section(.class("glance"), .attribute(named: "aria-labelledby", value: "glance-heading"),
            .h2(.id("glance-heading"), .class("visually-hidden"), .plain(context.t(Strings.glanceTitle))),
            .div(.class("glance-grid"),
                caseNow(model, context),
                household(model, context, printing: printing),
                professionals(model, context),
                glanceCard(Strings.glanceMeasures, id: "glance-measures", context,
                    model.state.activeMeasures.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.glanceNoMeasures))) :
                        .ul(.forEach(model.state.activeMeasures) { measure in
                            .li(.strong(.plain(model.offers[measure.offer]?.name ?? measure.offer)),
                                .plain(" · \(measure.legalBasis.paragraph) · \(context.t(Strings.since, Format.date(DanishTime.localDate(of: measure.since), context.language)))"),
                                .if(measure.immediateHelp, .span(.class("mark-immediate"), .plain(" · \(context.t(Strings.immediateHelpMark))"))))
                        })),
                glanceCard(Strings.glancePlan, id: "glance-plan", context, .group(
                    .unwrap(model.state.plan, { plan in
                        .group(
                            .p(.class("meta"), .plain("\(context.t(Strings.planKind(plan.kind))), \(context.t(Strings.planVersion, String(plan.version)))")),
                            .ul(.forEach(plan.goals) { goal in
                                .li(.plain("\(goal.goal.what) — "),
                                    .strong(.plain(goal.latestRating.map { context.t(Strings.goalRating($0)) } ?? context.t(Strings.notRatedYet))))
                            }))
                    }, else: .p(.class("empty"), .plain(context.t(Strings.glanceNoPlan)))),
                    leisureGlance(model, context))),
                glanceCard(Strings.glanceDeadlines, id: "glance-deadlines", context,
                    model.obligations.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.glanceNoDeadlines))) :
                        .ul(.forEach(model.obligations.prefix(5)) { obligation in
                            let title = model.ruleBook[obligation.rule]
                                .map { context.t($0.title) } ?? obligation.rule
                            return .li(.class(obligation.due < context.now ? "overdue" : "open"),
                                .strong(.plain(title)), .element(named: "br"),
                                .plain(Format.deadline(obligation.due, context.language)), .plain(" · "),
                                IntakeController.countdown(due: obligation.due, now: context.now, context))
                        })),
                glanceCard(Strings.columnCaseworker, id: "glance-people", context,
                    .ul(
                        .li(.plain("\(context.t(Strings.columnCaseworker)): \(model.summary?.caseworker.flatMap { model.staff[$0]?.displayName } ?? context.t(Strings.noCaseworker))")),
                        .unwrap(continuity(model.state, context)) { .li(.class("continuity"), .plain($0)) })),
                glanceCard(Strings.concernOverTime, id: "glance-concern", context,
                    state.concernHistory.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.noConcerns))) :
                        .ol(.class("concern-trail"), .forEach(state.concernHistory.suffix(6)) { reading in
                            .li(.time(.datetime(Format.machine(reading.at)), .plain(Format.date(DanishTime.localDate(of: reading.at), context.language))),
                                .plain(" "), Components.concernBadge(reading.level, context))
                        }))
            ))
    }

    /// Links to the pages that record the next step of the course, and to every other form about this child: the
    /// network meeting (which then knows the child), and what completes each open deadline or task (`TaskForms`).
    static func courseSteps(_ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let tasks = model.obligations.compactMap { obligation in model.ruleBook[obligation.rule].map { (obligation, $0) } }
        return .nav(.class("course-steps"), .attribute(named: "aria-labelledby", value: "course-steps-heading"),
            .h2(.id("course-steps-heading"), .plain(context.t(Strings.courseSteps))),
            .p(.class("hint"), .plain(context.t(Strings.courseStepsIntro))),
            // Before the birth only an open offer's end is a step of the course (`EntryKind.allowedBeforeBirth`).
            .ul(.forEach(CourseStep.allCases.filter { $0.isAvailable(model) && (!model.child.isExpected || $0 == .measureEnd) }) { step in
                    .li(.a(.class("course-step-link"), .id("step-link-\(step.rawValue)"), .href(SiteURL.child(model.child.id, .course(.value(step.rawValue))).path), .plain(context.t(step.title))))
                },
                .if(Authorization.allows(model.user.role, .recordNetworkMeeting),
                    .li(.a(.class("course-step-link"), .id("step-link-meeting"),
                           .href(escapeAttribute(SiteURL.meetingsNew.path(query: [("child", model.child.id.uuidString)]))),
                           .plain(context.t(Strings.meetingLink))))),
                .if(Authorization.allows(model.user.role, .recordNetworkMeeting), .li(.a(.class("course-step-link"), .id("step-link-enrolment"), .href(escapeAttribute(SiteURL.participationNew.path(query: [("child", model.child.id.uuidString)]))), .plain(context.t(Strings.enrolmentLink))))),
                freeLetterLinks(model, context),
                .li(.a(.class("course-step-link"), .id("step-link-attachment"), .href(SiteURL.child(model.child.id, .attachmentsNew).path),
                       .plain(context.t(Strings.attachmentAdd))))),
            .if(!tasks.isEmpty, .group(
                .h3(.plain(context.t(Strings.glanceDeadlines))),
                .ul(.class("course-tasks"), .forEach(tasks) { obligation, rule in
                    .li(.plain(context.t(rule.title)), .plain(" "),
                        TaskForms.controls(for: obligation, rule: rule, user: model.user, context: context, returnTo: SiteURL.child(model.child.id).path))
                }))))
    }

    static func glanceCard(_ title: LocalizedText, id: String, _ context: PageContext, _ body: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .div(.class("glance-card"), .id(id), .h3(.plain(context.t(title))), body)
    }

    /// "3. rådgiver på 2 år": how many different caseworkers have carried the case in the last two years (the
    /// fold's caseworker history).
    static func continuity(_ state: CaseState, _ context: PageContext) -> String? {
        let count = state.caseworkerCount(withinMonths: 24, now: context.now)
        guard count > 0 else { return nil }
        return context.t(Strings.caseworkerOrdinal, String(count))
    }

    /// The filter above the timeline: a kind, a period, turning points only (a search, never refused).
    static func timelineFilterForm(_ model: ChildPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        let filter = model.filter
        let fields = FormFields(context, idPrefix: "filter", form: "filter", refusal: nil)
        let kinds = Array(Set(model.timeline.items.map(\.entry.kind))).sorted { $0.rawValue < $1.rawValue }
        let page = SiteURL.child(model.child.id).path
        return .form(.id("timeline-filter"), .class("filter"), .action(page), .method(.get),
            fields.choice("kind", Strings.filterKind, [("", context.t(Strings.filterAllKinds))] + kinds.map { ($0.rawValue, context.t(Strings.entryKind($0))) },
                          fallback: filter.kind?.rawValue ?? ""),
            fields.date("from", Strings.filterFrom, fallback: filter.from?.iso ?? ""),
            fields.date("to", Strings.filterTo, fallback: filter.to?.iso ?? ""),
            fields.check("significant", Strings.filterSignificant, checkedByDefault: filter.significantOnly),
            .button(.type(.submit), .plain(context.t(Strings.filterApply))),
            .if(filter.isActive, .a(.class("filter-reset"), .href(page), .plain(context.t(Strings.filterReset)))))
    }
}
