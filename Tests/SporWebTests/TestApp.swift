import Foundation
import NIOHTTP1
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporTestSupport
@testable import SporStore
import SQLKit
import Crypto
@testable import SporWeb

/// A configured application on a fresh SQLite file, with one user per role and two teams.
final class TestApp {
    let app: Application
    let directory: String
    let password = "correct-horse-battery"
    var users: [Role: UserRecord] = [:]
    var otherCaseworker: UserRecord!
    var team: TeamRecord!
    var otherTeam: TeamRecord!
    /// A child in the first team's district, assigned to `users[.caseworker]`.
    var child: Child!
    /// A child in the other team's district, assigned to `otherCaseworker`.
    var otherChild: Child!
    static let now = DanishTime.instant(LocalDate(year: 2026, month: 11, day: 26)!, hour: 10)
    /// The app's clock; starts at `now`.
    let clock = TestClock(TestApp.now)

    var store: Store { app.spor.store }

    /// On PostgreSQL (`SPOR_TEST_DATABASE=postgres` with `SPOR_TEST_POSTGRES_URL`), the database made for this app.
    private var postgresDatabase: (base: String, name: String)?

    /// A fresh SQLite file, or with `SPOR_TEST_DATABASE=postgres` a fresh PostgreSQL database: the web tests that
    /// probe the engine (a NUL in text) run on both in `scripts/test`.
    init() async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("spor-web-\(UUID().uuidString)").path
        var storeConfiguration = StoreConfiguration(kind: .sqlite, sqlitePath: "\(directory)/spor.sqlite", postgresURL: nil,
                                                    keyFile: "\(directory)/spor.key")
        let environment = ProcessInfo.processInfo.environment
        if environment["SPOR_TEST_DATABASE"] == "postgres", let base = environment["SPOR_TEST_POSTGRES_URL"], !base.isEmpty {
            let name = "spor_web_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            try await TestApp.postgres(base) { try await $0.raw("CREATE DATABASE \(unsafeRaw: name)").run() }
            postgresDatabase = (base, String(name))
            storeConfiguration = StoreConfiguration(kind: .postgres, sqlitePath: "", postgresURL: TestApp.url(base, database: String(name)),
                                                    keyFile: "\(directory)/spor.key")
        }
        app = try await Application.make(.testing)
        let settings = Settings(store: storeConfiguration)
        try await configure(app, settings: settings)
        app.spor = SporServices(store: app.spor.store, settings: settings, clock: { [clock] in clock.now })
        app.passwords.use(.plaintext)
        app.logger.logLevel = .warning
        try await store.prepareEngine()
        try await app.autoMigrate()
        try await seed()
    }

    func seed() async throws {
        team = TeamRecord(id: UUID(), municipality: 707, name: "Team Grenaa", district: "Område Grenaa")
        otherTeam = TeamRecord(id: UUID(), municipality: 707, name: "Team Auning", district: "Område Auning")
        try await store.addTeam(team)
        try await store.addTeam(otherTeam)
        let hash = try app.password.hash(password)
        for role in Role.allCases {
            let user = UserRecord(id: UUID(), municipality: 707, username: role.rawValue, displayName: "Test \(role.rawValue)",
                                  role: role, team: [.caseworker, .teamLead].contains(role) ? team.id : nil,
                                  passwordHash: hash, language: "da")
            try await store.addUser(user, now: TestApp.now)
            users[role] = user
        }
        otherCaseworker = UserRecord(id: UUID(), municipality: 707, username: "caseworker2", displayName: "Test caseworker2",
                                     role: .caseworker, team: otherTeam.id, passwordHash: hash, language: "da")
        try await store.addUser(otherCaseworker, now: TestApp.now)

        child = try Child(municipality: 707, cpr: try CPR("150315-4321"), givenName: "Alma", familyName: "Testesen", district: "Område Grenaa")
        otherChild = try Child(municipality: 707, cpr: try CPR("010412-4322"), givenName: "Bo", familyName: "Prøvesen", district: "Område Auning")
        try await store.register(child, cpr: try CPR("150315-4321"), by: users[.caseworker]!.id, now: TestApp.now)
        try await store.register(otherChild, cpr: try CPR("010412-4322"), by: otherCaseworker.id, now: TestApp.now)
        try await store.append(assignment(child.id, users[.caseworker]!.id), now: TestApp.now)
        try await store.append(assignment(otherChild.id, otherCaseworker.id), now: TestApp.now)
    }

    func assignment(_ child: UUID, _ caseworker: UUID) -> Entry {
        Entry(municipality: 707, child: child, payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: caseworker)),
              occurredAt: TestApp.now.addingTimeInterval(-7200), recordedAt: TestApp.now.addingTimeInterval(-7200), author: caseworker)
    }

    func shutdown() async throws {
        try await app.asyncShutdown()
        try? FileManager.default.removeItem(atPath: directory)
        if let (base, name) = postgresDatabase {
            try await TestApp.postgres(base) { try await $0.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name)").run() }
        }
    }

    /// Runs `work` on the cluster's own database (to make or drop one for a test).
    static func postgres(_ base: String, _ work: (any SQLDatabase) async throws -> Void) async throws {
        let runtime = try StoreRuntime(configuration: StoreConfiguration(kind: .postgres, sqlitePath: "", postgresURL: base, keyFile: ""),
                                       protector: CPRProtector(masterKey: SymmetricKey(size: .bits256)))
        do {
            try await work(runtime.store.sql)
        } catch {
            await runtime.shutdown()
            throw error
        }
        await runtime.shutdown()
    }

    /// `postgres://u@h:p/db` with another database name.
    static func url(_ base: String, database: String) -> String {
        guard let slash = base.range(of: "/", options: .backwards), slash.lowerBound > base.index(base.startIndex, offsetBy: 12) else {
            return base + "/" + database
        }
        return String(base[..<slash.lowerBound]) + "/" + database
    }
}

/// A browser in miniature: keeps the session cookie and reads the form token from pages.
final class Browser {
    let app: Application
    var cookies: [String: String] = [:]
    var csrf: String?

    init(_ app: Application) { self.app = app }

    @discardableResult
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> XCTHTTPResponse {
        try await send(.GET, path, headers: headers, body: nil)
    }

    /// Posts a form; the page's form token is added unless `csrf` is false.
    @discardableResult
    func post(_ path: String, _ form: [String: String], csrf includeToken: Bool = true) async throws -> XCTHTTPResponse {
        var fields = form
        if includeToken, let csrf { fields["csrf"] = csrf }
        let body = fields.map { "\(escape($0.key))=\(escape($0.value))" }.joined(separator: "&")
        return try await send(.POST, path, headers: ["Content-Type": "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
    }

    func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?) async throws -> XCTHTTPResponse {
        var headers = headers
        if !cookies.isEmpty { headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
        let request = XCTHTTPRequest(method: method, url: URI(string: path), headers: headers, body: body ?? ByteBuffer())
        let response = try await app.testable().performTest(request: request)
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) }
        }
        let html = response.body.string
        if let range = html.range(of: #"name="csrf" value="([^"]+)""#, options: .regularExpression) {
            csrf = String(html[range]).replacingOccurrences(of: #"name="csrf" value=""#, with: "").replacingOccurrences(of: "\"", with: "")
                .replacingOccurrences(of: "&#43;", with: "+").replacingOccurrences(of: "&#x2B;", with: "+")
        }
        return response
    }

    func login(_ username: String, password: String) async throws -> XCTHTTPResponse {
        try await get("/login")
        return try await post("/login", ["username": username, "password": password])
    }

    private func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
