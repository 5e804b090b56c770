import Foundation
import SQLKit
import SporDomain

extension Store {
    static func letterTemplateKey(_ kind: LetterKind) -> String { "letterTemplate.\(kind.rawValue)" }

    /// The newest saved version of the letter template of `kind` (its JSON, as `SporDocuments.LetterTemplate` writes it)
    /// and its version number; nil while only the default is in force. Kept in `configuration_versions` like the offers
    /// catalogue: every save is a new version, earlier ones stay.
    public func letterTemplate(_ kind: LetterKind) async throws -> (version: Int, json: String)? {
        let municipality = self.municipality
        guard let row = try await sql.select().column("value").column("version").from("configuration_versions")
            .where("municipality", .equal, municipality).where("key", .equal, Store.letterTemplateKey(kind))
            .orderBy("version", .descending).limit(1).first() else { return nil }
        return (try row.decode(column: "version", as: Int.self), try row.decode(column: "value", as: String.self))
    }

    /// Saves a new version of the letter template of `kind`; earlier versions stay.
    public func saveLetterTemplate(_ kind: LetterKind, json: String, by user: UUID, now: Date) async throws {
        try await saveConfiguration(key: Store.letterTemplateKey(kind), value: json, by: user, now: now)
    }
}
