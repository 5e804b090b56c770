import Foundation
import Vapor
import SporDomain
import SporStore

/// MitID through a broker (issue 25): the family's sign-in in the same shape as the staff's OpenID Connect sign-in
/// (`LoginController+OIDC`), behind the portal's `FamilySignIn` protocol. `begin` sends the browser to the broker with a
/// state, a nonce and a PKCE challenge kept in the session; `complete` takes the state once, exchanges the code and
/// verifies the ID token with the same `OIDCTokenVerifier`, and asks `account` whose family account the verified person
/// has. See docs/SIGN-IN.md for what is built and what is only described: the broker's callback is not routed yet, and
/// no family account is linked to a broker's identity yet, so `Application.familySignIn` stays the password sign-in.
struct OIDCFamilySignIn: FamilySignIn {
    let settings: OIDCSettings
    let provider: OIDCProvider
    /// The family account of the person the broker vouched for (by its `sub` for them); nil: none, refused.
    let account: @Sendable (OIDCIdentity, Request) async throws -> FamilyAccountRecord?

    /// The broker sends the browser back to the portal's sign-in page.
    var redirectURI: String { settings.redirectBase + SiteURL.portalLogin.path }

    func begin(_ request: Request, message: String?, status: HTTPStatus) async throws -> Response {
        // A refusal is shown on the portal's own page; a new attempt starts from there.
        if let message { return PortalController.loginPage(request, refusal: Refusal(field: nil, message: message, values: FormValues()), status: status) }
        let discovery = try await provider.discovery(request.client, now: request.now)
        let pending = OIDCPending.start(now: request.now)
        pending.store(in: &request.session.data)
        return request.redirect(to: OIDCProvider.authorizationURL(discovery, settings: settings, pending: pending, redirectURI: redirectURI),
                                redirectType: .normal)
    }

    func complete(_ request: Request) async throws -> FamilySignInResult {
        let name = settings.providerName
        guard let pending = OIDCPending.take(state: request.query[String.self, at: "state"], from: &request.session.data, now: request.now) else {
            return .refused(message: Strings.oidcStateRefused(request.language), status: .badRequest, retryAfter: nil)
        }
        guard request.query[String.self, at: "error"] == nil, let code = request.query[String.self, at: "code"],
              let token = try await provider.idToken(request.client, code: code, verifier: pending.verifier, redirectURI: redirectURI,
                                                     now: request.now) else {
            return .refused(message: Strings.oidcProviderRefused(request.language, name), status: .forbidden, retryAfter: nil)
        }
        let identity: OIDCIdentity
        do {
            let keys = try await provider.keys(request.client, kid: try? OIDCTokenVerifier.header(token).kid, now: request.now)
            identity = try await OIDCTokenVerifier(settings).verify(token, keys: keys, nonce: pending.nonce, now: request.now)
        } catch {
            return .refused(message: Strings.oidcTokenRefused(request.language, name), status: .unauthorized, retryAfter: nil)
        }
        // An account the caseworker made and the family opened, not closed since (it has no password of its own here).
        guard let found = try await account(identity, request), found.activatedAt != nil, found.revokedAt == nil else {
            return .refused(message: Strings.oidcNoFamilyAccount(request.language, name), status: .forbidden, retryAfter: nil)
        }
        return .signedIn(found)
    }
}
