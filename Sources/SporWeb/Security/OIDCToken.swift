import Foundation
import JWTKit

/// What a verified ID token says of the user: who they are at the provider, and the values of the role and team claims.
/// Never written to the audit log or the server log (only Spor's user id is).
struct OIDCIdentity: Sendable, Hashable {
    /// `sub`: the provider's id for the user, kept as the user's external id.
    let subject: String
    let name: String?
    let preferredUsername: String?
    /// The role claim's values (a string claim gives one, a list gives each).
    let roles: [String]
    /// The team claim's value, when there is one.
    let team: String?
}

/// Why an ID token was refused. Each is said to the user the same way ("the provider's answer could not be
/// verified"); the case is for the tests and the server log.
enum OIDCTokenRefusal: Error, Sendable, Equatable {
    case malformed
    /// An algorithm other than RS256 or ES256 (`none` and HMAC among them).
    case algorithm
    /// No key of the provider's JWKS verifies the signature (a tampered token).
    case signature
    case issuer
    case audience
    case expired
    /// Issued in the future, or too long ago.
    case issuedAt
    case nonce
    case subject
}

/// The ID token's claims, every one read by its name: the role and team claims are named by the configuration.
struct OIDCClaims: JWTPayload {
    enum Value: Codable, Sendable, Hashable {
        case string(String)
        case number(Double)
        case strings([String])
        /// A boolean, an object, a list of anything but strings, or null: not read.
        case other

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) { self = .string(text) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else if let texts = try? container.decode([String].self) { self = .strings(texts) }
            else { self = .other }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let text): try container.encode(text)
            case .number(let number): try container.encode(number)
            case .strings(let texts): try container.encode(texts)
            case .other: try container.encodeNil()
            }
        }

        var string: String? { if case .string(let text) = self { text } else { nil } }
        var number: Double? { if case .number(let number) = self { number } else { nil } }
        /// A string as a list of one, a list of strings as itself.
        var strings: [String] {
            switch self {
            case .string(let text): [text]
            case .strings(let texts): texts
            default: []
            }
        }
    }

    struct Key: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    var values: [String: Value]

    init(_ values: [String: Value]) { self.values = values }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var values: [String: Value] = [:]
        for key in container.allKeys {
            values[key.stringValue] = (try? container.decode(Value.self, forKey: key)) ?? .other
        }
        self.values = values
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (key, value) in values { try container.encode(value, forKey: Key(stringValue: key)) }
    }

    /// The claims are checked by `OIDCTokenVerifier` against the sign-in that asked for the token (its nonce, the clock).
    func verify(using algorithm: some JWTAlgorithm) async throws {}

    subscript(_ name: String) -> Value? { values[name] }
}

/// Checks an ID token as OpenID Connect Core §3.1.3.7 asks: the signature by a key of the provider's JWKS (RS256 or
/// ES256 only), `iss` the configured issuer, `aud` the client id (and `azp` too when there are several audiences), `exp`
/// not passed, `iat` not in the future nor older than `maxAge`, and `nonce` the one this sign-in stored in the session.
struct OIDCTokenVerifier: Sendable {
    let issuer: String
    let clientID: String
    let roleClaim: String
    let teamClaim: String
    /// Clock skew allowed between Spor and the provider.
    var leeway: TimeInterval = 60
    /// A token issued longer ago than this is refused, whatever its `exp`.
    var maxAge: TimeInterval = 10 * 60

    static let algorithms: Set<String> = ["RS256", "ES256"]

    init(issuer: String, clientID: String, roleClaim: String, teamClaim: String) {
        self.issuer = issuer
        self.clientID = clientID
        self.roleClaim = roleClaim
        self.teamClaim = teamClaim
    }

    init(_ settings: OIDCSettings) {
        self.init(issuer: settings.issuer, clientID: settings.clientID, roleClaim: settings.roleClaim, teamClaim: settings.teamClaim)
    }

    /// The token's header: its key id and algorithm, read before any key is chosen.
    static func header(_ token: String) throws(OIDCTokenRefusal) -> (kid: String?, alg: String) {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let data = Base64URL.decode(String(parts[0])),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw .malformed }
        guard let alg = object["alg"] as? String else { throw .malformed }
        return (object["kid"] as? String, alg)
    }

    func verify(_ token: String, keys: JWTKeyCollection, nonce: String, now: Date) async throws(OIDCTokenRefusal) -> OIDCIdentity {
        let header = try Self.header(token)
        guard Self.algorithms.contains(header.alg) else { throw .algorithm }
        let claims: OIDCClaims
        do {
            claims = try await keys.verify(token, as: OIDCClaims.self)
        } catch {
            throw .signature
        }
        guard claims["iss"]?.string == issuer else { throw .issuer }
        let audiences = claims["aud"]?.strings ?? []
        guard audiences.contains(clientID) else { throw .audience }
        if audiences.count > 1 { guard claims["azp"]?.string == clientID else { throw .audience } }
        guard let exp = claims["exp"]?.number, now.timeIntervalSince1970 < exp + leeway else { throw .expired }
        guard let iat = claims["iat"]?.number, iat <= now.timeIntervalSince1970 + leeway,
              iat >= now.timeIntervalSince1970 - maxAge else { throw .issuedAt }
        guard let tokenNonce = claims["nonce"]?.string, OIDCPending.equal(tokenNonce, nonce) else { throw .nonce }
        guard let subject = claims["sub"]?.string, !subject.isEmpty, subject.utf8.count <= 255 else { throw .subject }
        return OIDCIdentity(subject: subject, name: claims["name"]?.string, preferredUsername: claims["preferred_username"]?.string,
                            roles: claims[roleClaim]?.strings ?? [], team: claims[teamClaim]?.strings.first)
    }

    /// The provider's keys, as its `jwks_uri` serves them.
    static func keys(jwks data: Data) async throws -> JWTKeyCollection {
        let jwks = try JSONDecoder().decode(JWKS.self, from: data)
        let keys = JWTKeyCollection()
        // Only signing keys of the two algorithms: an encryption key or an HMAC secret is never used to verify.
        let usable = jwks.keys.filter { key in
            (key.keyType == .rsa || key.keyType == .ecdsa) && (key.algorithm.map { algorithms.contains($0.rawValue) } ?? true)
        }
        try await keys.add(jwks: JWKS(keys: usable))
        return keys
    }
}

/// Base64 with the URL alphabet and no padding (RFC 7515 §2): `-` and `_` for the standard alphabet's 62nd and 63rd.
enum Base64URL {
    private static let plus = Character(Unicode.Scalar(0x2B)), slash = Character(Unicode.Scalar(0x2F))

    static func encode(_ data: Data) -> String {
        String(data.base64EncodedString().compactMap { $0 == plus ? "-" : $0 == slash ? "_" : $0 == "=" ? nil : $0 })
    }

    static func decode(_ text: String) -> Data? {
        var base64 = String(text.map { $0 == "-" ? plus : $0 == "_" ? slash : $0 })
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
