import Foundation
import NIOConcurrencyHelpers
import Vapor
import SporDomain
import SporStore

/// The municipality's configuration as pages read it: loaded from the store on the first request and
/// replaced when the administrator saves a new version (one process serves one municipality).
final class ConfigurationCache: Sendable {
    private let state = NIOLockedValueBox<ConcernScale?>(nil)

    var concernScale: ConcernScale { state.withLockedValue { $0 } ?? .standard }

    func load(from store: Store) async throws {
        guard state.withLockedValue({ $0 }) == nil else { return }
        let scale = try await store.concernScale()
        state.withLockedValue { $0 = scale }
    }

    func replace(_ scale: ConcernScale) {
        state.withLockedValue { $0 = scale }
    }
}

/// Makes sure the configuration is loaded before a page is drawn.
struct ConfigurationMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await request.spor.configuration.load(from: request.store)
        return try await next.respond(to: request)
    }
}
