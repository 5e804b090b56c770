import Foundation
import SQLKit
import SporDomain

/// An open obligation as the work tray reads it.
public struct OpenObligation: Sendable, Hashable {
    public let rule: String
    public let child: UUID
    public let childName: String
    public let trigger: UUID
    public let action: UUID?
    public let due: Date
    public let assignee: Obligation.Assignee
    /// A notification about abuse, or a child found in danger: first within its group on the tray.
    public let isPriority: Bool
    /// When the child's caseworker took the case (`child_summaries.caseworker_since`); nil while the child has none.
    public let assignedSince: Date?
    /// What it carries besides its rule (an agreed action marked not done: why).
    public let note: String?
    /// The team of the child's caseworker; nil while the child has none (then the district's intake team's).
    public let team: UUID?
    public let district: String

    /// The same key as `Obligation.id`: one rule, one trigger, one agreed action.
    public var id: String { "\(rule)/\(trigger.uuidString)" + (action.map { "/\($0.uuidString)" } ?? "") }

    /// Backlog (*Efterslæb*): fell due before the current caseworker took the case, or more than `days` days before `now`.
    public func isBacklog(now: Date, afterDays days: Int) -> Bool {
        if let assignedSince, due < assignedSince { return true }
        return due < now.addingTimeInterval(-Double(days) * 86_400)
    }
}

/// A child whose case a caseworker took lately.
public struct NewCase: Sendable, Hashable {
    public let child: UUID
    public let name: String
    public let since: Date
}

/// A child whose open case has no caseworker and asks for one (`OwnerNeed`): on the *Ufordelte* list of the team
/// that receives its district's intake.
public struct UnassignedChild: Sendable, Hashable {
    public let child: UUID
    public let name: String
    public let birthDate: LocalDate?
    public let district: String
    public let since: Date
    public let level: Int
    public let concernLevel: ConcernLevel?
}

extension Store {
    /// Replaces the child's rows in `open_obligations` with the rules' obligations that no entry has met.
    static func saveObligations(_ facts: ChildFacts, timeline: Timeline, state: CaseState, team: UUID?, municipality: Int, now: Date,
                                on sql: any SQLDatabase) async throws {
        let child = facts.id
        let district = facts.district
        // Under the municipality's settings as they changed over time (`Store+Settings`).
        let settings = try await Store.settingsHistory(municipality: municipality, on: sql)
        let open = settings.obligations(for: timeline, child: child, birthDate: facts.birthDate, now: now, caseworker: state.caseworker)
            .filter { $0.dischargedBy == nil }
        try await sql.delete(from: "open_obligations").where("child_id", .equal, child).run()
        guard !open.isEmpty else { return }
        // First on every list: the child found in danger, and a notification about abuse with what it started.
        let danger = timeline.isInDanger()
        let abuse = Set(timeline.items.compactMap { item -> UUID? in
            guard case .notification(let notification)? = item.effective, notification.concernsAbuse else { return nil }
            return item.entry.id
        })
        let insert = sql.insert(into: "open_obligations").columns(
            "id", "municipality", "child_id", "rule", "trigger_id", "action_id", "due", "assignee_kind", "assignee_id", "team_id", "district",
            "priority", "note")
        for obligation in open {
            let (kind, id): (String, UUID?) = switch obligation.assignee {
            case .caseworker(let id): ("caseworker", id)
            case .user(let id): ("user", id)
            case .districtTeam: ("districtTeam", nil)
            }
            let priority = danger || abuse.contains(obligation.trigger) || obligation.rule == DeadlineRule.childConversationOnAbuse.id
            insert.values(SQLBind(obligation.id), SQLBind(municipality), SQLBind(child), SQLBind(obligation.rule),
                          SQLBind(obligation.trigger), SQLBind(obligation.action), SQLBind(obligation.due.epochMilliseconds),
                          SQLBind(kind), SQLBind(id), SQLBind(team), SQLBind(district),
                          SQLBind(priority ? 1 : 0), SQLBind(obligation.note))
        }
        try await insert.run()
    }

    /// Whether `team` receives its district's intake — its children without a caseworker, their notifications and
    /// deadlines: the first of the district's teams by name (`teams` sorted as `teams()` reads them). Every other team of
    /// the district sees none of them on its tray.
    public static func receivesIntake(_ team: TeamRecord, among teams: [TeamRecord]) -> Bool {
        teams.first { $0.district == team.district }?.id == team.id
    }

