import Foundation
import SQLKit
import SporDomain

/// The municipality's preparedness plan against abuse, kept as versions like the policy content: each save a new version
/// with who saved it and when; nothing is deleted.
extension Store {
    /// The plan in force (the latest version), nil before one is saved.
    public func preparednessPlan() async throws -> PreparednessPlan? {
        try await document(Self.preparednessPlanKey)
    }

    public func savePreparednessPlan(_ plan: PreparednessPlan, by user: UUID, now: Date) async throws {
        try await saveDocument(Self.preparednessPlanKey, plan, by: user, now: now)
    }

    /// Every saved version, the newest first: its number, the plan, who saved it and when.
    public func preparednessPlanHistory() async throws -> [PreparednessPlanVersion] {
        try await sql.select().column("version").column("value").column("saved_at").column("saved_by").from("configuration_versions")
            .where("municipality", .equal, municipality).where("key", .equal, Self.preparednessPlanKey)
            .orderBy("version", .descending).all()
            .map { row in
                PreparednessPlanVersion(number: try row.decode(column: "version", as: Int.self),
                                        plan: try JSONDecoder().decode(PreparednessPlan.self, from: Data(try row.decode(column: "value", as: String.self).utf8)),
                                        savedAt: Date(epochMilliseconds: try row.decode(column: "saved_at", as: Int64.self)),
                                        savedBy: try row.decode(column: "saved_by", as: UUID.self))
            }
    }

    static let preparednessPlanKey = "preparednessPlan"
}

/// One saved version of the preparedness plan.
public struct PreparednessPlanVersion: Sendable, Hashable {
    public let number: Int
    public let plan: PreparednessPlan
    public let savedAt: Date
    public let savedBy: UUID

    public init(number: Int, plan: PreparednessPlan, savedAt: Date, savedBy: UUID) {
        self.number = number
        self.plan = plan
        self.savedAt = savedAt
        self.savedBy = savedBy
    }
}
