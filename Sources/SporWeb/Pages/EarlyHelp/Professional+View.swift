import Foundation
import Plot
import SporDomain
import SporStore

/// "Jeg er bekymret for et barn": find the child, pass on a concern or a notification, and follow what happened to it.
enum ProfessionalView {
    static func body(_ model: ProfessionalModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let form = FormFields(context, idPrefix: "submission", refusal: refusal,
                              ids: ["birthDate": "submission-birth", "dialogBased": "submission-dialog", "concernsAbuse": "submission-abuse"])
        let kept = model.kept
        let values = refusal?.values ?? kept
        let kind = values["kind"] ?? "concern"
        return .group(
            .h1(.plain(context.t(Strings.professionalTitle))),
            .p(.plain(context.t(Strings.professionalIntro))),
            form.summary(Strings.submissionNotSaved),
            .form(.id("submission-form"), .class("entry-form narrow"), .action(SiteURL.professional.path), .method(.post),
                csrfField(context),
                .h2(.plain(context.t(Strings.findChild))),
                .p(.class("hint"), .plain(context.t(Strings.findChildHint))),
                form.text("cpr", Strings.cprLabel, fallback: kept["cpr"] ?? ""),
                form.text("name", Strings.childName, fallback: kept["name"] ?? ""),
                form.date("birthDate", Strings.birthDate, fallback: kept["birthDate"] ?? ""),
                .h2(.plain(context.t(Strings.whatToPassOn))),
                form.choice("kind", Strings.submissionKind, [("concern", context.t(Strings.entryKind(.concern))),
                                                             ("notification", context.t(Strings.entryKind(.notification)))], fallback: kind),
                form.choice("level", Strings.levelIfConcern, ConcernLevel.allCases.map { (String($0.rawValue), context.levelName($0)) },
                            fallback: kept["level"] ?? "3"),
                levelSteer(kind: kind, level: values["level"], context),
                ConcernScaleController.guidanceForAllAges(context),
                absenceFields(form, kept: kept, context),
                form.area("description", Strings.description, required: true, rows: 5, fallback: kept["description"] ?? ""),
                .element(named: "fieldset", nodes: [
                    .class("check"),
                    .element(named: "legend", nodes: [.class("visually-hidden"), .plain(context.t(Strings.entryKind(.notification)))]),
                    form.check("dialogBased", Strings.dialogBased, checkedByDefault: kept["dialogBased"] != nil),
                    form.check("concernsAbuse", Strings.concernsAbuse, checkedByDefault: kept["concernsAbuse"] != nil),
                ]),
                .button(.id("submission-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.submit)))),
            .h2(.plain(context.t(Strings.professionalSubmissions))),
            model.submissions.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.professionalNoSubmissions))) :
                .table(.id("submissions"), .class("list"),
                    Components.columnHeaders([Strings.columnWhen, Strings.columnName, Strings.submissionKind, Strings.submissionStatus], context),
                    .tbody(.forEach(model.submissions) { submission in
                        .tr(.td(.plain(Format.dateTime(submission.entry.recordedAt, context.language))),
                            .td(.plain(submission.childName)),
                            .td(.plain(context.t(Strings.entryKind(submission.entry.kind)))),
                            .td(.class("status"), .plain(status(submission, context))))
                    }))
        )
    }

    /// Level 4 or 5 is a notification (skærpet underretningspligt, § 133): the scale's words for those levels and one button
    /// that turns the form into a notification, keeping what was typed. Shown by the stylesheet while a concern at 4 or 5 is
    /// chosen (no script runs on Spor's pages), and by the server when the form comes back so.
    static func levelSteer(kind: String, level: String?, _ context: PageContext) -> Node<HTML.FormContext> {
        let shown = kind == "concern" && (level == "4" || level == "5")
        return .div(.id("level-steer"), .class(shown ? "level-steer shown" : "level-steer"),
            .p(.strong(.plain(context.levelName(.atRisk) + " · " + context.levelName(.threatened)))),
            .p(.plain(context.t(Strings.levelIsNotification))),
            .button(.id("submission-switch"), .type(.submit), .name("switch"), .value("notification"),
                    .attribute(named: "formnovalidate", value: "formnovalidate"), .plain(context.t(Strings.switchToNotification))))
    }

    static func status(_ submission: Submission, _ context: PageContext) -> String {
        var parts = [context.t(Strings.statusReceived, Format.dateTime(submission.entry.recordedAt, context.language))]
        if let receipt = submission.receiptAt { parts.append(context.t(Strings.statusReceiptSent, Format.dateTime(receipt, context.language))) }
        if let feedback = submission.feedback {
            parts.append(context.t(feedback.ledToInvestigation ? Strings.statusLedToInvestigation : Strings.statusNoInvestigation))
        }
        return parts.joined(separator: " · ")
    }
}
