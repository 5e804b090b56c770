import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// What every page knows about the request it answers.
struct PageContext {
    let language: SporDomain.Language
    let user: UserRecord?
    let csrf: String
    let demo: Bool
    let notice: String?
    let path: String
    let now: Date
    let concernScale: ConcernScale
    /// The tray's count for the navigation (`TrayCountMiddleware`).
    let trayCount: Int?

    /// A context made of plain values: a page's view rendered without a request (snapshot tests).
    init(language: SporDomain.Language, user: UserRecord?, now: Date, csrf: String = "", demo: Bool = false, notice: String? = nil, path: String = SiteURL.root.path,
         concernScale: ConcernScale = .standard, trayCount: Int? = nil) {
        self.language = language
        self.user = user
        self.csrf = csrf
        self.demo = demo
        self.notice = notice
        self.path = path
        self.now = now
        self.concernScale = concernScale
        self.trayCount = trayCount
    }

    init(_ request: Request) {
        language = request.language
        user = request.currentUser
        csrf = request.csrfToken
        demo = request.spor.settings.demo
        notice = request.session.data["notice"]
        request.session.data["notice"] = nil
        path = request.url.path
        now = request.now
        concernScale = request.spor.configuration.concernScale
        trayCount = request.trayCount
    }

    /// A level's name as the municipality configured it, with its number ("3 · Udsat").
    func levelName(_ level: ConcernLevel) -> String {
        let configured = concernScale.level(level)
        return "\(level.rawValue) · \(configured.name(language))"
    }

    func t(_ text: LocalizedText) -> String { text(language) }
    func t(_ text: LocalizedText, _ values: String...) -> String {
        LocalizedText.fill(text(language), values)
    }
}

/// The one page frame: head, skip link, navigation by role, language switch, notice, footer.
enum Page {
    static func render(_ request: Request, title: String, status: HTTPStatus = .ok,
                       _ content: (PageContext) -> Node<HTML.BodyContext>) -> Response {
        let context = PageContext(request)
        return response(html(context, title: title, content(context)), status: status)
    }

    /// The staff frame around a page's body, from plain values (what `render` answers; a snapshot test renders it alone).
    static func html(_ context: PageContext, title: String, _ content: Node<HTML.BodyContext>) -> HTML {
        document(context, title: "\(title) · \(context.t(Strings.appName))", header: header(context),
                 footer: .p(.plain(context.t(Strings.footer))), content)
    }

    /// A whole document as the answer to a request.
    static func response(_ html: HTML, status: HTTPStatus) -> Response {
        let response = Response(status: status, body: .init(string: html.render()))
        response.headers.contentType = .html
        return response
    }

