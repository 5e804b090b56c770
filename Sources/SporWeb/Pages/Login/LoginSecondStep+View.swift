import Plot
import SporDomain

/// The code from the user's app, after the right password.
enum LoginSecondStepView {
    static func body(refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "login", refusal: refusal, ids: ["code": "code"])
        return .div(.class("login"),
            .h1(.plain(context.t(Strings.loginCodeTitle))),
            .p(.plain(context.t(Strings.loginCodeIntro))),
            LoginView.alert(refusal),
            .form(.id("code-form"), .action(SiteURL.loginCode.path), .method(.post),
                csrfField(context),
                fields.field("code", context.t(Strings.totpCode), TOTPEnrolmentView.codeInput(fields)),
                .button(.id("code-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.loginCodeButton)))),
            .p(.a(.href(SiteURL.login.path), .plain(context.t(Strings.loginStartAgain)))))
    }
}
