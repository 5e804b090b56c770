import Foundation
import Crypto
import JWTKit
import NIOCore
import NIOConcurrencyHelpers
import Vapor
import XCTest
import XCTVapor
import SporDomain
@testable import SporStore
@testable import SporWeb

/// The whole staff sign-in through an OpenID provider (issue 25, item 1), against a small provider served on loopback
/// by the test (discovery, JWKS and a token endpoint that checks the PKCE verifier): the user is made from the claims,
/// brought up to date at the next sign-in, deactivated when the role is gone; a replayed state is refused; the routes
/// are open to a signed-out browser; passwords are for the administrator only when so configured.
final class OIDCSignInFlowTests: XCTestCase {
    var test: TestApp!
    var provider: FakeProvider!

    override func setUp() async throws {
        test = try await TestApp()
        provider = try await FakeProvider.start()
        let oidc = OIDCSettings(issuer: provider.issuer, clientID: "spor", clientSecret: "hemmelig & lang", redirectBase: "http://127.0.0.1:8080",
                                providerName: "Norddjurs Kommune")
        configure(SignInSettings(oidc: oidc, localPasswords: .adminOnly))
    }

    override func tearDown() async throws {
        try await provider.stop()
        try await test.shutdown()
    }

    func configure(_ signIn: SignInSettings) {
        var settings = test.app.spor.settings
        settings.signIn = signIn
        test.app.spor = SporServices(store: test.store, settings: settings, clock: { [clock = test.clock] in clock.now })
        test.app.oidcProvider = signIn.oidc.map(OIDCProvider.init(settings:))
    }

    /// Starts a sign-in, lets the provider answer with `claims` (nil: the provider refuses), and follows the callback.
    func signIn(_ browser: Browser, claims: [String: OIDCClaims.Value]?, mode: FakeProvider.Mode = .normal) async throws -> (XCTHTTPResponse, String) {
        let start = try await browser.get(SiteURL.loginOIDC.path)
        XCTAssertEqual(start.status, .seeOther)
        let location = try XCTUnwrap(start.headers.first(name: .location))
        let query = try XCTUnwrap(URLComponents(string: location)?.queryItems)
        func item(_ name: String) -> String? { query.first { $0.name == name }?.value }
        XCTAssertTrue(location.hasPrefix(provider.issuer + "/authorize?"))
        XCTAssertEqual(item("response_type"), "code")
        XCTAssertEqual(item("client_id"), "spor")
        XCTAssertEqual(item("redirect_uri"), "http://127.0.0.1:8080/login/oidc/callback")
        XCTAssertEqual(item("code_challenge_method"), "S256")
        let state = try XCTUnwrap(item("state")), nonce = try XCTUnwrap(item("nonce")), challenge = try XCTUnwrap(item("code_challenge"))
        guard var claims else {
            return (try await browser.get(SiteURL.loginOIDCCallback.path + "?error=access_denied&state=\(state)"), state)
        }
        claims["nonce"] = .string(nonce)
        let code = await provider.issue(claims: claims, challenge: challenge, mode: mode, now: test.clock.now)
        let callback = SiteURL.loginOIDCCallback.path + "?code=\(code)&state=\(state)"
        return (try await browser.get(callback), callback)
    }

    func claims(sub: String = "sub-sara", role: OIDCClaims.Value? = .string("caseworker"), team: String? = "team grenaa") -> [String: OIDCClaims.Value] {
        var claims: [String: OIDCClaims.Value] = ["sub": .string(sub), "name": .string("Sara <b>Rådgiver</b>"), "preferred_username": .string("sara")]
        claims["spor_role"] = role
        claims["spor_team"] = team.map(OIDCClaims.Value.string)
        return claims
    }

