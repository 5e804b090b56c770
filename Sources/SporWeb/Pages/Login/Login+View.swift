import Plot
import SporDomain

/// The staff login: username and password, and the municipality's OpenID provider first when one is configured
/// (issue 25). A refused attempt keeps the username, never the password.
enum LoginView {
    static func body(refusal: Refusal?, options: LoginOptions = .passwordsOnly, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fields = credentialFields(context, refusal: refusal)
        let passwordForm: Node<HTML.BodyContext> = .form(.action(SiteURL.login.path), .method(.post),
            csrfField(context),
            credentials(fields),
            .button(.id("login-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.loginButton))))
        guard let provider = options.providerName else {
            return .div(.class("login"),
                .h1(.plain(context.t(Strings.loginTitle))),
                .p(.plain(context.t(Strings.loginIntro))),
                alert(refusal),
                passwordForm)
        }
        return .div(.class("login"),
            .h1(.plain(context.t(Strings.loginTitle))),
            .p(.plain(context.t(Strings.oidcIntro))),
            alert(refusal),
            .p(.a(.id("login-oidc"), .class("button-link"), .href(SiteURL.loginOIDC.path),
                  .plain(Strings.oidcButton(context.language, provider)))),
            .h2(.plain(context.t(Strings.oidcPasswordHeading))),
            .if(options.passwordsForAdminOnly, .p(.plain(context.t(Strings.oidcPasswordAdminOnly)))),
            passwordForm)
    }

    /// The fields of a username-and-password form (ids `username`, `password`, as the browser tests know them).
    static func credentialFields(_ context: PageContext, refusal: Refusal?) -> FormFields {
        FormFields(context, idPrefix: "login", refusal: refusal, ids: ["username": "username", "password": "password"])
    }

    /// Username and password, as every login form asks them.
    static func credentials(_ fields: FormFields) -> Node<HTML.FormContext> {
        .group(
            fields.field("username", fields.context.t(Strings.username),
                fields.input("username", required: true, [("autocomplete", "off"), ("autocapitalize", "none")])),
            fields.field("password", fields.context.t(Strings.password),
                fields.input("password", type: "password", required: true)))
    }

    /// Why the attempt was refused (a wrong password, a wait, a lock), said the same for every username.
    static func alert<C: HTML.BodyContext>(_ refusal: Refusal?) -> Node<C> {
        .unwrap(refusal) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain($0.message)) }
    }
}
