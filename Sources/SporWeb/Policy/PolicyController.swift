import Foundation
import Plot
import Vapor
import SporDocuments
import SporDomain
import SporStore

/// The policy tracker: the municipality's policy and strategy as data, their initiatives with dated status
/// updates, the half-yearly follow-up rounds, and the committee's yearly status report drafted from them and
/// the measured indicators. Policy staff work here; no page reaches a person.
enum PolicyController {
    /// The indicator values the report reads: the dashboard's own cells (each year's headline, all children), so the
    /// report and the dashboard can never disagree.
    static func indicatorValues(_ request: Request) async throws -> any IndicatorValueProvider {
        let definitions = Dictionary(uniqueKeysWithValues: request.store.indicatorDefinitions.map { ($0.id, $0) })
        let years = (2010...2035).compactMap { IndicatorPeriod(kind: .year, year: $0) }
        let cells = try await request.store.indicatorCells(periods: years, series: IndicatorCell.headline).filter { $0.breakdown == .all }
        var tallies: [String: IndicatorTally] = [:]
        for cell in cells {
            tallies["\(cell.indicator)|\(cell.period.year)"] = cell.tally
        }
        let language = request.language
        let counted = tallies
        return IndicatorValueClosure(name: { id in
            definitions[id.rawValue].map { language == .da ? $0.titleDa : $0.titleEn }
        }, reading: { id, year in
            guard let definition = definitions[id.rawValue] else { return .noData }
            return reading(definition, this: counted["\(id.rawValue)|\(year)"], previous: counted["\(id.rawValue)|\(year - 1)"])
        })
    }

    /// One indicator's value in a year as the report shows it, with the dashboard's suppression.
    static func reading(_ definition: IndicatorDefinition, this: IndicatorTally?, previous: IndicatorTally?) -> IndicatorReading {
        let target: IndicatorTarget = switch definition.target {
        case .atLeast(let v): .atLeast(v)
        case .atMost(let v): .atMost(v)
        case .rising: .rising
        case .falling: .falling
        }
        let unit: IndicatorUnit = switch definition.unit {
        case .share, .meanPerChild: definition.unit == .share ? .share : .count
        case .count: .count
        case .perChildYear: .perChildYear
        case .medianDays: .days
        }
        switch IndicatorReadout(tally: this ?? .zero, definition: definition) {
        case .noData: return .noData
        case .suppressed: return .suppressed(target: target)
        case .value(let value, _):
            var trend: IndicatorTrend?
            if case .value(let before, _)? = previous.map({ IndicatorReadout(tally: $0, definition: definition) }) {
                trend = abs(value - before) < 0.0001 ? .steady : (value > before ? .rising : .falling)
            }
            return .value(IndicatorValue(value: value, unit: unit, target: target, trend: trend))
        }
    }

    // MARK: - The tracker

    @Sendable static func tracker(_ request: Request) async throws -> Response {
        let content = try await request.store.policyContent()
        return Page.render(request, title: Strings.trackerTitle(request.language)) { context in
            .group(
                .h1(.plain(context.t(Strings.trackerTitle))),
                .p(.plain(context.t(Strings.trackerIntro))),
                .ul(.class("links"),
                    .li(.a(.href("/policy/rounds"), .plain(context.t(Strings.roundsTitle)))),
                    .li(.a(.href("/policy/report/\(DanishTime.localDate(of: context.now).year - 1)"), .plain(context.t(Strings.reportTitle))))),
                .forEach(content.policies) { policy in
                    .section(.class("policy"),
                        .h2(.plain(policy.title)),
                        .forEach(policy.tracks) { track in
                            .div(.class("track"),
                                .h3(.plain("\(track.number). \(track.title)")),
                                .p(.class("text"), .plain(track.statement)),
                                .if(!track.goals.isEmpty, .ul(.class("goals"), .forEach(track.goals) { goal in
                                    .li(.strong(.plain(goal.id.rawValue)), .plain(" \(goal.text)"))
                                })))
                        })
                },
                .h2(.id("initiatives-heading"), .plain(context.t(Strings.initiativesTitle))),
                .table(.id("initiatives"), .class("list"),
                    Components.columnHeaders([Strings.initiativeName, Strings.initiativeTrack, Strings.initiativeStatus, Strings.initiativeLatest], context),
                    .tbody(.forEach(content.initiatives) { initiative in
                        .tr(.td(.a(.href("/policy/initiatives/\(initiative.id.rawValue)"), .plain(initiative.name))),
                            .td(.plain(initiative.track.flatMap { content.track($0) }.map { "\($0.number). \($0.title)" } ?? "–")),
                            .td(.plain(context.t(Strings.initiativeStatusName(initiative.status)))),
                            .td(.plain(initiative.latestUpdate.map { Format.date($0.date, context.language) } ?? "–")))
                    }))
            )
        }
    }

