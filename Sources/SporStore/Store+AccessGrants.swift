import Foundation
import SQLKit
import SporDomain

/// A stated reason that opened a child outside one's own cases for a while.
public struct AccessGrant: Sendable, Hashable {
    public let id: UUID
    public let user: UUID
    public let userDisplayName: String
    public let child: UUID
    public let childName: String
    public let reason: String
    public let grantedAt: Date
    public let expiresAt: Date
}

extension Store {
    /// How long a break-the-glass grant lasts.
    public static let grantDuration: TimeInterval = 4 * 3600

    /// Grants `user` access to `child` for `grantDuration`. The reason is kept with the grant for the
    /// team lead to review; the audit log records only that it happened.
    public func grantAccess(user: UUID, child: UUID, reason: String, now: Date) async throws {
        try JournalRules.requireText(reason, field: "reason")
        let municipality = self.municipality
        try await write { sql in
            guard try await Store.childExists(child, municipality: municipality, on: sql) else { throw DomainError(.childNotFound) }
            try await sql.insert(into: "access_grants")
                .columns("id", "municipality", "user_id", "child_id", "reason", "granted_at", "expires_at")
                .values(SQLBind(UUID()), SQLBind(municipality), SQLBind(user), SQLBind(child),
                        SQLBind(reason.trimmingCharacters(in: .whitespacesAndNewlines)),
                        SQLBind(now.epochMilliseconds), SQLBind(now.addingTimeInterval(Store.grantDuration).epochMilliseconds))
                .run()
            try await Store.audit(.breakGlass, user: user, child: child, entry: nil, at: now, municipality: municipality, on: sql)
        }
    }

    public func hasActiveGrant(user: UUID, child: UUID, now: Date) async throws -> Bool {
        try await sql.select().column("id").from("access_grants")
            .where("user_id", .equal, user).where("child_id", .equal, child).where("municipality", .equal, municipality)
            .where("expires_at", .greaterThan, now.epochMilliseconds)
            .first() != nil
    }

    /// The children `user` holds a grant on now.
    public func childrenWithActiveGrant(user: UUID, now: Date) async throws -> Set<UUID> {
        Set(try await sql.select().column("child_id").from("access_grants")
            .where("user_id", .equal, user).where("expires_at", .greaterThan, now.epochMilliseconds)
            .where("municipality", .equal, municipality)
            .all().map { try $0.decode(column: "child_id", as: UUID.self) })
    }

    /// Grants taken since `since` by the members of a team, and by anyone on the team's children (as
    /// `children(openableBy:)` counts them: the team's cases, and children with no caseworker in its district), newest first.
    public func accessGrants(team: TeamRecord, since: Date) async throws -> [AccessGrant] {
        try await sql.select()
            .column(SQLColumn("id", table: "g")).column(SQLColumn("user_id", table: "g")).column(SQLColumn("child_id", table: "g"))
            .column(SQLColumn("reason", table: "g")).column(SQLColumn("granted_at", table: "g")).column(SQLColumn("expires_at", table: "g"))
            .column(SQLColumn("display_name", table: "u")).column(SQLColumn("given_name", table: "c")).column(SQLColumn("family_name", table: "c"))
            .from(SQLAlias(SQLIdentifier("access_grants"), as: SQLIdentifier("g")))
            .join(SQLAlias(SQLIdentifier("users"), as: SQLIdentifier("u")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "u"), .equal, SQLColumn("user_id", table: "g"))
            .join(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "c"), .equal, SQLColumn("child_id", table: "g"))
            .join(SQLAlias(SQLIdentifier("child_summaries"), as: SQLIdentifier("s")), method: SQLJoinMethod.left,
                  on: SQLColumn("child_id", table: "s"), .equal, SQLColumn("child_id", table: "g"))
            .where { scope in
                scope.where(SQLColumn("team_id", table: "u"), .equal, SQLBind(team.id))
                    .orWhere { Store.openable(by: team, $0) }
            }
            .where(SQLColumn("granted_at", table: "g"), .greaterThanOrEqual, SQLBind(since.epochMilliseconds))
            .where(SQLColumn("municipality", table: "g"), .equal, SQLBind(municipality))
            .orderBy(SQLOrderBy(expression: SQLColumn("granted_at", table: "g"), direction: SQLDirection.descending))
            .all()
            .map { row in
                AccessGrant(
                    id: try row.decode(column: "id", as: UUID.self),
                    user: try row.decode(column: "user_id", as: UUID.self),
                    userDisplayName: try row.decode(column: "display_name", as: String.self),
                    child: try row.decode(column: "child_id", as: UUID.self),
                    childName: "\(try row.decode(column: "given_name", as: String.self)) \(try row.decode(column: "family_name", as: String.self))",
                    reason: try row.decode(column: "reason", as: String.self),
                    grantedAt: Date(epochMilliseconds: try row.decode(column: "granted_at", as: Int64.self)),
                    expiresAt: Date(epochMilliseconds: try row.decode(column: "expires_at", as: Int64.self)))
            }
    }

    /// The child's CPR number, unsealed (for the child's own data-subject export).
    public func cpr(child: UUID) async throws -> CPR? {
        guard let row = try await sql.select().column("cpr_sealed").from("children").where("id", .equal, child)
            .where("municipality", .equal, municipality).first() else { return nil }
        let sealed = try row.decode(column: "cpr_sealed", as: String.self)
        // An expected child has no CPR number yet.
        return sealed.isEmpty ? nil : try protector.open(sealed)
    }

    /// The people around a child and how they are related.
    public func relations(child: UUID) async throws -> [(person: Person, relation: Relation)] {
        try await sql.select()
            .column(SQLColumn("id", table: "p")).column(SQLColumn("municipality", table: "p"))
            .column(SQLColumn("given_name", table: "p")).column(SQLColumn("family_name", table: "p"))
            .column(SQLColumn("kind", table: "r")).column(SQLColumn("has_custody", table: "r"))
            .column(SQLColumn("lives_with", table: "r"))
            .from(SQLAlias(SQLIdentifier("relations"), as: SQLIdentifier("r")))
            .join(SQLAlias(SQLIdentifier("persons"), as: SQLIdentifier("p")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "p"), .equal, SQLColumn("person_id", table: "r"))
            .where(SQLColumn("child_id", table: "r"), .equal, SQLBind(child))
            .where(SQLColumn("municipality", table: "r"), .equal, SQLBind(municipality))
            .all()
            .map { row in
                let person = Person(id: try row.decode(column: "id", as: UUID.self), municipality: try row.decode(column: "municipality", as: Int.self),
                                    givenName: try row.decode(column: "given_name", as: String.self),
                                    familyName: try row.decode(column: "family_name", as: String.self))
                let relation = Relation(child: child, person: person.id,
                                        kind: Relation.Kind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .networkPerson,
                                        hasCustody: try row.decode(column: "has_custody", as: Bool.self),
                                        livesWith: try row.decode(column: "lives_with", as: Bool?.self))
                return (person, relation)
            }
    }
}
