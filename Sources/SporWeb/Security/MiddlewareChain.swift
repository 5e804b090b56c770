import Vapor

/// Spor's middleware run as one task (issue 26, item 6). Vapor bridges every `AsyncMiddleware` to a future of its own:
/// a new task on the concurrency pool and a hop back to the event loop per layer, which on two cores cost most of the
/// per-request millisecond (`perf record` on `/healthz`: the time in thread wake-ups and futex waits, not in any
/// middleware's own work). Chained here, the layers call each other directly inside one task, in the same order and
/// with the same errors.
struct MiddlewareChain: AsyncMiddleware {
    let layers: [any AsyncMiddleware]

    init(_ layers: [any AsyncMiddleware]) {
        self.layers = layers
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await Link(layers: layers[...], last: next).respond(to: request)
    }

    private struct Link: AsyncResponder {
        let layers: ArraySlice<any AsyncMiddleware>
        let last: any AsyncResponder

        func respond(to request: Request) async throws -> Response {
            guard let first = layers.first else { return try await last.respond(to: request) }
            return try await first.respond(to: request, chainingTo: Link(layers: layers.dropFirst(), last: last))
        }
    }
}

/// Passes the paths that neither have nor need a signed-in user — the health checks and the stylesheet — straight to
/// their routes, past the session and everything that reads it: a browser sends its session cookie with the
/// stylesheet too, and a probe every few seconds should not read the sessions table. Everything else goes through
/// the sessions and then `signedIn`.
struct SessionFreePaths: Middleware {
    static let paths: Set<String> = [SiteURL.healthz.path, SiteURL.livez.path, SiteURL.readyz.path, SiteURL.stylesheet.path]
    let sessions: any Middleware
    let signedIn: MiddlewareChain

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        if SessionFreePaths.paths.contains(request.url.path) { return next.respond(to: request) }
        return sessions.respond(to: request, chainingTo: signedIn.makeResponder(chainingTo: next))
    }
}