    func testACaseworkerIsMadeFromTheClaimsAndBroughtUpToDateAtTheNextSignIn() async throws {
        let browser = Browser(test.app)
        let (signedIn, _) = try await signIn(browser, claims: claims())
        XCTAssertEqual(signedIn.status, .seeOther)
        XCTAssertEqual(signedIn.headers.first(name: .location), Authorization.home(.caseworker).path)
        let made = try await test.store.user(externalID: "sub-sara")
        let user = try XCTUnwrap(made)
        XCTAssertEqual(user.role, .caseworker)
        XCTAssertEqual(user.team, test.team.id)
        XCTAssertEqual(user.username, "sara")
        XCTAssertEqual(user.displayName, "Sara <b>Rådgiver</b>")
        let tray = try await browser.get(Authorization.home(.caseworker).path)
        XCTAssertEqual(tray.status, .ok)
        XCTAssertTrue(tray.body.string.contains("Sara &lt;b&gt;Rådgiver&lt;/b&gt;"))
        // The audit log has the user's id, never a claim.
        let rows = try await test.store.sql.raw("SELECT action, user_id FROM audit_log").all()
        XCTAssertTrue(try rows.contains { try $0.decode(column: "action", as: String.self) == "login" && $0.decode(column: "user_id", as: UUID?.self) == user.id })
        let dump = try await test.store.sql.raw("SELECT * FROM audit_log").all().map { "\($0)" }.joined()
        XCTAssertFalse(dump.contains("sub-sara") || dump.contains("Rådgiver"))

        // The provider makes her team lead of the other team: the same user, brought up to date.
        let again = Browser(test.app)
        let (promoted, _) = try await signIn(again, claims: claims(role: .strings(["Mail-users", "teamlead"]), team: test.otherTeam.id.uuidString))
        XCTAssertEqual(promoted.headers.first(name: .location), Authorization.home(.teamLead).path)
        let after = try await test.store.user(externalID: "sub-sara")
        let updated = try XCTUnwrap(after)
        XCTAssertEqual(updated.id, user.id)
        XCTAssertEqual(updated.role, .teamLead)
        XCTAssertEqual(updated.team, test.otherTeam.id)
    }

    func testAUserWhoseRoleTheProviderTookAwayIsDeactivated() async throws {
        let (first, _) = try await signIn(Browser(test.app), claims: claims())
        XCTAssertEqual(first.status, .seeOther)
        let browser = Browser(test.app)
        let (refused, _) = try await signIn(browser, claims: claims(role: nil))
        XCTAssertEqual(refused.status, .forbidden)
        XCTAssertTrue(refused.body.string.contains("Du har ingen rolle i Spor hos Norddjurs Kommune"))
        let found = try await test.store.user(externalID: "sub-sara")
        let user = try XCTUnwrap(found)
        XCTAssertFalse(user.isActive)
        // Given the role again, she stays out until an administrator lets her in.
        let (closed, _) = try await signIn(Browser(test.app), claims: claims())
        XCTAssertEqual(closed.status, .forbidden)
        XCTAssertTrue(closed.body.string.contains("Din adgang til Spor er lukket"))
    }

    func testAnUnknownRoleAnUnknownTeamAndTheProvidersRefusalAreRefused() async throws {
        let (unknownRole, _) = try await signIn(Browser(test.app), claims: claims(role: .string("superuser")))
        XCTAssertEqual(unknownRole.status, .forbidden)
        let (twoRoles, _) = try await signIn(Browser(test.app), claims: claims(role: .strings(["caseworker", "admin"])))
        XCTAssertTrue(twoRoles.body.string.contains("mere end én rolle"))
        let (unknownTeam, _) = try await signIn(Browser(test.app), claims: claims(team: "Team Atlantis"))
        XCTAssertTrue(unknownTeam.body.string.contains("Dit team hos Norddjurs Kommune findes ikke i Spor"))
        let (refused, _) = try await signIn(Browser(test.app), claims: nil)
        XCTAssertEqual(refused.status, .forbidden)
        XCTAssertTrue(refused.body.string.contains("Norddjurs Kommune afviste at logge dig ind"))
        let made = try await test.store.user(externalID: "sub-sara")
        XCTAssertNil(made)
    }

