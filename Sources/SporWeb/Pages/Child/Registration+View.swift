import Foundation
import Plot
import SporDomain

/// The form to register a child who is not yet in Spor: CPR number, name, district, school or daycare.
enum RegistrationView {
    static func body(_ model: RegistrationModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "register", refusal: refusal)
        return .group(
            .h1(.plain(context.t(Strings.registerTitle))),
            .p(.plain(context.t(Strings.registerIntro))),
            fields.summary(Strings.registerNotSaved),
            .form(.id("register-form"), .class("entry-form narrow"), .action(SiteURL.children.path), .method(.post),
                csrfField(context),
                fields.text("cpr", Strings.cprLabel, required: true, fallback: model.cpr),
                fields.text("givenName", Strings.givenName, required: true),
                fields.text("familyName", Strings.familyName, required: true),
                fields.choice("district", Strings.columnDistrict, model.districts.map { ($0, $0) }),
                fields.text("institution", Strings.institution),
                .button(.id("register-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.registerButton))))
        )
    }
}
