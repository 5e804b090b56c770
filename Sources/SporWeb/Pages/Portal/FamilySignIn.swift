import Foundation
import Vapor
import SporDomain
import SporStore

/// How a child or a parent proves who they are to the portal. Spor signs them in with the username and password
/// they chose when they activated their account; in production the municipality's MitID broker would take its
/// place behind this same protocol (`begin` redirects to the broker, `complete` reads its answer), and nothing
/// else in the portal would change.
protocol FamilySignIn: Sendable {
    /// The page (or the redirect) that starts signing in, with a message when the last attempt was refused.
    func begin(_ request: Request, message: String?, status: HTTPStatus) async throws -> Response
    /// The account the request proves, or a refusal to show.
    func complete(_ request: Request) async throws -> FamilySignInResult
}

enum FamilySignInResult {
    case signedIn(FamilyAccountRecord)
    case refused(message: String, status: HTTPStatus, retryAfter: Int?)
}

/// Username and password, throttled like the staff login (a keyed hash of the username counts the failures).
struct PasswordFamilySignIn: FamilySignIn {
    struct Form: Content {
        var username: String
        var password: String
    }

    func begin(_ request: Request, message: String?, status: HTTPStatus) async throws -> Response {
        let username = (try? request.content.get(String.self, at: "username")) ?? ""
        let refusal = message.map { Refusal(field: nil, message: $0, values: FormValues(["username": username])) }
        return PortalController.loginPage(request, refusal: refusal, status: status)
    }

    func complete(_ request: Request) async throws -> FamilySignInResult {
        let form = (try? request.content.decode(Form.self)) ?? Form(username: "", password: "")
        let username = form.username.trimmingCharacters(in: .whitespaces).lowercased()
        let account = request.loginAccount("family:" + username)
        let known = try await request.store.familyAccount(signingIn: username)
        if let refusal = try await LoginController.refusal(request, account: account, user: known?.id, municipality: known?.municipality) {
            return .refused(message: refusal.message, status: refusal.status, retryAfter: refusal.retryAfter)
        }
        var verified = false
        if let known, known.isActive, let hash = known.passwordHash {
            verified = try await request.password.async.verify(form.password, created: hash)
        } else {
            // Unknown or closed accounts are hashed and answered like known ones.
            _ = try? await request.password.async.hash(form.password)
        }
        guard let known, verified else {
            let refusal = try await LoginController.failure(request, account: account, user: known?.id, municipality: known?.municipality,
                                                           wrong: Strings.portalLoginFailed)
            return .refused(message: refusal.message, status: refusal.status, retryAfter: refusal.retryAfter)
        }
        try await request.store.clearLoginFailures(account: account)
        return .signedIn(known)
    }
}

extension Application {
    private struct FamilySignInKey: StorageKey { typealias Value = any FamilySignIn }

    /// How the portal signs people in; passwords unless something else is plugged in.
    var familySignIn: any FamilySignIn {
        get { storage[FamilySignInKey.self] ?? PasswordFamilySignIn() }
        set { storage[FamilySignInKey.self] = newValue }
    }
}

/// Loads the signed-in child's or parent's account from the session. A closed account ends the session. Family
/// sessions and staff sessions never mix: signing in as one ends the other.
struct FamilyAccountMiddleware: AsyncMiddleware {
    static let sessionKey = "family"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // The idle timeout (IdleTimeoutMiddleware) has already ended a family session left unused.
        if request.currentUser == nil, let text = request.session.data[Self.sessionKey], let id = UUID(uuidString: text) {
            // In whichever municipality: the request is scoped to the account's from here on (`Request.municipality`).
            if let account = try await request.store.familyAccount(session: id), account.isActive {
                request.familyAccount = account
            } else {
                request.session.destroy()
            }
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    private struct FamilyKey: StorageKey { typealias Value = FamilyAccountRecord }

    var familyAccount: FamilyAccountRecord? {
        get { storage[FamilyKey.self] }
        set { storage[FamilyKey.self] = newValue }
    }

    func requireFamily() throws -> FamilyAccountRecord {
        guard let account = familyAccount else { throw FamilyLoginRequired() }
        return account
    }
}

struct FamilyLoginRequired: Error {}

/// Lets a request through only for a signed-in child or parent. Staff are refused: the portal shows one family
/// its own course, and a staff user has no family.
struct RequireFamily: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.currentUser != nil { throw Abort(.forbidden) }
        _ = try request.requireFamily()
        return try await next.respond(to: request)
    }
}
