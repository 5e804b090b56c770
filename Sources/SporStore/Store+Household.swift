import Foundation
import SQLKit
import SporDomain

/// A sibling of a child as its household shows it: the sibling's own list row (its case status), how they are siblings,
/// and whether they live together.
public struct HouseholdSibling: Sendable, Hashable {
    public let item: ChildListItem
    public let kinship: SiblingKinship
    /// Nil: not known. Derived siblings live together when both live with one of the parents they share; a sibling
    /// recorded by hand says it itself.
    public let livesWith: Bool?
    /// In a placement of its own now (its journal's fold).
    public let placed: Bool

    public init(item: ChildListItem, kinship: SiblingKinship, livesWith: Bool?, placed: Bool = false) {
        self.item = item
        self.kinship = kinship
        self.livesWith = livesWith
        self.placed = placed
    }
}

extension Store {
    /// The child's siblings in Spor as list rows (`householdSiblings(of:)` tells full from half and who lives together).
    /// Whether the reader may see a sibling is the caller's access check (`Access.grounds`), as for any list.
    public func siblings(of child: UUID) async throws -> [ChildListItem] {
        try await householdSiblings(of: child).map(\.item)
    }

    /// The child's siblings in Spor: other children who share a parent with the child (a mother, father, parent or
    /// step-parent in `relations`), full when they share all their known parents, half otherwise; and the children a
    /// caseworker linked as siblings (`sibling_links`). Oldest first. Each is read within the store's municipality.
    public func householdSiblings(of child: UUID) async throws -> [HouseholdSibling] {
        let found = try await Store.siblingFacts(of: child, municipality: municipality, on: sql)
        guard !found.isEmpty else { return [] }
        let courses = try await timelines(children: Array(found.keys))
        return try await listQuery().where(SQLColumn("id", table: "c"), .in, SQLBind.group(Array(found.keys)))
            .orderBy(SQLColumn("birth_date", table: "c")).all().map(Store.decodeListItem)
            .compactMap { item in
                found[item.id].map { HouseholdSibling(item: item, kinship: $0.kinship, livesWith: $0.livesWith,
                                                      placed: courses[item.id]?.state().activePlacement != nil) }
            }
    }

    /// The siblings a placement of `child` must answer for (`JournalContext.siblings`).
    static func knownSiblings(of child: UUID, municipality: Int, on sql: any SQLDatabase) async throws -> [KnownSibling] {
        try await siblingFacts(of: child, municipality: municipality, on: sql).keys.sorted { $0.uuidString < $1.uuidString }
            .map { KnownSibling(id: $0, municipality: municipality) }
    }

    /// Each sibling's kinship and living together, by id.
    static func siblingFacts(of child: UUID, municipality: Int, on sql: any SQLDatabase) async throws
        -> [UUID: (kinship: SiblingKinship, livesWith: Bool?)] {
        let parentKinds = Relation.parentKinds.map(\.rawValue)
        // The child's parents, and whether it lives with each.
        var parents: [UUID: Bool?] = [:]
        for row in try await sql.select().columns("person_id", "lives_with").from("relations")
            .where("child_id", .equal, child).where("municipality", .equal, municipality).where("kind", .in, parentKinds).all() {
            parents[try row.decode(column: "person_id", as: UUID.self)] = try row.decode(column: "lives_with", as: Bool?.self)
        }
        var found: [UUID: (kinship: SiblingKinship, livesWith: Bool?)] = [:]
        if !parents.isEmpty {
            let shared = try await sql.select().columns("child_id").from("relations")
                .where("person_id", .in, Array(parents.keys)).where("child_id", .notEqual, child).where("municipality", .equal, municipality)
                .where("kind", .in, parentKinds).all().map { try $0.decode(column: "child_id", as: UUID.self) }
            // Every known parent of each such child, to tell full siblings from half.
            var theirs: [UUID: [UUID: Bool?]] = [:]
            if !shared.isEmpty {
                for row in try await sql.select().columns("child_id", "person_id", "lives_with").from("relations")
                    .where("child_id", .in, Array(Set(shared))).where("municipality", .equal, municipality).where("kind", .in, parentKinds).all() {
                    theirs[try row.decode(column: "child_id", as: UUID.self), default: [:]][try row.decode(column: "person_id", as: UUID.self)] =
                        try row.decode(column: "lives_with", as: Bool?.self)
                }
            }
            for (sibling, their) in theirs {
                guard let kinship = SiblingKinship.of(Set(parents.keys), Set(their.keys)) else { continue }
                found[sibling] = (kinship, livesTogether(parents, their))
            }
        }
        for row in try await sql.select().columns("sibling_id", "lives_with").from("sibling_links")
            .where("child_id", .equal, child).where("municipality", .equal, municipality).all() {
            let sibling = try row.decode(column: "sibling_id", as: UUID.self)
            let livesWith = try row.decode(column: "lives_with", as: Bool?.self)
            // A link made by hand says whether they live together; how they are siblings stays what the parents tell.
            found[sibling] = (found[sibling]?.kinship ?? .recorded, livesWith ?? found[sibling]?.livesWith)
        }
        return found
    }

