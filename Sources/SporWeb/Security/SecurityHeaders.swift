import Vapor

/// Headers every response carries: no inline script, no framing, no referrer.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        // Signing out redirects the logout form to the OpenID provider's sign-out (issue 25): its origin is a form action too.
        let formAction = ["'self'", request.spor.settings.signIn.oidc?.origin].compactMap { $0 }.joined(separator: " ")
        response.headers.replaceOrAdd(name: "Content-Security-Policy",
                                      value: "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; form-action \(formAction); frame-ancestors 'none'; base-uri 'none'")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "no-referrer")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        if response.headers.first(name: .cacheControl) == nil {
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        return response
    }
}
