import Foundation
import SQLKit
import SporDomain

/// A concern or notification as its author sees it: what happened to it, never the case.
public struct Submission: Sendable, Hashable {
    public let entry: Entry
    public let childName: String
    public let receiptAt: Date?
    public let feedback: NotifierFeedback?
    public let feedbackAt: Date?
}

/// A notification waiting for its 24-hour assessment.
public struct PendingNotification: Sendable, Hashable {
    public let entry: Entry
    public let notification: SporDomain.Notification
    public let child: UUID
    public let childName: String
    public let district: String
    public let team: UUID?
}

extension Store {
    /// What `author` submitted (concerns and notifications), newest first, with receipt and feedback.
    public func submissions(author: UUID, limit: Int = 100) async throws -> [Submission] {
        let sql = self.sql
        let rows = try await sql.select().columns(Store.entryColumns.map { SQLColumn($0, table: "j") } as [any SQLExpression])
            .column(SQLColumn("given_name", table: "c")).column(SQLColumn("family_name", table: "c"))
            .from(SQLAlias(SQLIdentifier("journal_entries"), as: SQLIdentifier("j")))
            .join(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "c"), .equal, SQLColumn("child_id", table: "j"))
            .where(SQLColumn("author_id", table: "j"), .equal, SQLBind(author))
            .where(SQLColumn("kind", table: "j"), .in, SQLBind.group([EntryKind.concern.rawValue, EntryKind.notification.rawValue]))
            .orderBy(SQLOrderBy(expression: SQLColumn("recorded_at", table: "j"), direction: SQLDirection.descending))
            .limit(limit)
            .all()
        let entries = try rows.map { (try Store.decodeEntry($0), "\(try $0.decode(column: "given_name", as: String.self)) \(try $0.decode(column: "family_name", as: String.self))") }
        let children = Array(Set(entries.map(\.0.child)))
        var steps: [UUID: (receipt: Date?, feedback: (NotifierFeedback, Date)?)] = [:]
        if !children.isEmpty {
            let stepRows = try await sql.select().columns(Store.entryColumns).from("journal_entries")
                .where("child_id", .in, children)
                .where("kind", .in, [EntryKind.receiptSent.rawValue, EntryKind.notifierFeedback.rawValue])
                .all()
            for entry in try stepRows.map(Store.decodeEntry) {
                switch entry.payload {
                case .receiptSent(let receipt): steps[receipt.notification, default: (nil, nil)].receipt = entry.occurredAt
                case .notifierFeedback(let feedback): steps[feedback.notification, default: (nil, nil)].feedback = (feedback, entry.occurredAt)
                default: break
                }
            }
        }
        return entries.map { entry, name in
            let step = steps[entry.id]
            return Submission(entry: entry, childName: name, receiptAt: step?.receipt, feedback: step?.feedback?.0, feedbackAt: step?.feedback?.1)
        }
    }

    /// Notifications received since `since` that have no assessment yet, oldest first.
    public func pendingNotifications(since: Date) async throws -> [PendingNotification] {
        let sql = self.sql
        let rows = try await sql.select().columns(Store.entryColumns.map { SQLColumn($0, table: "j") } as [any SQLExpression])
            .column(SQLColumn("given_name", table: "c")).column(SQLColumn("family_name", table: "c"))
            .column(SQLColumn("district", table: "c")).column(SQLColumn("team_id", table: "s"))
            .from(SQLAlias(SQLIdentifier("journal_entries"), as: SQLIdentifier("j")))
            .join(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "c"), .equal, SQLColumn("child_id", table: "j"))
            .join(SQLAlias(SQLIdentifier("child_summaries"), as: SQLIdentifier("s")), method: SQLJoinMethod.left,
                  on: SQLColumn("child_id", table: "s"), .equal, SQLColumn("child_id", table: "j"))
            .where(SQLColumn("municipality", table: "j"), .equal, SQLBind(municipality))
            .where(SQLColumn("kind", table: "j"), .in, SQLBind.group([EntryKind.notification.rawValue, EntryKind.urgencyAssessment.rawValue,
                                                                      EntryKind.correction.rawValue]))
            .where(SQLColumn("occurred_at", table: "j"), .greaterThanOrEqual, SQLBind(since.epochMilliseconds))
            .all()
        var notifications: [(Entry, SporDomain.Notification, String, String, UUID?)] = []
        var assessed = Set<UUID>()
        var voided = Set<UUID>()
        for row in rows {
            let entry = try Store.decodeEntry(row)
            switch entry.payload {
            case .notification(let notification):
                let name = "\(try row.decode(column: "given_name", as: String.self)) \(try row.decode(column: "family_name", as: String.self))"
                notifications.append((entry, notification, name, try row.decode(column: "district", as: String.self),
                                      try row.decode(column: "team_id", as: UUID?.self)))
            case .urgencyAssessment(let assessment): assessed.insert(assessment.notification)
            case .correction(let correction) where correction.replacement == nil: if let target = entry.corrects { voided.insert(target) }
            default: break
            }
        }
        return notifications
            .filter { !assessed.contains($0.0.id) && !voided.contains($0.0.id) }
            .sorted { $0.0.occurredAt < $1.0.occurredAt }
            .map { PendingNotification(entry: $0.0, notification: $0.1, child: $0.0.child, childName: $0.2, district: $0.3, team: $0.4) }
    }

    /// The child whose CPR number is `cpr`, if registered.
    public func child(cpr: CPR) async throws -> Child? {
        try await sql.select().columns(Store.childColumns).from("children")
            .where("cpr_hash", .equal, protector.lookupHash(cpr)).where("municipality", .equal, municipality)
            .first().map(Store.decodeChild)
    }

    /// Children with this name and birth date (a professional who does not know the CPR number).
    public func children(name: String, birthDate: LocalDate) async throws -> [Child] {
        try await sql.select().columns(Store.childColumns).from("children")
            .where("search_name", .equal, name.lowercased().split(separator: " ").joined(separator: " "))
            .where("birth_date", .equal, birthDate.iso).where("municipality", .equal, municipality)
            .all().map(Store.decodeChild)
    }
}
