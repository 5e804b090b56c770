import Foundation
import SQLKit
import SporDomain

extension Store {
    /// Registers a child. The CPR number is kept only sealed and as a keyed hash.
    /// Refused when the CPR number's birth date is in the future or the person is past the course's last age (22).
    public func register(_ child: Child, cpr: CPR, by actor: UUID, now: Date) async throws {
        try Child.requirePlausible(birthDate: cpr.birthDate, today: DanishTime.localDate(of: now))
        let municipality = self.municipality
        let protector = self.protector
        // A child is registered into the store's municipality alone; a CPR number once in each municipality, so that B
        // registers a child who moved from A, and learns nothing of A's row.
        guard child.municipality == municipality else { throw DomainError(.childNotFound) }
        try await write { sql in
            if try await Store.childID(cprHash: protector.lookupHash(cpr), municipality: municipality, on: sql) != nil {
                throw DomainError(.cprAlreadyRegistered, field: "cpr")
            }
            try await Store.insertChildren([(child, cpr)], protector: protector, now: now, on: sql)
            try await Store.audit(.registerChild, user: actor, child: child.id, entry: nil, at: now,
                                  municipality: municipality, on: sql)
            try await Store.saveDerived(.init(id: child.id, birthDate: child.birthDate, district: child.district), timeline: Timeline([]),
                                        municipality: municipality, now: now, on: sql)
        }
    }

    /// A family with its existing course, brought in at once (the demo, a migration from another system).
    /// Every entry is validated as `append` would; each child gets one audit row.
    public struct FamilyImport: Sendable {
        public var children: [(child: Child, cpr: CPR, entries: [Entry])]
        public var parents: [Person]
        public var relations: [Relation]

        public init(children: [(child: Child, cpr: CPR, entries: [Entry])], parents: [Person], relations: [Relation]) {
            self.children = children
            self.parents = parents
            self.relations = relations
        }
    }

    public func importFamilies(_ families: [FamilyImport], by actor: UUID, now: Date) async throws {
        let municipality = self.municipality
        let protector = self.protector
        try await write { sql in
            var children: [(Child, CPR)] = []
            var entries: [Entry] = []
            var derived: [(ChildFacts, Timeline)] = []
            let offers = try await Store.offerCatalogue(municipality: municipality, on: sql)
            for family in families {
                for member in family.children {
                    // Children and entries are imported into the store's municipality alone.
                    guard member.child.municipality == municipality, member.entries.allSatisfy({ $0.municipality == municipality }) else {
                        throw DomainError(.childNotFound)
                    }
                    var timeline = Timeline([])
                    let birth = DanishTime.startOfDay(member.child.birthDate)
                    for entry in member.entries.sorted(by: { $0.recordedAt < $1.recordedAt }) {
                        // An entry from before the birth was written on the expected child, under its rules.
                        let unborn = entry.occurredAt < birth
                        try JournalRules.validate(entry, in: timeline, now: now,
                                                  context: JournalContext(birthDate: unborn ? nil : member.child.birthDate, offers: offers,
                                                                          unborn: unborn))
                        timeline = Timeline(timeline.entries + [entry])
                    }
                    children.append((member.child, member.cpr))
                    entries += member.entries
                    derived.append((.init(id: member.child.id, birthDate: member.child.birthDate, district: member.child.district,
                                          sex: member.child.sex), timeline))
                }
            }
            try await Store.insertChildren(children, protector: protector, now: now, on: sql)
            try await Store.insertPersons(families.flatMap(\.parents), on: sql)
            try await Store.insertRelations(families.flatMap(\.relations), municipality: municipality, on: sql)
            try await Store.insert(entries, on: sql)
            for (child, _) in children {
                try await Store.audit(.importChild, user: actor, child: child.id, entry: nil, at: now,
                                      municipality: municipality, on: sql)
            }
            var cells = IndicatorTable()
            var counted: [CountedChild] = []
            let computation = try await Store.indicatorComputation(municipality: municipality, on: sql)
            for (child, timeline) in derived {
                try await Store.saveDerived(child, timeline: timeline, municipality: municipality, now: now, on: sql)
                if let facts = child.indicatorFacts {
                    let contributions = computation.contributions(of: facts, timeline: timeline, asOf: now)
                    cells.add(contributions)
                    counted.append(CountedChild(child: child.id, refreshAt: contributions.refreshAt))
                } else {
                    counted.append(CountedChild(child: child.id, refreshAt: nil))
                }
            }
            try await Store.addIndicatorCells(cells, counted: counted, municipality: municipality, now: now, on: sql)
        }
    }

