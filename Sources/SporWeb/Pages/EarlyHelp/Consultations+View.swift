import Foundation
import Plot
import SporDomain
import SporStore

/// The outreach counsellor's consultations (sparring) — named, or anonymous and linked to a child later — and
/// early-help notes: three kinds of form on one page, each showing only its own refusal.
enum ConsultationsView {
    static let askers: [ConcernSource] = [.teacher, .pedagogue, .healthVisitor, .ppr, .ssp, .doctor, .parent, .other]

    /// The name of the form that links the anonymous consultation `id` to a child.
    static func linkForm(_ id: UUID) -> String { "link-\(id.uuidString)" }

    static func body(_ model: ConsultationsModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let consultation = fields(context, prefix: "consultation", form: "consultation", refusal: refusal,
                                  ids: ["askedBy": "consultation-asked"])
        let early = fields(context, prefix: "early", form: "early-help", refusal: refusal)
        return .group(
            .h1(.plain(context.t(Strings.consultationsTitle))),
            .p(.plain(context.t(Strings.consultationsIntro))),
            .h2(.plain(context.t(Strings.newConsultation))),
            consultation.summary(Strings.notSaved),
            .form(.id("consultation-form"), .class("entry-form narrow"), .action(SiteURL.consultations.path), .method(.post),
                csrfField(context),
                .p(.class("hint"), .plain(context.t(Strings.anonymousHint))),
                childFields(consultation),
                consultation.dateTime(),
                consultation.choice("askedBy", Strings.askedBy, askers.map { ($0.rawValue, context.t(Strings.concernSource($0))) }),
                consultation.area("question", Strings.question, required: true),
                consultation.area("advice", Strings.advice, required: true),
                .button(.id("consultation-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save)))),
            .h2(.plain(context.t(Strings.earlyHelpTitle))),
            .p(.plain(context.t(Strings.earlyHelpIntro))),
            early.summary(Strings.notSaved),
            .form(.id("early-help-form"), .class("entry-form narrow"), .action(SiteURL.consultationsEarlyHelp.path), .method(.post),
                csrfField(context),
                childFields(early),
                early.dateTime(),
                early.area("text", Strings.noteText, required: true),
                .button(.id("early-help-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save)))),
            .h2(.plain(context.t(Strings.anonymousConsultations))),
            model.anonymous.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.noAnonymousConsultations))) :
                .ul(.class("consultations"), .forEach(model.anonymous) { record in
                    let link = fields(context, prefix: "link-\(record.id.uuidString.prefix(8))", form: linkForm(record.id), refusal: refusal)
                    return .li(.id("consultation-\(record.id.uuidString)"),
                        .p(.class("meta"), .plain("\(context.t(Strings.heldAt)) \(Format.dateTime(record.heldAt, context.language)) · \(context.t(Strings.askedBy)): \(context.t(Strings.concernSource(record.askedBy)))")),
                        .p(.class("text"), .plain(record.question)),
                        .p(.class("text"), .strong(.plain("\(context.t(Strings.advice)): ")), .plain(record.advice)),
                        .unwrap(record.linkedChild) { child in .p(.class("linked"), .plain(context.t(Strings.linkedToChild, model.linkedNames[child] ?? ""))) },
                        .if(record.linkedChild == nil, .group(
                            link.summary(Strings.notSaved),
                            .details(.summary(.plain(context.t(Strings.linkToChild))),
                                .form(.class("entry-form narrow"), .action(SiteURL.consultationLink(.value(record.id)).path), .method(.post),
                                    csrfField(context),
                                    childFields(link),
                                    .button(.type(.submit), .plain(context.t(Strings.linkToChild))))))))
                })
        )
    }

    /// A form's fields, with the ids the page has always used (`<prefix>-birth`, `<prefix>-occurred`).
    static func fields(_ context: PageContext, prefix: String, form: String, refusal: Refusal?, ids: [String: String] = [:]) -> FormFields {
        FormFields(context, idPrefix: prefix, form: form, refusal: refusal,
                   ids: ["birthDate": "\(prefix)-birth", "occurredAt": "\(prefix)-occurred"].merging(ids) { $1 })
    }

    /// Which child: CPR number, or full name and birth date.
    static func childFields(_ form: FormFields) -> Node<HTML.FormContext> {
        .group(form.text("cpr", Strings.cprLabel), form.text("name", Strings.childName), form.date("birthDate", Strings.birthDate))
    }
}
