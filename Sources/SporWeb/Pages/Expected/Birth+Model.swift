import Foundation
import Vapor
import SporDomain
import SporStore

/// "Barnet er født": the expected child, and the family name its parents offer.
struct BirthModel {
    let child: Child
    /// The expectant parents, by name.
    let parents: [Person]

    /// The family name the form offers: the mother's, else the first parent's.
    var suggestedFamilyName: String {
        parents.first { !$0.familyName.isEmpty }?.familyName ?? child.familyName
    }

    /// The expected child `id` the user may manage; someone else's, one already born, or none is not found alike.
    static func query(store: Store, user: UserRecord, now: Date, childID: UUID) async throws -> BirthModel {
        let child = try await MeetingModel.managedChild(store: store, user: user, id: childID, now: now)
        guard child.isExpected else { throw Abort(.notFound) }
        let relations = try await store.relations(child: childID)
        let parents = relations.sorted { ($0.relation.kind == .mother ? 0 : 1) < ($1.relation.kind == .mother ? 0 : 1) }.map(\.person)
        return BirthModel(child: child, parents: parents)
    }
}