    func testAReplayedStateAndTokensTheProviderSpoiledAreRefused() async throws {
        let browser = Browser(test.app)
        let (signedIn, callback) = try await signIn(browser, claims: claims())
        XCTAssertEqual(signedIn.status, .seeOther)
        // The same callback again, in the same browser and in another: the state was used.
        let replayed = try await browser.get(callback)
        XCTAssertEqual(replayed.status, .badRequest)
        XCTAssertTrue(replayed.body.string.contains("allerede brugt"))
        let elsewhere = try await Browser(test.app).get(callback)
        XCTAssertEqual(elsewhere.status, .badRequest)
        for mode in [FakeProvider.Mode.tampered, .wrongAudience, .expired, .wrongVerifierAccepted] {
            let (refused, _) = try await signIn(Browser(test.app), claims: claims(sub: "sub-\(mode)"), mode: mode)
            XCTAssertEqual(refused.status, .unauthorized, "\(mode)")
            XCTAssertTrue(refused.body.string.contains("kunne ikke godkendes"), "\(mode)")
            let made = try await test.store.user(externalID: "sub-\(mode)")
            XCTAssertNil(made, "\(mode)")
        }
    }

    func testSigningOutEndsTheProvidersSessionToo() async throws {
        let browser = Browser(test.app)
        _ = try await signIn(browser, claims: claims())
        try await browser.get(Authorization.home(.caseworker).path)
        let out = try await browser.post(SiteURL.logout.path, [:])
        XCTAssertEqual(out.status, .seeOther)
        XCTAssertEqual(out.headers.first(name: .location),
                       provider.issuer + "/logout?client_id=spor&post_logout_redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Flogin")
        let after = try await browser.get(Authorization.home(.caseworker).path)
        XCTAssertEqual(after.headers.first(name: .location), SiteURL.login.path)
        // A password user's sign-out stays in Spor.
        let admin = Browser(test.app)
        _ = try await admin.login("admin", password: test.password)
        try await admin.get(Authorization.home(.admin).path)
        let adminOut = try await admin.post(SiteURL.logout.path, [:])
        XCTAssertEqual(adminOut.headers.first(name: .location), SiteURL.login.path)
    }

    func testPasswordsAreForTheAdministratorOnlyWhenSoConfigured() async throws {
        let page = try await Browser(test.app).get(SiteURL.login.path)
        XCTAssertTrue(page.body.string.contains("Log ind med Norddjurs Kommune"))
        XCTAssertTrue(page.body.string.contains("Kun for administratoren"))
        let caseworker = try await Browser(test.app).login("caseworker", password: test.password)
        XCTAssertEqual(caseworker.status, .unauthorized)
        XCTAssertTrue(caseworker.body.string.contains("Medarbejdere logger ind med Norddjurs Kommune"))
        let admin = try await Browser(test.app).login("admin", password: test.password)
        XCTAssertEqual(admin.status, .seeOther)
        // A user made by the provider has no password in Spor, whatever is typed.
        _ = try await signIn(Browser(test.app), claims: claims(role: .string("admin")))
        let found = try await test.store.user(externalID: "sub-sara")
        let made = try XCTUnwrap(found)
        let password = try await Browser(test.app).login(made.username, password: Store.noLocalPassword)
        XCTAssertEqual(password.status, .unauthorized)
        // Everyone's passwords again (the demo): the caseworker is let in.
        configure(SignInSettings(oidc: test.app.spor.settings.signIn.oidc, localPasswords: .all))
        let again = try await Browser(test.app).login("caseworker", password: test.password)
        XCTAssertEqual(again.status, .seeOther)
    }

