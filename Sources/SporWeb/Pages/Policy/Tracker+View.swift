import Foundation
import Plot
import SporDomain
import SporStore

/// The policy tracker: the policies' tracks and goals, and the initiatives with their status.
enum TrackerView {
    static func body(_ model: TrackerModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let content = model.content
        return .group(
            .h1(.plain(context.t(Strings.trackerTitle))),
            .p(.plain(context.t(Strings.trackerIntro))),
            .ul(.class("links"),
                .li(.a(.href(SiteURL.initiativeNew.path), .plain(context.t(Strings.newInitiative)))),
                .li(.a(.href(SiteURL.policyNew.path), .plain(context.t(Strings.newPolicy)))),
                .li(.a(.href(SiteURL.policyVersions.path), .plain(context.t(Strings.policyVersionsTitle)))),
                .li(.a(.href(SiteURL.rounds.path), .plain(context.t(Strings.roundsTitle)))),
                .li(.a(.href(SiteURL.reportYear(.value(model.reportYear)).path), .plain(context.t(Strings.reportTitle))))),
            .forEach(content.policies) { policy in
                .section(.class("policy"),
                    .h2(.plain(policy.title)),
                    .p(.class("meta"),
                       .unwrap(policy.period) { .plain("\(context.t(Strings.policyPeriod, Format.date($0.start, context.language), Format.date($0.end, context.language))) · ") },
                       .a(.href(SiteURL.policyEdit(.value(policy.id.rawValue)).path), .plain(context.t(Strings.editPolicy))), .plain(" · "),
                       .a(.href(SiteURL.trackNew(.value(policy.id.rawValue)).path), .plain(context.t(Strings.newTrack)))),
                    .forEach(policy.tracks) { track in
                        .div(.class("track"),
                            .h3(.plain("\(track.number). \(track.title)")),
                            .p(.class("meta"),
                               .a(.href(SiteURL.trackEdit(.value(track.id.rawValue)).path), .plain(context.t(Strings.editTrack))), .plain(" · "),
                               .a(.href(SiteURL.goalNew(.value(track.id.rawValue)).path), .plain(context.t(Strings.newGoal)))),
                            .p(.class("text"), .plain(track.statement)),
                            .if(!track.goals.isEmpty, .ul(.class("goals"), .forEach(track.goals) { goal in
                                let serving = content.initiatives(servingGoal: goal.id)
                                return .li(.id("goal-\(goal.id.rawValue)"), .strong(.plain(goal.id.rawValue)), .plain(" \(goal.text) "),
                                    .a(.class("small"), .href(SiteURL.goalEdit(.value(goal.id.rawValue)).path), .plain(context.t(Strings.edit))),
                                    .if(!serving.isEmpty, .ul(.class("goal-initiatives"), .forEach(serving) { initiative in
                                        .li(.a(.href(SiteURL.initiative(.value(initiative.id.rawValue)).path), .plain(initiative.name)),
                                            .plain(" · \(context.t(Strings.initiativeStatusName(initiative.status)))"))
                                    })))
                            })))
                    })
            },
            TrackerParticipationView.body(model, context),
            PreparednessPlanView.trackerCard(model.preparednessPlan, today: model.today ?? DanishTime.localDate(of: context.now), context),
            .h2(.id("initiatives-heading"), .plain(context.t(Strings.initiativesTitle))),
            .table(.id("initiatives"), .class("list"),
                Components.columnHeaders([Strings.initiativeName, Strings.initiativeTrack, Strings.initiativeStatus, Strings.initiativeLatest], context),
                .tbody(.forEach(content.initiatives) { initiative in
                    .tr(.td(.a(.href(SiteURL.initiative(.value(initiative.id.rawValue)).path), .plain(initiative.name))),
                        .td(.plain(initiative.track.flatMap { content.track($0) }.map { "\($0.number). \($0.title)" } ?? "–")),
                        .td(.plain(context.t(Strings.initiativeStatusName(initiative.status)))),
                        .td(.plain(initiative.latestUpdate.map { Format.date($0.date, context.language) } ?? "–")))
                }))
        )
    }
}

