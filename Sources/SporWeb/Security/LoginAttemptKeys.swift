import Crypto
import Foundation
import Vapor

/// The key failed logins are counted under: a keyed hash of the typed username, so the table of
/// attempts does not keep what people typed (sometimes a password in the wrong field).
/// The key derives from the same key file as the CPR keys, so it survives restarts.
struct LoginAttemptKeys: Sendable {
    private let key: SymmetricKey

    init(masterKey: SymmetricKey) {
        key = HKDF<SHA256>.deriveKey(inputKeyMaterial: masterKey, info: Data("spor-login-attempts".utf8), outputByteCount: 32)
    }

    /// Reads the key file that `CPRProtector.load` has made sure exists.
    init(keyFile path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let bytes = Data(base64Encoded: text), bytes.count == 32 else { throw Abort(.internalServerError) }
        self.init(masterKey: SymmetricKey(data: bytes))
    }

    func account(_ username: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(username.utf8), using: key)
        return Data(mac).hexString
    }
}

extension Application {
    private struct LoginAttemptKeysKey: StorageKey { typealias Value = LoginAttemptKeys }

    var loginAttemptKeys: LoginAttemptKeys {
        get { storage[LoginAttemptKeysKey.self]! }
        set { storage[LoginAttemptKeysKey.self] = newValue }
    }
}

extension Request {
    /// The key the failed logins of `username` are counted under.
    func loginAccount(_ username: String) -> String { application.loginAttemptKeys.account(username) }
}