    /// The family's sign-in through a MitID broker has the staff's shape (`OIDCFamilySignIn`); its callback is not routed
    /// yet, so the test routes `begin` and `complete` itself.
    func testTheFamilysBrokerSignInVerifiesLikeTheStaffsAndFindsTheAccount() async throws {
        let settings = try XCTUnwrap(test.app.spor.settings.signIn.oidc)
        let account = FamilyAccountRecord(id: UUID(), child: test.child.id, reader: .child, username: nil, passwordHash: nil, codeExpiresAt: nil,
                                          activatedAt: TestApp.now, createdBy: test.users[.caseworker]!.id, createdAt: TestApp.now, revokedAt: nil)
        let signIn = OIDCFamilySignIn(settings: settings, provider: try XCTUnwrap(test.app.oidcProvider)) { identity, _ in
            identity.subject == "mitid-ida" ? account : nil
        }
        test.app.get("test", "family", "begin") { try await signIn.begin($0, message: nil, status: .ok) }
        test.app.get("test", "family", "complete") { request async throws -> String in
            switch try await signIn.complete(request) {
            case .signedIn(let found): "signed in \(found.id)"
            case .refused(let message, let status, _): "refused \(status.code): \(message)"
            }
        }
        for (sub, expected) in [("mitid-ida", "signed in \(account.id)"), ("mitid-stranger", "refused 403: Du er logget ind hos Norddjurs Kommune")] {
            let browser = Browser(test.app)
            let start = try await browser.get("/test/family/begin")
            let location = try XCTUnwrap(start.headers.first(name: .location))
            let query = try XCTUnwrap(URLComponents(string: location)?.queryItems)
            func item(_ name: String) -> String? { query.first { $0.name == name }?.value }
            XCTAssertEqual(item("redirect_uri"), "http://127.0.0.1:8080/portal/login")
            let state = try XCTUnwrap(item("state"))
            let code = await provider.issue(claims: ["sub": .string(sub), "nonce": .string(try XCTUnwrap(item("nonce")))],
                                            challenge: try XCTUnwrap(item("code_challenge")), mode: .normal, now: test.clock.now)
            let answer = try await browser.get("/test/family/complete?code=\(code)&state=\(state)")
            XCTAssertTrue(answer.body.string.hasPrefix(expected), answer.body.string)
            // The state once only.
            let replayed = try await browser.get("/test/family/complete?code=\(code)&state=\(state)")
            XCTAssertTrue(replayed.body.string.hasPrefix("refused 400"), replayed.body.string)
        }
    }

