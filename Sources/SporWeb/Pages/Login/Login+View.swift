import Plot
import SporDomain

/// The staff login: username and password. A refused attempt keeps the username, never the password.
enum LoginView {
    static func body(refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fields = credentialFields(context, refusal: refusal)
        return .div(.class("login"),
            .h1(.plain(context.t(Strings.loginTitle))),
            .p(.plain(context.t(Strings.loginIntro))),
            alert(refusal),
            .form(.action(SiteURL.login.path), .method(.post),
                csrfField(context),
                credentials(fields),
                .button(.id("login-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.loginButton)))))
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
