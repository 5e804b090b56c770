import Foundation
import SQLKit
import SporDomain

/// A school's report of absence (a concern with `absence`), as the team's list shows it.
public struct AbsenceReport: Sendable, Hashable {
    public let entry: UUID
    public let child: UUID
    public let childName: String
    public let reportedAt: Date
    public let level: ConcernLevel
    public let absence: SchoolAbsence

    public init(entry: UUID, child: UUID, childName: String, reportedAt: Date, level: ConcernLevel, absence: SchoolAbsence) {
        self.entry = entry
        self.child = child
        self.childName = childName
        self.reportedAt = reportedAt
        self.level = level
        self.absence = absence
    }
}

extension Store {
    /// The absence reports recorded since `since` about children of `district`, newest first, as the journal now reads
    /// them: a report corrected into another concern, or voided, is left out.
    public func absenceReports(district: String, since: Date) async throws -> [AbsenceReport] {
        let rows = try await sql.select().columns(Store.entryColumns.map { SQLColumn($0, table: "j") } as [any SQLExpression])
            .column(SQLColumn("given_name", table: "c")).column(SQLColumn("family_name", table: "c"))
            .from(SQLAlias(SQLIdentifier("journal_entries"), as: SQLIdentifier("j")))
            .join(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "c"), .equal, SQLColumn("child_id", table: "j"))
            .where(SQLColumn("municipality", table: "c"), .equal, SQLBind(municipality))
            // The journal's own municipality too: then its (municipality, kind, occurred_at) index finds the concerns,
            // where otherwise the whole journal was scanned on every tray of an intake team (issue 26).
            .where(SQLColumn("municipality", table: "j"), .equal, SQLBind(municipality))
            .where(SQLColumn("district", table: "c"), .equal, SQLBind(district))
            .where(SQLColumn("kind", table: "j"), .equal, SQLBind(EntryKind.concern.rawValue))
            .where(SQLColumn("recorded_at", table: "j"), .greaterThanOrEqual, SQLBind(since.epochMilliseconds))
            .orderBy(SQLOrderBy(expression: SQLColumn("recorded_at", table: "j"), direction: SQLDirection.descending))
            .all()
        var reports: [Entry] = []
        var names: [UUID: String] = [:]
        for row in rows {
            let entry = try Store.decodeEntry(row)
            reports.append(entry)
            names[entry.child] = "\(try row.decode(column: "given_name", as: String.self)) \(try row.decode(column: "family_name", as: String.self))"
        }
        guard !reports.isEmpty else { return [] }
        // The journal's own reading decides what each concern now says (the latest correction; voided, nothing), so a
        // concern corrected into a report of absence is on the list and one corrected out of it is not.
        let corrections = try await sql.select().columns(Store.entryColumns).from("journal_entries")
            // By the journal's (municipality, kind) index: "corrects" has none, and scanning the whole journal for it took
            // most of every intake team's tray (issue 26).
            .where("municipality", .equal, municipality).where("kind", .equal, EntryKind.correction.rawValue)
            .where("corrects", .in, reports.map(\.id))
            .all().map(Store.decodeEntry)
        return Timeline(reports + corrections).items
            .sorted { $0.entry.recordedAt > $1.entry.recordedAt }
            .compactMap { item in
                guard case .concern(let concern)? = item.effective, let absence = concern.absence,
                      let name = names[item.entry.child] else { return nil }
                return AbsenceReport(entry: item.entry.id, child: item.entry.child, childName: name,
                                     reportedAt: item.entry.recordedAt, level: concern.level, absence: absence)
            }
    }
}
