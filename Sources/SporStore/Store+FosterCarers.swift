import Foundation
import SQLKit
import SporDomain

extension Store {
    /// Keeps the people a `fosterCarers` entry names in step with the journal, inside its append: each carer is a person
    /// (added the first time they are named, their name updated when named again) with the relation `fosterParent` to the child (unless the person already
    /// stands in a relation to the child, e.g. a grandparent of a network foster family, which is kept).
    static func recordFosterCarers(_ entry: Entry, municipality: Int, on sql: any SQLDatabase) async throws {
        guard case .fosterCarers(let named) = entry.payload else { return }
        let ids = named.carers.map(\.person)
        let known = Set(try await sql.select().column("id").from("persons").where("id", .in, ids)
            .where("municipality", .equal, municipality).all().map { try $0.decode(column: "id", as: UUID.self) })
        let related = Set(try await sql.select().column("person_id").from("relations").where("child_id", .equal, entry.child)
            .where("person_id", .in, ids).where("municipality", .equal, municipality).all().map { try $0.decode(column: "person_id", as: UUID.self) })
        let persons = named.carers.filter { !known.contains($0.person) }
            .map { Person(id: $0.person, municipality: municipality, givenName: $0.givenName, familyName: $0.familyName) }
        if !persons.isEmpty { try await insertPersons(persons, on: sql) }
        // A carer named again keeps their id; the name is the latest entry's (a misspelling corrected).
        for carer in named.carers where known.contains(carer.person) {
            try await sql.update("persons").set("given_name", to: carer.givenName).set("family_name", to: carer.familyName)
                .where("id", .equal, carer.person).where("municipality", .equal, municipality).run()
        }
        let relations = named.carers.filter { !related.contains($0.person) }
            .map { Relation(child: entry.child, person: $0.person, kind: .fosterParent, hasCustody: false) }
        if !relations.isEmpty { try await insertRelations(relations, municipality: municipality, on: sql) }
    }

    /// The children of the municipality for whom foster carers have been named, with their list rows and courses: the
    /// caller decides which of them the reader may see (`Access.grounds`) and reads the carers from each course.
    public func childrenWithFosterCarers() async throws -> [(item: ChildListItem, timeline: Timeline)] {
        let ids = Array(Set(try await sql.select().column("child_id").from("journal_entries")
            .where("municipality", .equal, municipality).where("kind", .equal, EntryKind.fosterCarers.rawValue)
            .all().map { try $0.decode(column: "child_id", as: UUID.self) }))
        guard !ids.isEmpty else { return [] }
        let items = try await listQuery().where(SQLColumn("id", table: "c"), .in, SQLBind.group(ids)).all().map(Store.decodeListItem)
        let timelines = try await Store.timelines(children: ids, municipality: municipality, on: sql)
        return items.compactMap { item in timelines[item.id].map { (item, $0) } }
    }
}
