import Vapor

// spor-floor — the benchmarks' floor (bench/pages): a plain Vapor hello-world route, built the same way as `spor`
// (the same Vapor, release, the same machine), with Vapor's default middleware and nothing of Spor's. Its req/s beside
// Spor's /healthz says what Spor's own middleware chain costs per request. Never deployed.
// Usage: spor-floor serve --port PORT
var environment = try Environment.detect()
try LoggingSystem.bootstrap(from: &environment)
let app = try await Application.make(environment)
app.get("floor") { _ in "Hello, world!" }
do {
    try await app.execute()
} catch {
    app.logger.report(error: error)
    try? await app.asyncShutdown()
    throw error
}
try await app.asyncShutdown()
