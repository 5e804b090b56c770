import Foundation
import JWTKit
import Vapor
import XCTest
import SporDomain
@testable import SporWeb

/// The ID token's verification (issue 25, item 1) with a key made in the test, the state's single use, the role
/// mapping and the settings read from the environment. The whole sign-in through a provider on loopback is in
/// `OIDCSignInFlowTests`, and through a real provider in the browser in `e2e/test_oidc.py`.
final class OIDCTests: XCTestCase {
    static let issuer = "https://login.norddjurs.example"
    static let clientID = "spor"
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let verifier = OIDCTokenVerifier(issuer: OIDCTests.issuer, clientID: OIDCTests.clientID, roleClaim: "spor_role", teamClaim: "spor_team")

    /// A signing key of the provider's, its JWKS as the provider would serve it, and a token signer.
    struct Provider {
        let signer = JWTKeyCollection()
        let jwks: Data
        let kid: String

        static func make(kid: String = "key-1") async throws -> Provider {
            let key = ES256PrivateKey()
            let parameters = try XCTUnwrap(key.publicKey.parameters)
            let jwks = #"{"keys":[{"kty":"EC","crv":"P-256","use":"sig","alg":"ES256","kid":"\#(kid)","x":"\#(parameters.x)","y":"\#(parameters.y)"}]}"#
            let provider = Provider(jwks: Data(jwks.utf8), kid: kid)
            await provider.signer.add(ecdsa: key, kid: JWKIdentifier(string: kid))
            return provider
        }

        func token(_ claims: [String: OIDCClaims.Value]) async throws -> String {
            try await signer.sign(OIDCClaims(claims), kid: JWKIdentifier(string: kid))
        }
    }

    func claims(nonce: String = "nonce-1", audience: OIDCClaims.Value = .string(OIDCTests.clientID), issuer: String = OIDCTests.issuer,
                issuedAt: TimeInterval = 0, expiresIn: TimeInterval = 300) -> [String: OIDCClaims.Value] {
        ["iss": .string(issuer), "aud": audience, "sub": .string("a1b2c3"), "nonce": .string(nonce),
         "iat": .number(now.timeIntervalSince1970 + issuedAt), "exp": .number(now.timeIntervalSince1970 + issuedAt + expiresIn),
         "name": .string("Sara Rådgiver"), "spor_role": .strings(["caseworker"]), "spor_team": .string("Team Grenaa")]
    }

    func refusal(_ token: String, keys: JWTKeyCollection, nonce: String = "nonce-1") async -> OIDCTokenRefusal? {
        do {
            _ = try await verifier.verify(token, keys: keys, nonce: nonce, now: now)
            return nil
        } catch {
            return error
        }
    }

    func testAValidTokenIsAcceptedAndSaysWhoTheUserIs() async throws {
        let provider = try await Provider.make()
        let keys = try await OIDCTokenVerifier.keys(jwks: provider.jwks)
        let identity = try await verifier.verify(try await provider.token(claims()), keys: keys, nonce: "nonce-1", now: now)
        XCTAssertEqual(identity, OIDCIdentity(subject: "a1b2c3", name: "Sara Rådgiver", preferredUsername: nil, roles: ["caseworker"],
                                              team: "Team Grenaa"))
        // Several audiences, when the token names Spor as its authorized party.
        var shared = claims(audience: .strings(["spor", "intranet"]))
        shared["azp"] = .string("spor")
        let accepted = await refusal(try await provider.token(shared), keys: keys)
        XCTAssertNil(accepted)
    }

    func testATamperedPayloadIsRefused() async throws {
        let provider = try await Provider.make()
        let keys = try await OIDCTokenVerifier.keys(jwks: provider.jwks)
        let token = try await provider.token(claims())
        let parts = token.split(separator: ".").map(String.init)
        var payload = try XCTUnwrap(try JSONSerialization.jsonObject(with: XCTUnwrap(Base64URL.decode(parts[1]))) as? [String: Any])
        payload["spor_role"] = "admin"
        let forged = [parts[0], Base64URL.encode(try JSONSerialization.data(withJSONObject: payload)), parts[2]].joined(separator: ".")
        let refused = await refusal(forged, keys: keys)
        XCTAssertEqual(refused, .signature)
    }

    func testATokenSignedByAnotherKeyIsRefused() async throws {
        let provider = try await Provider.make()
        let impostor = try await Provider.make()  // the same kid, another key
        let keys = try await OIDCTokenVerifier.keys(jwks: provider.jwks)
        let refused = await refusal(try await impostor.token(claims()), keys: keys)
        XCTAssertEqual(refused, .signature)
    }

