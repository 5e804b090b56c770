import FluentKit
import SQLKit

/// The work tray's speed (issue 26, item 6): an intake team's tray lists the schools' reports of absence of the last
/// 30 days by when they were *recorded* (`Store.absenceReports`), and the journal's (municipality, kind, occurred_at)
/// index found every concern the municipality ever had (11,000 in the default demo, each payload read) to keep the
/// month's few dozen: (municipality, kind, recorded_at) finds the month's alone. On PostgreSQL the index is made on
/// the partitioned journal and reaches every municipality's partition.
struct M026TrayIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(index: "journal_municipality_kind_recorded").on("journal_entries")
            .column("municipality").column("kind").column("recorded_at").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "journal_municipality_kind_recorded").run()
    }
}
