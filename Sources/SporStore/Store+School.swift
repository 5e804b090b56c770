import Foundation
import SQLKit
import SporDomain

/// A school's report of absence (a concern with `absence`), as the team's list shows it.
public struct AbsenceReport: Sendable, Hashable {
    public let entry: UUID
    public let child: UUID
    public let childName: String
    public let birthDate: LocalDate?
    public let reportedAt: Date
    public let level: ConcernLevel
    public let absence: SchoolAbsence

    public init(entry: UUID, child: UUID, childName: String, birthDate: LocalDate?, reportedAt: Date, level: ConcernLevel, absence: SchoolAbsence) {
        self.entry = entry
        self.child = child
        self.childName = childName
        self.birthDate = birthDate
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
            .column(SQLColumn("given_name", table: "c")).column(SQLColumn("family_name", table: "c")).column(SQLColumn("birth_date", table: "c"))
            .from(SQLAlias(SQLIdentifier("journal_entries"), as: SQLIdentifier("j")))
            .join(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "c"), .equal, SQLColumn("child_id", table: "j"))
            .where(SQLColumn("municipality", table: "c"), .equal, SQLBind(municipality))
            .where(SQLColumn("district", table: "c"), .equal, SQLBind(district))
            .where(SQLColumn("kind", table: "j"), .equal, SQLBind(EntryKind.concern.rawValue))
            .where(SQLColumn("recorded_at", table: "j"), .greaterThanOrEqual, SQLBind(since.epochMilliseconds))
            .orderBy(SQLOrderBy(expression: SQLColumn("recorded_at", table: "j"), direction: SQLDirection.descending))
            .all()
        var reports: [(Entry, String, LocalDate?)] = []
        for row in rows {
            let entry = try Store.decodeEntry(row)
            guard case .concern(let concern) = entry.payload, concern.absence != nil else { continue }
            let name = "\(try row.decode(column: "given_name", as: String.self)) \(try row.decode(column: "family_name", as: String.self))"
            reports.append((entry, name, LocalDate(iso: try row.decode(column: "birth_date", as: String.self))))
        }
        guard !reports.isEmpty else { return [] }
        // The latest correction of each report decides what it now says.
        let corrections = try await sql.select().columns(Store.entryColumns).from("journal_entries")
            .where("corrects", .in, reports.map { $0.0.id })
            .all().map(Store.decodeEntry)
            .sorted { $0.recordedAt < $1.recordedAt }
        var effective: [UUID: EntryPayload?] = [:]
        for correction in corrections {
            guard let target = correction.corrects, case .correction(let change) = correction.payload else { continue }
            effective[target] = .some(change.replacement)
        }
        return reports.compactMap { entry, name, birthDate in
            let payload = effective[entry.id] ?? entry.payload
            guard case .concern(let concern)? = payload, let absence = concern.absence else { return nil }
            return AbsenceReport(entry: entry.id, child: entry.child, childName: name, birthDate: birthDate, reportedAt: entry.recordedAt,
                                 level: concern.level, absence: absence)
        }
    }
}
