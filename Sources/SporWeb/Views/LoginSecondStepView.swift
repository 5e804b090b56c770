import Plot
import Vapor

/// The code from the user's app, after the right password.
enum LoginSecondStepView {
    static func render(_ request: Request, error: String?, status: HTTPStatus = .ok) -> Response {
        Page.render(request, title: Strings.loginCodeTitle(request.language), status: status) { context in
            .div(.class("login"),
                .h1(.text(context.t(Strings.loginCodeTitle))),
                .p(.text(context.t(Strings.loginCodeIntro))),
                .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
                .form(.id("code-form"), .action("/login/totp"), .method(.post),
                    csrfField(context),
                    Components.field(context.t(Strings.totpCode), id: "code", TOTPEnrolmentView.codeInput(id: "code")),
                    .button(.id("code-submit"), .type(.submit), .class("primary"), .text(context.t(Strings.loginCodeButton)))
                ),
                .p(.a(.href("/login"), .text(context.t(Strings.loginStartAgain))))
            )
        }
    }
}
