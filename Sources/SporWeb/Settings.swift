import Foundation
import SporStore

/// What the web application needs to know, read once from the environment by the executable.
public struct Settings: Sendable {
    public var store: StoreConfiguration
    /// Demo mode: marked on every page; the password policy's exception (issue: security).
    public var demo: Bool
    /// Largest request body accepted.
    public var maxBodySize: Int

    public init(store: StoreConfiguration, demo: Bool = false, maxBodySize: Int = 256 * 1024) {
        self.store = store
        self.demo = demo
        self.maxBodySize = maxBodySize
    }
}
