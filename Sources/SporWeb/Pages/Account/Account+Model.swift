import Foundation
import SporDomain
import SporStore

/// The user's own account: their personal API tokens, and a new token's secret the one time it is shown.
struct AccountModel: Sendable {
    let tokens: [ApiTokenRecord]
    /// The token just made, shown once and never again.
    let newToken: String?

    static func query(store: Store, user: UserRecord, newToken: String? = nil) async throws -> AccountModel {
        AccountModel(tokens: try await store.apiTokens(user: user.id), newToken: newToken)
    }
}
