import Foundation
import SQLKit
import SporDomain

extension Store {
    /// The concern scale in force: the newest saved version, or the default.
    public func concernScale() async throws -> ConcernScale {
        guard let json = try await configuration(key: "concernScale") else { return .standard }
        return try JSONDecoder().decode(ConcernScale.self, from: Data(json.utf8))
    }

    /// Saves a new version of the concern scale; earlier versions stay.
    public func saveConcernScale(_ scale: ConcernScale, by user: UUID, now: Date) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try await saveConfiguration(key: "concernScale", value: String(decoding: try encoder.encode(scale), as: UTF8.self), by: user, now: now)
    }

    /// The offers catalogue (tilbudsvifte) in force: the newest saved version, or the default from the seeds.
    public func offerCatalogue() async throws -> OfferCatalogue {
        try await Store.offerCatalogue(municipality: municipality, on: sql)
    }

    static func offerCatalogue(municipality: Int, on sql: any SQLDatabase) async throws -> OfferCatalogue {
        guard let json = try await configuration(key: "offerCatalogue", municipality: municipality, on: sql) else { return .standard }
        return try JSONDecoder().decode(OfferCatalogue.self, from: Data(json.utf8))
    }

    /// Saves a new version of the offers catalogue; earlier versions stay.
    public func saveOfferCatalogue(_ catalogue: OfferCatalogue, by user: UUID, now: Date) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try await saveConfiguration(key: "offerCatalogue", value: String(decoding: try encoder.encode(catalogue), as: UTF8.self), by: user, now: now)
    }

    /// How many versions of a configuration have been saved.
    public func configurationVersions(key: String) async throws -> Int {
        try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("configuration_versions")
            .where("municipality", .equal, municipality).where("key", .equal, key)
            .first()?.decode(column: "n", as: Int.self) ?? 0
    }

    func configuration(key: String) async throws -> String? {
        try await Store.configuration(key: key, municipality: municipality, on: sql)
    }

    static func configuration(key: String, municipality: Int, on sql: any SQLDatabase) async throws -> String? {
        try await sql.select().column("value").from("configuration_versions")
            .where("municipality", .equal, municipality).where("key", .equal, key)
            .orderBy("version", .descending).limit(1)
            .first()?.decode(column: "value", as: String.self)
    }

    func saveConfiguration(key: String, value: String, by user: UUID, now: Date) async throws {
        let municipality = self.municipality
        try await write { sql in
            // Numbered in the write transaction, so two saves in one millisecond keep their order.
            let latest = try await sql.select().column(SQLFunction("MAX", args: SQLColumn("version")), as: "v").from("configuration_versions")
                .where("municipality", .equal, municipality).where("key", .equal, key)
                .first()?.decode(column: "v", as: Int?.self) ?? nil
            try await sql.insert(into: "configuration_versions")
                .columns("id", "municipality", "key", "version", "value", "saved_at", "saved_by")
                .values(SQLBind(UUID()), SQLBind(municipality), SQLBind(key), SQLBind((latest ?? 0) + 1), SQLBind(value),
                        SQLBind(now.epochMilliseconds), SQLBind(user))
                .run()
            try await Store.audit(.saveConfiguration, user: user, child: nil, entry: nil, at: now, municipality: municipality, on: sql)
        }
    }
}