    func testTheNewRoutesAreOpenToASignedOutBrowserAndAbsentWithoutAProvider() async throws {
        let declared = Dictionary(test.app.routes.all.map { ("\($0.method) /\($0.path.string)", $0.access) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(declared["GET /login/oidc"] ?? nil, .open)
        XCTAssertEqual(declared["GET /login/oidc/callback"] ?? nil, .open)
        let callback = try await Browser(test.app).get(SiteURL.loginOIDCCallback.path + "?code=x&state=y")
        XCTAssertEqual(callback.status, .badRequest)
        XCTAssertNotEqual(callback.headers.first(name: .location), SiteURL.login.path)
        // The provider is down: said so, not an error page.
        try await provider.stop()
        configure(SignInSettings(oidc: test.app.spor.settings.signIn.oidc, localPasswords: .all))
        let down = try await Browser(test.app).get(SiteURL.loginOIDC.path)
        XCTAssertEqual(down.status, .serviceUnavailable)
        XCTAssertTrue(down.body.string.contains("Norddjurs Kommune svarer ikke lige nu"))
        configure(SignInSettings())
        let absent = try await Browser(test.app).get(SiteURL.loginOIDC.path)
        XCTAssertEqual(absent.status, .notFound)
        let plain = try await Browser(test.app).get(SiteURL.login.path)
        XCTAssertFalse(plain.body.string.contains("login-oidc"))
    }
}

/// A provider on loopback: discovery, its JWKS (an ES256 key made at start) and a token endpoint that checks the client's
/// secret and the PKCE verifier against the challenge the code was issued for.
final class FakeProvider: @unchecked Sendable {
    enum Mode: Sendable { case normal, tampered, wrongAudience, expired, wrongVerifierAccepted }

    let app: Application
    let issuer: String
    private let signer: JWTKeyCollection
    private let state = NIOLockedValueBox<[String: (claims: [String: OIDCClaims.Value], challenge: String, mode: Mode, now: Date)]>([:])

    private init(app: Application, issuer: String, signer: JWTKeyCollection) {
        self.app = app
        self.issuer = issuer
        self.signer = signer
    }

    static func start() async throws -> FakeProvider {
        let app = try await Application.make(.testing)
        app.http.server.configuration.hostname = "127.0.0.1"
        app.http.server.configuration.port = 0
        app.logger.logLevel = .critical
        let key = ES256PrivateKey()
        let signer = JWTKeyCollection()
        await signer.add(ecdsa: key, kid: "k1")
        let parameters = key.publicKey.parameters!
        let jwks = #"{"keys":[{"kty":"EC","crv":"P-256","use":"sig","kid":"k1","x":"\#(parameters.x)","y":"\#(parameters.y)"}]}"#
        let box = NIOLockedValueBox<FakeProvider?>(nil)
        app.get(".well-known", "openid-configuration") { _ in
            let issuer = box.withLockedValue { $0!.issuer }
            return Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(string: """
                {"issuer":"\(issuer)","authorization_endpoint":"\(issuer)/authorize","token_endpoint":"\(issuer)/token",
                 "jwks_uri":"\(issuer)/jwks","end_session_endpoint":"\(issuer)/logout"}
                """))
        }
        app.get("jwks") { _ in Response(status: .ok, headers: ["Content-Type": "application/json"], body: .init(string: jwks)) }
        app.post("token") { request async throws -> Response in
            let provider = box.withLockedValue { $0! }
            return try await provider.token(request)
        }
        try await app.server.start()
        let port = app.http.server.shared.localAddress!.port!
        let provider = FakeProvider(app: app, issuer: "http://127.0.0.1:\(port)", signer: signer)
        box.withLockedValue { $0 = provider }
        return provider
    }

    private let stopped = NIOLockedValueBox(false)

    /// Stops serving (once; later calls do nothing).
    func stop() async throws {
        guard stopped.withLockedValue({ wasStopped in defer { wasStopped = true }; return !wasStopped }) else { return }
        await app.server.shutdown()
        try await app.asyncShutdown()
    }

    /// A code for a sign-in whose ID token will hold `claims` (with the issuer, audience and times added).
    func issue(claims: [String: OIDCClaims.Value], challenge: String, mode: Mode, now: Date) async -> String {
        let code = UUID().uuidString
        state.withLockedValue { $0[code] = (claims, challenge, mode, now) }
        return code
    }

    private func token(_ request: Request) async throws -> Response {
        struct Form: Content { var grant_type: String; var code: String; var code_verifier: String; var redirect_uri: String }
        let form = try request.content.decode(Form.self)
        guard request.headers.basicAuthorization?.username == "spor",
              request.headers.basicAuthorization?.password == "hemmelig+%26+lang" || request.headers.basicAuthorization?.password == "hemmelig%20%26%20lang",
              form.grant_type == "authorization_code",
              ["http://127.0.0.1:8080/login/oidc/callback", "http://127.0.0.1:8080/portal/login"].contains(form.redirect_uri),
              let issued = state.withLockedValue({ $0.removeValue(forKey: form.code) }) else {
            return Response(status: .badRequest, body: .init(string: #"{"error":"invalid_grant"}"#))
        }
        let challenge = Base64URL.encode(Data(SHA256.hash(data: Data(form.code_verifier.utf8))))
        if challenge != issued.challenge && issued.mode != .wrongVerifierAccepted {
            return Response(status: .badRequest, body: .init(string: #"{"error":"invalid_grant"}"#))
        }
        var claims = issued.claims
        let now = issued.now.timeIntervalSince1970
        claims["iss"] = .string(issuer)
        claims["aud"] = .string(issued.mode == .wrongAudience ? "another-client" : "spor")
        claims["iat"] = .number(issued.mode == .expired ? now - 7200 : now)
        claims["exp"] = .number(issued.mode == .expired ? now - 3600 : now + 300)
        var token = try await signer.sign(OIDCClaims(claims), kid: "k1")
        if issued.mode == .tampered {
            claims["spor_role"] = .string("admin")
            let parts = token.split(separator: ".").map(String.init)
            token = [parts[0], Base64URL.encode(try JSONEncoder().encode(OIDCClaims(claims))), parts[2]].joined(separator: ".")
        }
        if issued.mode == .wrongVerifierAccepted {
            // A provider that skipped the PKCE check and was handed a token for another sign-in: its nonce is not this one's.
            claims["nonce"] = .string("another-sign-in")
            token = try await signer.sign(OIDCClaims(claims), kid: "k1")
        }
        return Response(status: .ok, headers: ["Content-Type": "application/json"],
                        body: .init(string: #"{"access_token":"at","token_type":"Bearer","id_token":"\#(token)"}"#))
    }
}
