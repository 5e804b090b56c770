import FluentKit
import SQLKit

/// The work tray's speed (issue 26, item 6): the children waiting for a caseworker (the tray's *Ufordelte* and the
/// navigation's count on every page of an intake team) are found by their summary — open, no caseworker, asking for
/// one — within the municipality. Once `children` had an index led by `municipality` (M027), SQLite began the join
/// there and read every child of the municipality (9,066 in the default demo, 12–26 ms a query, two a tray) instead
/// of the few summaries that ask; with `child_summaries.municipality` in the query and this index it starts from the
/// summaries again (0.1–0.5 ms).
struct M028TrayUnassignedIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(index: "summaries_unassigned").on("child_summaries")
            .column("municipality").column("is_open").column("caseworker_id").column("owner_need_level").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "summaries_unassigned").run()
    }
}
