import Foundation
import SporDomain
import SporStore
import SporSecurity

/// What the web application needs to know, read once from the environment by the executable.
public struct Settings: Sendable {
    public var store: StoreConfiguration
    /// Demo mode: marked on every page; the password policy's exception (issue: security).
    public var demo: Bool
    /// Largest request body accepted.
    public var maxBodySize: Int
    /// Served over TLS (behind a proxy that does not send `X-Forwarded-Proto`): HSTS and Secure cookies on every response.
    public var secureCookies: Bool
    /// A staff session unused this long ends.
    public var idleTimeout: TimeInterval
    /// When failed logins slow down and lock a username.
    public var loginThrottle: LoginThrottle.Policy
    /// What the work tray counts as backlog, and which children must have a caseworker.
    public var work: WorkSettings
    /// How staff sign in: passwords kept in Spor, the municipality's OpenID provider, or both (issue 25).
    public var signIn = SignInSettings()
    /// `SPOR_METRICS_TOKEN`: the bearer token `/metrics` asks for; without it `/metrics` answers 404 (issue 26).
    public var metricsToken: String?

    public init(store: StoreConfiguration, demo: Bool = false, maxBodySize: Int = 256 * 1024, secureCookies: Bool = false,
                idleTimeout: TimeInterval = 30 * 60, loginThrottle: LoginThrottle.Policy = .standard, work: WorkSettings = .standard) {
        self.store = store
        self.demo = demo
        self.maxBodySize = maxBodySize
        self.secureCookies = secureCookies
        self.idleTimeout = idleTimeout
        self.loginThrottle = loginThrottle
        self.work = work
    }
}

extension WorkSettings {
    /// `SPOR_BACKLOG_DAYS` (1–3650, default 90) and `SPOR_UNASSIGNED_CONCERN_LEVEL` (1–5, default 3); a value out of range is
    /// an error at start, not a silent default.
    public static func fromEnvironment(_ environment: [String: String]) throws -> WorkSettings {
        var settings = WorkSettings.standard
        if let text = environment["SPOR_BACKLOG_DAYS"] {
            guard let days = Int(text), (1...3650).contains(days) else { throw SettingInvalid(name: "SPOR_BACKLOG_DAYS", value: text) }
            settings.backlogAfterDays = days
        }
        if let text = environment["SPOR_UNASSIGNED_CONCERN_LEVEL"] {
            guard let level = Int(text).flatMap(ConcernLevel.init(rawValue:)) else {
                throw SettingInvalid(name: "SPOR_UNASSIGNED_CONCERN_LEVEL", value: text)
            }
            settings.unassignedConcernLevel = level
        }
        return settings
    }
}

/// A setting read from the environment that cannot be used.
public struct SettingInvalid: Error, CustomStringConvertible {
    public let name: String
    public let value: String
    public var description: String { "\(name) cannot be \"\(value)\"" }
}