    func testAWrongAudienceIsRefused() async throws {
        let provider = try await Provider.make()
        let keys = try await OIDCTokenVerifier.keys(jwks: provider.jwks)
        let other = await refusal(try await provider.token(claims(audience: .string("another-client"))), keys: keys)
        XCTAssertEqual(other, .audience)
        // Spor among several audiences, but the token was given to another party.
        var shared = claims(audience: .strings(["another-client", "spor"]))
        shared["azp"] = .string("another-client")
        let presented = await refusal(try await provider.token(shared), keys: keys)
        XCTAssertEqual(presented, .audience)
    }

    func testAWrongIssuerIsRefused() async throws {
        let provider = try await Provider.make()
        let keys = try await OIDCTokenVerifier.keys(jwks: provider.jwks)
        let refused = await refusal(try await provider.token(claims(issuer: "https://login.other.example")), keys: keys)
        XCTAssertEqual(refused, .issuer)
    }

    func testAnExpiredTokenIsRefused() async throws {
        let provider = try await Provider.make()
        let keys = try await OIDCTokenVerifier.keys(jwks: provider.jwks)
        // Issued 8 minutes ago for 5 minutes: passed its end 3 minutes ago, beyond the minute's leeway.
        let expired = await refusal(try await provider.token(claims(issuedAt: -480, expiresIn: 300)), keys: keys)
        XCTAssertEqual(expired, .expired)
        // Issued in the future, and issued long ago with a far end.
        let future = await refusal(try await provider.token(claims(issuedAt: 600)), keys: keys)
        XCTAssertEqual(future, .issuedAt)
        let old = await refusal(try await provider.token(claims(issuedAt: -3600, expiresIn: 86_400)), keys: keys)
        XCTAssertEqual(old, .issuedAt)
    }

    func testAWrongNonceIsRefused() async throws {
        let provider = try await Provider.make()
        let keys = try await OIDCTokenVerifier.keys(jwks: provider.jwks)
        let refused = await refusal(try await provider.token(claims(nonce: "nonce-of-another-sign-in")), keys: keys)
        XCTAssertEqual(refused, .nonce)
        var none = claims()
        none["nonce"] = nil
        let missing = await refusal(try await provider.token(none), keys: keys)
        XCTAssertEqual(missing, .nonce)
    }

