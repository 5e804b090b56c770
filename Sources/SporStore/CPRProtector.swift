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
        if !FileManager.default.fileExists(atPath: path) {
            guard create else { throw StoreError.configuration("no key file at \(path) (set SPOR_KEY_FILE)") }
            let key = SymmetricKey(size: .bits256)
            let text = key.withUnsafeBytes { Data($0).base64EncodedString() }
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw StoreError.configuration("could not write the key file at \(path)")
            }
        }
        let text = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let bytes = Data(base64Encoded: text), bytes.count == 32 else {
            throw StoreError.configuration("the key file at \(path) does not hold a base64 256-bit key")
        }
        return CPRProtector(masterKey: SymmetricKey(data: bytes))
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
