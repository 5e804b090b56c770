import Foundation
import SporDomain

/// How staff sign in (issue 25, item 1): with passwords kept in Spor, through the municipality's OpenID provider, or
/// both. Read once from the environment by the executable.
public struct SignInSettings: Sendable {
    /// The municipality's OpenID provider, when staff sign in there.
    public var oidc: OIDCSettings?
    /// Who may still sign in with a password kept in Spor.
    public var localPasswords: LocalPasswords

    public init(oidc: OIDCSettings? = nil, localPasswords: LocalPasswords = .all) {
        self.oidc = oidc
        self.localPasswords = localPasswords
    }

    /// `SPOR_OIDC_*` and `SPOR_LOCAL_PASSWORDS`; a value that cannot be used is an error at start, never a silent default.
    public static func fromEnvironment(_ environment: [String: String]) throws -> SignInSettings {
        let oidc = try OIDCSettings.fromEnvironment(environment)
        var localPasswords = LocalPasswords.all
        if let text = environment["SPOR_LOCAL_PASSWORDS"] {
            guard let value = LocalPasswords(rawValue: text) else { throw SettingInvalid(name: "SPOR_LOCAL_PASSWORDS", value: text) }
            // Only the administrator with a password and no provider: nobody else could sign in at all.
            if value == .adminOnly && oidc == nil { throw SettingInvalid(name: "SPOR_LOCAL_PASSWORDS", value: text + " without SPOR_OIDC_ISSUER") }
            localPasswords = value
        }
        return SignInSettings(oidc: oidc, localPasswords: localPasswords)
    }
}

/// Who may sign in with a password kept in Spor.
public enum LocalPasswords: String, Sendable {
    /// Everyone with a password (the demo, and a municipality without a provider).
    case all
    /// Only administrators: the way in when the provider is down or wrongly configured. Everyone else signs in at the provider.
    case adminOnly = "admin-only"
}

/// The municipality's OpenID provider (Entra ID, AD FS, KOMBIT's access control through a broker, …) and what its
/// claims mean in Spor.
public struct OIDCSettings: Sendable {
    /// `iss`, exactly as the provider writes it; discovery is read from `issuer/.well-known/openid-configuration`.
    public var issuer: String
    public var clientID: String
    public var clientSecret: String
    /// Where Spor is reached (`https://spor.kommune.dk`): the provider sends the browser back to its callback there.
    public var redirectBase: String
    /// The name on the button: "Log ind med <name>".
    public var providerName: String
    /// The claim that holds the user's role (a string or a list of strings), and the one that holds their team.
    public var roleClaim: String
    public var teamClaim: String
    /// The role claim's values that give a role in Spor; any other value gives none.
    public var roleMap: [String: Role]
    /// The scopes asked for (`openid` first).
    public var scopes: [String]

    public init(issuer: String, clientID: String, clientSecret: String, redirectBase: String, providerName: String? = nil,
                roleClaim: String = "spor_role", teamClaim: String = "spor_team", roleMap: [String: Role] = OIDCSettings.standardRoleMap,
                scopes: [String] = ["openid", "profile"]) {
        self.issuer = issuer
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.redirectBase = redirectBase.last == Self.slash ? String(redirectBase.dropLast()) : redirectBase
        self.providerName = providerName ?? URL(string: issuer)?.host ?? issuer
        self.roleClaim = roleClaim
        self.teamClaim = teamClaim
        self.roleMap = roleMap
        self.scopes = scopes
    }

    /// Each Spor role by its own name (`caseworker`, `outreach`, `professional`, `teamlead`, `policy`, `admin`).
    public static let standardRoleMap = Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0.rawValue, $0) })

    /// The discovery document's address: `.well-known/openid-configuration` under the issuer.
    public var discoveryURL: String {
        (issuer.last == Self.slash ? String(issuer.dropLast()) : issuer) + String(Self.slash) + ".well-known" + String(Self.slash)
            + "openid-configuration"
    }

    /// The issuer's origin (`scheme://host[:port]`), where its sign-out is expected: the logout form may be sent on there.
    public var origin: String? {
        guard let url = URL(string: issuer), let scheme = url.scheme, let host = url.host else { return nil }
        return "\(scheme)://\(host)" + (url.port.map { ":\($0)" } ?? "")
    }

    /// Paths are spelled in `SiteURL` only; these are the provider's addresses, joined by hand.
    private static let slash = Character(Unicode.Scalar(0x2F))

    /// Nil when `SPOR_OIDC_ISSUER` is unset; the issuer, client id and secret and the redirect base are then required.
    public static func fromEnvironment(_ environment: [String: String]) throws -> OIDCSettings? {
        guard let issuer = environment["SPOR_OIDC_ISSUER"], !issuer.isEmpty else { return nil }
        func required(_ name: String) throws -> String {
            guard let value = environment[name], !value.isEmpty else { throw SettingInvalid(name: name, value: "") }
            return value
        }
        guard isAllowedAddress(issuer) else { throw SettingInvalid(name: "SPOR_OIDC_ISSUER", value: issuer) }
        let redirectBase = try required("SPOR_OIDC_REDIRECT_BASE")
        guard isAllowedAddress(redirectBase) else { throw SettingInvalid(name: "SPOR_OIDC_REDIRECT_BASE", value: redirectBase) }
        var roleMap = standardRoleMap
        if let text = environment["SPOR_OIDC_ROLE_MAP"] {
            guard let parsed = parseRoleMap(text) else { throw SettingInvalid(name: "SPOR_OIDC_ROLE_MAP", value: text) }
            roleMap = parsed
        }
        let name = environment["SPOR_OIDC_PROVIDER_NAME"].flatMap { $0.isEmpty ? nil : $0 }
        return OIDCSettings(issuer: issuer, clientID: try required("SPOR_OIDC_CLIENT_ID"), clientSecret: try required("SPOR_OIDC_CLIENT_SECRET"),
                            redirectBase: redirectBase, providerName: name,
                            roleClaim: environment["SPOR_OIDC_ROLE_CLAIM"].flatMap { $0.isEmpty ? nil : $0 } ?? "spor_role",
                            teamClaim: environment["SPOR_OIDC_TEAM_CLAIM"].flatMap { $0.isEmpty ? nil : $0 } ?? "spor_team",
                            roleMap: roleMap)
    }

    /// `value=role,value=role` (e.g. `Spor.Raadgiver=caseworker,Spor.Leder=teamlead`); nil when a role is not Spor's
    /// or a pair has no `=`.
    public static func parseRoleMap(_ text: String) -> [String: Role]? {
        var map: [String: Role] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, let role = Role(rawValue: parts[1]) else { return nil }
            map[parts[0]] = role
        }
        return map.isEmpty ? nil : map
    }

    /// HTTPS, or plain HTTP on this machine only (a provider started by the tests).
    public static func isAllowedAddress(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host?.lowercased(), !host.isEmpty else {
            return false
        }
        if scheme == "https" { return true }
        return scheme == "http" && ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host)
    }

    /// The one role the claim's values give, or why there is none.
    public func role(from values: [String]) -> Result<Role, OIDCRoleRefusal> {
        let roles = Set(values.compactMap { roleMap[$0] })
        guard let role = roles.first else { return .failure(.none) }
        return roles.count == 1 ? .success(role) : .failure(.ambiguous)
    }
}

/// Why the provider's claims give no role in Spor.
public enum OIDCRoleRefusal: Error, Sendable {
    /// No value of the role claim names a Spor role (or there is no role claim).
    case none
    /// More than one Spor role: Spor gives each user one, and does not guess which.
    case ambiguous
}