    public func child(id: UUID) async throws -> Child? {
        try await sql.select().columns(Store.childColumns).from("children")
            .where("id", .equal, id).where("municipality", .equal, municipality)
            .first().map(Store.decodeChild)
    }

    /// Several children at once (those not found are left out), 500 to a query.
    public func children(ids: [UUID]) async throws -> [Child] {
        var children: [Child] = []
        for chunk in ids.chunks(of: 500) {
            children += try await sql.select().columns(Store.childColumns).from("children")
                .where("id", .in, Array(chunk)).where("municipality", .equal, municipality)
                .all().map(Store.decodeChild)
        }
        return children
    }

    public func summary(child: UUID) async throws -> ChildSummary? {
        guard let row = try await sql.select().columns("*").from("child_summaries").where("child_id", .equal, child)
            .where("municipality", .equal, municipality).first() else {
            return nil
        }
        return ChildSummary(
            child: child,
            isOpen: try row.decode(column: "is_open", as: Bool.self),
            caseworker: try row.decode(column: "caseworker_id", as: UUID?.self),
            team: try row.decode(column: "team_id", as: UUID?.self),
            concernLevel: try row.decode(column: "concern_level", as: Int?.self).flatMap(ConcernLevel.init(rawValue:)),
            openedAt: try row.decode(column: "opened_at", as: Int64?.self).map(Date.init(epochMilliseconds:)),
            lastEntryAt: try row.decode(column: "last_entry_at", as: Int64?.self).map(Date.init(epochMilliseconds:)),
            entryCount: try row.decode(column: "entry_count", as: Int.self),
            caseworkerChanges: try row.decode(column: "caseworker_changes", as: Int.self)
        )
    }

    /// Open cases carried by one caseworker.
    public func children(caseworker: UUID) async throws -> [ChildListItem] {
        try await listQuery().where(SQLColumn("caseworker_id", table: "s"), .equal, SQLBind(caseworker)).where(SQLColumn("is_open", table: "s"), .equal, SQLBind(true))
            .orderBy(SQLColumn("family_name", table: "c")).orderBy(SQLColumn("given_name", table: "c")).all().map(Store.decodeListItem)
    }

    /// Open cases in one team.
    public func children(team: UUID) async throws -> [ChildListItem] {
        try await listQuery().where(SQLColumn("team_id", table: "s"), .equal, SQLBind(team)).where(SQLColumn("is_open", table: "s"), .equal, SQLBind(true))
            .orderBy(SQLColumn("family_name", table: "c")).orderBy(SQLColumn("given_name", table: "c")).all().map(Store.decodeListItem)
    }

    /// Children whose name contains every word of `text`, or whose CPR number is exactly `text`.
    public func search(_ text: String, limit: Int = 50) async throws -> [ChildListItem] {
        let query = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let cpr = try? CPR(query) {
            return try await listQuery().where(SQLColumn("cpr_hash", table: "c"), .equal, SQLBind(protector.lookupHash(cpr))).all().map(Store.decodeListItem)
        }
        // `%` and `_` are LIKE's wildcards: taken out, a word of them alone would match every child.
        let words = query.lowercased().split(separator: " ").map { Store.escapeLike(String($0)) }.filter { !$0.isEmpty }
        guard words.contains(where: { $0.count >= 2 }) else { return [] }
        let select = listQuery()
        for word in words {
            select.where(SQLColumn("search_name", table: "c"), .like, SQLBind("%\(word)%"))
        }
        return try await select.orderBy(SQLColumn("family_name", table: "c")).orderBy(SQLColumn("given_name", table: "c")).limit(limit).all().map(Store.decodeListItem)
    }