    // MARK: - One initiative and its status updates

    static func initiative(_ request: Request, _ content: PolicyContent) throws -> Initiative {
        guard let id = request.parameters.get("initiativeID"), let initiative = content.initiative(InitiativeID(rawValue: id)) else {
            throw Abort(.notFound)
        }
        return initiative
    }

    @Sendable static func showInitiative(_ request: Request) async throws -> Response {
        let content = try await request.store.policyContent()
        return renderInitiative(request, try initiative(request, content), content: content, rounds: try await request.store.followUpRounds(),
                                values: [:], error: nil)
    }

    @Sendable static func recordStatus(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        var content = try await request.store.policyContent()
        let initiative = try initiative(request, content)
        let rounds = try await request.store.followUpRounds()
        let values = try request.content.decode([String: String].self)
        let f = FormValues(values)
        do {
            let update = StatusUpdate(date: try f.date("date"), status: try f.choice("status", as: InitiativeStatus.self), text: f.text("text"),
                                      nextSteps: f.text("nextSteps").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
                                      round: f.optionalText("round").map { FollowUpRoundID(rawValue: $0) })
            try content.record(update, on: initiative.id)
            try await request.store.savePolicyContent(content, by: user.id, now: request.now)
            request.session.data["notice"] = Strings.statusSaved(request.language)
            return request.redirect(to: "/policy/initiatives/\(initiative.id.rawValue)", redirectType: .normal)
        } catch let error as PolicyError {
            return renderInitiative(request, initiative, content: content, rounds: rounds, values: values,
                                    error: (error.field ?? "text", Strings.policyError(error.code)(request.language)))
        } catch let error as FormError {
            return renderInitiative(request, initiative, content: content, rounds: rounds, values: values, error: (error.field, error.text(request.language)))
        }
    }

