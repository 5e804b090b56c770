import Crypto
import Foundation
import SQLKit

extension CPRProtector {
    /// Writes a new random master key to `path` (mode 0600), keeping the old file as `path.old`.
    static func writeNewKey(to path: String) throws -> CPRProtector {
        let key = SymmetricKey(size: .bits256)
        let text = key.withUnsafeBytes { Data($0).base64EncodedString() }
        let manager = FileManager.default
        if manager.fileExists(atPath: path + ".old") { try manager.removeItem(atPath: path + ".old") }
        if manager.fileExists(atPath: path) { try manager.moveItem(atPath: path, toPath: path + ".old") }
        guard manager.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.configuration("could not write the key file at \(path)")
        }
        return CPRProtector(masterKey: key)
    }
}

extension Store {
    /// Re-seals every CPR number and recomputes its look-up hash under a new key, in one transaction.
    /// The new key is written first (the old kept as `.old`), so a failed transaction can be retried with it.
    public func rotateKey(keyFile: String) async throws -> Int {
        let old = protector
        let new = try CPRProtector.writeNewKey(to: keyFile)
        return try await write { sql in
            let rows = try await sql.select().columns("id", "cpr_sealed").from("children").all()
            for row in rows {
                let sealed = try row.decode(column: "cpr_sealed", as: String.self)
                // An expected child has no CPR number yet.
                guard !sealed.isEmpty else { continue }
                let cpr = try old.open(sealed)
                try await sql.update("children")
                    .set("cpr_sealed", to: try new.seal(cpr))
                    .set("cpr_hash", to: new.lookupHash(cpr))
                    .where("id", .equal, try row.decode(column: "id", as: UUID.self))
                    .run()
            }
            return rows.count
        }
    }
}
