import Foundation
import SQLKit
import SporDomain
import SporSecurity

/// A staff user's second factor: the TOTP secret and the last step whose code was taken.
public struct TOTPEnrolment: Sendable, Hashable {
    public let user: UUID
    public let totp: TOTP
    public let enabledAt: Date
    public let lastStep: Int64
}

extension Store {
    // MARK: - Failed logins

    /// What is remembered about failed logins for `account` (a keyed hash of a username, made by the caller).
    public func loginThrottle(account: String) async throws -> LoginThrottle.State {
        try await Store.loginThrottle(account: account, lock: false, on: sql) ?? .clean
    }

    /// Counts one more failure for `account` and returns the new state.
    @discardableResult
    public func recordLoginFailure(account: String, now: Date, policy: LoginThrottle.Policy) async throws -> LoginThrottle.State {
        let municipality = self.municipality
        return try await write { sql in
            // The row exists before it is read and locked, so two failures at once both count (PostgreSQL).
            try await sql.insert(into: "login_attempts")
                .columns("account_key", "municipality", "failures", "last_failure_at", "locked_until")
                .values(SQLBind(account), SQLBind(municipality), SQLBind(0), SQLBind(Int64?.none), SQLBind(Int64?.none))
                .ignoringConflicts(with: ["account_key"])
                .run()
            let state = try await Store.loginThrottle(account: account, lock: true, on: sql) ?? .clean
            let next = LoginThrottle.afterFailure(state, now: now, policy: policy)
            try await sql.update("login_attempts")
                .set("failures", to: next.failures)
                .set("last_failure_at", to: next.lastFailureAt?.epochMilliseconds)
                .set("locked_until", to: next.lockedUntil?.epochMilliseconds)
                .where("account_key", .equal, account)
                .run()
            return next
        }
    }

    /// Forgets the failures of `account`: after a login that succeeded.
    public func clearLoginFailures(account: String) async throws {
        try await write { sql in
            try await sql.delete(from: "login_attempts").where("account_key", .equal, account).run()
        }
    }

    /// What is remembered about the failed logins of each of `accounts` that has any.
    public func loginThrottles(accounts: [String]) async throws -> [String: LoginThrottle.State] {
        guard !accounts.isEmpty else { return [:] }
        var states: [String: LoginThrottle.State] = [:]
        for row in try await sql.select().columns("account_key", "failures", "last_failure_at", "locked_until").from("login_attempts")
            .where("account_key", .in, accounts).all() {
            states[try row.decode(column: "account_key", as: String.self)] = try Store.decodeLoginThrottle(row)
        }
        return states
    }

    /// Lifts a lockout: forgets the failures counted against `account`, the keyed hash of `user`'s username, and audits
    /// it for `user` (and for `actor`, the administrator; nil from the command line). False when none were counted.
    @discardableResult
    public func unlockLogin(account: String, user: UUID, by actor: UUID?, now: Date) async throws -> Bool {
        let municipality = self.municipality
        return try await write { sql in
            let forgotten = try await sql.delete(from: "login_attempts").where("account_key", .equal, account).returning("account_key").all()
            guard !forgotten.isEmpty else { return false }
            try await Store.auditAdministration(.loginUnlocked, user: user, by: actor, at: now, municipality: municipality, on: sql)
            return true
        }
    }

    static func loginThrottle(account: String, lock: Bool, on sql: any SQLDatabase) async throws -> LoginThrottle.State? {
        let select = sql.select().columns("failures", "last_failure_at", "locked_until").from("login_attempts")
            .where("account_key", .equal, account)
        if lock && sql.dialect.name == "postgresql" { select.for(.update) }
        return try await select.first().map(decodeLoginThrottle)
    }

    static func decodeLoginThrottle(_ row: any SQLRow) throws -> LoginThrottle.State {
        LoginThrottle.State(
            failures: try row.decode(column: "failures", as: Int.self),
            lastFailureAt: try row.decode(column: "last_failure_at", as: Int64?.self).map(Date.init(epochMilliseconds:)),
            lockedUntil: try row.decode(column: "locked_until", as: Int64?.self).map(Date.init(epochMilliseconds:)))
    }

    // MARK: - TOTP

    public func totpEnrolment(user: UUID) async throws -> TOTPEnrolment? {
        guard let row = try await sql.select().columns("secret", "enabled_at", "last_step").from("user_totp")
            .where("user_id", .equal, user).first() else { return nil }
        let secret = try row.decode(column: "secret", as: String.self)
        guard let totp = TOTP(base32: secret) else { throw StoreError.corrupt("TOTP secret is not base32") }
        return TOTPEnrolment(user: user, totp: totp, enabledAt: Date(epochMilliseconds: try row.decode(column: "enabled_at", as: Int64.self)),
                             lastStep: try row.decode(column: "last_step", as: Int64.self))
    }

    /// Turns on the second factor for `user`, whose code for `step` confirmed the secret.
    public func enableTOTP(user: UUID, totp: TOTP, confirmedStep step: Int64, now: Date) async throws {
        let municipality = self.municipality
        try await write { sql in
            try await sql.insert(into: "user_totp")
                .columns("user_id", "municipality", "secret", "enabled_at", "last_step")
                .values(SQLBind(user), SQLBind(municipality), SQLBind(totp.base32), SQLBind(now.epochMilliseconds), SQLBind(step))
                .onConflict(with: ["user_id"]) {
                    $0.set(excludedValueOf: "secret").set(excludedValueOf: "enabled_at").set(excludedValueOf: "last_step")
                }
                .run()
            try await Store.audit(.totpEnabled, user: user, child: nil, entry: nil, at: now, municipality: municipality, on: sql)
        }
    }

    /// Turns the second factor off (a lost phone); the user enrols again after logging in with the password.
    public func resetTOTP(user: UUID, by actor: UUID?, now: Date) async throws {
        let municipality = self.municipality
        try await write { sql in
            try await sql.delete(from: "user_totp").where("user_id", .equal, user).run()
            try await Store.audit(.totpReset, user: actor ?? user, child: nil, entry: nil, at: now, municipality: municipality, on: sql)
        }
    }

    /// Takes the code of `step` for `user` once: false when that step or a later one was taken already.
    public func claimTOTPStep(user: UUID, step: Int64) async throws -> Bool {
        try await write { sql in
            let rows = try await sql.update("user_totp")
                .set("last_step", to: step)
                .where("user_id", .equal, user)
                .where("last_step", .lessThan, step)
                .returning("user_id")
                .all()
            return !rows.isEmpty
        }
    }
}
