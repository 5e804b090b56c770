import Foundation
import Plot
import SporDomain
import SporStore

/// Break-the-glass: the offer to state a reason, and the team lead's review.
enum BreakGlassView {
    /// The page a caseworker or team lead sees instead of a child outside their cases.
    static func offer(_ model: BreakGlassOfferModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        // The reason for a refusal stands above the field, once.
        let fields = FormFields(context, idPrefix: "break-glass",
                                refusal: refusal.map { Refusal(form: $0.form, field: nil, message: $0.message, values: $0.values) })
        return .div(.class("break-glass"),
            .h1(.plain(context.t(Strings.breakGlassTitle))),
            .p(.class("error"), .attribute(named: "role", value: "alert"), .plain(context.t(Strings.errorChildOutOfScope))),
            .p(.plain(context.t(Strings.breakGlassIntro, String(model.hours)))),
            .form(.id("break-glass-form"), .action(SiteURL.child(model.child, .breakGlass).path), .method(.post),
                csrfField(context),
                .unwrap(refusal) { .p(.class("field-error"), .attribute(named: "role", value: "alert"), .plain($0.message)) },
                fields.area("reason", Strings.breakGlassReason, required: true),
                .button(.id("break-glass-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.breakGlassButton)))),
            .p(.a(.href((context.user.map { Authorization.home($0.role) } ?? SiteURL.login).path), .plain(context.t(Strings.backToStart)))))
    }

    static func review(_ model: BreakGlassReviewModel, refusal _: Refusal? = nil, _ context: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h1(.plain(context.t(Strings.breakGlassReviewTitle))),
            .p(.plain(context.t(Strings.breakGlassReviewIntro))),
            model.grants.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.breakGlassNone))) :
                .table(.id("break-glass-review"), .class("list"),
                    Components.columnHeaders([Strings.columnWhen, Strings.columnWho, Strings.columnName, Strings.reason, Strings.breakGlassExpires], context),
                    .tbody(.forEach(model.grants) { grant in
                        .tr(.td(.plain(Format.dateTime(grant.grantedAt, context.language))),
                            .td(.plain(grant.userDisplayName)),
                            .td(.a(.href(SiteURL.child(grant.child, .accessLog).path), .plain(grant.childName))),
                            .td(.class("text"), .plain(grant.reason)),
                            .td(.plain(Format.dateTime(grant.expiresAt, context.language))))
                    }))
        )
    }
}
