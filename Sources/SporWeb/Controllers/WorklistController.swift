import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// The worklist: open obligations from the deadline rules, soonest first, overdue ones marked in words
/// and with a sign. A caseworker sees their own and their team's unassigned; a team lead sees the whole
/// team and who carries what.
enum WorklistController {
    struct Item {
        let obligation: OpenObligation
        let rule: DeadlineRule
        let isOverdue: Bool
        let assignee: String

        var childName: String { obligation.childName }
    }

    /// Read from the summary table kept in step with the journal; overdue is decided now. The team's desk,
    /// and the user's own obligations on children of other teams (an agreed action).
    static func items(_ request: Request, user: UserRecord) async throws -> [Item] {
        let teams = try await request.store.teams()
        let team = user.team.flatMap { id in teams.first { $0.id == id } }
        let now = request.now
        let staff = Dictionary(uniqueKeysWithValues: try await request.store.users().map { ($0.id, $0.displayName) })
        let rules = Dictionary(uniqueKeysWithValues: RuleBook.barnetsLov.rules.map { ($0.id, $0) })
        let teamName = team.map { Strings.teamList(request.language, $0.name) } ?? ""
        var obligations: [OpenObligation] = []
        if let team { obligations = try await request.store.openObligations(team: team.id, district: team.district) }
        let seen = Set(obligations.map { "\($0.rule)/\($0.trigger)/\($0.action?.uuidString ?? "")" })
        obligations += try await request.store.openObligations(assignee: user.id)
            .filter { !seen.contains("\($0.rule)/\($0.trigger)/\($0.action?.uuidString ?? "")") }
        obligations.sort { $0.due < $1.due }
        return obligations.compactMap { obligation in
            let mine: Bool
            let assignee: String
            switch obligation.assignee {
            case .caseworker(let id), .user(let id):
                mine = id == user.id
                assignee = staff[id] ?? teamName
            case .districtTeam:
                mine = true
                assignee = teamName
            }
            guard user.role == .teamLead || mine, let rule = rules[obligation.rule] else { return nil }
            return Item(obligation: obligation, rule: rule, isOverdue: obligation.due < now, assignee: assignee)
        }
    }

    /// The agreed actions a person owns who has no case worklist (the outreach counsellor, a teacher):
    /// what was agreed, about which child, by when. No link to the case.
    @Sendable static func actions(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let now = request.now
        let obligations = try await request.store.openObligations(assignee: user.id).filter { $0.action != nil }
        let meetings = try await request.store.entries(ids: Array(Set(obligations.map(\.trigger))))
        var agreed: [UUID: String] = [:]
        for entry in meetings.values {
            guard case .networkMeeting(let meeting) = entry.payload else { continue }
            for action in meeting.actions { agreed[action.id] = action.what }
        }
        return Page.render(request, title: Strings.myActionsTitle(request.language)) { context in
            .group(
                .h1(.plain(context.t(Strings.myActionsTitle))),
                .p(.plain(context.t(Strings.myActionsIntro))),
                obligations.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.myActionsEmpty))) :
                    .table(.id("actions"), .class("list"),
                        Components.columnHeaders([Strings.columnDue, Strings.columnAction, Strings.columnChild], context),
                        .tbody(.forEach(obligations) { obligation in
                            .tr(.class(obligation.due < now ? "overdue" : "open"),
                                .td(.plain(Format.deadline(obligation.due, context.language)), .element(named: "br"),
                                    IntakeController.countdown(due: obligation.due, now: now, context)),
                                .td(.plain(obligation.action.flatMap { agreed[$0] } ?? "")),
                                .td(.plain(obligation.childName)))
                        }))
            )
        }
    }

    @Sendable static func page(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let items = try await items(request, user: user)
        let now = request.now
        let showAssignee = user.role == .teamLead
        // What families sent through Min side in the last 14 days: a team lead sees the team's, a caseworker their own.
        let since = now.addingTimeInterval(-14 * 86_400)
        let messages = user.role == .teamLead
            ? try await request.store.portalMessages(team: user.team, since: since)
            : try await request.store.portalMessages(caseworker: user.id, since: since)
        return Page.render(request, title: Strings.worklistTitle(request.language)) { context in
            .group(
                .h1(.plain(context.t(Strings.worklistTitle))),
                .p(.plain(context.t(showAssignee ? Strings.worklistIntroLead : Strings.worklistIntro))),
                .p(.class("count"), .plain(context.t(Strings.worklistCount, String(items.count),
                                                     String(items.filter(\.isOverdue).count)))),
                items.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.worklistEmpty))) :
                    .table(.id("worklist"), .class("list"),
                        .thead(.tr(
                            .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnDue))),
                            .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnObligation))),
                            .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnName))),
                            .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnDischargedBy))),
                            .if(showAssignee, .th(.attribute(named: "scope", value: "col"), .plain(context.t(Strings.columnWho)))))),
                        .tbody(.forEach(items) { item in
                            .tr(.class(item.isOverdue ? "overdue" : "open"),
                                .td(.plain(Format.deadline(item.obligation.due, context.language)), .element(named: "br"),
                                    IntakeController.countdown(due: item.obligation.due, now: now, context)),
                                .td(.plain("\(context.language == .da ? item.rule.titleDa : item.rule.titleEn) (\(item.rule.paragraph))")),
                                .td(.a(.href("/children/\(item.obligation.child.uuidString)#entry-\(item.obligation.trigger.uuidString)"),
                                       .plain(item.childName))),
                                .td(.plain(context.t(Strings.entryKind(item.rule.discharge.kind)))),
                                .if(showAssignee, .td(.plain(item.assignee))))
                        })),
                .if(!messages.isEmpty, .section(.id("portal-messages"),
                    .h2(.plain(context.t(Strings.portalMessagesTitle))),
                    .ul(.forEach(messages) { message in
                        .li(.a(.href("/children/\(message.child.uuidString)#entry-\(message.entry.uuidString)"), .plain(message.childName)),
                            .plain(" · \(context.t(Strings.ownViewsWho(message.who))) · \(Format.dateTime(message.recordedAt, context.language))"))
                    })))
            )
        }
    }

    struct ObligationDTO: Content {
        let rule: String
        let paragraph: String
        let child: UUID
        let childName: String
        let trigger: UUID
        let due: Date
        let status: String
        let dischargedBy: String
        let assignee: String
    }

    @Sendable static func api(_ request: Request) async throws -> [ObligationDTO] {
        let user = try request.requireUser()
        return try await items(request, user: user).map {
            ObligationDTO(rule: $0.rule.id, paragraph: $0.rule.paragraph, child: $0.obligation.child, childName: $0.childName,
                          trigger: $0.obligation.trigger, due: $0.obligation.due, status: $0.isOverdue ? "overdue" : "open",
                          dischargedBy: $0.rule.discharge.kind.rawValue, assignee: $0.assignee)
        }
    }

    @Sendable static func rules(_ request: Request) async throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let response = Response(status: .ok, body: .init(data: try encoder.encode(RuleBook.barnetsLov.rules)))
        response.headers.contentType = .json
        return response
    }
}
