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
                           fields.input("code", fallback: code, required: true,
                                        [("autocomplete", "off"), ("aria-describedby", "code-hint"), ("autocapitalize", "characters")]))),
                fields.field("username", context.t(Strings.chooseUsername),
                    .group(.p(.class("hint"), .id("username-hint"), .plain(context.t(Strings.usernameHint))),
                           fields.input("username", required: true,
                                        [("autocomplete", "off"), ("aria-describedby", "username-hint"), ("autocapitalize", "none")]))),
                fields.field("password", context.t(Strings.choosePassword),
                    .group(.p(.class("hint"), .id("password-hint"), .plain(context.t(Strings.passwordHint))),
                           fields.input("password", type: "password", required: true, [("aria-describedby", "password-hint")]))),
                fields.field("repeat", context.t(Strings.repeatPassword),
                    fields.input("repeat", type: "password", required: true)),
                .button(.id("activate-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.activateButton)))))
    }
}
