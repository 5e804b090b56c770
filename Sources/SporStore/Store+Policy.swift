import Foundation
import SQLKit
import SporDomain

/// The policy tracker's documents, each kept as versions (the newest in force): the policy content with its
/// initiatives and their status updates, the half-yearly follow-up rounds, and each year's status report.
extension Store {
    public func policyContent() async throws -> PolicyContent {
        try await document("policyContent") ?? .standard
    }

    public func savePolicyContent(_ content: PolicyContent, by user: UUID, now: Date) async throws {
        try await saveDocument("policyContent", content, by: user, now: now)
    }

    /// How many versions of the policy content have been saved (0: the seeds' content is in force).
    public func policyContentVersions() async throws -> Int {
        try await configurationVersions(key: "policyContent")
    }

    /// Every saved version of the policy content, the first first: its number and when it was saved.
    public func policyContentHistory() async throws -> [PolicyContentVersion] {
        try await sql.select().column("version").column("saved_at").from("configuration_versions")
            .where("municipality", .equal, municipality).where("key", .equal, "policyContent")
            .orderBy("version", .ascending).all()
            .map { PolicyContentVersion(number: try $0.decode(column: "version", as: Int.self),
                                        savedAt: Date(epochMilliseconds: try $0.decode(column: "saved_at", as: Int64.self))) }
    }

    /// A saved version of the policy content, 1 the first; nil when there is no such version. Every earlier version
    /// stays readable after a new one is saved.
    public func policyContent(version: Int) async throws -> PolicyContent? {
        guard let json = try await sql.select().column("value").from("configuration_versions")
            .where("municipality", .equal, municipality).where("key", .equal, "policyContent").where("version", .equal, version)
            .first()?.decode(column: "value", as: String.self) else { return nil }
        return try JSONDecoder().decode(PolicyContent.self, from: Data(json.utf8))
    }

    /// The rounds as saved. One that no longer reads (a year saved before years were checked) is left out rather
    /// than closing the rounds, the initiatives and every status update to everyone.
    public func followUpRounds() async throws -> [FollowUpRound] {
        let rounds: [Readable<FollowUpRound>] = try await document("followUpRounds") ?? []
        return rounds.compactMap(\.value)
    }

    public func saveFollowUpRounds(_ rounds: [FollowUpRound], by user: UUID, now: Date) async throws {
        try await saveDocument("followUpRounds", rounds, by: user, now: now)
    }

    /// Who was reminded of a follow-up round, and when.
    public func followUpReminders() async throws -> [FollowUpReminder] {
        let reminders: [Readable<FollowUpReminder>] = try await document("followUpReminders") ?? []
        return reminders.compactMap(\.value)
    }

    public func saveFollowUpReminders(_ reminders: [FollowUpReminder], by user: UUID, now: Date) async throws {
        try await saveDocument("followUpReminders", reminders, by: user, now: now)
    }

    public func statusReport(year: Int) async throws -> StatusReport? {
        try await document("statusReport-\(year)")
    }

    public func saveStatusReport(_ report: StatusReport, by user: UUID, now: Date) async throws {
        try await saveDocument("statusReport-\(report.year)", report, by: user, now: now)
    }

    func document<T: Decodable>(_ key: String) async throws -> T? {
        guard let json = try await configuration(key: key) else { return nil }
        return try JSONDecoder().decode(T.self, from: Data(json.utf8))
    }

    func saveDocument<T: Encodable>(_ key: String, _ value: T, by user: UUID, now: Date) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try await saveConfiguration(key: key, value: String(decoding: try encoder.encode(value), as: UTF8.self), by: user, now: now)
    }
}

/// One saved version of the policy content.
public struct PolicyContentVersion: Sendable, Hashable {
    public let number: Int
    public let savedAt: Date

    public init(number: Int, savedAt: Date) {
        self.number = number
        self.savedAt = savedAt
    }
}

/// A reminder sent to an initiative's owner in a follow-up round.
public struct FollowUpReminder: Sendable, Hashable, Codable {
    public let round: FollowUpRoundID
    public let initiative: InitiativeID
    public let on: LocalDate

    public init(round: FollowUpRoundID, initiative: InitiativeID, on: LocalDate) {
        self.round = round
        self.initiative = initiative
        self.on = on
    }
}

/// An element of a saved list that may no longer read: its value, or nil.
struct Readable<Value: Decodable>: Decodable {
    let value: Value?

    init(from decoder: any Decoder) throws {
        value = try? Value(from: decoder)
    }
}
