import Foundation
import SQLKit
import SporDomain

/// Expected children (issue 23, item 1): a `children` row with a due date and no CPR number, whose id and journal
/// carry on when the child is born (`M020ExpectedChildren`).
extension Store {
    /// The expectant parents of an expected child, as `Person`s with their relation (mother, father, parent).
    public struct ExpectantParent: Sendable {
        public var person: Person
        public var kind: Relation.Kind

        public init(person: Person, kind: Relation.Kind) {
            self.person = person
            self.kind = kind
        }
    }

    /// An expected child with its parents and the journal it already has (the demo; an import).
    public struct ExpectedImport: Sendable {
        public var child: Child
        public var parents: [ExpectantParent]
        public var entries: [Entry]

        public init(child: Child, parents: [ExpectantParent], entries: [Entry] = []) {
            self.child = child
            self.parents = parents
            self.entries = entries
        }
    }

    /// The placeholder in `cpr_hash` of a child with no CPR number yet: never a keyed hash (those are hex), unique.
    static func expectedHash(_ child: UUID) -> String { "expected:\(child.uuidString.lowercased())" }

    /// Registers an expected child and its expectant parents (at least one), and, when given, the caseworker who takes
    /// the case, in one transaction: nothing is saved unless all is.
    public func registerExpected(_ child: Child, parents: [ExpectantParent], caseworker: UUID? = nil, by actor: UUID, now: Date) async throws {
        let municipality = self.municipality
        try await write { sql in
            let offers = try await Store.offerCatalogue(municipality: municipality, on: sql)
            try await Store.insertExpected(ExpectedImport(child: child, parents: parents), offers: offers, by: actor, now: now,
                                           action: .registerExpectedChild, municipality: municipality, on: sql)
            if let caseworker {
                try await Store.append(Entry(municipality: municipality, child: child.id,
                                             payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker)),
                                             occurredAt: now, recordedAt: now, author: actor), municipality: municipality, now: now, on: sql)
            }
        }
    }

    /// Expected children with their parents and journals, at once; each entry validated as `append` would.
    public func importExpected(_ children: [ExpectedImport], by actor: UUID, now: Date,
                               action: AuditAction = .importChild) async throws {
        let municipality = self.municipality
        try await write { sql in
            let offers = try await Store.offerCatalogue(municipality: municipality, on: sql)
            for item in children {
                try await Store.insertExpected(item, offers: offers, by: actor, now: now, action: action, municipality: municipality, on: sql)
            }
        }
    }

    /// One expected child with its parents and journal, inside a write.
    static func insertExpected(_ item: ExpectedImport, offers: OfferCatalogue, by actor: UUID, now: Date, action: AuditAction,
                               municipality: Int, on sql: any SQLDatabase) async throws {
        guard let dueDate = item.child.dueDate else { throw DomainError(.childAlreadyBorn) }
        guard !item.parents.isEmpty else { throw DomainError(.expectantParentMissing, field: "motherGivenName") }
        var timeline = Timeline([])
        for entry in item.entries.sorted(by: { $0.recordedAt < $1.recordedAt }) {
            try JournalRules.validate(entry, in: timeline, now: now, context: JournalContext(offers: offers, unborn: true))
            timeline = Timeline(timeline.entries + [entry])
        }
        let child = item.child
        // Found by a parent's name too: the child has none of its own yet.
        let searchName = ([child.familyName] + item.parents.map(\.person.fullName)).joined(separator: " ").lowercased()
        try await sql.insert(into: "children").columns(
            "id", "municipality", "cpr_hash", "cpr_sealed", "given_name", "family_name", "search_name",
            "birth_date", "sex", "district", "institution", "created_at", "due_date")
            .values(SQLBind(child.id), SQLBind(municipality), SQLBind(Store.expectedHash(child.id)), SQLBind(""),
                    SQLBind(child.givenName), SQLBind(child.familyName), SQLBind(searchName), SQLBind(""), SQLBind(""),
                    SQLBind(child.district), SQLBind(child.institution), SQLBind(now.epochMilliseconds), SQLBind(dueDate.iso))
            .run()
        try await Store.insertPersons(item.parents.map(\.person), on: sql)
        // An expectant parent holds custody from the birth; until then the relation is what the case reads.
        try await Store.insertRelations(item.parents.map { Relation(child: child.id, person: $0.person.id, kind: $0.kind, hasCustody: true) },
                                        municipality: municipality, on: sql)
        try await Store.insert(timeline.entries, on: sql)
        try await Store.audit(action, user: actor, child: child.id, entry: nil, at: now, municipality: municipality, on: sql)
        try await Store.saveDerived(.init(id: child.id, birthDate: nil, district: child.district), timeline: timeline,
                                    municipality: municipality, now: now, on: sql)
    }

    /// The expected child `id` is born: its row gets the CPR number (sealed, and its keyed hash), the child's name, birth
    /// date and sex, and keeps its id, so the journal continues. One transaction; refused, with nothing saved, when the
    /// child is not expected (already born, or not found) or the CPR number is already registered — two journals are
    /// never merged. The audit row says when it was joined.
    @discardableResult
    public func recordBirth(of id: UUID, cpr: CPR, givenName: String, familyName: String, by actor: UUID, now: Date) async throws -> Child {
        let municipality = self.municipality
        let protector = self.protector
        return try await write { sql in
            let select = sql.select().columns(Store.childColumns).from("children")
                .where("id", .equal, id).where("municipality", .equal, municipality)
            if sql.dialect.name == "postgresql" { select.for(.update) }
            guard let expected = try await select.first().map(Store.decodeChild) else { throw DomainError(.childNotFound) }
            let child = try expected.born(cpr: cpr, givenName: givenName, familyName: familyName, today: DanishTime.localDate(of: now))
            let hash = protector.lookupHash(cpr)
            if try await Store.childID(cprHash: hash, municipality: municipality, on: sql) != nil { throw DomainError(.cprAlreadyRegistered, field: "cpr") }
            try await sql.update("children")
                .set("cpr_hash", to: SQLBind(hash)).set("cpr_sealed", to: SQLBind(try protector.seal(cpr)))
                .set("given_name", to: SQLBind(child.givenName)).set("family_name", to: SQLBind(child.familyName))
                .set("search_name", to: SQLBind(child.fullName.lowercased()))
                .set("birth_date", to: SQLBind(child.birthDate.iso)).set("sex", to: SQLBind(child.sex.rawValue))
                .where("id", .equal, id).where("municipality", .equal, municipality)
                .run()
            try await Store.audit(.childBorn, user: actor, child: id, entry: nil, at: now, municipality: municipality, on: sql)
            // Born, the child is counted by the indicators from its journal as it stands. Unborn, it counted nothing (a
            // refresh may have marked it counted, with nothing), so nothing is taken away: its contributions are added.
            let facts = ChildFacts(id: id, birthDate: child.birthDate, district: child.district, sex: child.sex)
            let timeline = try await Store.timeline(child: id, municipality: municipality, on: sql)
            if let counted = facts.indicatorFacts {
                let fresh = try await Store.indicatorComputation(municipality: municipality, on: sql)
                    .contributions(of: counted, timeline: timeline, asOf: now)
                var cells = IndicatorTable()
                cells.add(fresh)
                try await Store.addIndicatorCells(cells, counted: [CountedChild(child: id, refreshAt: fresh.refreshAt)],
                                                  municipality: municipality, now: now, on: sql)
            }
            try await Store.saveDerived(facts, timeline: timeline, municipality: municipality, now: now, on: sql)
            return child
        }
    }
}