    /// The open obligations on a team's desk: its children's, and — for the team that receives its district's intake —
    /// the district's children without a caseworker. `receivesIntake`, when the caller has read the teams already (the
    /// tray has), saves reading them again.
    public func openObligations(team: UUID, district: String, receivesIntake known: Bool? = nil) async throws -> [OpenObligation] {
        var receivesIntake = known ?? false
        if known == nil {
            let teams = try await teams()
            receivesIntake = teams.first(where: { $0.id == team }).map { Store.receivesIntake($0, among: teams) } ?? false
        }
        return try await obligationQuery()
            .where { group in
                let own = group.where(SQLColumn("team_id", table: "o"), .equal, SQLBind(team))
                guard receivesIntake else { return own }
                return own.orWhere { inner in
                    inner.where(SQLColumn("team_id", table: "o"), .is, SQLLiteral.null)
                        .where(SQLColumn("district", table: "o"), .equal, SQLBind(district))
                }
            }
            .all().map(Store.decodeOpenObligation)
    }

    /// The children of `district` whose open case has no caseworker and asks for one at `minimumLevel` or above: the
    /// tray's list and the navigation's count read the same rows.
    private func unassigned(_ select: SQLSelectBuilder, district: String, minimumLevel: Int) -> SQLSelectBuilder {
        select
            .from(SQLAlias(SQLIdentifier("child_summaries"), as: SQLIdentifier("s")))
            .join(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "c"), .equal, SQLColumn("child_id", table: "s"))
            .where(SQLColumn("municipality", table: "c"), .equal, SQLBind(municipality))
            // The summary's own municipality too: then the (municipality, is_open, caseworker_id, owner_need_level) index
            // finds the few that ask, where SQLite otherwise read every child of the municipality (M028).
            .where(SQLColumn("municipality", table: "s"), .equal, SQLBind(municipality))
            .where(SQLColumn("district", table: "c"), .equal, SQLBind(district))
            .where(SQLColumn("is_open", table: "s"), .equal, SQLBind(true))
            .where(SQLColumn("caseworker_id", table: "s"), .is, SQLLiteral.null)
            .where(SQLColumn("owner_need_level", table: "s"), .greaterThanOrEqual, SQLBind(minimumLevel))
    }

    /// The children whose case `caseworker` took at or after `since`, newest first: the tray's *Nye sager*.
    public func newCases(caseworker: UUID, since: Date) async throws -> [NewCase] {
        try await sql.select()
            .column(SQLColumn("id", table: "c")).column(SQLColumn("given_name", table: "c")).column(SQLColumn("family_name", table: "c"))
            .column(SQLColumn("caseworker_since", table: "s"))
            .from(SQLAlias(SQLIdentifier("child_summaries"), as: SQLIdentifier("s")))
            .join(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "c"), .equal, SQLColumn("child_id", table: "s"))
            .where(SQLColumn("municipality", table: "c"), .equal, SQLBind(municipality))
            .where(SQLColumn("caseworker_id", table: "s"), .equal, SQLBind(caseworker))
            .where(SQLColumn("caseworker_since", table: "s"), .greaterThanOrEqual, SQLBind(since.epochMilliseconds))
            .orderBy(SQLOrderBy(expression: SQLColumn("caseworker_since", table: "s"), direction: SQLDirection.descending))
            .all().map { row in
                NewCase(child: try row.decode(column: "id", as: UUID.self),
                        name: "\(try row.decode(column: "given_name", as: String.self)) \(try row.decode(column: "family_name", as: String.self))",
                        since: Date(epochMilliseconds: try row.decode(column: "caseworker_since", as: Int64.self)))
            }
    }

    /// The children of `district` whose open case has no caseworker and asks for one at `minimumLevel` or above, longest
    /// waiting first.
    public func unassignedChildren(district: String, minimumLevel: Int) async throws -> [UnassignedChild] {
        try await unassigned(sql.select()
            .column(SQLColumn("id", table: "c")).column(SQLColumn("given_name", table: "c")).column(SQLColumn("family_name", table: "c"))
            .column(SQLColumn("birth_date", table: "c")).column(SQLColumn("district", table: "c"))
            .column(SQLColumn("owner_need_since", table: "s")).column(SQLColumn("owner_need_level", table: "s"))
            .column(SQLColumn("concern_level", table: "s")), district: district, minimumLevel: minimumLevel)
            .orderBy(SQLColumn("owner_need_since", table: "s"))
            .all().map { row in
                UnassignedChild(
                    child: try row.decode(column: "id", as: UUID.self),
                    name: "\(try row.decode(column: "given_name", as: String.self)) \(try row.decode(column: "family_name", as: String.self))",
                    birthDate: LocalDate(iso: try row.decode(column: "birth_date", as: String.self)),
                    district: try row.decode(column: "district", as: String.self),
                    since: Date(epochMilliseconds: try row.decode(column: "owner_need_since", as: Int64.self)),
                    level: try row.decode(column: "owner_need_level", as: Int.self),
                    concernLevel: try row.decode(column: "concern_level", as: Int?.self).flatMap(ConcernLevel.init(rawValue:)))
            }
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
            .column(SQLColumn("assignee_id", table: "o")).column(SQLColumn("priority", table: "o"))
            .column(SQLColumn("caseworker_since", table: "s")).column(SQLColumn("note", table: "o"))
            .column(SQLColumn("team_id", table: "o")).column(SQLColumn("district", table: "o"))
            .column(SQLColumn("given_name", table: "c")).column(SQLColumn("family_name", table: "c"))
            .from(SQLAlias(SQLIdentifier("open_obligations"), as: SQLIdentifier("o")))
            .join(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "c"), .equal, SQLColumn("child_id", table: "o"))
            // When the caseworker took the case is the child's, kept once in its summary.
            .join(SQLAlias(SQLIdentifier("child_summaries"), as: SQLIdentifier("s")), method: SQLJoinMethod.left,
                  on: SQLColumn("child_id", table: "s"), .equal, SQLColumn("child_id", table: "o"))
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
            assignee: assignee,
            isPriority: (try row.decode(column: "priority", as: Int?.self) ?? 0) != 0,
            assignedSince: try row.decode(column: "caseworker_since", as: Int64?.self).map(Date.init(epochMilliseconds:)),
            note: try row.decode(column: "note", as: String?.self),
            team: try row.decode(column: "team_id", as: UUID?.self),
            district: try row.decode(column: "district", as: String.self))
    }
}

