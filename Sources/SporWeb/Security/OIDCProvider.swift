import Foundation
import JWTKit
import Vapor

/// The municipality's OpenID provider as Spor talks to it, over HTTP with Vapor's client: its discovery document and
/// its keys (both kept for a while), and the exchange of an authorization code for tokens.
actor OIDCProvider {
    /// What Spor reads of `/.well-known/openid-configuration`.
    struct Discovery: Codable, Sendable {
        let issuer: String
        let authorizationEndpoint: String
        let tokenEndpoint: String
        let jwksURI: String
        let endSessionEndpoint: String?

        enum CodingKeys: String, CodingKey {
            case issuer
            case authorizationEndpoint = "authorization_endpoint"
            case tokenEndpoint = "token_endpoint"
            case jwksURI = "jwks_uri"
            case endSessionEndpoint = "end_session_endpoint"
        }
    }

    /// The provider could not be reached, or answered something Spor cannot use.
    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    let settings: OIDCSettings
    /// How long the discovery document is kept.
    static let discoveryLifetime: TimeInterval = 60 * 60
    /// The keys are fetched again when a token names a key not among them, at most this often.
    static let keysRefetchInterval: TimeInterval = 30

    private var discovery: (value: Discovery, fetched: Date)?
    private var keys: (value: JWTKeyCollection, kids: Set<String>, fetched: Date)?

    init(settings: OIDCSettings) {
        self.settings = settings
    }

    func discovery(_ client: any Client, now: Date) async throws -> Discovery {
        if let discovery, now.timeIntervalSince(discovery.fetched) < Self.discoveryLifetime { return discovery.value }
        let response = try await get(client, settings.discoveryURL)
        guard let document = try? JSONDecoder().decode(Discovery.self, from: response) else {
            throw Unavailable(description: "discovery document unreadable")
        }
        // OpenID Connect Discovery §4.3: the document's issuer is the configured one, exactly.
        guard document.issuer == settings.issuer else { throw Unavailable(description: "discovery names another issuer") }
        for address in [document.authorizationEndpoint, document.tokenEndpoint, document.jwksURI] + [document.endSessionEndpoint].compactMap({ $0 }) {
            guard OIDCSettings.isAllowedAddress(address) else { throw Unavailable(description: "discovery endpoint neither HTTPS nor loopback") }
        }
        discovery = (document, now)
        return document
    }

    /// The provider's keys; fetched again when `kid` is not among them (the provider rolled its keys).
    func keys(_ client: any Client, kid: String?, now: Date) async throws -> JWTKeyCollection {
        if let keys {
            let known = kid.map { keys.kids.contains($0) } ?? true
            if known || now.timeIntervalSince(keys.fetched) < Self.keysRefetchInterval { return keys.value }
        }
        let document = try await discovery(client, now: now)
        let data = try await get(client, document.jwksURI)
        guard let collection = try? await OIDCTokenVerifier.keys(jwks: data) else { throw Unavailable(description: "JWKS unreadable") }
        let kids = Set(((try? JSONDecoder().decode(JWKS.self, from: data))?.keys ?? []).compactMap { $0.keyIdentifier?.string })
        keys = (collection, kids, now)
        return collection
    }

    /// Exchanges the code for tokens at the token endpoint (client secret by HTTP Basic, RFC 6749 §2.3.1) and returns
    /// the ID token; nil when the provider refuses the code.
    func idToken(_ client: any Client, code: String, verifier: String, redirectURI: String? = nil, now: Date) async throws -> String? {
        let document = try await discovery(client, now: now)
        struct TokenRequest: Content {
            let grant_type: String
            let code: String
            let redirect_uri: String
            let code_verifier: String
            let client_id: String
        }
        struct TokenResponse: Decodable {
            let id_token: String?
        }
        let settings = self.settings
        let body = TokenRequest(grant_type: "authorization_code", code: code, redirect_uri: redirectURI ?? Self.redirectURI(settings),
                                code_verifier: verifier, client_id: settings.clientID)
        let response = try await client.post(URI(string: document.tokenEndpoint)) { request in
            request.headers.basicAuthorization = BasicAuthorization(username: Self.formEncoded(settings.clientID),
                                                                    password: Self.formEncoded(settings.clientSecret))
            request.headers.replaceOrAdd(name: .accept, value: "application/json")
            try request.content.encode(body, as: .urlEncodedForm)
        }
        guard response.status == .ok else {
            if (400..<500).contains(response.status.code) { return nil }
            throw Unavailable(description: "token endpoint answered \(response.status.code)")
        }
        guard let buffer = response.body, let answer = try? JSONDecoder().decode(TokenResponse.self, from: Data(buffer.readableBytesView)) else {
            throw Unavailable(description: "token response unreadable")
        }
        return answer.id_token
    }

    /// Where the provider sends the browser back to.
    static func redirectURI(_ settings: OIDCSettings) -> String { settings.redirectBase + SiteURL.loginOIDCCallback.path }

    /// The address that starts a sign-in at the provider.
    static func authorizationURL(_ discovery: Discovery, settings: OIDCSettings, pending: OIDCPending, redirectURI: String? = nil) -> String {
        let query = [
            ("response_type", "code"), ("client_id", settings.clientID), ("redirect_uri", redirectURI ?? Self.redirectURI(settings)),
            ("scope", settings.scopes.joined(separator: " ")), ("state", pending.state), ("nonce", pending.nonce),
            ("code_challenge", pending.challenge), ("code_challenge_method", "S256"),
        ].map { "\($0.0)=\(formEncoded($0.1))" }.joined(separator: "&")
        return discovery.authorizationEndpoint + (discovery.authorizationEndpoint.contains("?") ? "&" : "?") + query
    }

    /// The provider's sign-out (OpenID Connect RP-Initiated Logout), back to Spor's login page afterwards.
    static func endSessionURL(_ endpoint: String, settings: OIDCSettings) -> String {
        let query = [("client_id", settings.clientID), ("post_logout_redirect_uri", settings.redirectBase + SiteURL.login.path)]
            .map { "\($0.0)=\(formEncoded($0.1))" }.joined(separator: "&")
        return endpoint + (endpoint.contains("?") ? "&" : "?") + query
    }

    /// `application/x-www-form-urlencoded`'s escaping: everything but letters, digits and `-._~`.
    static func formEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    private func get(_ client: any Client, _ address: String) async throws -> Data {
        let response: ClientResponse
        do {
            response = try await client.get(URI(string: address)) { $0.headers.replaceOrAdd(name: .accept, value: "application/json") }
        } catch {
            throw Unavailable(description: "unreachable")
        }
        guard response.status == .ok, let body = response.body else { throw Unavailable(description: "answered \(response.status.code)") }
        return Data(body.readableBytesView)
    }
}

extension Application {
    private struct OIDCProviderKey: StorageKey { typealias Value = OIDCProvider }

    /// The staff's OpenID provider, when one is configured (`configure` sets it from `Settings.signIn`).
    var oidcProvider: OIDCProvider? {
        get { storage[OIDCProviderKey.self] }
        set { storage[OIDCProviderKey.self] = newValue }
    }
}
