import Foundation
import SporDomain
import SporStore

/// What the tamper check's page shows: how often the server runs it, and its last result (ids only).
struct VerifyModel {
    /// Seconds between checks; nil when the server does not run them.
    let every: Int?
    let last: VerifyResult?

    static func query(verification: ChainVerification, user: UserRecord, now: Date) -> VerifyModel {
        VerifyModel(every: verification.every, last: verification.lastResult)
    }
}
