import Foundation
import SQLKit
import SporDomain

extension Store {
    /// The child's siblings in Spor: other children who share a parent with the child (a mother, father, parent or
    /// step-parent in `relations`), each as a list row with its own case status. Whether the reader may see a sibling
    /// is the caller's access check (`Access.grounds`), as for any list.
    public func siblings(of child: UUID) async throws -> [ChildListItem] {
        let parentKinds: [Relation.Kind] = [.mother, .father, .parent, .stepParent]
        let parents = try await sql.select().column("person_id").from("relations")
            .where("child_id", .equal, child).where("municipality", .equal, municipality)
            .where("kind", .in, parentKinds.map(\.rawValue))
            .all().map { try $0.decode(column: "person_id", as: UUID.self) }
        guard !parents.isEmpty else { return [] }
        let siblings = Set(try await sql.select().column("child_id").from("relations")
            .where("person_id", .in, parents).where("child_id", .notEqual, child).where("municipality", .equal, municipality)
            .where("kind", .in, parentKinds.map(\.rawValue))
            .all().map { try $0.decode(column: "child_id", as: UUID.self) })
        guard !siblings.isEmpty else { return [] }
        return try await listQuery().where(SQLColumn("id", table: "c"), .in, SQLBind.group(Array(siblings)))
            .orderBy(SQLColumn("birth_date", table: "c")).all().map(Store.decodeListItem)
    }
}
