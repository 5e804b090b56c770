import Plot
import SporDomain

/// Signing in to the portal with the username and password chosen at activation.
enum PortalLoginView {
    static func body(refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        .div(.class("login"),
            .h1(.plain(context.t(Strings.portalLoginTitle))),
            .p(.plain(context.t(Strings.portalLoginIntro))),
            PortalView.errorLine(refusal),
            .form(.id("portal-login-form"), .action(SiteURL.portalLogin.path), .method(.post),
                csrfField(context),
                LoginView.credentials(LoginView.credentialFields(context, refusal: refusal)),
                .button(.id("portal-login-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.loginButton)))),
            .p(.a(.href(SiteURL.portalActivate.path), .plain(context.t(Strings.portalFirstTime)))),
            .p(.class("meta"), .a(.href(SiteURL.login.path), .plain(context.t(Strings.portalStaffLogin)))))
    }
}
