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

    /// Read from the summary table kept in step with the journal; overdue is decided now.
    static func items(_ request: Request, user: UserRecord) async throws -> [Item] {
        guard let teamID = user.team, let team = try await request.store.teams().first(where: { $0.id == teamID }) else { return [] }
        let now = request.now
        let staff = Dictionary(uniqueKeysWithValues: try await request.store.users().map { ($0.id, $0.displayName) })
        let rules = Dictionary(uniqueKeysWithValues: RuleBook.barnetsLov.rules.map { ($0.id, $0) })
        let teamName = Strings.teamList(request.language, team.name)
        return try await request.store.openObligations(team: team.id, district: team.district).compactMap { obligation in
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

    @Sendable static func page(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let items = try await items(request, user: user)
        let now = request.now
        let showAssignee = user.role == .teamLead
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
                                .td(.plain(Format.dateTime(item.obligation.due, context.language)), .element(named: "br"),
                                    IntakeController.countdown(due: item.obligation.due, now: now, context)),
                                .td(.plain("\(context.language == .da ? item.rule.titleDa : item.rule.titleEn) (\(item.rule.paragraph))")),
                                .td(.a(.href("/children/\(item.obligation.child.uuidString)#entry-\(item.obligation.trigger.uuidString)"),
                                       .plain(item.childName))),
                                .td(.plain(context.t(Strings.entryKind(item.rule.discharge.kind)))),
                                .if(showAssignee, .td(.plain(item.assignee))))
                        }))
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
