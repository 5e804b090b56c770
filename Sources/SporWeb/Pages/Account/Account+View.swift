import Foundation
import Plot
import SporDomain
import SporStore

/// *Min konto*: the way to two-step login, and the personal API tokens with the form that makes one.
enum AccountView {
    static func body(_ model: AccountModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "token", refusal: refusal)
        return .group(
            .h1(.plain(context.t(Strings.accountTitle))),
            .h2(.plain(context.t(Strings.totpTitle))),
            .p(.a(.id("totp-link"), .href(SiteURL.accountTOTP.path), .plain(context.t(Strings.totpTitle)))),
            .h2(.plain(context.t(Strings.apiTokens))),
            .p(.plain(context.t(Strings.apiTokensIntro))),
            .p(.plain(context.t(Strings.apiTokensLifetimeIntro))),
            .unwrap(model.newToken) { token in
                .div(.class("notice"), .attribute(named: "role", value: "status"),
                     .p(.plain(context.t(Strings.newApiToken))), .p(.code(.id("new-token"), .plain(token))))
            },
            model.tokens.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.noApiTokens))) :
                .table(.id("tokens"), .class("list"),
                    Components.columnHeaders([Strings.columnName, Strings.columnCreated, Strings.columnExpires, Strings.columnLastUsed,
                                              Strings.columnStatus, Strings.columnAction], context),
                    .tbody(.forEach(model.tokens) { tokenRow($0, context) })),
            .form(.id("token-form"), .action(SiteURL.accountTokens.path), .method(.post),
                csrfField(context),
                LoginView.alert(refusal),
                fields.text("name", Strings.apiTokenName, required: true),
                fields.choice("lifetime", Strings.apiTokenLifetime, ApiTokenLifetime.allCases.map { lifetime in
                    (String(lifetime.days), context.t(Strings.apiTokenLifetimeDays, String(lifetime.days)))
                }, fallback: String(ApiTokenLifetime.standard.days)),
                .button(.id("token-submit"), .type(.submit), .plain(context.t(Strings.createApiToken)))))
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
                .form(.action(escapeAttribute(SiteURL.accountTokenRevoke(.value(token.id)).path)), .method(.post), .class("inline"),
                      csrfField(context),
                      .button(.type(.submit), .attribute(named: "aria-label", value: escapeAttribute(context.t(Strings.revokeApiTokenLabel, token.name))),
                              .plain(context.t(Strings.revokeApiToken)))))))
    }
}
