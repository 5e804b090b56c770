import Foundation
import SporDomain
import SporStore

/// Registering an expected child: the districts it can be registered in.
struct ExpectedRegistrationModel {
    let districts: [String]

    static func query(store: Store, user _: UserRecord, now _: Date) async throws -> ExpectedRegistrationModel {
        ExpectedRegistrationModel(districts: try await RegistrationModel.districts(store))
    }
}
