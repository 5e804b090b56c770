import FluentKit
import SQLKit

/// Many municipalities in one database (issue 26, item 4): a CPR number is registered once in each municipality, not
/// once in the database. A child who moves from A to B is registered in B, with a journal of B's own, and B's
/// registration cannot tell that A knows the child (an "already registered" from A's row would). The unique index on
/// `children.cpr_hash` becomes one on (municipality, cpr_hash).
///
/// PostgreSQL drops the constraint and adds the new one. SQLite cannot drop a table's constraint: the table is made
/// again under the new constraint from its own stored definition (so every column anyone added is kept), the rows
/// copied, and its indexes and triggers made again — one transaction.
struct M027ChildCPRPerMunicipality: AsyncMigration {
    static let oldConstraint = #"CONSTRAINT "uq:children.cpr_hash" UNIQUE ("cpr_hash")"#
    static let newConstraint = #"CONSTRAINT "uq:children.municipality+cpr_hash" UNIQUE ("municipality", "cpr_hash")"#

    func prepare(on database: any Database) async throws {
        try await database.transaction { database in
            let sql = database as! any SQLDatabase
            if sql.dialect.name == "postgresql" {
                try await sql.raw(#"ALTER TABLE children DROP CONSTRAINT "uq:children.cpr_hash""#).run()
                try await sql.raw("ALTER TABLE children ADD \(unsafeRaw: Self.newConstraint)").run()
                return
            }
            try await Self.rebuildChildren(replacing: Self.oldConstraint, with: Self.newConstraint, on: sql)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.transaction { database in
            let sql = database as! any SQLDatabase
            if sql.dialect.name == "postgresql" {
                try await sql.raw(#"ALTER TABLE children DROP CONSTRAINT "uq:children.municipality+cpr_hash""#).run()
                try await sql.raw("ALTER TABLE children ADD \(unsafeRaw: Self.oldConstraint)").run()
                return
            }
            try await Self.rebuildChildren(replacing: Self.newConstraint, with: Self.oldConstraint, on: sql)
        }
    }

    /// SQLite: `children` made again with one constraint of its stored definition replaced.
    static func rebuildChildren(replacing old: String, with new: String, on sql: any SQLDatabase) async throws {
        let objects = try await sql.raw("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'children' AND sql IS NOT NULL").all()
        var table: String?, others: [String] = []
        for row in objects {
            let definition = try row.decode(column: "sql", as: String.self)
            if try row.decode(column: "type", as: String.self) == "table" { table = definition } else { others.append(definition) }
        }
        guard let table, table.contains(old), let head = table.range(of: #"CREATE TABLE "children""#) else {
            throw StoreError.corrupt("children: the stored definition does not hold \(old)")
        }
        let rebuilt = table.replacingCharacters(in: head, with: #"CREATE TABLE "children_rebuilt""#).replacingOccurrences(of: old, with: new)
        try await sql.raw("\(unsafeRaw: rebuilt)").run()
        try await sql.raw("INSERT INTO children_rebuilt SELECT * FROM children").run()
        try await sql.raw("DROP TABLE children").run()
        try await sql.raw("ALTER TABLE children_rebuilt RENAME TO children").run()
        for definition in others { try await sql.raw("\(unsafeRaw: definition)").run() }
    }
}
