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
        var settings: MunicipalSettingsHistory
    }
    private let state = NIOLockedValueBox<Loaded?>(nil)
    private let clock: @Sendable () -> Date

    init(clock: @escaping @Sendable () -> Date = { Date() }) {
        self.clock = clock
    }

    var concernScale: ConcernScale { state.withLockedValue { $0?.concernScale } ?? .standard }
    var offers: OfferCatalogue { state.withLockedValue { $0?.offers } ?? .standard }
    /// Every saved version of the municipality's settings (`/admin/settings`).
    var settingsHistory: MunicipalSettingsHistory { state.withLockedValue { $0?.settings } ?? .empty }
    /// The settings in force today.
    var settings: MunicipalSettings { settingsHistory.inForce(on: DanishTime.localDate(of: clock())) }
    /// The course rules (windows, the immediate-help definition) in force today; the law's ages as the law has them.
    var courseRules: CourseRules { settings.courseRules }
    /// The rule book in force today: Barnets Lov's rules with the municipality's parameters.
    var ruleBook: RuleBook { settings.ruleBook }

    func load(from store: Store) async throws {
        guard state.withLockedValue({ $0 }) == nil else { return }
        let loaded = Loaded(concernScale: try await store.concernScale(), offers: try await store.offerCatalogue(),
                            settings: try await store.settingsHistory())
        state.withLockedValue { $0 = loaded }
    }

    func replace(_ scale: ConcernScale) {
        state.withLockedValue { $0?.concernScale = scale }
    }

    func replace(_ offers: OfferCatalogue) {
        state.withLockedValue { $0?.offers = offers }
    }

    func replace(_ settings: MunicipalSettingsHistory) {
        state.withLockedValue { $0?.settings = settings }
    }
}

/// Makes sure the configuration is loaded before a page is drawn.
struct ConfigurationMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await request.spor.configuration.load(from: request.store)
        return try await next.respond(to: request)
    }
}
