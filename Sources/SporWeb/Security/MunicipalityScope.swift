import Foundation
import NIOConcurrencyHelpers
import Vapor
import SporDomain
import SporStore

/// One server, many municipalities (issue 26, item 4): a request's services — its store and the municipality's
/// configuration — are scoped to the signed-in user's municipality (`Request.spor`), so every query a handler
/// writes against `request.store` is scoped by construction, and another municipality's ids find nothing (404).
/// A family account signed in to the portal scopes it to the account's municipality. Before sign-in the scope is the
/// server's own municipality (Norddjurs); a sign-in is audited in the municipality of the account it matched, in the
/// server's only when it matched none (`Request.signInAudit`).
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
    /// The municipality this request is scoped to: the signed-in user's or family account's, else the server's.
    var municipality: Int { currentUser?.municipality ?? familyAccount?.municipality ?? application.spor.store.municipality }

    /// The store a sign-in attempt is audited in: the municipality of the account it matched (staff usernames and
    /// family usernames are unique in the database, so the account is found before anyone is scoped), else the
    /// server's — an attempt that matched no account belongs to no municipality.
    func signInAudit(_ municipality: Int?) -> Store {
        municipality.map { store.scoped(to: $0) } ?? store
    }
}
