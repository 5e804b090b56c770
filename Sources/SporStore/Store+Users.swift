import Foundation
import Crypto
import SQLKit
import SporDomain

extension Store {
    public func addTeam(_ team: TeamRecord) async throws {
        try await write { sql in
            try await sql.insert(into: "teams").columns("id", "municipality", "name", "district")
                .values(SQLBind(team.id), SQLBind(team.municipality), SQLBind(team.name), SQLBind(team.district)).run()
        }
    }

    public func teams() async throws -> [TeamRecord] {
        try await sql.select().columns("id", "municipality", "name", "district").from("teams")
            .where("municipality", .equal, municipality).orderBy("name").all().map { row in
                TeamRecord(id: try row.decode(column: "id", as: UUID.self), municipality: try row.decode(column: "municipality", as: Int.self),
                           name: try row.decode(column: "name", as: String.self), district: try row.decode(column: "district", as: String.self))
            }
    }

    /// Adds a user; the caller hashes the password.
    public func addUser(_ user: UserRecord, now: Date) async throws {
        try await write { sql in
            if try await Store.user(username: user.username, on: sql) != nil {
                throw DomainError(.usernameTaken, field: "username")
            }
            try await sql.insert(into: "users")
                .columns("id", "municipality", "username", "display_name", "role", "team_id", "password_hash", "language", "created_at")
                .values(SQLBind(user.id), SQLBind(user.municipality), SQLBind(user.username), SQLBind(user.displayName),
                        SQLBind(user.role.rawValue), SQLBind(user.team), SQLBind(user.passwordHash), SQLBind(user.language),
                        SQLBind(now.epochMilliseconds))
                .run()
        }
    }

    public func user(id: UUID) async throws -> UserRecord? { try await Store.user(id: id, on: sql) }

    public func user(username: String) async throws -> UserRecord? { try await Store.user(username: username, on: sql) }

    /// Staff in the municipality, optionally of some roles, by name.
    public func users(roles: Set<Role>? = nil) async throws -> [UserRecord] {
        let select = sql.select().columns(Store.userColumns).from("users").where("municipality", .equal, municipality)
        if let roles { select.where("role", .in, roles.map(\.rawValue)) }
        return try await select.orderBy("display_name").all().map(Store.decodeUser)
    }

    public func setLanguage(_ language: String, user: UUID) async throws {
        try await write { sql in
            try await sql.update("users").set("language", to: language).where("id", .equal, user).run()
        }
    }

    // MARK: - Deactivation

    /// Deactivates `user`: from now on their login is refused, their sessions end at their next request and every
    /// token of theirs is revoked. `actor` is the administrator (nil from the command line), who cannot be `user`.
    /// False when the user was deactivated already (nothing is written).
    @discardableResult
    public func deactivateUser(_ user: UUID, by actor: UUID?, now: Date) async throws -> Bool {
        guard user != actor else { throw UserAdministrationError.ownAccount }
        let municipality = self.municipality
        return try await write { sql in
            guard let record = try await Store.user(id: user, on: sql), record.municipality == municipality else {
                throw UserAdministrationError.unknownUser
            }
            guard record.isActive else { return false }
            try await sql.update("users").set("deactivated_at", to: SQLBind(now.epochMilliseconds)).where("id", .equal, user).run()
            try await sql.update("api_tokens").set("revoked_at", to: SQLBind(now.epochMilliseconds))
                .where("user_id", .equal, user).where("revoked_at", .is, SQLLiteral.null).run()
            try await Store.auditAdministration(.userDeactivated, user: user, by: actor, at: now, municipality: municipality, on: sql)
            return true
        }
    }

    /// Lets a deactivated `user` log in again. Their revoked tokens stay revoked. False when they were active.
    @discardableResult
    public func reactivateUser(_ user: UUID, by actor: UUID?, now: Date) async throws -> Bool {
        let municipality = self.municipality
        return try await write { sql in
            guard let record = try await Store.user(id: user, on: sql), record.municipality == municipality else {
                throw UserAdministrationError.unknownUser
            }
            guard !record.isActive else { return false }
            try await sql.update("users").set("deactivated_at", to: SQLLiteral.null).where("id", .equal, user).run()
            try await Store.auditAdministration(.userReactivated, user: user, by: actor, at: now, municipality: municipality, on: sql)
            return true
        }
    }

    /// The account's row, and the administrator's when there is one: the audit row has one user.
    static func auditAdministration(_ action: AuditAction, user: UUID, by actor: UUID?, at now: Date, municipality: Int,
                                    on sql: any SQLDatabase) async throws {
        try await Store.audit(action, user: user, child: nil, entry: nil, at: now, municipality: municipality, on: sql)
        if let actor {
            try await Store.audit(.administerUser, user: actor, child: nil, entry: nil, at: now, municipality: municipality, on: sql)
        }
    }

    // MARK: - API tokens

