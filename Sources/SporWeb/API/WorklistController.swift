import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// The worklist in the API (`/api/v1/worklist`): open obligations from the deadline rules, soonest first. A caseworker
/// gets their own and their team's unassigned; a team lead the whole team's, with who carries what. On the web the
/// work tray (`TrayController`) shows the same work.
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
        let rules = Dictionary(uniqueKeysWithValues: request.spor.configuration.ruleBook.rules.map { ($0.id, $0) })
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
        let response = Response(status: .ok, body: .init(data: try encoder.encode(request.spor.configuration.ruleBook.rules)))
        response.headers.contentType = .json
        return response
    }
}
