import Foundation
import Vapor
import SporDomain

/// Ends a session — staff, or a family's on Min side — that has not been used for `Settings.idleTimeout`: the next
/// request goes to that session's login page with a notice. The last use is kept in the session.
struct IdleTimeoutMiddleware: AsyncMiddleware {
    static let lastSeenKey = "seen"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let userText = request.session.data["user"]
        guard !request.url.path.hasPrefix(SiteURL.apiPrefix), userText != nil || request.session.data[FamilyAccountMiddleware.sessionKey] != nil else {
            return try await next.respond(to: request)
        }
        let login: SiteURL = userText == nil ? .portalLogin : .login
        let now = request.now
        let timeout = request.spor.settings.idleTimeout
        if let text = request.session.data[IdleTimeoutMiddleware.lastSeenKey], let lastSeen = Int64(text),
           Double(now.sessionMilliseconds - lastSeen) > timeout * 1000 {
            // The user is not loaded yet; their own language says the notice.
            var language = request.language
            if let id = userText.flatMap(UUID.init(uuidString:)), let user = try await request.store.user(id: id),
               let chosen = Language(rawValue: user.language) { language = chosen }
            try await LoginController.renewSession(request)
            request.session.data["lang"] = language.rawValue
            request.session.data["notice"] = Strings.sessionExpired(language, String(Int(timeout / 60)))
            // The login page itself is shown at once, with the notice.
            if request.method == .GET && request.url.path == login.path { return try await next.respond(to: request) }
            return request.redirect(to: login, redirectType: .normal)
        }
        IdleTimeoutMiddleware.touch(request.session, now: now)
        return try await next.respond(to: request)
    }

    /// Marks the session as used at `now`. To the minute: a page view within the same minute changes
    /// nothing, so the session is not written again.
    static func touch(_ session: Session, now: Date) {
        let minute = now.sessionMilliseconds / 60_000 * 60_000
        if session.data[lastSeenKey] != String(minute) { session.data[lastSeenKey] = String(minute) }
    }
}

extension Date {
    /// UTC milliseconds, as instants are kept in the session.
    var sessionMilliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded(.down)) }
}
