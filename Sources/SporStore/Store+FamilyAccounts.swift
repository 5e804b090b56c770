import Crypto
import Foundation
import SQLKit
import SporDomain

/// A child's or a parent's account in the family's portal (issue 8).
public struct FamilyAccountRecord: Sendable, Hashable {
    public let id: UUID
    public let child: UUID
    public let reader: FamilyReader
    /// Chosen at activation.
    public let username: String?
    public let passwordHash: String?
    public let codeExpiresAt: Date?
    public let activatedAt: Date?
    public let createdBy: UUID
    public let createdAt: Date
    public let revokedAt: Date?
    /// The municipality the account's child is registered in: the portal is scoped to it once signed in. (Read from
    /// the row; the default serves records made by hand in tests.)
    public var municipality: Int = Municipality.norddjurs.code

    public var isActive: Bool { activatedAt != nil && revokedAt == nil && passwordHash != nil }
}

/// Views a child or a parent sent through the portal: what the caseworker's worklist points to.
public struct PortalMessage: Sendable, Hashable {
    public let child: UUID
    public let childName: String
    public let entry: UUID
    public let recordedAt: Date
    public let who: OwnViews.Who
}

/// A fresh one-time activation code, shown once to the caseworker who hands it over.
public struct ActivationCode: Sendable, Hashable {
    public let account: UUID
    /// Grouped for reading aloud, e.g. "K7QD-M2XA-94RT".
    public let code: String
    public let expiresAt: Date
}

extension Store {
    /// How long an activation code can be used.
    public static let activationCodeLifetime: TimeInterval = 14 * 24 * 3600

    /// Makes an account for `reader` of `child` and its first activation code. A child account needs the child to be
    /// 10 or older; a parent's account a parent with custody. One live account per child or parent.
    public func createFamilyAccount(child: UUID, reader: FamilyReader, by author: UUID, now: Date,
                                    rules: CourseRules = .standard) async throws -> ActivationCode {
        let municipality = self.municipality
        return try await write { sql in
            guard let facts = try await Store.childFacts(child, municipality: municipality, on: sql) else { throw DomainError(.childNotFound) }
            switch reader {
            case .child:
                guard let birthDate = facts.birthDate, birthDate.age(on: DanishTime.localDate(of: now)) >= rules.partyAge else {
                    throw DomainError(.familyAccountTooYoung)
                }
            case .parent(let person):
                let custody = try await sql.select().column("has_custody").from("relations")
                    .where("child_id", .equal, child).where("person_id", .equal, person).where("municipality", .equal, municipality).first()
                guard let custody, try custody.decode(column: "has_custody", as: Bool.self) else {
                    throw DomainError(.familyAccountNoCustody)
                }
            }
            let existing = try await Store.familyAccounts(child: child, municipality: municipality, on: sql)
            guard !existing.contains(where: { $0.reader == reader && $0.revokedAt == nil }) else { throw DomainError(.familyAccountExists) }
            let id = UUID()
            let code = Store.newActivationCode()
            let person: UUID? = if case .parent(let person) = reader { person } else { nil }
            try await sql.insert(into: "family_accounts")
                .columns("id", "municipality", "child_id", "who", "person_id", "code_hash", "code_expires_at", "created_by", "created_at")
                .values(SQLBind(id), SQLBind(municipality), SQLBind(child), SQLBind(reader.who.rawValue), SQLBind(person),
                        SQLBind(Store.tokenHash(Store.normalisedCode(code))), SQLBind(now.addingTimeInterval(Store.activationCodeLifetime).epochMilliseconds),
                        SQLBind(author), SQLBind(now.epochMilliseconds))
                .run()
            try await Store.audit(.familyAccountCreated, user: author, child: child, entry: nil, at: now, municipality: municipality, on: sql)
            return ActivationCode(account: id, code: code, expiresAt: now.addingTimeInterval(Store.activationCodeLifetime))
        }
    }

    /// A new activation code for an account (a lost code, or a forgotten password); the old code stops working.
    public func renewActivationCode(account: UUID, child: UUID, by author: UUID, now: Date) async throws -> ActivationCode {
        let municipality = self.municipality
        return try await write { sql in
            guard let record = try await Store.familyAccount(id: account, municipality: municipality, on: sql), record.child == child, record.revokedAt == nil else {
                throw DomainError(.familyAccountUnknown)
            }
            let code = Store.newActivationCode()
            let expires = now.addingTimeInterval(Store.activationCodeLifetime)
            try await sql.update("family_accounts")
                .set("code_hash", to: SQLBind(Store.tokenHash(Store.normalisedCode(code))))
                .set("code_expires_at", to: SQLBind(expires.epochMilliseconds))
                .set("code_used_at", to: SQLLiteral.null)
                .where("id", .equal, account)
                .run()
            try await Store.audit(.familyAccountCreated, user: author, child: child, entry: nil, at: now, municipality: municipality, on: sql)
            return ActivationCode(account: account, code: code, expiresAt: expires)
        }
    }

