import Foundation
import SporDomain
import SporStore

/// What the policy content's versions page shows: every saved version, and the one chosen as it was saved (nothing is
/// deleted, so a replaced policy or an earlier wording reads as it was).
struct PolicyVersionsModel {
    let versions: [PolicyContentVersion]
    /// The version shown, with its content; nil on the list alone.
    let shown: (number: Int, content: PolicyContent)?

    /// The list, and version `number` when given; nil when there is no such version.
    static func query(store: Store, user: UserRecord, now: Date, number: Int?) async throws -> PolicyVersionsModel? {
        let versions = try await store.policyContentHistory()
        guard let number else { return PolicyVersionsModel(versions: versions, shown: nil) }
        guard let content = try await store.policyContent(version: number) else { return nil }
        return PolicyVersionsModel(versions: versions, shown: (number, content))
    }
}
