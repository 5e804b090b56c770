import Foundation
import NIOConcurrencyHelpers
import Vapor
import SporDomain
import SporStore

/// The municipality's configuration as pages read it: loaded from the store on the first request and
/// replaced when the administrator saves a new version (one process serves one municipality).
final class ConfigurationCache: Sendable {
    private struct Loaded: Sendable {
        var concernScale: ConcernScale
        var offers: OfferCatalogue
    }
    private let state = NIOLockedValueBox<Loaded?>(nil)

    var concernScale: ConcernScale { state.withLockedValue { $0?.concernScale } ?? .standard }
    var offers: OfferCatalogue { state.withLockedValue { $0?.offers } ?? .standard }
    /// The course rules (ages, windows, the immediate-help definition): the law's defaults.
    var courseRules: CourseRules { .standard }

    func load(from store: Store) async throws {
        guard state.withLockedValue({ $0 }) == nil else { return }
        let loaded = Loaded(concernScale: try await store.concernScale(), offers: try await store.offerCatalogue())
        state.withLockedValue { $0 = loaded }
    }

    func replace(_ scale: ConcernScale) {
        state.withLockedValue { $0?.concernScale = scale }
    }

    func replace(_ offers: OfferCatalogue) {
        state.withLockedValue { $0?.offers = offers }
    }
}

/// Makes sure the configuration is loaded before a page is drawn.
struct ConfigurationMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await request.spor.configuration.load(from: request.store)
        return try await next.respond(to: request)
    }
}