    /// Creates a personal API token that works until `lifetime` has passed, and returns it; only its hash is kept.
    public func createApiToken(user: UUID, name: String, lifetime: ApiTokenLifetime = .standard, now: Date) async throws -> String {
        let token = "spor_" + SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let municipality = self.municipality
        try await write { sql in
            try await sql.insert(into: "api_tokens")
                .columns("id", "municipality", "user_id", "name", "token_hash", "created_at", "expires_at")
                .values(SQLBind(UUID()), SQLBind(municipality), SQLBind(user), SQLBind(name), SQLBind(Store.tokenHash(token)),
                        SQLBind(now.epochMilliseconds), SQLBind(now.addingTimeInterval(lifetime.duration).epochMilliseconds))
                .run()
            try await Store.audit(.createApiToken, user: user, child: nil, entry: nil, at: now, municipality: municipality, on: sql)
        }
        return token
    }

    /// The active user behind a token that has neither expired nor been revoked at `now`; nil for any other.
    /// Notes the use, at most once a minute per token.
    public func user(apiToken token: String, now: Date) async throws -> UserRecord? {
        guard let row = try await sql.select().columns("id", "user_id", "expires_at", "revoked_at", "last_used_at").from("api_tokens")
            .where("token_hash", .equal, Store.tokenHash(token)).first(),
              try row.decode(column: "revoked_at", as: Int64?.self) == nil,
              let expiresAt = try row.decode(column: "expires_at", as: Int64?.self), expiresAt > now.epochMilliseconds,
              let user = try await user(id: try row.decode(column: "user_id", as: UUID.self)), user.isActive else { return nil }
        let lastUsed = try row.decode(column: "last_used_at", as: Int64?.self)
        if lastUsed.map({ now.epochMilliseconds - $0 >= 60_000 }) ?? true {
            let id = try row.decode(column: "id", as: UUID.self)
            try await write { sql in
                try await sql.update("api_tokens").set("last_used_at", to: SQLBind(now.epochMilliseconds)).where("id", .equal, id).run()
            }
        }
        return user
    }

    /// The user's tokens, newest first, whether they work or not.
    public func apiTokens(user: UUID) async throws -> [ApiTokenRecord] {
        try await sql.select().columns("id", "name", "created_at", "expires_at", "revoked_at", "last_used_at").from("api_tokens")
            .where("user_id", .equal, user)
            .orderBy("created_at", .descending).all().map { row in
                let instant = { (column: String) in try row.decode(column: column, as: Int64?.self).map(Date.init(epochMilliseconds:)) }
                return ApiTokenRecord(id: try row.decode(column: "id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
                                      createdAt: Date(epochMilliseconds: try row.decode(column: "created_at", as: Int64.self)),
                                      expiresAt: try instant("expires_at"), revokedAt: try instant("revoked_at"),
                                      lastUsedAt: try instant("last_used_at"))
            }
    }

    /// Revokes one of `user`'s own tokens. False when they have no such token, or it was revoked already.
    @discardableResult
    public func revokeApiToken(_ token: UUID, user: UUID, now: Date) async throws -> Bool {
        let municipality = self.municipality
        return try await write { sql in
            let revoked = try await sql.update("api_tokens").set("revoked_at", to: SQLBind(now.epochMilliseconds))
                .where("id", .equal, token).where("user_id", .equal, user).where("revoked_at", .is, SQLLiteral.null)
                .returning("id").all()
            guard !revoked.isEmpty else { return false }
            try await Store.audit(.revokeApiToken, user: user, child: nil, entry: nil, at: now, municipality: municipality, on: sql)
            return true
        }
    }

    static func tokenHash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).hexString
    }

    // MARK: - Rows

    static let userColumns = ["id", "municipality", "username", "display_name", "role", "team_id", "password_hash", "language", "deactivated_at",
                              "external_id"]

    static func user(id: UUID, on sql: any SQLDatabase) async throws -> UserRecord? {
        try await sql.select().columns(userColumns).from("users").where("id", .equal, id).first().map(decodeUser)
    }

    static func user(username: String, on sql: any SQLDatabase) async throws -> UserRecord? {
        try await sql.select().columns(userColumns).from("users").where("username", .equal, username).first().map(decodeUser)
    }

    static func decodeUser(_ row: any SQLRow) throws -> UserRecord {
        let roleText = try row.decode(column: "role", as: String.self)
        guard let role = Role(rawValue: roleText) else { throw StoreError.corrupt("unknown role \(roleText)") }
        return UserRecord(
            id: try row.decode(column: "id", as: UUID.self),
            municipality: try row.decode(column: "municipality", as: Int.self),
            username: try row.decode(column: "username", as: String.self),
            displayName: try row.decode(column: "display_name", as: String.self),
            role: role,
            team: try row.decode(column: "team_id", as: UUID?.self),
            passwordHash: try row.decode(column: "password_hash", as: String.self),
            language: try row.decode(column: "language", as: String.self),
            deactivatedAt: try row.decode(column: "deactivated_at", as: Int64?.self).map(Date.init(epochMilliseconds:)),
            externalID: try row.decode(column: "external_id", as: String?.self)
        )
    }
}

/// Why an administrator's action on a user was not done.
public enum UserAdministrationError: Error, Sendable, Hashable {
    case unknownUser
    /// An administrator cannot deactivate themselves (and so lock the municipality out of its own administration).
    case ownAccount
}
