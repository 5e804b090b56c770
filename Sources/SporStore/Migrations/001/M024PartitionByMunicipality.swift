import FluentKit
import SQLKit

/// Many municipalities in one PostgreSQL database (issue 26, item 4): the journal and the audit log become tables
/// partitioned by `municipality` (LIST), a partition for each municipality (`Store.ensurePartitions`, run by
/// `ensureMunicipality`) and a default one for rows of a municipality not yet added. A query scoped by municipality
/// reads its municipality's partition alone.
///
/// The primary key of a partitioned table must hold the partition key: it becomes (municipality, id). The indexes
/// and the append-only triggers are made again on the partitioned table (the row triggers reach every partition; the
/// TRUNCATE trigger is not inherited, so each partition has its own). The hash chains are not changed: each is one
/// chain over its table's rows in every partition, ordered by `seq` (`HashChain`).
///
/// SQLite is left as it is.
struct M024PartitionByMunicipality: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name == "postgresql" else { return }
        for table in Store.partitionedTables {
            let old = "\(table)_unpartitioned"
            // The indexes as they stand (whoever added them), made again on the partitioned table.
            let indexes = try await sql.raw("""
                SELECT indexname, indexdef FROM pg_indexes WHERE tablename = \(bind: table) AND indexname <> \(bind: table + "_pkey")
                """).all().map { (try $0.decode(column: "indexname", as: String.self), try $0.decode(column: "indexdef", as: String.self)) }
            try await sql.raw("ALTER TABLE \(ident: table) RENAME TO \(ident: old)").run()
            try await sql.raw("CREATE TABLE \(ident: table) (LIKE \(ident: old) INCLUDING DEFAULTS) PARTITION BY LIST (municipality)").run()
            try await sql.raw("CREATE TABLE \(ident: table + "_default") PARTITION OF \(ident: table) DEFAULT").run()
            let codes = try await sql.raw("""
                SELECT code AS municipality FROM municipalities UNION SELECT DISTINCT municipality FROM \(ident: old)
                """).all().map { try $0.decode(column: "municipality", as: Int.self) }
            for code in Set(codes).sorted() {
                try await sql.raw("CREATE TABLE \(ident: "\(table)_m\(code)") PARTITION OF \(ident: table) FOR VALUES IN (\(literal: code))").run()
            }
            try await sql.raw("INSERT INTO \(ident: table) SELECT * FROM \(ident: old)").run()
            // Dropping the old table drops its indexes, its primary key and its triggers, whose names are then free.
            try await sql.raw("DROP TABLE \(ident: old)").run()
            try await sql.raw("ALTER TABLE \(ident: table) ADD CONSTRAINT \(ident: table + "_pkey") PRIMARY KEY (municipality, id)").run()
            for (_, definition) in indexes {
                try await sql.raw("\(unsafeRaw: definition.replacingOccurrences(of: " ONLY ", with: " "))").run()
            }
            try await AppendOnly.protect(table: table, on: sql)
            for code in Set(codes).sorted() {
                try await sql.raw("""
                    CREATE TRIGGER \(ident: "\(table)_m\(code)_no_truncate") BEFORE TRUNCATE ON \(ident: "\(table)_m\(code)")
                    FOR EACH STATEMENT EXECUTE FUNCTION spor_refuse_change()
                    """).run()
            }
            try await sql.raw("""
                CREATE TRIGGER \(ident: table + "_default_no_truncate") BEFORE TRUNCATE ON \(ident: table + "_default")
                FOR EACH STATEMENT EXECUTE FUNCTION spor_refuse_change()
                """).run()
        }
    }

    func revert(on database: any Database) async throws {
        // Partitioning is kept: the rows are the same either way, and the journal cannot be emptied to be moved back.
    }
}
