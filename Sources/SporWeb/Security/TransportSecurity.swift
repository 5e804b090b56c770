import Vapor

/// Over TLS (said by the proxy's `X-Forwarded-Proto`, or by `Settings.secureCookies`): tells the
/// browser to use only HTTPS from now on, and to send the session cookie only over it.
struct TransportSecurityMiddleware: AsyncMiddleware {
    static let header = "max-age=31536000; includeSubDomains"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        guard request.spor.settings.secureCookies || request.cameOverTLS else { return response }
        response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: TransportSecurityMiddleware.header)
        let name = request.application.sessions.configuration.cookieName
        if var cookie = response.cookies[name], !cookie.isSecure {
            cookie.isSecure = true
            response.cookies[name] = cookie
        }
        return response
    }
}

extension Request {
    /// The client's connection was TLS: ours, or the proxy's in front of us.
    var cameOverTLS: Bool {
        if application.http.server.configuration.tlsConfiguration != nil { return true }
        // A proxy may list one value per hop; the first is the client's.
        guard let forwarded = headers.first(name: "X-Forwarded-Proto")?.split(separator: ",").first else { return false }
        return forwarded.trimmingCharacters(in: .whitespaces).lowercased() == "https"
    }
}