/// One initiative: its facts, its status updates newest first, and the form for a new one.
enum InitiativeView {
    static func body(_ model: InitiativeModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let initiative = model.initiative
        // The form's ids read as the course forms' do (`step-date`).
        let fields = FormFields(context, idPrefix: "step", refusal: refusal)
        return .group(
            .p(.a(.href(SiteURL.tracker.path), .plain("← \(context.t(Strings.trackerTitle))"))),
            .h1(.plain(initiative.name)),
            .p(.a(.id("initiative-edit"), .href(SiteURL.initiativeEdit(.value(initiative.id.rawValue)).path), .plain(context.t(Strings.editInitiative)))),
            .p(.class("text"), .plain(initiative.description)),
            .dl(.class("facts-list"),
                .dt(.plain(context.t(Strings.initiativeStatus))), .dd(.plain(context.t(Strings.initiativeStatusName(initiative.status)))),
                .dt(.plain(context.t(Strings.initiativePartners))), .dd(.plain(initiative.partners.isEmpty ? "–" : initiative.partners.joined(separator: ", "))),
                .dt(.plain(context.t(Strings.initiativeOwner))), .dd(.plain(initiative.owner ?? "–")),
                .dt(.plain(context.t(Strings.initiativeNextSteps))), .dd(.plain(initiative.nextSteps.isEmpty ? "–" : initiative.nextSteps.joined(separator: " · ")))),
            .h2(.plain(context.t(Strings.statusUpdates))),
            initiative.updates.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.noStatusUpdates))) :
                .ol(.class("timeline"), .forEach(initiative.updates.reversed()) { update in
                    .li(.class("entry"),
                        .div(.class("entry-head"), .span(.class("entry-kind"), .plain(context.t(Strings.initiativeStatusName(update.status)))),
                             .plain(" \(Format.date(update.date, context.language))")),
                        .p(.class("text"), .plain(update.text)),
                        .if(!update.nextSteps.isEmpty, .ul(.forEach(update.nextSteps) { .li(.plain($0)) })))
                }),
            .h2(.plain(context.t(Strings.newStatusUpdate))),
            fields.summary(Strings.notSaved),
            .form(.id("status-form"), .class("entry-form narrow"), .action(SiteURL.initiativeStatus(.value(initiative.id.rawValue)).path), .method(.post),
                csrfField(context),
                fields.date("date", Strings.statusDate, required: true, fallback: model.today.iso),
                fields.choice("status", Strings.initiativeStatus, InitiativeStatus.allCases.map { ($0.rawValue, context.t(Strings.initiativeStatusName($0))) },
                              fallback: initiative.status.rawValue),
                fields.area("text", Strings.statusText, required: true),
                fields.area("nextSteps", Strings.nextStepsOnePerLine),
                fields.choice("round", Strings.roundLabel, [("", context.t(Strings.none))] + model.rounds.map { ($0.id.rawValue, $0.name) }),
                .button(.id("status-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
        )
    }
}

/// The half-yearly follow-up rounds: who has answered, who is reminded, and the form for a new round.
enum RoundsView {
    static func body(_ model: RoundsModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let today = model.today
        let fields = FormFields(context, idPrefix: "step", refusal: refusal)
        return .group(
            .p(.a(.href(SiteURL.tracker.path), .plain("← \(context.t(Strings.trackerTitle))"))),
            .h1(.plain(context.t(Strings.roundsTitle))),
            .p(.plain(context.t(Strings.roundsIntro))),
            .forEach(model.rounds) { line in
                let round = line.round
                return .section(.class("round"), .id("round-\(round.id.rawValue)"),
                    .h2(.plain(round.name)),
                    .p(.class("meta"), .plain(context.t(Strings.roundStatus, String(line.asked - line.missing.count), String(line.asked),
                                                        Format.date(round.deadline, context.language)))),
                    line.missing.isEmpty ? .p(.plain(context.t(Strings.roundComplete))) :
                        .group(
                            .p(.class(today > round.deadline ? "overdue" : "open"),
                               .plain(context.t(today > round.deadline ? Strings.roundMissingOverdue : Strings.roundMissing))),
                            .ul(.forEach(line.missing) { missing in
                                let initiative = missing.initiative
                                return .li(.a(.href(SiteURL.initiative(.value(initiative.id.rawValue)).path), .plain(initiative.name)),
                                    .plain(" — \(initiative.owner ?? context.t(Strings.noOwner))"),
                                    .unwrap(missing.remindedOn) { .span(.class("meta"), .plain(" · \(context.t(Strings.remindedOn, Format.date($0, context.language)))")) },
                                    .form(.class("inline"), .action(SiteURL.roundRemind(.value(round.id.rawValue)).path), .method(.post),
                                        csrfField(context),
                                        fields.hidden("initiative", initiative.id.rawValue),
                                        .button(.type(.submit), .class("small"), .plain(context.t(Strings.remind)))))
                            })))
            },
            .h2(.plain(context.t(Strings.newRound))),
            fields.summary(Strings.notSaved),
            .form(.id("round-form"), .class("entry-form narrow"), .action(SiteURL.rounds.path), .method(.post),
                csrfField(context),
                fields.choice("half", Strings.roundHalf, [("1", "1. halvår"), ("2", "2. halvår")], fallback: today.month <= 6 ? "1" : "2"),
                fields.text("year", Strings.roundYear, required: true, fallback: String(today.year)),
                fields.date("deadline", Strings.roundDeadline, required: true),
                .button(.id("round-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
        )
    }
}
