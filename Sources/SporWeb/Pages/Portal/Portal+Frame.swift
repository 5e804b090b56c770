import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// The portal's frame: a calmer frame than the staff pages, larger text, short sentences. The one frame of every
/// portal page, signed in or not.
enum PortalView {
    /// `signedIn` is the reader of a signed-in account (nil on the sign-in pages): a parent's menu says "the child's plan".
    static func render(_ request: Request, title: String, status: HTTPStatus = .ok, signedIn reader: FamilyReader?,
                       _ content: (PageContext) -> Node<HTML.BodyContext>) -> Response {
        let context = PageContext(request)
        return Page.response(html(context, title: title, signedIn: reader, content(context)), status: status)
    }

    /// The portal's frame around a page's body, from plain values (what `render` answers; a snapshot test renders it).
    static func html(_ context: PageContext, title: String, signedIn reader: FamilyReader?, _ content: Node<HTML.BodyContext>) -> HTML {
        let signedIn = reader != nil
        let header: Node<HTML.BodyContext> = .header(.class("site-header"),
            .div(.class("brand"),
                 .a(.href((signedIn ? SiteURL.portal : SiteURL.portalLogin).path), .plain(context.t(Strings.portalName))),
                 .span(.class("tagline"), .plain(context.t(Strings.portalTagline)))),
            .if(signedIn, .nav(.attribute(named: "aria-label", value: context.t(Strings.portalNav)),
                .ul(
                    navItem(.portal, reader == .child ? Strings.portalNavPlan : Strings.portalNavParent, context),
                    navItem(.portalSay, Strings.portalNavSay, context)))),
            .div(.class("session"),
                 .if(signedIn, .form(.id("logout-form"), .action(SiteURL.portalLogout.path), .method(.post),
                                     csrfField(context),
                                     .button(.id("logout-submit"), .type(.submit), .class("link-button"), .plain(context.t(Strings.portalLogout))))),
                 Page.languageForm(context)))
        return Page.document(context, title: "\(title) · \(context.t(Strings.portalName))", bodyClass: "portal", header: header, content)
    }

    private static func navItem(_ url: SiteURL, _ title: LocalizedText, _ context: PageContext) -> Node<HTML.ListContext> {
        .li(.a(.href(url.path), .plain(context.t(title)), .if(context.path == url.path, .attribute(named: "aria-current", value: "page"))))
    }

    /// A refused form's message above it.
    static func errorLine(_ refusal: Refusal?) -> Node<HTML.BodyContext> {
        .unwrap(refusal) { .p(.class("error"), .id("form-error"), .attribute(named: "role", value: "alert"), .plain($0.message)) }
    }

    /// "Tobias' plan", "Emmas plan"; "Tobias's plan" in English.
    static func genitive(_ name: String, _ language: SporDomain.Language) -> String {
        switch language {
        case .da: ["s", "x", "z"].contains(name.last.map { String($0).lowercased() } ?? "") ? name + "'" : name + "s"
        case .en: name + "'s"
        }
    }

    /// A card of the portal's pages, titled.
    static func section(_ id: String, _ title: LocalizedText, _ context: PageContext, _ body: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .section(.id(id), .class("portal-card"), .attribute(named: "aria-labelledby", value: "\(id)-title"),
                 .h2(.id("\(id)-title"), .plain(context.t(title))), body)
    }

    /// What this account has sent, newest first.
    static func sent(_ model: PortalModel, _ context: PageContext) -> Node<HTML.BodyContext> {
        .if(!model.view.sent.isEmpty, section("portal-sent", Strings.sentViewsTitle, context,
            .ul(.forEach(model.view.sent.prefix(10)) { sent in
                .li(.p(.class("meta"), .plain(context.t(Strings.sentOn, Format.dateTime(sent.at, context.language)))),
                    .unwrap(sent.views.text) { .p(.class("text"), .plain($0)) },
                    .if(!sent.views.scale.isEmpty, .ul(.forEach(sent.views.scale) { answer in
                        .li(.plain("\(answer.question) \(answer.value) / \(answer.maximum)"))
                    })))
            })))
    }
}
