import Foundation
import SporDomain
import SporSecurity

/// A staff member who logs in.
public struct UserRecord: Sendable, Hashable {
    public let id: UUID
    public let municipality: Int
    public let username: String
    public let displayName: String
    public let role: Role
    public let team: UUID?
    public let passwordHash: String
    public let language: String
    /// Since when the user may not log in (nil: active). Their sessions end and their tokens are revoked.
    public let deactivatedAt: Date?
    /// The OpenID provider's `sub` for a user who signs in there (issue 25); nil for a password kept in Spor.
    public let externalID: String?

    public init(id: UUID, municipality: Int, username: String, displayName: String, role: Role,
                team: UUID?, passwordHash: String, language: String, deactivatedAt: Date? = nil, externalID: String? = nil) {
        self.id = id
        self.municipality = municipality
        self.username = username
        self.displayName = displayName
        self.role = role
        self.team = team
        self.passwordHash = passwordHash
        self.language = language
        self.deactivatedAt = deactivatedAt
        self.externalID = externalID
    }

    public var isActive: Bool { deactivatedAt == nil }
}

/// How long a personal API token lives, chosen when it is made. There is no token without an end.
public enum ApiTokenLifetime: Int, Sendable, CaseIterable {
    case days30 = 30
    case days90 = 90
    case days365 = 365

    public static let standard = ApiTokenLifetime.days90

    public var days: Int { rawValue }
    public var duration: TimeInterval { TimeInterval(rawValue) * 24 * 3600 }
}

/// A personal API token as its owner sees it: never the token itself, which is shown once and kept only as a hash.
public struct ApiTokenRecord: Sendable, Hashable {
    public let id: UUID
    public let name: String
    public let createdAt: Date
    /// Nil only for a row no migration has given an expiry: refused like an expired one.
    public let expiresAt: Date?
    public let revokedAt: Date?
    /// To the minute at best: a use within a minute of the last one is not written.
    public let lastUsedAt: Date?

    public enum Status: Sendable, Hashable { case active, expired, revoked }

    public func status(at now: Date) -> Status {
        if revokedAt != nil { return .revoked }
        guard let expiresAt, expiresAt > now else { return .expired }
        return .active
    }
}

public struct TeamRecord: Sendable, Hashable {
    public let id: UUID
    public let municipality: Int
    public let name: String
    public let district: String

    public init(id: UUID, municipality: Int, name: String, district: String) {
        self.id = id
        self.municipality = municipality
        self.name = name
        self.district = district
    }
}

/// A row of a children list, read from the summary table.
public struct ChildListItem: Sendable, Hashable {
    public let id: UUID
    public let name: String
    public let birthDate: LocalDate
    public let district: String
    public let isOpen: Bool
    public let concernLevel: ConcernLevel?
    public let caseworker: UUID?
    public let caseworkerName: String?
    public let team: UUID?
    public let lastEntryAt: Date?
    /// An expected child's due date; its `birthDate` is then not a birth date.
    public var dueDate: LocalDate? = nil
}

/// A child's summary: the fold of the journal, kept in step on every write.
public struct ChildSummary: Sendable, Hashable {
    public let child: UUID
    public let isOpen: Bool
    public let caseworker: UUID?
    public let team: UUID?
    public let concernLevel: ConcernLevel?
    public let openedAt: Date?
    public let lastEntryAt: Date?
    public let entryCount: Int
    public let caseworkerChanges: Int
}

/// What the audit log records. Ids only.
public enum AuditAction: String, Sendable, Codable, CaseIterable {
    case viewChild
    case appendEntry
    case registerChild
    case importChild
    /// An expected child registered (issue 23, item 1).
    case registerExpectedChild
    /// An expected child born: the record given its CPR number, its journal kept (ids only, as every row).
    case childBorn
    case search
    case login
    case loginFailed
    /// Refused without a look at the password: too many failures in a row (a delay or a lockout).
    case loginLocked
    /// Turned on two-step login (TOTP).
    case totpEnabled
    case logout
    case createApiToken
    case apiRead
    case accessDenied
    case totpReset
    case breakGlass
    case exportChild
    case saveConfiguration
    case viewIndicatorChildren
    /// A family account was made, or given a new activation code (the user is the caseworker).
    case familyAccountCreated
    /// A child or parent opened their account with the code (the user is the family account).
    case familyAccountActivated
    case familyAccountRevoked
    /// A child or parent signed in to the portal (the user is the family account).
    case familyLogin
    /// A child or parent read their portal page.
    case familyView
    /// A user revoked one of their own API tokens.
    case revokeApiToken
    /// The user was deactivated: no login, no session, every token revoked (the user is the account).
    case userDeactivated
    /// The user may log in again (the user is the account).
    case userReactivated
    /// The failed logins counted against the user's username were forgotten, a lockout lifted (the user is the account).
    case loginUnlocked
    /// An administrator deactivated, reactivated or unlocked another user (the user is the administrator; the account
    /// has its own row, written in the same transaction at the same instant). None from `spor user`.
    case administerUser
    /// A file of the journal (an attachment) was downloaded (the entry is the one that holds it).
    case downloadFile
    /// A finalised letter's file was downloaded (the entry is the letter; on Min side the user is nil).
    case downloadLetter
    /// The household changed: whom the child lives with, or a sibling linked (issue 24, item 2; ids only).
    case householdChanged
}

public struct AuditRecord: Sendable, Hashable {
    public let id: UUID
    public let at: Date
    public let user: UUID?
    public let userDisplayName: String?
    public let userRole: Role?
    public let action: AuditAction
    public let child: UUID?
    public let entry: UUID?
}

extension Date {
    /// UTC milliseconds since 1970, the stored form of an instant.
    var epochMilliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded(.down)) }

    init(epochMilliseconds: Int64) {
        self.init(timeIntervalSince1970: Double(epochMilliseconds) / 1000)
    }
}

extension LocalDate {
    /// `DDMMYY-xxxx`, what a page may show of a CPR number.
    public var maskedCPR: String {
        String(format: "%02d%02d%02d-xxxx", day, month, year % 100)
    }
}
