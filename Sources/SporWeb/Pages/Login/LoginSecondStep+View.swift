import Plot
import Vapor
import SporSecurity

/// The code from the user's app, after the right password.
enum LoginSecondStepView {
    static func render(_ request: Request, error: String?, status: HTTPStatus = .ok) -> Response {
        Page.render(request, title: Strings.loginCodeTitle(request.language), status: status) { context in
            .div(.class("login"),
                .h1(.plain(context.t(Strings.loginCodeTitle))),
                .p(.plain(context.t(Strings.loginCodeIntro))),
                .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain($0)) },
                .form(.id("code-form"), .action("/login/totp"), .method(.post),
                    csrfField(context),
                    Components.field(context.t(Strings.totpCode), id: "code", TOTPEnrolmentView.codeInput(id: "code")),
                    .button(.id("code-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.loginCodeButton)))
                ),
                .p(.a(.href("/login"), .plain(context.t(Strings.loginStartAgain))))
            )
        }
    }
}