    func testOnlyRS256AndES256AreAccepted() async throws {
        let provider = try await Provider.make()
        let keys = try await OIDCTokenVerifier.keys(jwks: provider.jwks)
        // An HMAC token (keyed, say, with a public key's bytes) and an unsigned one.
        let hmac = JWTKeyCollection()
        await hmac.add(hmac: HMACKey(from: Data(provider.jwks)), digestAlgorithm: .sha256, kid: JWKIdentifier(string: provider.kid))
        let keyed = try await hmac.sign(OIDCClaims(claims()), kid: JWKIdentifier(string: provider.kid))
        let refusedHMAC = await refusal(keyed, keys: keys)
        XCTAssertEqual(refusedHMAC, .algorithm)
        let header = Base64URL.encode(Data(#"{"alg":"none","typ":"JWT"}"#.utf8))
        let payload = keyed.split(separator: ".")[1]
        let refusedNone = await refusal("\(header).\(payload).", keys: keys)
        XCTAssertEqual(refusedNone, .algorithm)
        let refusedGarbage = await refusal("not-a-token", keys: keys)
        XCTAssertEqual(refusedGarbage, .malformed)
    }

    // MARK: The state

    func testAStateIsTakenOnceOnly() {
        var session = SessionData()
        let pending = OIDCPending.start(now: now)
        pending.store(in: &session)
        XCTAssertEqual(OIDCPending.take(state: pending.state, from: &session, now: now.addingTimeInterval(30)), pending)
        // Replayed: nothing is left to take.
        XCTAssertNil(OIDCPending.take(state: pending.state, from: &session, now: now.addingTimeInterval(31)))
    }

    func testAWrongOrLateStateFindsNothingAndEndsTheSignIn() {
        var session = SessionData()
        let pending = OIDCPending.start(now: now)
        pending.store(in: &session)
        XCTAssertNil(OIDCPending.take(state: "forged", from: &session, now: now))
        // The wrong state used it up: the right one no longer works either.
        XCTAssertNil(OIDCPending.take(state: pending.state, from: &session, now: now))
        pending.store(in: &session)
        XCTAssertNil(OIDCPending.take(state: pending.state, from: &session, now: now.addingTimeInterval(OIDCPending.lifetime + 1)))
        XCTAssertNil(OIDCPending.take(state: nil, from: &session, now: now))
    }

    func testEachSignInHasItsOwnStateNonceAndS256Challenge() {
        let one = OIDCPending.start(now: now), two = OIDCPending.start(now: now)
        XCTAssertNotEqual(one.state, two.state)
        XCTAssertNotEqual(one.nonce, two.nonce)
        XCTAssertNotEqual(one.state, one.nonce)
        XCTAssertEqual(one.verifier.count, 43)
        // RFC 7636 appendix B's example.
        let example = OIDCPending(state: "s", nonce: "n", verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", startedAt: 0)
        XCTAssertEqual(example.challenge, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
    }

    // MARK: Roles and settings

    func testTheRoleClaimGivesOneSporRole() throws {
        var settings = OIDCSettings(issuer: Self.issuer, clientID: "spor", clientSecret: "s", redirectBase: "https://spor.example")
        XCTAssertEqual(try settings.role(from: ["teamlead"]).get(), .teamLead)
        XCTAssertEqual(try settings.role(from: ["Mail-users", "caseworker"]).get(), .caseworker)
        XCTAssertThrowsError(try settings.role(from: []).get()) { XCTAssertEqual($0 as? OIDCRoleRefusal, OIDCRoleRefusal.none) }
        XCTAssertThrowsError(try settings.role(from: ["superuser"]).get()) { XCTAssertEqual($0 as? OIDCRoleRefusal, OIDCRoleRefusal.none) }
        XCTAssertThrowsError(try settings.role(from: ["caseworker", "admin"]).get()) { XCTAssertEqual($0 as? OIDCRoleRefusal, .ambiguous) }
        settings.roleMap = try XCTUnwrap(OIDCSettings.parseRoleMap("Spor.Raadgiver=caseworker, Spor.Leder=teamlead"))
        XCTAssertEqual(try settings.role(from: ["Spor.Leder"]).get(), .teamLead)
        XCTAssertThrowsError(try settings.role(from: ["caseworker"]).get())
        XCTAssertNil(OIDCSettings.parseRoleMap("Spor.Chef=boss"))
        XCTAssertNil(OIDCSettings.parseRoleMap("caseworker"))
    }

    func testTheSettingsAreReadFromTheEnvironmentOrRefused() throws {
        let base = ["SPOR_OIDC_ISSUER": Self.issuer, "SPOR_OIDC_CLIENT_ID": "spor", "SPOR_OIDC_CLIENT_SECRET": "hemmelig",
                    "SPOR_OIDC_REDIRECT_BASE": "https://spor.norddjurs.example/"]
        let settings = try XCTUnwrap(try SignInSettings.fromEnvironment(base).oidc)
        XCTAssertEqual(settings.discoveryURL, Self.issuer + "/.well-known/openid-configuration")
        XCTAssertEqual(settings.roleClaim, "spor_role")
        XCTAssertEqual(settings.teamClaim, "spor_team")
        XCTAssertEqual(settings.providerName, "login.norddjurs.example")
        XCTAssertEqual(OIDCProvider.redirectURI(settings), "https://spor.norddjurs.example/login/oidc/callback")
        XCTAssertNil(try SignInSettings.fromEnvironment([:]).oidc)
        XCTAssertEqual(try SignInSettings.fromEnvironment(base.merging(["SPOR_LOCAL_PASSWORDS": "admin-only"]) { $1 }).localPasswords, .adminOnly)
        for broken in [["SPOR_OIDC_CLIENT_SECRET": ""], ["SPOR_OIDC_ISSUER": "http://login.norddjurs.example"],
                       ["SPOR_OIDC_REDIRECT_BASE": "spor.example"], ["SPOR_OIDC_ROLE_MAP": "x=king"], ["SPOR_LOCAL_PASSWORDS": "some"]] {
            XCTAssertThrowsError(try SignInSettings.fromEnvironment(base.merging(broken) { $1 }), "\(broken)")
        }
        // Only the administrator with a password, and no provider: nobody else could sign in.
        XCTAssertThrowsError(try SignInSettings.fromEnvironment(["SPOR_LOCAL_PASSWORDS": "admin-only"]))
        // Plain HTTP on this machine only (a provider the tests start).
        XCTAssertTrue(OIDCSettings.isAllowedAddress("http://127.0.0.1:5000"))
        XCTAssertFalse(OIDCSettings.isAllowedAddress("http://10.0.0.1:5000"))
    }
}
