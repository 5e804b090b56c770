import Foundation
import Plot
import SporDomain
import SporStore

/// The household page: the adults and whether the child lives with each (one form), the siblings with their kinship,
/// living together and case status (a sibling outside the reader's access without a name), and the form to link a sibling.
enum HouseholdView {
    static let livesWithForm = "lives-with"
    static let siblingForm = "sibling"

    static func body(_ model: HouseholdModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let residence = FormFields(context, idPrefix: "household", form: livesWithForm, refusal: refusal,
                                   initial: FormValues(Dictionary(uniqueKeysWithValues: model.people.compactMap { person, relation in
                                       relation.livesWith.map { (HouseholdModel.livesWithField(person.id), $0 ? "yes" : "no") }
                                   })))
        let link = FormFields(context, idPrefix: "sibling", form: siblingForm, refusal: refusal)
        let yesNoUnknown = [("", context.t(Strings.notRecorded)), ("yes", context.t(Strings.yes)), ("no", context.t(Strings.no))]
        return .div(
            .p(.a(.href(SiteURL.child(model.child.id).path), .plain("← \(model.child.fullName)"))),
            .h1(.plain(context.t(Strings.householdPageTitle))),
            .p(.plain(context.t(Strings.householdIntro))),
            .h2(.plain(context.t(Strings.householdAdults))),
            residence.summary(),
            model.people.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.householdNoAdults))) :
                .form(.id("household-lives-with-form"), .class("entry-form narrow"), .action(SiteURL.child(model.child.id, .householdLivesWith).path),
                      .method(.post),
                      csrfField(context),
                      .forEach(model.people) { person, relation in
                          residence.choice(HouseholdModel.livesWithField(person.id),
                                           Strings.livesWithQuestion.filled("\(person.fullName) (\(context.t(Strings.relationKind(relation.kind))))"),
                                           yesNoUnknown)
                      },
                      .button(.id("household-lives-with-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.livesWithSave)))),
            .h2(.plain(context.t(Strings.householdSiblings))),
            model.siblings.isEmpty && model.hiddenSiblings.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.householdNoSiblings))) :
                .table(.class("list"), .id("household-siblings"),
                    Components.columnHeaders([Strings.columnPerson, Strings.columnRelation, Strings.columnLivesWith, Strings.columnCaseStatus], context),
                    .tbody(
                        .forEach(model.siblings) { sibling in
                            .tr(.td(.a(.href(SiteURL.child(sibling.item.id).path), .plain(sibling.item.name))),
                                .td(.plain(context.t(Strings.siblingKinship(sibling.kinship)))),
                                .td(.plain(living(sibling, context))),
                                .td(.plain(context.t(sibling.item.isOpen ? Strings.siblingCaseOpen : Strings.siblingCaseClosed))))
                        },
                        .forEach(model.hiddenSiblings) { sibling in
                            .tr(.class("no-access"), .td(.plain(context.t(Strings.siblingWithoutName))),
                                .td(.plain(context.t(Strings.siblingKinship(sibling.kinship)))), .td(), .td())
                        })),
            .h2(.plain(context.t(Strings.siblingLinkHeading))),
            link.summary(),
            .form(.id("household-sibling-form"), .class("entry-form narrow"), .action(SiteURL.child(model.child.id, .householdSibling).path),
                  .method(.post),
                  csrfField(context),
                  link.text("cpr", Strings.siblingCPR, required: true),
                  link.choice("livesWith", Strings.siblingLivesTogetherQuestion, yesNoUnknown),
                  .button(.id("household-sibling-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.siblingLinkSave)))))
    }

    static func living(_ sibling: HouseholdSibling, _ context: PageContext) -> String {
        let lives = sibling.livesWith.map { context.t($0 ? Strings.siblingLivesTogether : Strings.siblingLivesApart) } ?? context.t(Strings.notRecorded)
        return sibling.placed ? "\(lives) · \(context.t(Strings.siblingPlacedMark))" : lives
    }
}
