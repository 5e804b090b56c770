import Crypto
import Foundation

/// The files of the journal (finalised letters, attachments), sealed at rest with AES-GCM under a key derived from the
/// master key that protects CPR numbers (`SPOR_KEY_FILE`), and addressed by the SHA-256 of their content: the journal
/// entry holds the hash, the folder holds `<first two hex digits>/<hash>.sealed`. A file put twice is stored once. Reading
/// one back checks its hash, so a changed file on disk is found, not served.
public struct SealedFiles: Sendable {
    public let directory: String
    private let key: SymmetricKey

    public init(directory: String, masterKey: SymmetricKey) {
        self.directory = directory
        key = HKDF<SHA256>.deriveKey(inputKeyMaterial: masterKey, info: Data("spor-file-seal".utf8), outputByteCount: 32)
    }

    /// The files folder with the master key read from `keyFile` (made when missing, as for CPR numbers).
    public static func load(directory: String, keyFile: String) throws -> SealedFiles {
        SealedFiles(directory: directory, masterKey: try MasterKey.load(keyFile: keyFile, createIfMissing: true))
    }

    /// Lower-case hex SHA-256 of `data`.
    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// Seals and stores `data`; answers its SHA-256. Written to a temporary file first and moved into place, 0600.
    @discardableResult
    public func put(_ data: Data) throws -> String {
        let hash = SealedFiles.sha256(data)
        let path = self.path(hash)
        let manager = FileManager.default
        if manager.fileExists(atPath: path) { return hash }
        let folder = (path as NSString).deletingLastPathComponent
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        guard let sealed = try AES.GCM.seal(data, using: key).combined else { throw StoreError.corrupt("a file could not be sealed") }
        let temporary = folder + "/.\(hash).\(UUID().uuidString)"
        guard manager.createFile(atPath: temporary, contents: sealed, attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.configuration("could not write to the files folder \(directory)")
        }
        do {
            try manager.moveItem(atPath: temporary, toPath: path)
        } catch {
            try? manager.removeItem(atPath: temporary)
            // Another request stored the same content meanwhile.
            guard manager.fileExists(atPath: path) else { throw error }
        }
        return hash
    }

    /// The content whose SHA-256 is `hash`; throws when it is missing, cannot be opened or does not hash to `hash`.
    public func get(_ hash: String) throws -> Data {
        guard SealedFiles.isHash(hash) else { throw StoreError.corrupt("not a file hash") }
        guard let sealed = FileManager.default.contents(atPath: path(hash)) else { throw StoreError.corrupt("file \(hash) is missing") }
        let data = try AES.GCM.open(AES.GCM.SealedBox(combined: sealed), using: key)
        guard SealedFiles.sha256(data) == hash else { throw StoreError.corrupt("file \(hash) does not match its hash") }
        return data
    }

    public func contains(_ hash: String) -> Bool {
        SealedFiles.isHash(hash) && FileManager.default.fileExists(atPath: path(hash))
    }

    static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    func path(_ hash: String) -> String {
        "\(directory)/\(hash.prefix(2))/\(hash).sealed"
    }
}

/// The master key file (base64 of 32 bytes, `SPOR_KEY_FILE`) that CPR numbers and files are sealed under.
public enum MasterKey {
    public static func load(keyFile path: String, createIfMissing create: Bool) throws -> SymmetricKey {
        try KeyFile.read(path, createIfMissing: create, variable: "SPOR_KEY_FILE")
    }
}
