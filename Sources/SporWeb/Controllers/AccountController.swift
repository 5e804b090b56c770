import Plot
import Vapor
import SporDomain
import SporStore

/// The user's own account: personal API tokens.
enum AccountController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        try await render(request, newToken: nil, error: nil)
    }

    struct TokenForm: Content {
        var name: String?
    }

    @Sendable static func createToken(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(TokenForm.self)
        let name = form.name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !name.isEmpty, name.count <= 200 else {
            return try await render(request, newToken: nil, error: Strings.error(.textMissing)(request.language), status: .unprocessableEntity)
        }
        let token = try await request.store.createApiToken(user: user.id, name: name, now: request.now)
        return try await render(request, newToken: token, error: nil)
    }

    static func render(_ request: Request, newToken: String?, error: String?, status: HTTPStatus = .ok) async throws -> Response {
        let user = try request.requireUser()
        let tokens = try await request.store.apiTokens(user: user.id)
        return Page.render(request, title: Strings.accountTitle(request.language), status: status) { context in
            .group(
                .h1(.plain(context.t(Strings.accountTitle))),
                .h2(.plain(context.t(Strings.totpTitle))),
                .p(.a(.id("totp-link"), .href("/account/totp"), .plain(context.t(Strings.totpTitle)))),
                .h2(.plain(context.t(Strings.apiTokens))),
                .p(.plain(context.t(Strings.apiTokensIntro))),
                .unwrap(newToken) { token in
                    .div(.class("notice"), .attribute(named: "role", value: "status"),
                         .p(.plain(context.t(Strings.newApiToken))), .p(.code(.id("new-token"), .plain(token))))
                },
                tokens.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.noApiTokens))) :
                    .table(.class("list"),
                        Components.columnHeaders([Strings.columnName, Strings.columnCreated], context),
                        .tbody(.forEach(tokens) { token in
                            .tr(.td(.plain(token.name)), .td(.plain(Format.dateTime(token.createdAt, context.language))))
                        })),
                .form(.id("token-form"), .action("/account/tokens"), .method(.post),
                    csrfField(context),
                    .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain($0)) },
                    Components.field(context.t(Strings.apiTokenName), id: "token-name",
                        .input(.id("token-name"), .name("name"), .type(.text), .required(true))),
                    .button(.id("token-submit"), .type(.submit), .plain(context.t(Strings.createApiToken))))
            )
        }
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