    /// Opens the account the code belongs to with the chosen username and password (already hashed). A code works
    /// once, and only until it expires; a refused activation changes nothing.
    ///
    /// The code finds the account in whichever municipality it was made, as a username does at sign-in: the family
    /// activates on the shared service's one address before anyone is scoped. What follows — the audit row, the account
    /// read back — is in the account's municipality.
    public func activateFamilyAccount(code: String, username: String, passwordHash: String, now: Date) async throws -> FamilyAccountRecord {
        let wanted = username.trimmingCharacters(in: .whitespaces).lowercased()
        return try await write { sql in
            guard let row = try await sql.select().columns(Store.familyAccountColumns + ["code_used_at"]).from("family_accounts")
                .where("code_hash", .equal, Store.tokenHash(Store.normalisedCode(code))).first()
            else { throw DomainError(.activationCodeUnknown, field: "code") }
            let record = try Store.decodeFamilyAccount(row)
            let municipality = record.municipality
            guard record.revokedAt == nil else { throw DomainError(.activationCodeUnknown, field: "code") }
            guard try row.decodeNil(column: "code_used_at") else { throw DomainError(.activationCodeUsed, field: "code") }
            guard let expires = record.codeExpiresAt, expires > now else { throw DomainError(.activationCodeExpired, field: "code") }
            let taken = try await sql.select().column("id").from("family_accounts")
                .where("username", .equal, wanted).where("id", .notEqual, record.id).first()
            guard taken == nil else { throw DomainError(.usernameTaken, field: "username") }
            try await sql.update("family_accounts")
                .set("username", to: SQLBind(wanted))
                .set("password_hash", to: SQLBind(passwordHash))
                .set("code_used_at", to: SQLBind(now.epochMilliseconds))
                .set("activated_at", to: SQLBind(record.activatedAt?.epochMilliseconds ?? now.epochMilliseconds))
                .where("id", .equal, record.id)
                .run()
            try await Store.audit(.familyAccountActivated, user: record.id, child: record.child, entry: nil, at: now, municipality: municipality, on: sql)
            guard let activated = try await Store.familyAccount(id: record.id, municipality: municipality, on: sql) else { throw DomainError(.familyAccountUnknown) }
            return activated
        }
    }

    /// Closes an account: its login and any code stop working. The views it sent stay in the journal.
    public func revokeFamilyAccount(_ account: UUID, child: UUID, by author: UUID, now: Date) async throws {
        let municipality = self.municipality
        try await write { sql in
            guard let record = try await Store.familyAccount(id: account, municipality: municipality, on: sql), record.child == child, record.revokedAt == nil else {
                throw DomainError(.familyAccountUnknown)
            }
            try await sql.update("family_accounts").set("revoked_at", to: SQLBind(now.epochMilliseconds)).where("id", .equal, account).run()
            try await Store.audit(.familyAccountRevoked, user: author, child: child, entry: nil, at: now, municipality: municipality, on: sql)
        }
    }

    public func familyAccount(id: UUID) async throws -> FamilyAccountRecord? {
        try await Store.familyAccount(id: id, municipality: municipality, on: sql)
    }

    /// The account signing in with this username, in whichever municipality: family usernames are unique in the
    /// database (as staff usernames are), so the portal's sign-in finds the account, and with it the municipality to
    /// scope to and to audit in, before anyone is scoped.
    public func familyAccount(signingIn username: String) async throws -> FamilyAccountRecord? {
        try await sql.select().columns(Store.familyAccountColumns).from("family_accounts")
            .where("username", .equal, username.trimmingCharacters(in: .whitespaces).lowercased())
            .first().map(Store.decodeFamilyAccount)
    }

    /// The account a portal session names (an id the server wrote into the session at sign-in), in whichever
    /// municipality; the request is then scoped to the account's.
    public func familyAccount(session id: UUID) async throws -> FamilyAccountRecord? {
        try await Store.familyAccount(id: id, municipality: nil, on: sql)
    }

    /// Every account of a child, revoked ones too, oldest first.
    public func familyAccounts(child: UUID) async throws -> [FamilyAccountRecord] {
        try await Store.familyAccounts(child: child, municipality: municipality, on: sql)
    }

