import Plot
import SporDomain

/// The first time: the code from the caseworker, and a username and password of one's own. After a refusal what was
/// typed stays, except the passwords.
enum PortalActivateView {
    /// `code` fills the code field when the link carried it (`?code=`).
    static func body(code: String, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "activate", refusal: refusal,
                                ids: ["code": "code", "username": "username", "password": "password", "repeat": "repeat"])
        return .div(.class("login"),
            .h1(.plain(context.t(Strings.activateTitle))),
            .p(.plain(context.t(Strings.activateIntro))),
            PortalView.errorLine(refusal),
            .form(.id("activate-form"), .action(SiteURL.portalActivate.path), .method(.post),
                csrfField(context),
                fields.field("code", context.t(Strings.activationCode),
                    .group(.p(.class("hint"), .id("code-hint"), .plain(context.t(Strings.activationCodeHint))),
                           .input(.id(fields.id("code")), .name("code"), .type(.text), .value(escapeAttribute(fields.value("code", code))),
                                  .autocomplete(false), .required(true), .attribute(named: "aria-describedby", value: "code-hint"),
                                  .attribute(named: "autocapitalize", value: "characters")))),
                fields.field("username", context.t(Strings.chooseUsername),
                    .group(.p(.class("hint"), .id("username-hint"), .plain(context.t(Strings.usernameHint))),
                           .input(.id(fields.id("username")), .name("username"), .type(.text), .value(escapeAttribute(fields.value("username"))),
                                  .autocomplete(false), .required(true), .attribute(named: "aria-describedby", value: "username-hint"),
                                  .attribute(named: "autocapitalize", value: "none")))),
                fields.field("password", context.t(Strings.choosePassword),
                    .group(.p(.class("hint"), .id("password-hint"), .plain(context.t(Strings.passwordHint))),
                           .input(.id(fields.id("password")), .name("password"), .type(.password), .required(true),
                                  .attribute(named: "aria-describedby", value: "password-hint")))),
                fields.field("repeat", context.t(Strings.repeatPassword),
                    .input(.id(fields.id("repeat")), .name("repeat"), .type(.password), .required(true))),
                .button(.id("activate-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.activateButton)))))
    }
}
