import Foundation
import SQLKit
import SporDomain

/// A municipality's records as stored — its children, the people around them, their relations and the journal — for a
/// tool that copies them in bulk (the benchmarks make larger municipalities so: `spor-bench replicate`). Every value is
/// as its column holds it: a CPR number sealed beside its look-up hash, a payload as its JSON text, an instant in epoch
/// milliseconds. The derived tables (summaries, obligations, indicator cells) are not records: `rebuildSummaries` and
/// `rebuildIndicators` make them from the journal.
public struct StoredRecords: Sendable {
    public struct Child: Sendable {
        public var id: UUID
        public var cprHash: String
        public var cprSealed: String
        public var givenName: String
        public var familyName: String
        public var searchName: String
        public var birthDate: String
        public var sex: String
        public var district: String
        public var institution: String?
        public var createdAt: Int64
        /// An expected child's due date (`M020ExpectedChildren`); nil for every other child.
        public var dueDate: String? = nil
    }

    public struct Person: Sendable {
        public var id: UUID
        public var givenName: String
        public var familyName: String
    }

    public struct Relation: Sendable {
        public var child: UUID
        public var person: UUID
        public var kind: String
        public var hasCustody: Bool
    }

    public struct JournalEntry: Sendable {
        public var id: UUID
        public var child: UUID
        public var kind: String
        public var payload: String
        public var occurredAt: Int64
        public var recordedAt: Int64
        public var author: UUID
        public var corrects: UUID?
    }

    public var children: [Child]
    public var persons: [Person]
    public var relations: [Relation]
    /// In the journal's order.
    public var entries: [JournalEntry]
    /// Ids the records may name that are not theirs: the municipality's staff and teams, and every id its configuration
    /// holds. A copy that gives the records new ids keeps these.
    public var organisationIDs: Set<UUID>
}

extension Store {
    /// The municipality's records, read at once.
    public func readRecords() async throws -> StoredRecords {
        let sql = self.sql
        var organisation = Set<UUID>()
        for table in ["users", "teams"] {
            for row in try await sql.select().column("id").from(table).where("municipality", .equal, municipality).all() {
                organisation.insert(try row.decode(column: "id", as: UUID.self))
            }
        }
        for row in try await sql.select().column("value").from("configuration_versions").where("municipality", .equal, municipality).all() {
            try Self.collectIDs(in: PayloadJSONDecoder.parse(try row.decode(column: "value", as: String.self)), into: &organisation)
        }
        let children = try await sql.select()
            .columns("id", "cpr_hash", "cpr_sealed", "given_name", "family_name", "search_name", "birth_date", "sex", "district",
                     "institution", "created_at", "due_date")
            .from("children").where("municipality", .equal, municipality).all().map { row in
                StoredRecords.Child(
                    id: try row.decode(column: "id", as: UUID.self), cprHash: try row.decode(column: "cpr_hash", as: String.self),
                    cprSealed: try row.decode(column: "cpr_sealed", as: String.self),
                    givenName: try row.decode(column: "given_name", as: String.self),
                    familyName: try row.decode(column: "family_name", as: String.self),
                    searchName: try row.decode(column: "search_name", as: String.self),
                    birthDate: try row.decode(column: "birth_date", as: String.self), sex: try row.decode(column: "sex", as: String.self),
                    district: try row.decode(column: "district", as: String.self),
                    institution: try row.decode(column: "institution", as: String?.self),
                    createdAt: try row.decode(column: "created_at", as: Int64.self),
                    dueDate: try row.decode(column: "due_date", as: String?.self))
            }
        let persons = try await sql.select().columns("id", "given_name", "family_name").from("persons")
            .where("municipality", .equal, municipality).all().map { row in
                StoredRecords.Person(id: try row.decode(column: "id", as: UUID.self), givenName: try row.decode(column: "given_name", as: String.self),
                                     familyName: try row.decode(column: "family_name", as: String.self))
            }
        let relations = try await sql.select().columns("child_id", "person_id", "kind", "has_custody").from("relations")
            .where("municipality", .equal, municipality).all().map { row in
                StoredRecords.Relation(child: try row.decode(column: "child_id", as: UUID.self), person: try row.decode(column: "person_id", as: UUID.self),
                                       kind: try row.decode(column: "kind", as: String.self), hasCustody: try row.decode(column: "has_custody", as: Bool.self))
            }
        let entries = try await sql.select().columns(Store.entryColumns).from("journal_entries")
            .where("municipality", .equal, municipality).orderBy("seq").all().map { row in
                StoredRecords.JournalEntry(
                    id: try row.decode(column: "id", as: UUID.self), child: try row.decode(column: "child_id", as: UUID.self),
                    kind: try row.decode(column: "kind", as: String.self), payload: try row.decode(column: "payload", as: String.self),
                    occurredAt: try row.decode(column: "occurred_at", as: Int64.self),
                    recordedAt: try row.decode(column: "recorded_at", as: Int64.self),
                    author: try row.decode(column: "author_id", as: UUID.self), corrects: try row.decode(column: "corrects", as: UUID?.self))
            }
        return StoredRecords(children: children, persons: persons, relations: relations, entries: entries, organisationIDs: organisation)
    }

