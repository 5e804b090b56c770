import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// "Jeg er bekymret for et barn": a professional finds the child, passes on a concern or a notification,
/// and follows what happened to it — received, receipt sent, feedback — never the case itself.
enum ProfessionalController {
    struct SubmissionForm: Content {
        var cpr: String?
        var name: String?
        var birthDate: String?
        var kind: String?
        var level: String?
        var description: String?
        var dialogBased: String?
        var concernsAbuse: String?
        /// `notification`: the button that turns a concern into a notification, keeping what was typed.
        var `switch`: String?
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        try await render(request, values: [:], error: nil)
    }

    @Sendable static func submit(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(SubmissionForm.self)
        let values = ["cpr": form.cpr, "name": form.name, "birthDate": form.birthDate, "kind": form.kind, "level": form.level,
                      "description": form.description, "dialogBased": form.dialogBased, "concernsAbuse": form.concernsAbuse].compactMapValues { $0 }
        if form.switch == "notification" {
            // Nothing is sent: the same form comes back as a notification, with everything the professional typed.
            var kept = values
            kept["kind"] = "notification"
            request.session.data["notice"] = Strings.switchedToNotification(request.language)
            return try await render(request, values: kept, error: nil)
        }
        do {
            let child = try await findChild(request, cpr: form.cpr, name: form.name, birthDate: form.birthDate)
            let now = request.now
            let payload: EntryPayload
            switch form.kind {
            case "notification":
                payload = .notification(Notification(notifierKind: .professional, notifierUser: user.id, profession: nil,
                                                     description: form.description ?? "", dialogBased: form.dialogBased != nil,
                                                     concernsAbuse: form.concernsAbuse != nil))
            case "concern":
                guard let level = form.level.flatMap(Int.init).flatMap(ConcernLevel.init(rawValue:)) else {
                    throw FormError(field: "level", text: Strings.error(.concernLevelInvalid))
                }
                payload = .concern(Concern(level: level, source: .other, description: form.description ?? ""))
            default:
                // Neither a concern nor a notification: which one the professional meant is theirs to say.
                throw FormError(field: "kind", text: Strings.errorChoiceInvalid)
            }
            let entry = Entry(municipality: child.municipality, child: child.id, payload: payload, occurredAt: now, recordedAt: now, author: user.id)
            try await request.store.append(entry, now: now)
            request.session.data["notice"] = Strings.submissionReceived(request.language)
            return request.redirect(to: "/professional", redirectType: .normal)
        } catch let error as DomainError {
            return try await render(request, values: values, error: (error.field ?? "cpr", Strings.error(error.code)(request.language)))
        } catch let error as FormError {
            return try await render(request, values: values, error: (error.field, error.text(request.language)))
        }
    }

    /// By CPR number, or else by name and birth date (exactly one child must match).
    static func findChild(_ request: Request, cpr: String?, name: String?, birthDate: String?) async throws -> Child {
        let cprText = cpr?.trimmingCharacters(in: .whitespaces) ?? ""
        if !cprText.isEmpty {
            let cpr = try CPR(cprText)
            guard let child = try await request.store.child(cpr: cpr) else { throw FormError(field: "cpr", text: Strings.childNotFoundByIdentifier) }
            return child
        }
        let name = name?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !name.isEmpty, let birthDate = birthDate.flatMap(LocalDate.init(iso:)) else {
            throw FormError(field: "cpr", text: Strings.childIdentifierMissing)
        }
        let matches = try await request.store.children(name: name, birthDate: birthDate)
        guard matches.count == 1, let child = matches.first else { throw FormError(field: "cpr", text: Strings.childNotFoundByIdentifier) }
        return child
    }

