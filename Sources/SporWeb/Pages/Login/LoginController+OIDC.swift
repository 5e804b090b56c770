import Foundation
import Vapor
import SporDomain
import SporStore

/// Signing staff in through the municipality's OpenID provider (issue 25, item 1): the authorization code flow with
/// PKCE (S256), a state used once and a nonce, the ID token verified against the provider's keys (`OIDCTokenVerifier`).
/// The user is made or brought up to date from the token's claims; a user whose role the provider took away is
/// deactivated. The audit log gets Spor's user id only, never a claim.
extension LoginController {
    /// The session notes that the user signed in at the provider, so that signing out ends the provider's session too.
    static let oidcSessionKey = "oidc"

    /// Leaves for the provider with a new state, nonce and PKCE challenge kept in the session.
    @Sendable static func startOIDC(_ request: Request) async throws -> Response {
        guard let settings = request.spor.settings.signIn.oidc, let provider = request.application.oidcProvider else { throw Abort(.notFound) }
        if let user = request.currentUser { return request.redirect(to: Authorization.home(user.role)) }
        let discovery: OIDCProvider.Discovery
        do {
            discovery = try await provider.discovery(request.client, now: request.now)
        } catch {
            request.logger.warning("oidc: provider unavailable (\(error))")
            return refuse(request, Strings.oidcUnavailable, status: .serviceUnavailable)
        }
        let pending = OIDCPending.start(now: request.now)
        pending.store(in: &request.session.data)
        return request.redirect(to: OIDCProvider.authorizationURL(discovery, settings: settings, pending: pending), redirectType: .normal)
    }

    /// The provider sends the browser back here with a code (or an error) and the state.
    @Sendable static func finishOIDC(_ request: Request) async throws -> Response {
        guard let settings = request.spor.settings.signIn.oidc, let provider = request.application.oidcProvider else { throw Abort(.notFound) }
        let state = request.query[String.self, at: "state"]
        guard let pending = OIDCPending.take(state: state, from: &request.session.data, now: request.now) else {
            try await request.store.audit(.loginFailed, user: nil, now: request.now)
            return refuse(request, Strings.oidcStateRefused, status: .badRequest)
        }
        guard request.query[String.self, at: "error"] == nil, let code = request.query[String.self, at: "code"], !code.isEmpty else {
            try await request.store.audit(.loginFailed, user: nil, now: request.now)
            return refuse(request, Strings.oidcProviderRefused, status: .forbidden)
        }
        let identity: OIDCIdentity
        do {
            guard let token = try await provider.idToken(request.client, code: code, verifier: pending.verifier, now: request.now) else {
                try await request.store.audit(.loginFailed, user: nil, now: request.now)
                return refuse(request, Strings.oidcProviderRefused, status: .forbidden)
            }
            let kid = try? OIDCTokenVerifier.header(token).kid
            let keys = try await provider.keys(request.client, kid: kid, now: request.now)
            identity = try await OIDCTokenVerifier(settings).verify(token, keys: keys, nonce: pending.nonce, now: request.now)
        } catch let refusal as OIDCTokenRefusal {
            // The reason, never the token or its claims.
            request.logger.warning("oidc: ID token refused (\(refusal))")
            try await request.store.audit(.loginFailed, user: nil, now: request.now)
            return refuse(request, Strings.oidcTokenRefused, status: .unauthorized)
        } catch {
            request.logger.warning("oidc: provider unavailable (\(error))")
            return refuse(request, Strings.oidcUnavailable, status: .serviceUnavailable)
        }
        return try await signIn(request, identity: identity, settings: settings)
    }

    /// The verified identity as a Spor user: made or brought up to date, or refused (and, when the provider no longer
    /// gives them a role, deactivated).
    private static func signIn(_ request: Request, identity: OIDCIdentity, settings: OIDCSettings) async throws -> Response {
        let store = request.store
        let existing = try await store.user(externalID: identity.subject)
        let role: Role
        switch settings.role(from: identity.roles) {
        case .success(let mapped):
            role = mapped
        case .failure(let reason):
            if let existing, existing.isActive {
                // The provider no longer lets them into Spor: their sessions end and their tokens are revoked.
                try await store.deactivateUser(existing.id, by: nil, now: request.now)
            }
            try await request.signInAudit(existing?.municipality).audit(.loginFailed, user: existing?.id, now: request.now)
            return refuse(request, reason == .ambiguous ? Strings.oidcAmbiguousRole : Strings.oidcNoRole, status: .forbidden)
        }
        var team: UUID?
        if let value = identity.team?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
            let teams = try await store.teams()
            guard let found = teams.first(where: { $0.id.uuidString.lowercased() == value.lowercased() })
                    ?? teams.first(where: { $0.name.compare(value, options: [.caseInsensitive]) == .orderedSame }) else {
                try await request.signInAudit(existing?.municipality).audit(.loginFailed, user: existing?.id, now: request.now)
                return refuse(request, Strings.oidcUnknownTeam, status: .forbidden)
            }
            team = found.id
        }
        let name = identity.name.map(cleanName) ?? ""
        let signIn = Store.ExternalSignIn(externalID: identity.subject, preferredUsername: identity.preferredUsername,
                                          displayName: name.isEmpty ? (identity.preferredUsername.map(cleanName) ?? identity.subject) : name,
                                          role: role, team: team)
        guard let user = try await store.signInExternalUser(signIn, now: request.now) else {
            try await request.signInAudit(existing?.municipality).audit(.loginFailed, user: existing?.id, now: request.now)
            return refuse(request, Strings.oidcDeactivated, status: .forbidden)
        }
        let response = try await completeLogin(request, user: user, account: request.loginAccount("oidc:" + identity.subject))
        request.session.data[oidcSessionKey] = "1"
        return response
    }

    /// A name as the provider wrote it, without control characters, at most 200 characters.
    private static func cleanName(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.map(Character.init).prefix(200))
            .trimmingCharacters(in: .whitespaces)
    }

    /// The login page again with `message` (naming the provider where it has a place for it).
    private static func refuse(_ request: Request, _ message: LocalizedText, status: HTTPStatus) -> Response {
        let name = request.spor.settings.signIn.oidc?.providerName ?? ""
        let refusal = LoginRefusal(message: message(request.language, name), status: status, retryAfter: nil)
        return refusal.render(request, title: Strings.loginTitle) { LoginView.body(refusal: $0, options: loginOptions(request), $1) }
    }

    /// What the login page offers, from the settings.
    static func loginOptions(_ request: Request) -> LoginOptions {
        LoginOptions.query(settings: request.spor.settings.signIn)
    }

    /// Whether a user of `role` may sign in with a password kept in Spor.
    static func passwordAllowed(_ request: Request, role: Role) -> Bool {
        request.spor.settings.signIn.localPasswords == .all || role == .admin
    }

    /// What a refused password is answered with: pointing at the provider when staff sign in there.
    static func passwordRefusal(_ request: Request) -> LocalizedText {
        guard let name = request.spor.settings.signIn.oidc?.providerName else { return Strings.loginFailed }
        return LocalizedText(da: Strings.oidcUseProvider(.da, name), en: Strings.oidcUseProvider(.en, name))
    }

    /// The provider's sign-out address when this session was signed in there and the provider offers one.
    static func providerSignOut(_ request: Request) async -> String? {
        guard request.session.data[oidcSessionKey] == "1", let settings = request.spor.settings.signIn.oidc,
              let provider = request.application.oidcProvider,
              let endpoint = try? await provider.discovery(request.client, now: request.now).endSessionEndpoint else { return nil }
        return OIDCProvider.endSessionURL(endpoint, settings: settings)
    }
}
