import Foundation
import Plot
import SporDomain

/// The home pages of the roles that do not start from a children list: links to their work, nothing loaded.
enum OutreachHomeView {
    static func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h1(.plain(context.t(Strings.outreachTitle))),
            .p(.plain(context.t(Strings.outreachIntro))),
            .ul(.class("links"),
                .li(.a(.href(SiteURL.consultations.path), .plain(context.t(Strings.consultationsTitle)))),
                .li(.a(.href(SiteURL.meetingsNew.path), .plain(context.t(Strings.navMeeting)))),
                .li(.a(.id("enrolment-link"), .href(SiteURL.participationNew.path), .plain(context.t(Strings.enrolmentTitle)))),
                .li(.a(.id("groups-link"), .href(SiteURL.participation.path), .plain(context.t(Strings.groupsTitle)))),
                .li(.a(.href(SiteURL.actions.path), .plain(context.t(Strings.myActionsTitle))))),
            // A name searched for from here travels as `?q=`; the search page refuses a CPR number that way.
            .form(.class("search"), .action(SiteURL.search.path), .method(.get), .attribute(named: "role", value: "search"),
                FormFields(context, idPrefix: "search", refusal: nil).text("q", Strings.searchLabel, type: "search"),
                .button(.type(.submit), .class("primary"), .plain(context.t(Strings.searchButton))))
        )
    }
}

enum AdminHomeView {
    static func body(_ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h1(.plain(context.t(Strings.adminTitle))),
            .p(.plain(context.t(Strings.adminIntro))),
            .ul(.class("links"),
                .li(.a(.id("users-link"), .href(SiteURL.adminUsers.path), .plain(context.t(Strings.adminUsersLink)))),
                .li(.a(.href(SiteURL.concernScale.path), .plain(context.t(Strings.scaleTitle)))),
                .li(.a(.href(SiteURL.offers.path), .plain(context.t(Strings.offersTitle)))),
                .li(.a(.href(SiteURL.letterTemplates.path), .plain(context.t(Strings.letterTemplatesLink)))),
                .li(.a(.id("rules-link"), .href(SiteURL.adminRules.path), .plain(context.t(Strings.rulesLink)))),
                .li(.a(.id("settings-link"), .href(SiteURL.adminSettings.path), .plain(context.t(Strings.settingsLink)))),
                .li(.a(.id("verify-link"), .href(SiteURL.adminVerify.path), .plain(context.t(Strings.verifyLink)))),
                .li(.a(.id("preparedness-plan-link"), .href(SiteURL.preparednessPlan.path), .plain(context.t(Strings.preparednessPlanTitle)))))
        )
    }
}
