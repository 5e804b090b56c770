import Foundation
import Vapor
import SporDomain
import SporStore

/// The user's own account: personal API tokens, which expire and can be revoked.
enum AccountController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        let model = try await AccountModel.query(store: request.store, user: try request.requireUser())
        return render(request, model, refusal: nil)
    }

    struct TokenForm: Content {
        var name: String?
        /// Days, one of `ApiTokenLifetime`; the standard when absent.
        var lifetime: String?
    }

    /// Makes a token and shows its secret once (the page, not a redirect: the secret is never stored to show again).
    @Sendable static func createToken(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(TokenForm.self)
        let name = form.name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let lifetime = form.lifetime.map { Int($0).flatMap(ApiTokenLifetime.init(rawValue:)) } ?? .standard
        // What was typed comes back; a lifetime not offered falls back to the standard.
        var typed = ["name": form.name ?? ""]
        if let lifetime { typed["lifetime"] = String(lifetime.days) }
        let values = FormValues(typed)
        let refusal: Refusal? = if lifetime == nil {
            Refusal(field: "lifetime", message: Strings.apiTokenLifetimeInvalid(request.language), values: values)
        } else if name.isEmpty || name.count > 200 {
            Refusal(field: "name", message: Strings.error(.textMissing)(request.language), values: values)
        } else {
            nil
        }
        guard let lifetime, refusal == nil else {
            let model = try await AccountModel.query(store: request.store, user: user)
            return render(request, model, refusal: refusal, status: .unprocessableEntity)
        }
        let token = try await request.store.createApiToken(user: user.id, name: name, lifetime: lifetime, now: request.now)
        return render(request, try await AccountModel.query(store: request.store, user: user, newToken: token), refusal: nil)
    }

    /// Revokes one of the user's own tokens; another user's token is not found.
    @Sendable static func revokeToken(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        guard let id = request.parameters.get("tokenID").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        if try await !request.store.revokeApiToken(id, user: user.id, now: request.now) {
            // Revoked already (a second click) is done; someone else's token, or none, is not found.
            guard try await request.store.apiTokens(user: user.id).contains(where: { $0.id == id }) else { throw Abort(.notFound) }
        }
        request.session.data["notice"] = Strings.apiTokenRevoked(request.language)
        return request.redirect(to: SiteURL.account, redirectType: .normal)
    }

    private static func render(_ request: Request, _ model: AccountModel, refusal: Refusal?, status: HTTPStatus = .ok) -> Response {
        Page.render(request, title: Strings.accountTitle(request.language), status: status) { AccountView.body(model, refusal: refusal, $0) }
    }
}

enum HealthController {
    @Sendable static func healthz(_ request: Request) async throws -> Response {
        let store = request.store
        try await request.application.spor.health.check { try await store.ping() }
        let response = Response(status: .ok, body: .init(string: "{\"status\":\"ok\"}"))
        response.headers.contentType = .json
        return response
    }
}