    /// Every child a team lead of `team` may open without a stated reason (as `Access.mayOpen` decides), open case or
    /// not: those whose caseworker is in the team, and those with no caseworker (no case yet, or a closed one) in the
    /// team's district. By name.
    public func children(openableBy team: TeamRecord) async throws -> [ChildListItem] {
        try await listQuery()
            .where { Store.openable(by: team, $0) }
            .orderBy(SQLColumn("family_name", table: "c")).orderBy(SQLColumn("given_name", table: "c")).all().map(Store.decodeListItem)
    }

    /// The team's children, as `Access.mayOpen` decides without a stated reason: `s.team_id` is the team, or `s` has no
    /// caseworker and `c.district` is the team's (`s` a child summary, `c` the child).
    static func openable(by team: TeamRecord, _ scope: SQLPredicateGroupBuilder) -> SQLPredicateGroupBuilder {
        scope.where(SQLColumn("team_id", table: "s"), .equal, SQLBind(team.id))
            .orWhere { noCaseworker in
                noCaseworker.where(SQLColumn("caseworker_id", table: "s"), .is, SQLLiteral.null)
                    .where(SQLColumn("district", table: "c"), .equal, SQLBind(team.district))
            }
    }

    // MARK: - Rows

    static let childColumns = ["id", "municipality", "given_name", "family_name", "birth_date", "sex", "district", "institution", "due_date"]

    static func decodeChild(_ row: any SQLRow) throws -> Child {
        // An expected child: no birth date or sex yet; `birthDate` holds the due date (see `ExpectedChild.swift`).
        if try row.decode(column: "birth_date", as: String.self).isEmpty,
           let dueDate = try row.decode(column: "due_date", as: String?.self).flatMap(LocalDate.init(iso:)) {
            return Child(id: try row.decode(column: "id", as: UUID.self), municipality: try row.decode(column: "municipality", as: Int.self),
                         givenName: try row.decode(column: "given_name", as: String.self),
                         familyName: try row.decode(column: "family_name", as: String.self), birthDate: dueDate, sex: .female,
                         district: try row.decode(column: "district", as: String.self),
                         institution: try row.decode(column: "institution", as: String?.self), dueDate: dueDate)
        }
        guard let birthDate = LocalDate(iso: try row.decode(column: "birth_date", as: String.self)),
              let sex = LegalSex(rawValue: try row.decode(column: "sex", as: String.self)) else {
            throw StoreError.corrupt("child row")
        }
        return Child(
            id: try row.decode(column: "id", as: UUID.self),
            municipality: try row.decode(column: "municipality", as: Int.self),
            givenName: try row.decode(column: "given_name", as: String.self),
            familyName: try row.decode(column: "family_name", as: String.self),
            birthDate: birthDate, sex: sex,
            district: try row.decode(column: "district", as: String.self),
            institution: try row.decode(column: "institution", as: String?.self)
        )
    }

