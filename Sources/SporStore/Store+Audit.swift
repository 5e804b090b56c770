import Foundation
import SQLKit
import SporDomain

extension Store {
    /// Records an action. Ids only: never a name, a CPR number or free text.
    public func audit(_ action: AuditAction, user: UUID?, child: UUID? = nil, entry: UUID? = nil, now: Date) async throws {
        let municipality = self.municipality
        try await write { sql in
            try await Store.audit(action, user: user, child: child, entry: entry, at: now, municipality: municipality, on: sql)
        }
    }

    /// Who has looked at or written about a child, newest first.
    public func accessLog(child: UUID, limit: Int = 500) async throws -> [AuditRecord] {
        try await sql.select()
            .column(SQLColumn("id", table: "a")).column(SQLColumn("at", table: "a")).column(SQLColumn("user_id", table: "a"))
            .column(SQLColumn("action", table: "a")).column(SQLColumn("child_id", table: "a")).column(SQLColumn("entry_id", table: "a"))
            .column(SQLColumn("display_name", table: "u")).column(SQLColumn("role", table: "u"))
            .from(SQLAlias(SQLIdentifier("audit_log"), as: SQLIdentifier("a")))
            .join(SQLAlias(SQLIdentifier("users"), as: SQLIdentifier("u")), method: SQLJoinMethod.left,
                  on: SQLColumn("id", table: "u"), .equal, SQLColumn("user_id", table: "a"))
            .where(SQLColumn("child_id", table: "a"), .equal, SQLBind(child))
            .where(SQLColumn("municipality", table: "a"), .equal, SQLBind(municipality))
            .orderBy(SQLOrderBy(expression: SQLColumn("at", table: "a"), direction: SQLDirection.descending))
            // Rows of one instant newest first too, by their place in the chain.
            .orderBy(SQLOrderBy(expression: SQLColumn("seq", table: "a"), direction: SQLDirection.descending))
            .limit(limit)
            .all()
            .map { row in
                AuditRecord(
                    id: try row.decode(column: "id", as: UUID.self),
                    at: Date(epochMilliseconds: try row.decode(column: "at", as: Int64.self)),
                    user: try row.decode(column: "user_id", as: UUID?.self),
                    userDisplayName: try row.decode(column: "display_name", as: String?.self),
                    userRole: try row.decode(column: "role", as: String?.self).flatMap(Role.init(rawValue:)),
                    action: AuditAction(rawValue: try row.decode(column: "action", as: String.self)) ?? .viewChild,
                    child: try row.decode(column: "child_id", as: UUID?.self),
                    entry: try row.decode(column: "entry_id", as: UUID?.self)
                )
            }
    }

    /// Writes an audit row; inside a batch of SQLite writes (`WriteGate`), keeps it for the end of the batch, when the
    /// rows of every write that succeeded are chained and inserted at once (`insertAudit`).
    static func audit(_ action: AuditAction, user: UUID?, child: UUID?, entry: UUID?, at: Date, municipality: Int,
                      on sql: any SQLDatabase) async throws {
        let row = AuditRow(id: UUID(), municipality: municipality, at: at.epochMilliseconds, user: user, action: action.rawValue,
                           child: child, entry: entry)
        if let deferred = DeferredAudit.current {
            deferred.add(row)
        } else {
            try await insertAudit([row], on: sql)
        }
    }

    /// Chains `rows` in their order and inserts them, a few hundred to a statement.
    static func insertAudit(_ rows: [AuditRow], on sql: any SQLDatabase) async throws {
        let links = try await HashChain.audit.extend(with: rows.map(\.canonical), on: sql)
        for chunk in Array(zip(rows, links)).chunks(of: 200) {
            let insert = sql.insert(into: "audit_log").columns("id", "municipality", "at", "user_id", "action", "child_id", "entry_id", "seq", "hash")
            for (row, link) in chunk {
                insert.values(SQLBind(row.id), SQLBind(row.municipality), SQLBind(row.at), SQLBind(row.user), SQLBind(row.action),
                              SQLBind(row.child), SQLBind(row.entry), SQLBind(link.seq), SQLBind(link.hash))
            }
            try await insert.run()
        }
    }

    /// The audit row as the chain hashes it.
    static func canonicalAudit(id: UUID, municipality: Int, at: Int64, user: UUID?, action: String, child: UUID?, entry: UUID?) -> String {
        canonical([id, municipality, at, user, action, child, entry])
    }
}

/// An audit row before it is chained.
struct AuditRow: Sendable {
    let id: UUID
    let municipality: Int
    let at: Int64
    let user: UUID?
    let action: String
    let child: UUID?
    let entry: UUID?

    var canonical: String { Store.canonicalAudit(id: id, municipality: municipality, at: at, user: user, action: action, child: child, entry: entry) }
}

/// The audit rows one write of a batch has written (`Store.commit`): kept until the batch ends, and dropped with the
/// write if it fails.
final class DeferredAudit: @unchecked Sendable {
    @TaskLocal static var current: DeferredAudit?

    private let lock = NSLock()
    private var kept: [AuditRow] = []

    func add(_ row: AuditRow) { lock.withLock { kept.append(row) } }
    var rows: [AuditRow] { lock.withLock { kept } }
}
