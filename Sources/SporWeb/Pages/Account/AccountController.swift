import Plot
import Vapor
import SporDomain
import SporStore

/// The user's own account: personal API tokens, which expire and can be revoked.
enum AccountController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        try await render(request, newToken: nil, error: nil)
    }

    struct TokenForm: Content {
        var name: String?
        /// Days, one of `ApiTokenLifetime`; the standard when absent.
        var lifetime: String?
    }

    @Sendable static func createToken(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(TokenForm.self)
        let name = form.name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let lifetime = form.lifetime.map { Int($0).flatMap(ApiTokenLifetime.init(rawValue:)) } ?? .standard
        guard let lifetime else {
            return try await render(request, newToken: nil, error: Strings.apiTokenLifetimeInvalid(request.language), status: .unprocessableEntity)
        }
        guard !name.isEmpty, name.count <= 200 else {
            return try await render(request, newToken: nil, error: Strings.error(.textMissing)(request.language),
                                    lifetime: lifetime, status: .unprocessableEntity)
        }
        let token = try await request.store.createApiToken(user: user.id, name: name, lifetime: lifetime, now: request.now)
        return try await render(request, newToken: token, error: nil)
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
        return request.redirect(to: "/account", redirectType: .normal)
    }

    static func render(_ request: Request, newToken: String?, error: String?, lifetime chosen: ApiTokenLifetime = .standard,
                       status: HTTPStatus = .ok) async throws -> Response {
        let user = try request.requireUser()
        let tokens = try await request.store.apiTokens(user: user.id)
        return Page.render(request, title: Strings.accountTitle(request.language), status: status) { context in
            .group(
                .h1(.plain(context.t(Strings.accountTitle))),
                .h2(.plain(context.t(Strings.totpTitle))),
                .p(.a(.id("totp-link"), .href("/account/totp"), .plain(context.t(Strings.totpTitle)))),
                .h2(.plain(context.t(Strings.apiTokens))),
                .p(.plain(context.t(Strings.apiTokensIntro))),
                .p(.plain(context.t(Strings.apiTokensLifetimeIntro))),
                .unwrap(newToken) { token in
                    .div(.class("notice"), .attribute(named: "role", value: "status"),
                         .p(.plain(context.t(Strings.newApiToken))), .p(.code(.id("new-token"), .plain(token))))
                },
                tokens.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.noApiTokens))) :
                    .table(.id("tokens"), .class("list"),
                        Components.columnHeaders([Strings.columnName, Strings.columnCreated, Strings.columnExpires, Strings.columnLastUsed,
                                                  Strings.columnStatus, Strings.columnAction], context),
                        .tbody(.forEach(tokens) { tokenRow($0, context) })),
                .form(.id("token-form"), .action("/account/tokens"), .method(.post),
                    csrfField(context),
                    .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain($0)) },
                    Components.field(context.t(Strings.apiTokenName), id: "token-name",
                        .input(.id("token-name"), .name("name"), .type(.text), .required(true))),
                    Components.field(context.t(Strings.apiTokenLifetime), id: "token-lifetime",
                        Components.select(id: "token-lifetime", name: "lifetime", ApiTokenLifetime.allCases.map { lifetime in
                            Components.option(value: String(lifetime.days), text: context.t(Strings.apiTokenLifetimeDays, String(lifetime.days)),
                                              selected: lifetime == chosen)
                        })),
                    .button(.id("token-submit"), .type(.submit), .plain(context.t(Strings.createApiToken))))
            )
        }
    }

    private static func tokenRow(_ token: ApiTokenRecord, _ context: PageContext) -> Node<HTML.TableContext> {
        let status = token.status(at: context.now)
        let statusText: String = switch status {
        case .active: context.t(Strings.apiTokenActive)
        case .expired: context.t(Strings.apiTokenExpired)
        case .revoked: context.t(Strings.apiTokenRevokedAt, token.revokedAt.map { Format.dateTime($0, context.language) } ?? "")
        }
        return .tr(.class("token-\(status)"),
            .td(.plain(token.name)),
            .td(.plain(Format.dateTime(token.createdAt, context.language))),
            .td(.plain(token.expiresAt.map { Format.dateTime($0, context.language) } ?? "–")),
            .td(.plain(token.lastUsedAt.map { Format.dateTime($0, context.language) } ?? context.t(Strings.apiTokenNeverUsed))),
            .td(.plain(statusText)),
            .td(.if(status == .active,
                .form(.action(escapeAttribute("/account/tokens/\(token.id.uuidString)/revoke")), .method(.post), .class("inline"),
                      csrfField(context),
                      .button(.type(.submit), .attribute(named: "aria-label", value: escapeAttribute(context.t(Strings.revokeApiTokenLabel, token.name))),
                              .plain(context.t(Strings.revokeApiToken)))))))
    }
}

enum HealthController {
    @Sendable static func healthz(_ request: Request) async throws -> Response {
        try await request.store.ping()
        let response = Response(status: .ok, body: .init(string: "{\"status\":\"ok\"}"))
        response.headers.contentType = .json
        return response
    }
}
