import Foundation
import SporDomain
import SporStore

/// Registering a child: the districts a child can be registered in, and a CPR number the search brought along.
struct RegistrationModel {
    let districts: [String]
    /// The CPR number the form starts with (from a search that found no one).
    let cpr: String

    static func query(store: Store, user _: UserRecord, now _: Date, cpr: String = "") async throws -> RegistrationModel {
        RegistrationModel(districts: try await districts(store), cpr: cpr)
    }

    /// The districts of the municipality's teams.
    static func districts(_ store: Store) async throws -> [String] {
        Array(Set(try await store.teams().map(\.district))).sorted()
    }
}
