import Foundation
import SQLKit
import SporDomain

/// Many municipalities in one database (issue 26, item 4). A `Store` is scoped to one municipality and every query
/// written against it filters by `municipality`; one server serves many by scoping the request's store to the
/// signed-in user's municipality (`scoped(to:)`, cheap: the same database pool, chain anchor, files and SQLite
/// write gate). Ids from another municipality are as unknown to a scoped store as ids that do not exist.
extension Store {
    /// The same store (the same database, key, chain and writer) for another municipality.
    public func scoped(to municipality: Int) -> Store {
        guard municipality != self.municipality else { return self }
        var scoped = self
        scoped.municipality = municipality
        return scoped
    }

    /// The municipalities in the database, by code.
    public func municipalities() async throws -> [Municipality] {
        try await sql.select().columns("code", "name").from("municipalities").orderBy("code").all().map { row in
            Municipality(code: try row.decode(column: "code", as: Int.self), name: try row.decode(column: "name", as: String.self))
        }
    }

    /// The tables partitioned by municipality on PostgreSQL (`M024PartitionByMunicipality`).
    static let partitionedTables = ["journal_entries", "audit_log"]

    /// On PostgreSQL, the journal's and the audit log's partition for `municipality` (LIST partitioning), made when
    /// missing; a partitioned table's TRUNCATE trigger is not inherited, so each partition gets its own. SQLite has
    /// none.
    static func ensurePartitions(municipality: Int, on sql: any SQLDatabase) async throws {
        guard sql.dialect.name == "postgresql" else { return }
        for table in partitionedTables {
            guard try await isPartitioned(table, on: sql) else { continue }
            let partition = "\(table)_m\(municipality)"
            if try await sql.raw("SELECT 1 AS one FROM pg_class WHERE relname = \(bind: partition)").first() != nil { continue }
            // Rows of a municipality written before it had a partition are in the default partition, where they stay
            // (a new partition cannot be attached over them; the rows are append-only, so they are not moved).
            if try await sql.raw("SELECT 1 AS one FROM \(ident: table + "_default") WHERE municipality = \(bind: municipality) LIMIT 1")
                .first() != nil { continue }
            try await sql.raw("""
                CREATE TABLE \(ident: partition) PARTITION OF \(ident: table) FOR VALUES IN (\(literal: municipality))
                """).run()
            try await sql.raw("""
                CREATE TRIGGER \(ident: partition + "_no_truncate") BEFORE TRUNCATE ON \(ident: partition)
                FOR EACH STATEMENT EXECUTE FUNCTION spor_refuse_change()
                """).run()
        }
    }

    static func isPartitioned(_ table: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("""
            SELECT 1 AS one FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid WHERE c.relname = \(bind: table)
            """).first() != nil
    }

    /// The municipality's partitions of `table` on PostgreSQL, by name (none on SQLite or unpartitioned).
    public func partitions(of table: String) async throws -> [String] {
        guard kind == .postgres else { return [] }
        return try await sql.raw("""
            SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = \(bind: table) ORDER BY c.relname
            """).all().map { try $0.decode(column: "name", as: String.self) }
    }
}
