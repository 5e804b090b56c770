import Foundation
import Plot
import SporDomain
import SporStore

/// Adds or edits an initiative: its name, description, partners, track and goals, owner and start. Each save is a new
/// version of the policy content.
enum InitiativeEditView {
    static func body(_ model: InitiativeEditModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "initiative", refusal: refusal, initial: model.initial)
        let action = model.initiative.map { SiteURL.initiativeEdit(.value($0.id.rawValue)) } ?? SiteURL.initiativeNew
        return .group(
            .p(.a(.href(SiteURL.tracker.path), .plain("← \(context.t(Strings.trackerTitle))"))),
            .h1(.plain(model.initiative.map { "\(context.t(Strings.editInitiative)): \($0.name)" } ?? context.t(Strings.newInitiative))),
            .p(.plain(context.t(Strings.initiativeEditIntro))),
            .p(.class("meta"), .plain(model.version == 0 ? context.t(Strings.policyContentSeeds) : context.t(Strings.policyContentVersion, String(model.version)))),
            fields.summary(Strings.notSaved),
            .form(.id("initiative-form"), .class("entry-form narrow"), .action(action.path), .method(.post),
                csrfField(context),
                fields.text("name", Strings.initiativeNameLabel, required: true),
                fields.area("description", Strings.initiativeDescriptionLabel, rows: 4),
                fields.area("partners", Strings.initiativePartnersLabel),
                fields.choice("track", Strings.initiativeTrackLabel, [("", context.t(Strings.initiativeNoTrack))] + model.trackOptions),
                fields.text("goals", Strings.initiativeGoalsLabel),
                fields.text("owner", Strings.initiativeOwnerLabel),
                fields.date("start", Strings.initiativeStartLabel),
                .if(model.initiative == nil,
                    fields.choice("status", Strings.initiativeFirstStatus, InitiativeStatus.allCases.filter { $0 != .stopped }.map {
                        ($0.rawValue, context.t(Strings.initiativeStatusName($0)))
                    }, fallback: InitiativeStatus.planned.rawValue)),
                .button(.id("initiative-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save))))
        )
    }
}