    static func renderInitiative(_ request: Request, _ initiative: Initiative, content: PolicyContent, rounds: [FollowUpRound],
                                 values: [String: String], error: (field: String, message: String)?) -> Response {
        Page.render(request, title: initiative.name, status: error == nil ? .ok : .unprocessableEntity) { context in
            let form = CourseForm(context: context, values: values, error: error)
            return .group(
                .p(.a(.href("/policy/tracker"), .plain("← \(context.t(Strings.trackerTitle))"))),
                .h1(.plain(initiative.name)),
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
                .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain("\(context.t(Strings.notSaved)) \($0.message)")) },
                .form(.id("status-form"), .class("entry-form narrow"), .action("/policy/initiatives/\(initiative.id.rawValue)/status"), .method(.post),
                    csrfField(context),
                    Components.field(context.t(Strings.statusDate), id: "step-date", error: form.errorText("date"),
                        .input(.id("step-date"), .name("date"), .type(.date), .required(true),
                               .value(escapeAttribute(form.value("date", DanishTime.localDate(of: context.now).iso))))),
                    form.choice("status", Strings.initiativeStatus, InitiativeStatus.allCases.map { ($0.rawValue, context.t(Strings.initiativeStatusName($0))) },
                                fallback: initiative.status.rawValue),
                    form.area("text", Strings.statusText, required: true),
                    form.area("nextSteps", Strings.nextStepsOnePerLine),
                    form.choice("round", Strings.roundLabel, [("", context.t(Strings.none))] + rounds.map { ($0.id.rawValue, $0.name) }),
                    .button(.id("status-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
            )
        }
    }

    // MARK: - Follow-up rounds

    @Sendable static func rounds(_ request: Request) async throws -> Response {
        try await renderRounds(request, values: [:], error: nil)
    }

    @Sendable static func createRound(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let values = try request.content.decode([String: String].self)
        let f = FormValues(values)
        do {
            guard let half = try f.optionalInt("half"), (1...2).contains(half), let year = try f.optionalInt("year") else {
                throw FormError(field: "year", text: Strings.errorNumberInvalid)
            }
            let round = try FollowUpRound.halfYear(half, of: year, deadline: try f.date("deadline"))
            var rounds = try await request.store.followUpRounds()
            guard !rounds.contains(where: { $0.id == round.id }) else { throw PolicyError(.duplicateID, field: "year") }
            rounds.append(round)
            try await request.store.saveFollowUpRounds(rounds, by: user.id, now: request.now)
            request.session.data["notice"] = Strings.roundSaved(request.language)
            return request.redirect(to: "/policy/rounds", redirectType: .normal)
        } catch let error as PolicyError {
            return try await renderRounds(request, values: values, error: (error.field ?? "year", Strings.policyError(error.code)(request.language)))
        } catch let error as FormError {
            return try await renderRounds(request, values: values, error: (error.field, error.text(request.language)))
        }
    }

    /// Records that the owner of an initiative still missing in a round was reminded.
    @Sendable static func remind(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let content = try await request.store.policyContent()
        let rounds = try await request.store.followUpRounds()
        let values = try request.content.decode([String: String].self)
        guard let roundID = request.parameters.get("roundID"), let round = rounds.first(where: { $0.id.rawValue == roundID }),
              let initiative = values["initiative"].flatMap({ content.initiative(InitiativeID(rawValue: $0)) }),
              round.initiativesMissingUpdate(in: content).contains(where: { $0.id == initiative.id }) else { throw Abort(.notFound) }
        var reminders = try await request.store.followUpReminders()
        reminders.append(FollowUpReminder(round: round.id, initiative: initiative.id, on: DanishTime.localDate(of: request.now)))
        try await request.store.saveFollowUpReminders(reminders, by: user.id, now: request.now)
        request.session.data["notice"] = Strings.reminderSaved(request.language).replacingOccurrences(of: "{0}", with: initiative.name)
        return request.redirect(to: "/policy/rounds#round-\(round.id.rawValue)", redirectType: .normal)
    }

    static func renderRounds(_ request: Request, values: [String: String], error: (field: String, message: String)?) async throws -> Response {
        let content = try await request.store.policyContent()
        let rounds = try await request.store.followUpRounds()
        let reminders = try await request.store.followUpReminders()
        let today = DanishTime.localDate(of: request.now)
        return Page.render(request, title: Strings.roundsTitle(request.language), status: error == nil ? .ok : .unprocessableEntity) { context in
            let form = CourseForm(context: context, values: values, error: error)
            return .group(
                .p(.a(.href("/policy/tracker"), .plain("← \(context.t(Strings.trackerTitle))"))),
                .h1(.plain(context.t(Strings.roundsTitle))),
                .p(.plain(context.t(Strings.roundsIntro))),
                .forEach(rounds.reversed()) { round in
                    let missing = round.initiativesMissingUpdate(in: content)
                    let asked = round.initiativesAsked(in: content)
                    return .section(.class("round"), .id("round-\(round.id.rawValue)"),
                        .h2(.plain(round.name)),
                        .p(.class("meta"), .plain(context.t(Strings.roundStatus, String(asked.count - missing.count), String(asked.count),
                                                            Format.date(round.deadline, context.language)))),
                        missing.isEmpty ? .p(.plain(context.t(Strings.roundComplete))) :
                            .group(
                                .p(.class(today > round.deadline ? "overdue" : "open"),
                                   .plain(context.t(today > round.deadline ? Strings.roundMissingOverdue : Strings.roundMissing))),
                                .ul(.forEach(missing) { initiative in
                                    let reminded = reminders.filter { $0.round == round.id && $0.initiative == initiative.id }.map(\.on).max()
                                    return .li(.a(.href("/policy/initiatives/\(initiative.id.rawValue)"), .plain(initiative.name)),
                                        .plain(" — \(initiative.owner ?? context.t(Strings.noOwner))"),
                                        .unwrap(reminded) { .span(.class("meta"), .plain(" · \(context.t(Strings.remindedOn, Format.date($0, context.language)))")) },
                                        .form(.class("inline"), .action("/policy/rounds/\(round.id.rawValue)/remind"), .method(.post),
                                            csrfField(context),
                                            .input(.type(.hidden), .name("initiative"), .value(initiative.id.rawValue)),
                                            .button(.type(.submit), .class("small"), .plain(context.t(Strings.remind)))))
                                })))
                },
                .h2(.plain(context.t(Strings.newRound))),
                .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain("\(context.t(Strings.notSaved)) \($0.message)")) },
                .form(.id("round-form"), .class("entry-form narrow"), .action("/policy/rounds"), .method(.post),
                    csrfField(context),
                    form.choice("half", Strings.roundHalf, [("1", "1. halvår"), ("2", "2. halvår")], fallback: today.month <= 6 ? "1" : "2"),
                    form.text("year", Strings.roundYear, required: true, fallback: String(today.year)),
                    form.date("deadline", Strings.roundDeadline, required: true),
                    .button(.id("round-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
            )
        }
    }
}
