import Vapor
import SporDomain
import SporStore

/// Loads the logged-in user from the session, and the language to speak. The user is read on every request, so a
/// deactivated user's sessions end at their next request.
struct CurrentUserMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let text = request.session.data["user"], let id = UUID(uuidString: text) {
            if let user = try await request.store.user(id: id), user.isActive {
                request.currentUser = user
                // The user's municipality's configuration (the server's own was loaded before sign-in was known).
                try await request.spor.configuration.load(from: request.store)
            } else {
                request.session.destroy()
            }
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    private struct UserKey: StorageKey { typealias Value = UserRecord }

    var currentUser: UserRecord? {
        get { storage[UserKey.self] }
        set { storage[UserKey.self] = newValue }
    }

    /// The user's language, else the one chosen before logging in, else Danish.
    var language: Language {
        if let user = currentUser, let language = Language(rawValue: user.language) { return language }
        if let text = session.data["lang"], let language = Language(rawValue: text) { return language }
        return .default
    }

    /// The logged-in user, or a redirect to the login page.
    func requireUser() throws -> UserRecord {
        guard let user = currentUser else { throw LoginRequired() }
        return user
    }
}

struct LoginRequired: Error {}

/// Lets a request through only for a logged-in user whose role has the permission.
struct Require: AsyncMiddleware {
    let permission: Permission

    init(_ permission: Permission) { self.permission = permission }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let user = try request.requireUser()
        guard Authorization.allows(user.role, permission) else { throw Abort(.forbidden) }
        return try await next.respond(to: request)
    }
}
