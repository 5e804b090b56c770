import Plot
import Vapor

enum LoginView {
    /// Username and password, as every login form asks them.
    static func credentials(_ username: String, _ context: PageContext) -> Node<HTML.FormContext> {
        .group(
            Components.field(context.t(Strings.username), id: "username",
                .input(.id("username"), .name("username"), .type(.text), .value(escapeAttribute(username)),
                       .autocomplete(false), .required(true), .attribute(named: "autocapitalize", value: "none"))),
            Components.field(context.t(Strings.password), id: "password",
                .input(.id("password"), .name("password"), .type(.password), .required(true))))
    }

    static func render(_ request: Request, error: String?, username: String, status: HTTPStatus = .ok) -> Response {
        Page.render(request, title: Strings.loginTitle(request.language), status: status) { context in
            .div(.class("login"),
                .h1(.plain(context.t(Strings.loginTitle))),
                .p(.plain(context.t(Strings.loginIntro))),
                .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain($0)) },
                .form(.action("/login"), .method(.post),
                    csrfField(context),
                    credentials(username, context),
                    .button(.id("login-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.loginButton)))
                )
            )
        }
    }
}
