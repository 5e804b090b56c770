import Foundation
import Crypto
import SporDomain

/// Keeps CPR numbers out of the database in clear: sealed with AES-GCM for reading back,
/// and an HMAC-SHA256 keyed hash for exact look-up. Both keys derive from one master key.
public struct CPRProtector: Sendable {
    private let sealingKey: SymmetricKey
    private let lookupKey: SymmetricKey

    public init(masterKey: SymmetricKey) {
        sealingKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: masterKey, info: Data("spor-cpr-seal".utf8), outputByteCount: 32)
        lookupKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: masterKey, info: Data("spor-cpr-lookup".utf8), outputByteCount: 32)
    }

    /// Reads the master key (base64 of 32 bytes) from `path`, creating the file when `create` is set and it is missing.
    public static func load(keyFile path: String, createIfMissing create: Bool) throws -> CPRProtector {
        CPRProtector(masterKey: try MasterKey.load(keyFile: path, createIfMissing: create))
    }

    public func lookupHash(_ cpr: CPR) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(cpr.digits.utf8), using: lookupKey)
        return Data(mac).hexString
    }

    public func seal(_ cpr: CPR) throws -> String {
        try AES.GCM.seal(Data(cpr.digits.utf8), using: sealingKey).combined!.base64EncodedString()
    }

    public func open(_ sealed: String) throws -> CPR {
        guard let data = Data(base64Encoded: sealed) else { throw StoreError.corrupt("sealed CPR is not base64") }
        let plain = try AES.GCM.open(AES.GCM.SealedBox(combined: data), using: sealingKey)
        return try CPR(String(decoding: plain, as: UTF8.self))
    }
}