    static func render(_ request: Request, values: [String: String], error: (field: String, message: String)?) async throws -> Response {
        let user = try request.requireUser()
        let submissions = try await request.store.submissions(author: user.id)
        let httpStatus: HTTPStatus = error == nil ? .ok : .unprocessableEntity
        return Page.render(request, title: Strings.professionalTitle(request.language), status: httpStatus) { context in
            let fieldError = { (field: String) in error?.field == field ? error?.message : nil }
            let kind = values["kind"] ?? "concern"
            return .group(
                .h1(.plain(context.t(Strings.professionalTitle))),
                .p(.plain(context.t(Strings.professionalIntro))),
                .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain("\(context.t(Strings.submissionNotSaved)) \($0.message)")) },
                .form(.id("submission-form"), .class("entry-form narrow"), .action("/professional"), .method(.post),
                    csrfField(context),
                    .h2(.plain(context.t(Strings.findChild))),
                    .p(.class("hint"), .plain(context.t(Strings.findChildHint))),
                    Components.field(context.t(Strings.cprLabel), id: "submission-cpr", error: fieldError("cpr"),
                        .input(.id("submission-cpr"), .name("cpr"), .type(.text), .value(escapeAttribute(values["cpr"] ?? "")))),
                    Components.field(context.t(Strings.childName), id: "submission-name",
                        .input(.id("submission-name"), .name("name"), .type(.text), .value(escapeAttribute(values["name"] ?? "")))),
                    Components.field(context.t(Strings.birthDate), id: "submission-birth",
                        .input(.id("submission-birth"), .name("birthDate"), .type(.date), .value(escapeAttribute(values["birthDate"] ?? "")))),
                    .h2(.plain(context.t(Strings.whatToPassOn))),
                    Components.field(context.t(Strings.submissionKind), id: "submission-kind",
                        Components.select(id: "submission-kind", name: "kind", [
                            Components.option(value: "concern", text: context.t(Strings.entryKind(.concern)), selected: kind == "concern"),
                            Components.option(value: "notification", text: context.t(Strings.entryKind(.notification)), selected: kind == "notification"),
                        ])),
                    Components.field(context.t(Strings.levelIfConcern), id: "submission-level", error: fieldError("level"),
                        ChildPageView.levelSelect(id: "submission-level", selected: values["level"] ?? "3", context)),
                    levelSteer(kind: kind, level: values["level"], context),
                    ConcernScaleController.guidanceForAllAges(context),
                    Components.field(context.t(Strings.description), id: "submission-description", error: fieldError("description"),
                        .textarea(.id("submission-description"), .name("description"), .attribute(named: "rows", value: "5"), .required(true),
                                  .plain(values["description"] ?? ""))),
                    .element(named: "fieldset", nodes: [
                        .class("check"),
                        .element(named: "legend", nodes: [.class("visually-hidden"), .plain(context.t(Strings.entryKind(.notification)))]),
                        .input(.id("submission-dialog"), .name("dialogBased"), .type(.checkbox), .value("1"), .checked(values["dialogBased"] != nil)),
                        .label(.for("submission-dialog"), .plain(context.t(Strings.dialogBased))),
                        .input(.id("submission-abuse"), .name("concernsAbuse"), .type(.checkbox), .value("1"), .checked(values["concernsAbuse"] != nil)),
                        .label(.for("submission-abuse"), .plain(context.t(Strings.concernsAbuse))),
                    ]),
                    .button(.id("submission-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.submit)))),
                .h2(.plain(context.t(Strings.professionalSubmissions))),
                submissions.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.professionalNoSubmissions))) :
                    .table(.id("submissions"), .class("list"),
                        Components.columnHeaders([Strings.columnWhen, Strings.columnName, Strings.submissionKind, Strings.submissionStatus], context),
                        .tbody(.forEach(submissions) { submission in
                            .tr(.td(.plain(Format.dateTime(submission.entry.recordedAt, context.language))),
                                .td(.plain(submission.childName)),
                                .td(.plain(context.t(Strings.entryKind(submission.entry.kind)))),
                                .td(.class("status"), .plain(status(submission, context))))
                        }))
            )
        }
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
