import Foundation
import Plot
import SporDomain

/// The form to register an expected child: the due date, the district and the expectant parents (ids `expected-…`).
enum ExpectedRegistrationView {
    static func body(_ model: ExpectedRegistrationModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "expected", refusal: refusal)
        return .group(
            .h1(.plain(context.t(Strings.expectedTitle))),
            .p(.plain(context.t(Strings.expectedIntro))),
            fields.summary(Strings.expectedNotSaved),
            .form(.id("expected-form"), .class("entry-form narrow"), .action(SiteURL.expected.path), .method(.post),
                csrfField(context),
                fields.date("dueDate", Strings.dueDate, required: true),
                fields.choice("district", Strings.columnDistrict, model.districts.map { ($0, $0) }),
                .p(.class("hint"), .plain(context.t(Strings.expectedParentsHint))),
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", nodes: [.plain(context.t(Strings.expectedMother))]),
                    fields.text("motherGivenName", Strings.givenName, maxLength: 100),
                    fields.text("motherFamilyName", Strings.familyName, maxLength: 100)]),
                .element(named: "fieldset", nodes: [
                    .element(named: "legend", nodes: [.plain(context.t(Strings.expectedFather))]),
                    fields.text("fatherGivenName", Strings.givenName, maxLength: 100),
                    fields.text("fatherFamilyName", Strings.familyName, maxLength: 100)]),
                .button(.id("expected-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.expectedButton))))
        )
    }
}