    /// The HTML document around a page: head, skip link, header, main with the notice, footer with the demo mark.
    static func document(_ context: PageContext, title: String, bodyClass: String? = nil, header: Node<HTML.BodyContext>,
                         footer: Node<HTML.BodyContext> = .empty, _ content: Node<HTML.BodyContext>) -> HTML {
        HTML(
            .lang(context.language == .da ? .danish : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Plot's `.title` also writes the title into two meta tags' attributes, unescaped: a child's name
                // holding a meta refresh would send whoever opens the child elsewhere. The title is text, escaped.
                .element(named: "title", nodes: [.plain(title)]),
                .stylesheet(SiteURL.stylesheet.path)
            ),
            .body(
                .unwrap(bodyClass) { .class($0) },
                .a(.class("skip-link"), .href("#main"), .plain(context.t(Strings.skipToContent))),
                header,
                .main(.id("main"),
                      .unwrap(context.notice) { notice in .p(.class("notice"), .attribute(named: "role", value: "status"), .plain(notice)) },
                      content),
                .footer(.class("site-footer"),
                        footer,
                        .if(context.demo, .p(.class("demo-mark"), .plain(context.t(Strings.demoMode)))))
            )
        )
    }

    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        .header(.class("site-header"),
            .div(.class("brand"),
                 .a(.href((context.user.map { Authorization.home($0.role) } ?? .login).path), .plain(context.t(Strings.appName))),
                 .span(.class("tagline"), .plain(context.t(Strings.appTagline)))),
            .nav(.attribute(named: "aria-label", value: context.t(Strings.mainNavigation)),
                 .ul(.forEach(navigation(context)) { item in
                     .li(.a(.href(item.url.path), .plain(context.t(item.title)),
                            .if(item.url.path == SiteURL.tray.path && context.trayCount != nil, .unwrap(context.trayCount) { count in
                                .group(.span(.class("badge"), .attribute(named: "aria-hidden", value: "true"), .plain(String(count))),
                                       .span(.class("visually-hidden"), .plain(" (" + context.t(Strings.navTrayCount, String(count)) + ")")))
                            }),
                            .if(context.path == item.url.path, .attribute(named: "aria-current", value: "page"))))
                 })),
            .div(.class("session"),
                 .unwrap(context.user) { user in
                     .group(
                        .span(.class("who"), .plain(context.t(Strings.loggedInAs, user.displayName, context.t(Strings.role(user.role))))),
                        .form(.id("logout-form"), .action(SiteURL.logout.path), .method(.post),
                              csrfField(context),
                              .button(.id("logout-submit"), .type(.submit), .class("link-button"), .plain(context.t(Strings.logout))))
                     )
                 },
                 languageForm(context))
        )
    }

    /// Dansk | English, back to the same page.
    static func languageForm(_ context: PageContext) -> Node<HTML.BodyContext> {
        .form(.id("language-form"), .action(SiteURL.language.path), .method(.post),
              csrfField(context),
              FormFields.hidden("return", context.path),
              .span(.class("visually-hidden"), .plain(context.t(Strings.languageSwitch))),
              .button(.type(.submit), .name("lang"), .value("da"), .attribute(named: "lang", value: "da"),
                      .if(context.language == .da, .attribute(named: "aria-pressed", value: "true")), .plain("Dansk")),
              .button(.type(.submit), .name("lang"), .value("en"), .attribute(named: "lang", value: "en"),
                      .if(context.language == .en, .attribute(named: "aria-pressed", value: "true")), .plain("English")))
    }

    private struct NavigationItem {
        let title: LocalizedText
        let url: SiteURL
        let permission: Permission
    }

    private static func navigation(_ context: PageContext) -> [NavigationItem] {
        guard let user = context.user else { return [] }
        let items = [
            NavigationItem(title: Strings.navMyChildren, url: .children, permission: .viewOwnChildren),
            NavigationItem(title: Strings.navTeam, url: .team, permission: .viewTeam),
            NavigationItem(title: Strings.navIntake, url: .intake, permission: .intake),
            NavigationItem(title: Strings.navTray, url: .tray, permission: .worklist),
            NavigationItem(title: Strings.navOutreach, url: .outreach, permission: .outreachHome),
            NavigationItem(title: Strings.navProfessional, url: .professional, permission: .professionalHome),
            NavigationItem(title: Strings.navBreakGlass, url: .breakGlassReview, permission: .reviewBreakGlass),
            NavigationItem(title: Strings.navMeeting, url: .meetingsNew, permission: .recordNetworkMeeting),
            NavigationItem(title: Strings.navConsultations, url: .consultations, permission: .consult),
            NavigationItem(title: Strings.myActionsTitle, url: .actions, permission: .ownActions),
            NavigationItem(title: Strings.navSearch, url: .search, permission: .searchChildren),
            NavigationItem(title: Strings.navRegister, url: .childrenNew, permission: .registerChild),
            NavigationItem(title: Strings.navExpected, url: .expectedNew, permission: .registerExpectedChild),
            NavigationItem(title: Strings.navPolicy, url: .policy, permission: .viewPolicy),
            NavigationItem(title: Strings.navTracker, url: .tracker, permission: .managePolicy),
            NavigationItem(title: Strings.navAdmin, url: .admin, permission: .administer),
            NavigationItem(title: Strings.navConcernScale, url: .concernScale, permission: .administer),
            NavigationItem(title: Strings.navOffers, url: .offers, permission: .administer),
            NavigationItem(title: Strings.navAccount, url: .account, permission: .manageOwnAccount),
        ]
        return items.filter { Authorization.allows(user.role, $0.permission) }
    }
}

/// The hidden form token, in any form.
func csrfField<C: HTMLContext>(_ context: PageContext) -> Node<C> {
    FormFields.hidden(CSRFMiddleware.field, context.csrf)
}
