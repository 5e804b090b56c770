import Foundation
import Crypto
import Vapor

/// A sign-in at the provider that has been started and not yet finished: its `state`, `nonce` and PKCE verifier, kept
/// in the browser's session (so in the database, not in the cookie). It is taken out of the session when the provider
/// sends the browser back, whatever the answer: a state is used once, and a replayed callback finds nothing.
struct OIDCPending: Codable, Sendable, Hashable {
    let state: String
    let nonce: String
    /// PKCE's `code_verifier` (RFC 7636); the provider is sent its S256 challenge.
    let verifier: String
    /// When it was started (UTC milliseconds).
    let startedAt: Int64

    static let sessionKey = "oidc_pending"
    /// The time from leaving for the provider to coming back.
    static let lifetime: TimeInterval = 10 * 60

    /// A new sign-in, each value 256 random bits.
    static func start(now: Date) -> OIDCPending {
        OIDCPending(state: random(), nonce: random(), verifier: random(), startedAt: now.sessionMilliseconds)
    }

    /// `BASE64URL(SHA256(verifier))`.
    var challenge: String { Base64URL.encode(Data(SHA256.hash(data: Data(verifier.utf8)))) }

    /// Keeps the sign-in in `session`, in place of any earlier one.
    func store(in session: inout SessionData) {
        guard let data = try? JSONEncoder().encode(self) else { return }
        session[Self.sessionKey] = String(decoding: data, as: UTF8.self)
    }

    /// The started sign-in whose state the provider sent back, within its lifetime. It is removed from the session
    /// in every case, so a state is answered once.
    static func take(state: String?, from session: inout SessionData, now: Date) -> OIDCPending? {
        let text = session[sessionKey]
        session[sessionKey] = nil
        guard let text, let pending = try? JSONDecoder().decode(OIDCPending.self, from: Data(text.utf8)),
              let state, equal(state, pending.state),
              Double(now.sessionMilliseconds - pending.startedAt) <= lifetime * 1000 else { return nil }
        return pending
    }

    /// Compares in time that does not depend on where the two differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func random() -> String {
        Base64URL.encode(SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) })
    }
}
