import Foundation
import Plot
import SporDomain

/// "Barnet er født": the CPR number and the child's name turn the expected child into the child (ids `birth-…`).
enum BirthView {
    static func body(_ model: BirthModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "birth", refusal: refusal)
        let child = model.child
        return .group(
            .h1(.plain(context.t(Strings.birthTitle))),
            .p(.a(.href(SiteURL.child(child.id).path), .plain(ExpectedText.name(child, context)))),
            .p(.plain(context.t(Strings.birthIntro))),
            fields.summary(Strings.birthNotSaved),
            .form(.id("birth-form"), .class("entry-form narrow"), .action(SiteURL.child(child.id, .birth).path), .method(.post),
                csrfField(context),
                fields.text("cpr", Strings.cprLabel, required: true),
                fields.text("givenName", Strings.givenName, required: true, maxLength: 100),
                .p(.class("hint"), .id("birth-family-hint"), .plain(context.t(Strings.birthFamilyNameHint))),
                fields.text("familyName", Strings.familyName, required: true, fallback: model.suggestedFamilyName, maxLength: 100,
                            describedBy: "birth-family-hint"),
                .button(.id("birth-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.birthButton))))
        )
    }
}
