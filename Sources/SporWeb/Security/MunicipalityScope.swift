import Foundation
import NIOConcurrencyHelpers
import Vapor
import SporDomain
import SporStore

/// One server, many municipalities (issue 26, item 4): a request's services — its store and the municipality's
/// configuration — are scoped to the signed-in user's municipality (`Request.spor`), so every query a handler
/// writes against `request.store` is scoped by construction, and another municipality's ids find nothing (404).
/// Before sign-in (and for the family portal, whose accounts sign in on their municipality's server) the scope is
/// the server's own municipality (Norddjurs).
extension SporServices {
    /// These services for `municipality`: the same database pool, clock and settings; the municipality's store and
    /// configuration.
    func scoped(to municipality: Int) -> SporServices {
        guard municipality != store.municipality else { return self }
        var scoped = self
        scoped.store = store.scoped(to: municipality)
        scoped.configuration = configurations.cache(for: municipality, clock: clock)
        return scoped
    }
}

/// Each municipality's configuration cache, made on first use.
final class ConfigurationCaches: Sendable {
    private let caches = NIOLockedValueBox<[Int: ConfigurationCache]>([:])

    func cache(for municipality: Int, clock: @escaping @Sendable () -> Date) -> ConfigurationCache {
        caches.withLockedValue { caches in
            if let cache = caches[municipality] { return cache }
            let cache = ConfigurationCache(clock: clock)
            caches[municipality] = cache
            return cache
        }
    }
}

extension Request {
    /// The municipality this request is scoped to: the signed-in user's, else the server's.
    var municipality: Int { currentUser?.municipality ?? application.spor.store.municipality }
}
