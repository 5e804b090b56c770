import Foundation
import SporDomain
import SporStore

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

    public init(store: StoreConfiguration, demo: Bool = false, maxBodySize: Int = 256 * 1024, secureCookies: Bool = false,
                idleTimeout: TimeInterval = 30 * 60, loginThrottle: LoginThrottle.Policy = .standard) {
        self.store = store
        self.demo = demo
        self.maxBodySize = maxBodySize
        self.secureCookies = secureCookies
        self.idleTimeout = idleTimeout
        self.loginThrottle = loginThrottle
    }
}
