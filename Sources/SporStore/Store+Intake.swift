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

extension Store {
    /// The latest `limit` concerns and notifications `author` wrote, with the child's name: read by the journal's
    /// (author_id, recorded_at) index (M029, `StorePlanTests`).
    func submissionsQuery(author: UUID, limit: Int) -> SQLSelectBuilder {
        sql.select().columns(Store.entryColumns.map { SQLColumn($0, table: "j") } as [any SQLExpression])
            .column(SQLColumn("given_name", table: "c")).column(SQLColumn("family_name", table: "c"))
            .from(SQLAlias(SQLIdentifier("journal_entries"), as: SQLIdentifier("j")))
            .join(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "c"), .equal, SQLColumn("child_id", table: "j"))
            .where(SQLColumn("author_id", table: "j"), .equal, SQLBind(author))
            .where(SQLColumn("municipality", table: "j"), .equal, SQLBind(municipality))
            .where(SQLColumn("kind", table: "j"), .in, SQLBind.group([EntryKind.concern.rawValue, EntryKind.notification.rawValue]))
            .orderBy(SQLOrderBy(expression: SQLColumn("recorded_at", table: "j"), direction: SQLDirection.descending))
            .limit(limit)
    }

    /// What `author` submitted (concerns and notifications), newest first, with receipt and feedback.
    public func submissions(author: UUID, limit: Int = 100) async throws -> [Submission] {
        let sql = self.sql
        let rows = try await submissionsQuery(author: author, limit: limit).all()
        let entries = try rows.map { (try Store.decodeEntry($0), "\(try $0.decode(column: "given_name", as: String.self)) \(try $0.decode(column: "family_name", as: String.self))") }
        let children = Array(Set(entries.map(\.0.child)))
        var steps: [UUID: (receipt: Date?, feedback: (NotifierFeedback, Date)?)] = [:]
        if !children.isEmpty {
            let stepRows = try await sql.select().columns(Store.entryColumns).from("journal_entries")
                .where("child_id", .in, children).where("municipality", .equal, municipality)
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

    /// Journal entries by id (the triggers of obligations, for instance).
    public func entries(ids: [UUID]) async throws -> [UUID: Entry] {
        var found: [UUID: Entry] = [:]
        for chunk in ids.chunks(of: 500) {
            for row in try await sql.select().columns(Store.entryColumns).from("journal_entries").where("id", .in, Array(chunk))
                .where("municipality", .equal, municipality).all() {
                let entry = try Store.decodeEntry(row)
                found[entry.id] = entry
            }
        }
        return found
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