    /// Two children live together when both live with one adult; not, when each lives with someone and never the same
    /// one; unknown otherwise.
    static func livesTogether(_ ours: [UUID: Bool?], _ theirs: [UUID: Bool?]) -> Bool? {
        let oursHome = Set(ours.filter { $0.value == true }.keys), theirsHome = Set(theirs.filter { $0.value == true }.keys)
        if !oursHome.isDisjoint(with: theirsHome) { return true }
        return oursHome.isEmpty || theirsHome.isEmpty ? nil : false
    }

    /// Bopæl: records whether `child` lives with each person of `livesWith`, each a person already related to the child,
    /// in one transaction. Audited (ids only).
    public func setLivesWith(child: UUID, _ livesWith: [UUID: Bool], by user: UUID, now: Date) async throws {
        let municipality = self.municipality
        try await write { sql in
            for (person, lives) in livesWith.sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
                guard try await sql.select().column("person_id").from("relations").where("child_id", .equal, child)
                    .where("person_id", .equal, person).where("municipality", .equal, municipality).first() != nil else {
                    throw DomainError(.relationMissing, field: "livesWith-\(person.uuidString)")
                }
                try await sql.update("relations").set("lives_with", to: lives)
                    .where("child_id", .equal, child).where("person_id", .equal, person).where("municipality", .equal, municipality).run()
            }
            try await Store.audit(.householdChanged, user: user, child: child, entry: nil, at: now, municipality: municipality, on: sql)
        }
    }

    /// Links `sibling` to `child` as siblings (both ways), or says anew whether they live together. Both must be children of
    /// this municipality, and two different children. Audited on both children (ids only).
    public func linkSibling(child: UUID, sibling: UUID, livesWith: Bool?, by user: UUID, now: Date) async throws {
        let municipality = self.municipality
        try await write { sql in
            guard sibling != child else { throw DomainError(.siblingNotOfChild, field: "cpr") }
            let found = try await sql.select().column("id").from("children").where("id", .in, [child, sibling])
                .where("municipality", .equal, municipality).all()
            guard found.count == 2 else { throw DomainError(.childNotFound, field: "cpr") }
            for (one, other) in [(child, sibling), (sibling, child)] {
                try await sql.delete(from: "sibling_links").where("child_id", .equal, one).where("sibling_id", .equal, other).run()
                try await sql.insert(into: "sibling_links").columns("child_id", "sibling_id", "municipality", "lives_with")
                    .values(SQLBind(one), SQLBind(other), SQLBind(municipality), SQLBind(livesWith)).run()
                try await Store.audit(.householdChanged, user: user, child: one, entry: nil, at: now, municipality: municipality, on: sql)
            }
        }
    }
}
