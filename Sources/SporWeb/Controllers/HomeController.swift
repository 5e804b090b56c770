import Plot
import Vapor
import SporDomain
import SporStore

/// The home pages of the roles that do not start from a children list.
enum HomeController {
    @Sendable static func outreach(_ request: Request) async throws -> Response {
        Page.render(request, title: Strings.outreachTitle(request.language)) { context in
            .group(
                .h1(.plain(context.t(Strings.outreachTitle))),
                .p(.plain(context.t(Strings.outreachIntro))),
                .ul(.class("links"),
                    .li(.a(.href("/consultations"), .plain(context.t(Strings.consultationsTitle)))),
                    .li(.a(.href("/meetings/new"), .plain(context.t(Strings.navMeeting)))),
                    .li(.a(.href("/actions"), .plain(context.t(Strings.myActionsTitle))))),
                .form(.class("search"), .action("/search"), .method(.get), .attribute(named: "role", value: "search"),
                    Components.field(context.t(Strings.searchLabel), id: "search-q",
                        .input(.id("search-q"), .name("q"), .type(.search))),
                    .button(.type(.submit), .class("primary"), .plain(context.t(Strings.searchButton))))
            )
        }
    }

    @Sendable static func admin(_ request: Request) async throws -> Response {
        Page.render(request, title: Strings.adminTitle(request.language)) { context in
            .group(
                .h1(.plain(context.t(Strings.adminTitle))),
                .p(.plain(context.t(Strings.adminIntro))),
                .ul(.class("links"),
                    .li(.a(.id("users-link"), .href("/admin/users"), .plain(context.t(Strings.adminUsersLink)))),
                    .li(.a(.href("/admin/concern-scale"), .plain(context.t(Strings.scaleTitle)))),
                    .li(.a(.href("/admin/offers"), .plain(context.t(Strings.offersTitle)))))
            )
        }
    }
}