extension Store {
    /// How much on a person's tray asks for action now — due by `dueBy` (the end of the tray's *I dag*), not backlog (due at or after
    /// `backlogBefore` and after the caseworker took the case) — and how many children of the intake district wait for a
    /// caseworker. The navigation shows it on every page, so it is counted in the database, not read row by row.
    /// - Parameters:
    ///   - wholeTeam: a team lead's count: everything of `team`; else only the user's own and the team's unowned.
    ///   - intakeDistrict: the district whose intake the user's team receives, if it does.
    public func trayCount(user: UUID, team: UUID?, wholeTeam: Bool, intakeDistrict: String?, dueBy: Date, backlogBefore: Date,
                          minimumOwnerNeed: Int) async throws -> Int {
        var count = 0
        let o = { (column: String) in SQLColumn(column, table: "o") }
        let since = SQLColumn("caseworker_since", table: "s")
        let select = sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(SQLAlias(SQLIdentifier("open_obligations"), as: SQLIdentifier("o")))
            .join(SQLAlias(SQLIdentifier("child_summaries"), as: SQLIdentifier("s")), method: SQLJoinMethod.left,
                  on: SQLColumn("child_id", table: "s"), .equal, o("child_id"))
            .where(o("municipality"), .equal, SQLBind(municipality))
            .where(o("due"), .lessThanOrEqual, SQLBind(dueBy.epochMilliseconds))
            .where(o("due"), .greaterThanOrEqual, SQLBind(backlogBefore.epochMilliseconds))
            .where { group in group.where(since, .is, SQLLiteral.null).orWhere(o("due"), .greaterThanOrEqual, since) }
            .where { group in
                var whose = group.where(o("assignee_id"), .equal, SQLBind(user))
                if wholeTeam, let team { whose = whose.orWhere(o("team_id"), .equal, SQLBind(team)) }
                if let intakeDistrict {
                    whose = whose.orWhere { inner in
                        inner.where(o("team_id"), .is, SQLLiteral.null).where(o("district"), .equal, SQLBind(intakeDistrict))
                    }
                }
                return whose
            }
        if let row = try await select.first() { count += try row.decode(column: "n", as: Int.self) }
        if let intakeDistrict {
            let unassigned = try await unassigned(sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n"),
                                                  district: intakeDistrict, minimumLevel: minimumOwnerNeed).first()
            if let unassigned { count += try unassigned.decode(column: "n", as: Int.self) }
        }
        return count
    }
}
