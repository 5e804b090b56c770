import Fluent
import FluentSQLiteDriver
import FluentPostgresDriver
import Foundation
import Vapor
import SporDomain
import SporStore

/// Wires the application: database, migrations, sessions, middleware and routes.
public func configure(_ app: Application, settings: Settings) async throws {
    let protector = try CPRProtector.load(keyFile: settings.store.keyFile, createIfMissing: true)
    // The key the journal's and the audit log's hash chains are keyed with, outside the database like the CPR key.
    let chain = try settings.store.chainAnchor(createIfMissing: true)
    app.databases.use(try settings.store.databaseFactory(), as: settings.store.kind.databaseID)
    app.migrations.add(SporMigrations.all)
    app.migrations.add(SessionRecord.migration)

    let files = try SealedFiles.load(directory: settings.store.filesDirectory, keyFile: settings.store.keyFile)
    let store = Store(kind: settings.store.kind, protector: protector, chain: chain, files: files) { [unowned app] in app.db }
    app.spor = SporServices(store: store, settings: settings, clock: { Date() })
    app.loginAttemptKeys = try LoginAttemptKeys(keyFile: settings.store.keyFile)
    app.oidcProvider = settings.signIn.oidc.map(OIDCProvider.init(settings:))

    app.routes.defaultMaxBodySize = ByteCount(value: settings.maxBodySize)
    app.sessions.use { ChangedOnlySessions(stored: $0.fluent.sessions.driver()) }
    app.sessions.configuration.cookieName = "spor_session"
    app.sessions.configuration.cookieFactory = { id in
        HTTPCookies.Value(string: id.string, expires: nil, maxAge: nil, domain: nil, path: SiteURL.root.path,
                          isSecure: settings.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    app.middleware = Middlewares()
    // Per route pattern and status class (Operations/Metrics.swift), instead of Vapor's per path and status code.
    OperationsMetrics.bootstrap()
    app.http.server.configuration.reportMetrics = false
    // In this order, as two tasks around the sessions rather than a task per layer (Security/MiddlewareChain.swift).
    let outer: [any AsyncMiddleware] = [MetricsMiddleware(), SecurityHeadersMiddleware(), AllowedMethodsMiddleware(),
                                        TransportSecurityMiddleware(), PageErrorMiddleware(), ConfigurationMiddleware()]
    let signedIn: [any AsyncMiddleware] = [IdleTimeoutMiddleware(), CurrentUserMiddleware(), TrayCountMiddleware(),
                                           FamilyAccountMiddleware(), CSRFMiddleware()]
    if Environment.get("SPOR_BENCH_MIDDLEWARE") == "layered" {
        // bench/pages only: the chain as it was before issue 26 (a task per layer, the sessions read on every path).
        for layer in outer { app.middleware.use(layer) }
        app.middleware.use(app.sessions.middleware)
        for layer in signedIn { app.middleware.use(layer) }
    } else {
        app.middleware.use(MiddlewareChain(outer))
        app.middleware.use(SessionFreePaths(sessions: app.sessions.middleware, signedIn: MiddlewareChain(signedIn)))
    }

    try routes(app)
}

/// Per-connection engine settings. SQLite in WAL mode with `synchronous=NORMAL` stays consistent
/// after a crash and syncs at checkpoints rather than on every commit (each page view writes an audit row); see
/// `Store.sqliteConnectionPragmas`.
public func prepareConnections(_ app: Application) async throws {
    guard app.spor.store.kind == .sqlite else { return }
    for loop in app.eventLoopGroup.makeIterator() {
        guard let database = app.databases.database(logger: app.logger, on: loop) as? any SQLDatabase else { continue }
        for pragma in Store.sqliteConnectionPragmas { try await database.raw(SQLQueryString(pragma)).run() }
    }
}

extension DatabaseKind {
    var databaseID: DatabaseID { self == .sqlite ? .sqlite : .psql }
}

/// What every handler reaches through `req.spor`.
public struct SporServices: Sendable {
    /// Scoped to one municipality: the server's own here, the signed-in user's in `Request.spor` (`scoped(to:)`).
    public internal(set) var store: Store
    public let settings: Settings
    /// The only clock: handlers read time here, so tests can fix it.
    public let clock: @Sendable () -> Date
    /// The municipality's configuration (the concern scale, the offers, the settings), as pages read it.
    internal(set) var configuration: ConfigurationCache
    /// Every municipality's configuration, for `scoped(to:)`.
    let configurations = ConfigurationCaches()
    /// The derived tables' recount after the administrator changes a setting, with its progress.
    public let settingsRecount = SettingsRecount()
    /// `/healthz`'s database question, asked at most once a second (`HealthProbe`).
    let health = HealthProbe()

    public init(store: Store, settings: Settings, clock: @escaping @Sendable () -> Date) {
        self.store = store
        self.settings = settings
        self.clock = clock
        self.configuration = configurations.cache(for: store.municipality, clock: clock)
    }
}

extension Application {
    private struct SporKey: StorageKey { typealias Value = SporServices }

    public var spor: SporServices {
        get { storage[SporKey.self]! }
        set { storage[SporKey.self] = newValue }
    }
}

extension Request {
    /// The services scoped to the signed-in user's municipality (`MunicipalityScope.swift`).
    var spor: SporServices { application.spor.scoped(to: municipality) }
    var store: Store { spor.store }
    var now: Date { application.spor.clock() }
}