    func listQuery() -> SQLSelectBuilder {
        sql.select()
            .column(SQLColumn("id", table: "c")).column(SQLColumn("given_name", table: "c"))
            .column(SQLColumn("family_name", table: "c")).column(SQLColumn("birth_date", table: "c"))
            .column(SQLColumn("district", table: "c")).column(SQLColumn("due_date", table: "c"))
            .column(SQLColumn("is_open", table: "s")).column(SQLColumn("concern_level", table: "s"))
            .column(SQLColumn("caseworker_id", table: "s")).column(SQLColumn("team_id", table: "s"))
            .column(SQLColumn("last_entry_at", table: "s"))
            .column(SQLColumn("display_name", table: "u"))
            .from(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")))
            .join(SQLAlias(SQLIdentifier("child_summaries"), as: SQLIdentifier("s")), method: SQLJoinMethod.inner,
                  on: SQLColumn("child_id", table: "s"), .equal, SQLColumn("id", table: "c"))
            .join(SQLAlias(SQLIdentifier("users"), as: SQLIdentifier("u")), method: SQLJoinMethod.left,
                  on: SQLColumn("id", table: "u"), .equal, SQLColumn("caseworker_id", table: "s"))
            .where(SQLColumn("municipality", table: "c"), .equal, SQLBind(municipality))
    }

    static func decodeListItem(_ row: any SQLRow) throws -> ChildListItem {
        let birthDate = LocalDate(iso: try row.decode(column: "birth_date", as: String.self))
        // An expected child has no birth date yet: its due date stands in (and says so in `dueDate`).
        let dueDate = birthDate == nil ? try row.decode(column: "due_date", as: String?.self).flatMap(LocalDate.init(iso:)) : nil
        return ChildListItem(
            id: try row.decode(column: "id", as: UUID.self),
            name: [try row.decode(column: "given_name", as: String.self), try row.decode(column: "family_name", as: String.self)]
                .filter { !$0.isEmpty }.joined(separator: " "),
            birthDate: birthDate ?? dueDate ?? LocalDate(year: 1970, month: 1, day: 1)!,
            district: try row.decode(column: "district", as: String.self),
            isOpen: try row.decode(column: "is_open", as: Bool.self),
            concernLevel: try row.decode(column: "concern_level", as: Int?.self).flatMap(ConcernLevel.init(rawValue:)),
            caseworker: try row.decode(column: "caseworker_id", as: UUID?.self),
            caseworkerName: try row.decode(column: "display_name", as: String?.self),
            team: try row.decode(column: "team_id", as: UUID?.self),
            lastEntryAt: try row.decode(column: "last_entry_at", as: Int64?.self).map(Date.init(epochMilliseconds:)),
            dueDate: dueDate
        )
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "")
    }

    /// The municipality's child with this CPR look-up hash.
    static func childID(cprHash: String, municipality: Int, on sql: any SQLDatabase) async throws -> UUID? {
        try await sql.select().column("id").from("children").where("cpr_hash", .equal, cprHash).where("municipality", .equal, municipality).first()
            .map { try $0.decode(column: "id", as: UUID.self) }
    }

    static func insertChildren(_ children: [(Child, CPR)], protector: CPRProtector, now: Date, on sql: any SQLDatabase) async throws {
        for chunk in children.chunks(of: 200) {
            let insert = sql.insert(into: "children").columns(
                "id", "municipality", "cpr_hash", "cpr_sealed", "given_name", "family_name", "search_name",
                "birth_date", "sex", "district", "institution", "created_at")
            for (child, cpr) in chunk {
                insert.values(
                    SQLBind(child.id), SQLBind(child.municipality), SQLBind(protector.lookupHash(cpr)),
                    SQLBind(try protector.seal(cpr)), SQLBind(child.givenName), SQLBind(child.familyName),
                    SQLBind(child.fullName.lowercased()), SQLBind(child.birthDate.iso), SQLBind(child.sex.rawValue),
                    SQLBind(child.district), SQLBind(child.institution), SQLBind(now.epochMilliseconds))
            }
            try await insert.run()
        }
    }

    static func insertPersons(_ persons: [Person], on sql: any SQLDatabase) async throws {
        for chunk in persons.chunks(of: 400) {
            let insert = sql.insert(into: "persons").columns("id", "municipality", "given_name", "family_name")
            for person in chunk {
                insert.values(SQLBind(person.id), SQLBind(person.municipality), SQLBind(person.givenName), SQLBind(person.familyName))
            }
            try await insert.run()
        }
    }

    static func insertRelations(_ relations: [Relation], municipality: Int, on sql: any SQLDatabase) async throws {
        for chunk in relations.chunks(of: 400) {
            let insert = sql.insert(into: "relations").columns("child_id", "person_id", "municipality", "kind", "has_custody", "lives_with")
            for relation in chunk {
                insert.values(SQLBind(relation.child), SQLBind(relation.person), SQLBind(municipality),
                              SQLBind(relation.kind.rawValue), SQLBind(relation.hasCustody), SQLBind(relation.livesWith))
            }
            try await insert.run()
        }
    }
}
