import FluentKit
import SQLKit

/// What one author wrote, newest first (issue 26, item 6): the professional's page lists the concerns and notifications
/// they sent (`Store.submissions(author:)`, the latest 100), and the outreach worker's page the groups they started.
/// Both were read through the journal's (municipality, kind, …) indexes: every concern and notification of the
/// municipality (21,312 in the default demo) to keep one teacher's, 65–78 ms a page. By (author_id, recorded_at) an
/// author's entries are found alone, already in order. On PostgreSQL the index reaches every municipality's partition.
struct M029JournalAuthorIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.create(index: "journal_author_recorded").on("journal_entries").column("author_id").column("recorded_at").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "journal_author_recorded").run()
    }
}