    /// Writes records as they are, in one transaction, to this store's municipality: the journal entries extend the
    /// journal's hash chain like any append. Nothing the journal's rules check is checked, and the derived tables are not
    /// brought up to date (`rebuildSummaries`, `rebuildIndicators`); the records' ids must be new to the database.
    /// `organisationIDs` is not written.
    public func appendRecords(_ records: StoredRecords) async throws {
        let municipality = self.municipality
        try await write { sql in
            for chunk in records.children.chunks(of: 200) {
                let insert = sql.insert(into: "children").columns(
                    "id", "municipality", "cpr_hash", "cpr_sealed", "given_name", "family_name", "search_name",
                    "birth_date", "sex", "district", "institution", "created_at", "due_date")
                for child in chunk {
                    insert.values(SQLBind(child.id), SQLBind(municipality), SQLBind(child.cprHash), SQLBind(child.cprSealed),
                                  SQLBind(child.givenName), SQLBind(child.familyName), SQLBind(child.searchName), SQLBind(child.birthDate),
                                  SQLBind(child.sex), SQLBind(child.district), SQLBind(child.institution), SQLBind(child.createdAt),
                                  SQLBind(child.dueDate))
                }
                try await insert.run()
            }
            for chunk in records.persons.chunks(of: 400) {
                let insert = sql.insert(into: "persons").columns("id", "municipality", "given_name", "family_name")
                for person in chunk {
                    insert.values(SQLBind(person.id), SQLBind(municipality), SQLBind(person.givenName), SQLBind(person.familyName))
                }
                try await insert.run()
            }
            for chunk in records.relations.chunks(of: 400) {
                let insert = sql.insert(into: "relations").columns("child_id", "person_id", "municipality", "kind", "has_custody")
                for relation in chunk {
                    insert.values(SQLBind(relation.child), SQLBind(relation.person), SQLBind(municipality), SQLBind(relation.kind),
                                  SQLBind(relation.hasCustody))
                }
                try await insert.run()
            }
            for chunk in records.entries.chunks(of: 2_000) {
                let links = try await HashChain.journal.extend(with: chunk.map { entry in
                    canonical([entry.id, municipality, entry.child, entry.kind, entry.payload, entry.occurredAt, entry.recordedAt,
                               entry.author, entry.corrects])
                }, on: sql)
                for part in Array(zip(chunk, links)).chunks(of: 400) {
                    let insert = sql.insert(into: "journal_entries").columns(Store.entryColumns + ["seq", "hash"])
                    for (entry, link) in part {
                        insert.values(SQLBind(entry.id), SQLBind(municipality), SQLBind(entry.child), SQLBind(entry.kind),
                                      SQLBind(entry.payload), SQLBind(entry.occurredAt), SQLBind(entry.recordedAt),
                                      SQLBind(entry.author), SQLBind(entry.corrects), SQLBind(link.seq), SQLBind(link.hash))
                    }
                    try await insert.run()
                }
            }
        }
    }

    /// Every id a configuration's JSON holds, as a text or a member's name.
    private static func collectIDs(in value: JSONValue, into ids: inout Set<UUID>) {
        switch value {
        case .string(let text):
            if let id = UUID(text: text) { ids.insert(id) }
        case .array(let elements):
            for element in elements { collectIDs(in: element, into: &ids) }
        case .object(let members):
            for member in members {
                if let id = UUID(text: member.key) { ids.insert(id) }
                collectIDs(in: member.value, into: &ids)
            }
        case .null, .bool, .number:
            break
        }
    }
}
