import Plot
import SporDomain

/// What an error page says: the refusal's message, and the way back to the user's start.
struct ErrorPageModel: Sendable {
    let message: LocalizedText
}

/// The page every refused or failed request shows (404, 403, 400 …), inside the one frame.
enum ErrorPageView {
    static func body(_ model: ErrorPageModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .div(.class("error-page"),
            .h1(.plain(context.t(Strings.errorTitle))),
            .p(.class("error"), .attribute(named: "role", value: "alert"), .plain(context.t(model.message))),
            .p(.a(.href(home(context).path), .plain(context.t(Strings.backToStart)))))
    }

    /// The signed-in user's start, or the login.
    static func home(_ context: PageContext) -> SiteURL {
        context.user.map { Authorization.home($0.role) } ?? .login
    }
}