    /// Views sent through the portal since `since` about the children of one caseworker, or of one team, newest first,
    /// with the child's name: one query, scoped by the children's summaries.
    public func portalMessages(caseworker: UUID? = nil, team: UUID? = nil, since: Date) async throws -> [PortalMessage] {
        guard caseworker != nil || team != nil else { return [] }
        var select = sql.select()
            .column(SQLColumn("id", table: "e")).column(SQLColumn("child_id", table: "e")).column(SQLColumn("recorded_at", table: "e"))
            .column(SQLColumn("who", table: "f")).column(SQLColumn("given_name", table: "c")).column(SQLColumn("family_name", table: "c"))
            .from(SQLAlias(SQLIdentifier("journal_entries"), as: SQLIdentifier("e")))
            .join(SQLAlias(SQLIdentifier("family_accounts"), as: SQLIdentifier("f")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "f"), .equal, SQLColumn("author_id", table: "e"))
            .join(SQLAlias(SQLIdentifier("child_summaries"), as: SQLIdentifier("s")), method: SQLJoinMethod.inner,
                  on: SQLColumn("child_id", table: "s"), .equal, SQLColumn("child_id", table: "e"))
            .join(SQLAlias(SQLIdentifier("children"), as: SQLIdentifier("c")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "c"), .equal, SQLColumn("child_id", table: "e"))
            .where(SQLColumn("municipality", table: "e"), .equal, SQLBind(municipality))
            .where(SQLColumn("kind", table: "e"), .equal, SQLBind(EntryKind.ownViews.rawValue))
            .where(SQLColumn("recorded_at", table: "e"), .greaterThanOrEqual, SQLBind(since.epochMilliseconds))
        if let caseworker { select = select.where(SQLColumn("caseworker_id", table: "s"), .equal, SQLBind(caseworker)) }
        if let team { select = select.where(SQLColumn("team_id", table: "s"), .equal, SQLBind(team)) }
        return try await select
            .orderBy(SQLOrderBy(expression: SQLColumn("recorded_at", table: "e"), direction: SQLDirection.descending))
            .all()
            .map { row in
                PortalMessage(child: try row.decode(column: "child_id", as: UUID.self),
                              childName: "\(try row.decode(column: "given_name", as: String.self)) \(try row.decode(column: "family_name", as: String.self))",
                              entry: try row.decode(column: "id", as: UUID.self),
                              recordedAt: Date(epochMilliseconds: try row.decode(column: "recorded_at", as: Int64.self)),
                              who: OwnViews.Who(rawValue: try row.decode(column: "who", as: String.self)) ?? .child)
            }
    }

    // MARK: - Rows

    static let familyAccountColumns = ["id", "child_id", "who", "person_id", "username", "password_hash", "code_expires_at", "activated_at",
                                       "created_by", "created_at", "revoked_at", "municipality"]

    /// The account with this id, in `municipality` (nil: in whichever, for the portal's session only).
    static func familyAccount(id: UUID, municipality: Int?, on sql: any SQLDatabase) async throws -> FamilyAccountRecord? {
        let select = sql.select().columns(familyAccountColumns).from("family_accounts").where("id", .equal, id)
        if let municipality { select.where("municipality", .equal, municipality) }
        return try await select.first().map(decodeFamilyAccount)
    }

    static func familyAccounts(child: UUID, municipality: Int, on sql: any SQLDatabase) async throws -> [FamilyAccountRecord] {
        try await sql.select().columns(familyAccountColumns).from("family_accounts").where("child_id", .equal, child)
            .where("municipality", .equal, municipality)
            .orderBy("created_at").all().map(decodeFamilyAccount)
    }

    static func decodeFamilyAccount(_ row: any SQLRow) throws -> FamilyAccountRecord {
        let who = try row.decode(column: "who", as: String.self)
        let person = try row.decode(column: "person_id", as: UUID?.self)
        let reader: FamilyReader = who == OwnViews.Who.parent.rawValue ? .parent(person ?? UUID()) : .child
        let date = { (column: String) throws -> Date? in try row.decode(column: column, as: Int64?.self).map(Date.init(epochMilliseconds:)) }
        return FamilyAccountRecord(id: try row.decode(column: "id", as: UUID.self), child: try row.decode(column: "child_id", as: UUID.self),
                                   reader: reader, username: try row.decode(column: "username", as: String?.self),
                                   passwordHash: try row.decode(column: "password_hash", as: String?.self),
                                   codeExpiresAt: try date("code_expires_at"), activatedAt: try date("activated_at"),
                                   createdBy: try row.decode(column: "created_by", as: UUID.self),
                                   createdAt: Date(epochMilliseconds: try row.decode(column: "created_at", as: Int64.self)),
                                   revokedAt: try date("revoked_at"), municipality: try row.decode(column: "municipality", as: Int.self))
    }

    /// Twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L), in groups of four: 60 bits.
    static func newActivationCode() -> String {
        let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<12).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return stride(from: 0, to: 12, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
    }

    /// What is compared: upper case, without spaces and hyphens, as a child may type it.
    static func normalisedCode(_ code: String) -> String {
        String(code.uppercased().filter { $0.isLetter || $0.isNumber })
    }
}
