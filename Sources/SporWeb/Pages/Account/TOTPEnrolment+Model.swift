import Foundation
import SporDomain
import SporStore
import SporSecurity

/// Two-step login under *Min konto*: on since a time, or being set up with a key the user types into an app.
struct TOTPEnrolmentModel: Sendable {
    enum State: Sendable {
        /// The key in groups of four, and the `otpauth:` address an app reads.
        case settingUp(key: String, address: String)
        case on(since: Date)
    }

    let state: State

    /// `pending` is the secret being set up (kept in the session until a code confirms it).
    static func query(store: Store, user: UserRecord, pending: @autoclosure () -> SporSecurity.TOTP) async throws -> TOTPEnrolmentModel {
        if let enrolment = try await store.totpEnrolment(user: user.id) { return TOTPEnrolmentModel(state: .on(since: enrolment.enabledAt)) }
        return settingUp(pending(), account: user.username)
    }

    static func settingUp(_ totp: SporSecurity.TOTP, account: String) -> TOTPEnrolmentModel {
        TOTPEnrolmentModel(state: .settingUp(key: grouped(totp.base32), address: totp.uri(issuer: TOTPController.issuer, account: account)))
    }

    /// Groups of four, easier to type.
    static func grouped(_ text: String) -> String {
        stride(from: 0, to: text.count, by: 4).map { start in
            let from = text.index(text.startIndex, offsetBy: start)
            return String(text[from..<(text.index(from, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex)])
        }.joined(separator: " ")
    }
}
