import Foundation
import Plot
import SporDomain

/// The preparedness plan's page (policy staff and the administrator): the plan in force with its revision deadline, the
/// form for a new version (the plan in force offered), and every version with who saved it and when. The tracker shows
/// the plan's card (`trackerCard`).
enum PreparednessPlanView {
    static func body(_ model: PreparednessPlanModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let known = model.plan.map { plan in
            FormValues(["title": plan.title, "adoptedOn": plan.adoptedOn.iso, "reference": plan.reference, "note": plan.note ?? ""])
        }
        let fields = FormFields(context, idPrefix: "plan", refusal: refusal, initial: known)
        // Back to where each keeper starts: the administrator's page, or the tracker.
        let admin = context.user?.role == .admin
        return .group(
            .p(.a(.href((admin ? SiteURL.admin : SiteURL.tracker).path), .plain("← \(context.t(admin ? Strings.adminTitle : Strings.trackerTitle))"))),
            .h1(.plain(context.t(Strings.preparednessPlanTitle))),
            .p(.plain(context.t(Strings.preparednessPlanIntro))),
            summary(model.plan, today: model.today, context),
            .h2(.plain(context.t(model.plan == nil ? Strings.preparednessPlanAdd : Strings.preparednessPlanEdit))),
            fields.summary(Strings.notSaved),
            .form(.id("plan-form"), .class("entry-form narrow"), .action(SiteURL.preparednessPlan.path), .method(.post),
                csrfField(context),
                fields.text("title", Strings.preparednessPlanName, required: true, maxLength: PreparednessPlan.maximumTitleLength),
                fields.date("adoptedOn", Strings.preparednessPlanAdoptedOn, required: true),
                fields.text("reference", Strings.preparednessPlanReference, required: true, maxLength: PreparednessPlan.maximumReferenceLength),
                fields.area("note", Strings.preparednessPlanNote, rows: 2),
                .button(.id("plan-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save)))),
            .if(!model.versions.isEmpty, .group(
                .h2(.plain(context.t(Strings.preparednessPlanVersions))),
                .table(.id("plan-versions"), .class("list"),
                    Components.columnHeaders([Strings.preparednessPlanVersion, Strings.preparednessPlanName, Strings.preparednessPlanAdoptedOn,
                                              Strings.preparednessPlanSavedAt, Strings.preparednessPlanSavedBy], context),
                    .tbody(.forEach(model.versions) { version in
                        .tr(.td(.plain(String(version.number))), .td(.plain(version.plan.title)),
                            .td(.plain(Format.date(version.plan.adoptedOn, context.language))),
                            .td(.plain(Format.dateTime(version.savedAt, context.language))), .td(.plain(version.savedBy)))
                    })))))
    }

    /// The plan in force: its title, when it was adopted, where it is, and the revision's deadline (in warning colour when
    /// it has passed).
    static func summary(_ plan: PreparednessPlan?, today: LocalDate, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard let plan else { return .p(.class("empty"), .plain(context.t(Strings.preparednessPlanNone))) }
        let due = Format.date(plan.revisionDue, context.language)
        return .div(.class("preparedness-plan-summary"),
            .p(.strong(.plain(plan.title)), .plain(" · \(context.t(Strings.preparednessPlanAdopted, Format.date(plan.adoptedOn, context.language)))")),
            .p(.class("meta"), .plain(plan.reference)),
            .unwrap(plan.note) { .p(.class("text"), .plain($0)) },
            plan.isOverdue(on: today)
                ? .p(.id("plan-revision"), .class("countdown overdue"), .attribute(named: "role", value: "alert"),
                     .plain(context.t(Strings.preparednessPlanOverdue, due)))
                : .p(.id("plan-revision"), .plain(context.t(Strings.preparednessPlanRevisionDue, due))))
    }

    /// The plan's card on the tracker.
    static func trackerCard(_ plan: PreparednessPlan?, today: LocalDate, _ context: PageContext) -> Node<HTML.BodyContext> {
        .section(.id("preparedness-plan"), .class("policy"), .attribute(named: "aria-labelledby", value: "preparedness-plan-heading"),
            .h2(.id("preparedness-plan-heading"), .plain(context.t(Strings.preparednessPlanTitle))),
            summary(plan, today: today, context),
            .p(.a(.id("preparedness-plan-link"), .href(SiteURL.preparednessPlan.path),
                  .plain(context.t(plan == nil ? Strings.preparednessPlanAdd : Strings.preparednessPlanEdit)))))
    }
}
