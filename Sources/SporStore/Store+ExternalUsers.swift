import Foundation
import Crypto
import SQLKit
import SporDomain

/// Staff who sign in through the municipality's OpenID provider (issue 25, item 1). The provider says who they are
/// (`sub`, kept as `external_id`), their role and their team; Spor keeps a user for them, made at the first sign-in
/// and brought up to date at every later one. They have no password in Spor.
extension Store {
    /// What the provider said of a user at a verified sign-in.
    public struct ExternalSignIn: Sendable, Hashable {
        public var externalID: String
        /// A username to offer a new user (the provider's `preferred_username`); another is made when it is taken.
        public var preferredUsername: String?
        public var displayName: String
        public var role: Role
        public var team: UUID?

        public init(externalID: String, preferredUsername: String?, displayName: String, role: Role, team: UUID?) {
            self.externalID = externalID
            self.preferredUsername = preferredUsername
            self.displayName = displayName
            self.role = role
            self.team = team
        }
    }

    /// The password hash of a user who signs in at the provider: no password verifies against it (it is not a hash).
    public static let noLocalPassword = "!external"

    public func user(externalID: String) async throws -> UserRecord? {
        try await sql.select().columns(Store.userColumns).from("users")
            .where("external_id", .equal, externalID).where("municipality", .equal, municipality).first().map(Store.decodeUser)
    }

    /// The user the provider vouched for: made at the first sign-in, their name, role and team brought up to date at
    /// every later one. A deactivated user stays deactivated (`nil`): only an administrator lets them in again.
    /// Never takes over a user with a password kept in Spor, whatever the provider calls them.
    public func signInExternalUser(_ signIn: ExternalSignIn, now: Date) async throws -> UserRecord? {
        let municipality = self.municipality
        return try await write { sql in
            if let existing = try await sql.select().columns(Store.userColumns).from("users")
                .where("external_id", .equal, signIn.externalID).where("municipality", .equal, municipality).first().map(Store.decodeUser) {
                guard existing.isActive else { return nil }
                if existing.displayName != signIn.displayName || existing.role != signIn.role || existing.team != signIn.team {
                    try await sql.update("users").set("display_name", to: SQLBind(signIn.displayName))
                        .set("role", to: SQLBind(signIn.role.rawValue)).set("team_id", to: SQLBind(signIn.team))
                        .where("id", .equal, existing.id).run()
                }
                return try await Store.user(id: existing.id, on: sql)
            }
            var username = signIn.preferredUsername.map(Store.cleanUsername) ?? ""
            let taken = username.isEmpty ? true : try await Store.user(username: username, on: sql) != nil
            if taken { username = Store.externalUsername(signIn.externalID) }
            let user = UserRecord(id: UUID(), municipality: municipality, username: username, displayName: signIn.displayName,
                                  role: signIn.role, team: signIn.team, passwordHash: Store.noLocalPassword, language: "da",
                                  externalID: signIn.externalID)
            try await sql.insert(into: "users")
                .columns("id", "municipality", "username", "display_name", "role", "team_id", "password_hash", "language", "created_at",
                         "external_id")
                .values(SQLBind(user.id), SQLBind(user.municipality), SQLBind(user.username), SQLBind(user.displayName),
                        SQLBind(user.role.rawValue), SQLBind(user.team), SQLBind(user.passwordHash), SQLBind(user.language),
                        SQLBind(now.epochMilliseconds), SQLBind(signIn.externalID))
                .run()
            return user
        }
    }

    /// A username made of letters, digits, `.`, `-`, `_` and `@` only, at most 64 characters.
    static func cleanUsername(_ text: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789.-_@")
        return String(text.lowercased().filter { allowed.contains($0) }.prefix(64))
    }

    /// A username no password user can have: `oidc-` and the start of the SHA-256 of the provider's `sub`.
    static func externalUsername(_ externalID: String) -> String {
        "oidc-" + String(SHA256.hash(data: Data(externalID.utf8)).hexString.prefix(16))
    }
}
