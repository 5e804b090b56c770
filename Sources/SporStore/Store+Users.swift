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

    // MARK: - API tokens

    /// Creates a personal API token and returns it; only its hash is kept.
    public func createApiToken(user: UUID, name: String, now: Date) async throws -> String {
        let token = "spor_" + SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let municipality = self.municipality
        try await write { sql in
            try await sql.insert(into: "api_tokens").columns("id", "municipality", "user_id", "name", "token_hash", "created_at")
                .values(SQLBind(UUID()), SQLBind(municipality), SQLBind(user), SQLBind(name), SQLBind(Store.tokenHash(token)),
                        SQLBind(now.epochMilliseconds))
                .run()
            try await Store.audit(.createApiToken, user: user, child: nil, entry: nil, at: now, municipality: municipality, on: sql)
        }
        return token
    }

    public func user(apiToken token: String) async throws -> UserRecord? {
        guard let row = try await sql.select().column("user_id").from("api_tokens")
            .where("token_hash", .equal, Store.tokenHash(token)).first() else { return nil }
        return try await user(id: try row.decode(column: "user_id", as: UUID.self))
    }

    public func apiTokens(user: UUID) async throws -> [(name: String, createdAt: Date)] {
        try await sql.select().columns("name", "created_at").from("api_tokens").where("user_id", .equal, user)
            .orderBy("created_at").all().map {
                (try $0.decode(column: "name", as: String.self), Date(epochMilliseconds: try $0.decode(column: "created_at", as: Int64.self)))
            }
    }

    static func tokenHash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).hexString
    }

    // MARK: - Rows

    static let userColumns = ["id", "municipality", "username", "display_name", "role", "team_id", "password_hash", "language"]

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
            language: try row.decode(column: "language", as: String.self)
        )
    }
}
