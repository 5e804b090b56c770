import Foundation
import SQLKit
import SporDomain

/// The children a worklist looks at, with what the rules need about each.
public struct WorklistChild: Sendable {
    public let child: UUID
    public let name: String
    public let birthDate: LocalDate
    public let caseworker: UUID?
    public let timeline: Timeline
}

extension Store {
    /// Children on a team's desk: its open cases, and children of its district without a caseworker who
    /// had a notification since `since`. One query for the children, one for all their journals.
    public func worklistChildren(team: UUID, district: String, since: Date) async throws -> [WorklistChild] {
        let sql = self.sql
        let assigned = try await sql.select().column("child_id").from("child_summaries")
            .where("team_id", .equal, team).where("is_open", .equal, true).all()
            .map { try $0.decode(column: "child_id", as: UUID.self) }
        let unassigned = try await sql.select().distinct().column(SQLColumn("child_id", table: "j"))
            .from(SQLAlias(SQLIdentifier("journal_entries"), as: SQLIdentifier("j")))
            .join(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "c"), .equal, SQLColumn("child_id", table: "j"))
            .join(SQLAlias(SQLIdentifier("child_summaries"), as: SQLIdentifier("s")), method: SQLJoinMethod.inner,
                  on: SQLColumn("child_id", table: "s"), .equal, SQLColumn("child_id", table: "j"))
            .where(SQLColumn("kind", table: "j"), .equal, SQLBind(EntryKind.notification.rawValue))
            .where(SQLColumn("occurred_at", table: "j"), .greaterThanOrEqual, SQLBind(since.epochMilliseconds))
            .where(SQLColumn("district", table: "c"), .equal, SQLBind(district))
            .where(SQLColumn("caseworker_id", table: "s"), .is, SQLLiteral.null)
            .all()
            .map { try $0.decode(column: "child_id", as: UUID.self) }
        let ids = Array(Set(assigned + unassigned))
        guard !ids.isEmpty else { return [] }
        var entries: [UUID: [Entry]] = [:]
        var people: [UUID: (String, LocalDate, UUID?)] = [:]
        for chunk in ids.chunks(of: 500) {
            let list = Array(chunk)
            for row in try await sql.select().columns(Store.entryColumns).from("journal_entries").where("child_id", .in, list).all() {
                let entry = try Store.decodeEntry(row)
                entries[entry.child, default: []].append(entry)
            }
            let rows = try await sql.select()
                .column(SQLColumn("id", table: "c")).column(SQLColumn("given_name", table: "c")).column(SQLColumn("family_name", table: "c"))
                .column(SQLColumn("birth_date", table: "c")).column(SQLColumn("caseworker_id", table: "s"))
                .from(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")))
                .join(SQLAlias(SQLIdentifier("child_summaries"), as: SQLIdentifier("s")), method: SQLJoinMethod.inner,
                      on: SQLColumn("child_id", table: "s"), .equal, SQLColumn("id", table: "c"))
                .where(SQLColumn("id", table: "c"), .in, SQLBind.group(list))
                .all()
            for row in rows {
                people[try row.decode(column: "id", as: UUID.self)] = (
                    "\(try row.decode(column: "given_name", as: String.self)) \(try row.decode(column: "family_name", as: String.self))",
                    LocalDate(iso: try row.decode(column: "birth_date", as: String.self)) ?? LocalDate(year: 1970, month: 1, day: 1)!,
                    try row.decode(column: "caseworker_id", as: UUID?.self))
            }
        }
        return ids.compactMap { id in
            guard let person = people[id] else { return nil }
            return WorklistChild(child: id, name: person.0, birthDate: person.1, caseworker: person.2, timeline: Timeline(entries[id] ?? []))
        }
    }
}
