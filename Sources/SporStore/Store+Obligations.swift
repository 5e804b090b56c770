import Foundation
import SQLKit
import SporDomain

/// An open obligation as the worklist reads it.
public struct OpenObligation: Sendable, Hashable {
    public let rule: String
    public let child: UUID
    public let childName: String
    public let trigger: UUID
    public let action: UUID?
    public let due: Date
    public let assignee: Obligation.Assignee
}

extension Store {
    /// Replaces the child's rows in `open_obligations` with the rules' obligations that no entry has met.
    static func saveObligations(_ facts: ChildFacts, timeline: Timeline, state: CaseState, team: UUID?, municipality: Int, now: Date,
                                on sql: any SQLDatabase) async throws {
        let child = facts.id
        let district = facts.district
        let open = RuleBook.barnetsLov.obligations(for: timeline, child: child, birthDate: facts.birthDate, calendar: .standard,
                                                   now: now, caseworker: state.caseworker)
            .filter { $0.dischargedBy == nil }
        try await sql.delete(from: "open_obligations").where("child_id", .equal, child).run()
        guard !open.isEmpty else { return }
        let insert = sql.insert(into: "open_obligations").columns(
            "id", "municipality", "child_id", "rule", "trigger_id", "action_id", "due", "assignee_kind", "assignee_id", "team_id", "district")
        for obligation in open {
            let (kind, id): (String, UUID?) = switch obligation.assignee {
            case .caseworker(let id): ("caseworker", id)
            case .user(let id): ("user", id)
            case .districtTeam: ("districtTeam", nil)
            }
            insert.values(SQLBind(obligation.id), SQLBind(municipality), SQLBind(child), SQLBind(obligation.rule),
                          SQLBind(obligation.trigger), SQLBind(obligation.action), SQLBind(obligation.due.epochMilliseconds),
                          SQLBind(kind), SQLBind(id), SQLBind(team), SQLBind(district))
        }
        try await insert.run()
    }

    /// The open obligations on a team's desk: its children's, and its district's children without a caseworker.
    public func openObligations(team: UUID, district: String) async throws -> [OpenObligation] {
        try await obligationQuery()
            .where { group in
                group.where(SQLColumn("team_id", table: "o"), .equal, SQLBind(team))
                    .orWhere { inner in
                        inner.where(SQLColumn("team_id", table: "o"), .is, SQLLiteral.null)
                            .where(SQLColumn("district", table: "o"), .equal, SQLBind(district))
                    }
            }
            .all().map(Store.decodeOpenObligation)
    }

    /// The open obligations on one person's own list, whichever team the child belongs to (an agreed
    /// action's owner may be a teacher or the outreach counsellor).
    public func openObligations(assignee: UUID) async throws -> [OpenObligation] {
        try await obligationQuery()
            .where(SQLColumn("assignee_id", table: "o"), .equal, SQLBind(assignee))
            .all().map(Store.decodeOpenObligation)
    }

    /// One child's open obligations, soonest first.
    public func openObligations(child: UUID) async throws -> [OpenObligation] {
        try await obligationQuery()
            .where(SQLColumn("child_id", table: "o"), .equal, SQLBind(child))
            .all().map(Store.decodeOpenObligation)
    }

    private func obligationQuery() -> SQLSelectBuilder {
        sql.select()
            .column(SQLColumn("rule", table: "o")).column(SQLColumn("child_id", table: "o")).column(SQLColumn("trigger_id", table: "o"))
            .column(SQLColumn("action_id", table: "o")).column(SQLColumn("due", table: "o")).column(SQLColumn("assignee_kind", table: "o"))
            .column(SQLColumn("assignee_id", table: "o"))
            .column(SQLColumn("given_name", table: "c")).column(SQLColumn("family_name", table: "c"))
            .from(SQLAlias(SQLIdentifier("open_obligations"), as: SQLIdentifier("o")))
            .join(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "c"), .equal, SQLColumn("child_id", table: "o"))
            .where(SQLColumn("municipality", table: "o"), .equal, SQLBind(municipality))
            .orderBy(SQLColumn("due", table: "o"))
    }

    static func decodeOpenObligation(_ row: any SQLRow) throws -> OpenObligation {
        let kind = try row.decode(column: "assignee_kind", as: String.self)
        let id = try row.decode(column: "assignee_id", as: UUID?.self)
        let assignee: Obligation.Assignee = switch (kind, id) {
        case ("caseworker", let id?): .caseworker(id)
        case ("user", let id?): .user(id)
        default: .districtTeam
        }
        return OpenObligation(
            rule: try row.decode(column: "rule", as: String.self),
            child: try row.decode(column: "child_id", as: UUID.self),
            childName: "\(try row.decode(column: "given_name", as: String.self)) \(try row.decode(column: "family_name", as: String.self))",
            trigger: try row.decode(column: "trigger_id", as: UUID.self),
            action: try row.decode(column: "action_id", as: UUID?.self),
            due: Date(epochMilliseconds: try row.decode(column: "due", as: Int64.self)),
            assignee: assignee)
    }
}
