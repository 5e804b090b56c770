import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// The outreach counsellor's consultations (sparring) — named, or anonymous and linked to the child
/// later — and early-help notes. The child is found the way a professional finds one (CPR, or full name
/// and birth date); the counsellor never needs the case page.
enum ConsultationController {
    static let askers: [ConcernSource] = [.teacher, .pedagogue, .healthVisitor, .ppr, .ssp, .doctor, .parent, .other]

    /// Which form a refusal belongs to, the field and the message, and what was typed.
    struct Refusal {
        let form: String
        let field: String
        let message: String
        let values: [String: String]
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        try await render(request, refusal: nil)
    }

    @Sendable static func record(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let fields = try request.content.decode([String: String].self)
        let now = request.now
        do {
            let occurredAt = try ChildrenController.occurred(fields["occurredAt"], shown: fields["occurredAtShown"], now: now)
            guard let askedBy = fields["askedBy"].flatMap(ConcernSource.init(rawValue:)) else {
                throw FormError(field: "askedBy", text: Strings.errorChoiceInvalid)
            }
            let consultation = Consultation(askedBy: askedBy, question: fields["question"] ?? "", advice: fields["advice"] ?? "")
            if namesAChild(fields) {
                let child = try await ProfessionalController.findChild(request, cpr: fields["cpr"], name: fields["name"], birthDate: fields["birthDate"])
                try await request.store.append(Entry(municipality: child.municipality, child: child.id, payload: .consultation(consultation),
                                                     occurredAt: occurredAt, recordedAt: now, author: user.id), now: now)
                request.session.data["notice"] = Strings.consultationSaved(request.language)
            } else {
                _ = try await request.store.recordAnonymousConsultation(consultation, heldAt: occurredAt, author: user.id, now: now)
                request.session.data["notice"] = Strings.consultationSavedAnonymous(request.language)
            }
            return request.redirect(to: "/consultations", redirectType: .normal)
        } catch {
            return try await refuse(request, form: "consultation", error: error, values: fields)
        }
    }

    @Sendable static func earlyHelp(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let fields = try request.content.decode([String: String].self)
        let now = request.now
        do {
            let occurredAt = try ChildrenController.occurred(fields["occurredAt"], shown: fields["occurredAtShown"], now: now)
            let child = try await ProfessionalController.findChild(request, cpr: fields["cpr"], name: fields["name"], birthDate: fields["birthDate"])
            try await request.store.append(Entry(municipality: child.municipality, child: child.id,
                                                 payload: .journalNote(JournalNote(text: fields["text"] ?? "", earlyHelp: true)),
                                                 occurredAt: occurredAt, recordedAt: now, author: user.id), now: now)
            request.session.data["notice"] = Strings.earlyHelpSaved(request.language)
            return request.redirect(to: "/consultations", redirectType: .normal)
        } catch {
            return try await refuse(request, form: "early-help", error: error, values: fields)
        }
    }

    @Sendable static func link(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        guard let id = request.parameters.get("consultationID").flatMap(UUID.init(uuidString:)),
              let record = try await request.store.anonymousConsultation(id: id), record.author == user.id else {
            throw Abort(.notFound)
        }
        let fields = try request.content.decode([String: String].self)
        do {
            let child = try await ProfessionalController.findChild(request, cpr: fields["cpr"], name: fields["name"], birthDate: fields["birthDate"])
            _ = try await request.store.linkConsultation(record.id, child: child.id, by: user.id, now: request.now)
            request.session.data["notice"] = Strings.consultationLinkedNotice(request.language)
            return request.redirect(to: "/consultations", redirectType: .normal)
        } catch {
            return try await refuse(request, form: "link-\(id.uuidString)", error: error, values: fields)
        }
    }

    static func namesAChild(_ fields: [String: String]) -> Bool {
        ["cpr", "name", "birthDate"].contains { !(fields[$0]?.trimmingCharacters(in: .whitespaces).isEmpty ?? true) }
    }

    static func refuse(_ request: Request, form: String, error: any Error, values: [String: String]) async throws -> Response {
        let language = request.language
        switch error {
        case let error as DomainError:
            return try await render(request, refusal: Refusal(form: form, field: error.field ?? "cpr", message: Strings.error(error.code)(language), values: values))
        case let error as FormError:
            return try await render(request, refusal: Refusal(form: form, field: error.field, message: error.text(language), values: values))
        default:
            throw error
        }
    }

    static func render(_ request: Request, refusal: Refusal?) async throws -> Response {
        let user = try request.requireUser()
        let anonymous = try await request.store.anonymousConsultations(author: user.id)
        var linkedNames: [UUID: String] = [:]
        for record in anonymous {
            if let child = record.linkedChild, let found = try await request.store.child(id: child) { linkedNames[child] = found.fullName }
        }
        return Page.render(request, title: Strings.consultationsTitle(request.language), status: refusal == nil ? .ok : .unprocessableEntity) { context in
            let values = { (form: String) in refusal?.form == form ? refusal?.values ?? [:] : [:] }
            let fieldError = { (form: String, field: String) in refusal?.form == form && refusal?.field == field ? refusal?.message : nil }
            let alert = { (form: String) -> Node<HTML.BodyContext> in
                .unwrap(refusal?.form == form ? refusal : nil) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain("\(context.t(Strings.notSaved)) \($0.message)")) }
            }
            let consultation = values("consultation")
            let early = values("early-help")
            return .group(
                .h1(.plain(context.t(Strings.consultationsTitle))),
                .p(.plain(context.t(Strings.consultationsIntro))),
                .h2(.plain(context.t(Strings.newConsultation))),
                alert("consultation"),
                .form(.id("consultation-form"), .class("entry-form narrow"), .action("/consultations"), .method(.post),
                    csrfField(context),
                    .p(.class("hint"), .plain(context.t(Strings.anonymousHint))),
                    childFields(prefix: "consultation", values: consultation, error: fieldError("consultation", "cpr"), context),
                    occurredField(prefix: "consultation", values: consultation, error: fieldError("consultation", "occurredAt"), context),
                    Components.field(context.t(Strings.askedBy), id: "consultation-asked", error: fieldError("consultation", "askedBy"),
                        Components.select(id: "consultation-asked", name: "askedBy", askers.map {
                            Components.option(value: $0.rawValue, text: context.t(Strings.concernSource($0)), selected: consultation["askedBy"] == $0.rawValue)
                        })),
                    area(prefix: "consultation", name: "question", label: Strings.question, values: consultation, error: fieldError("consultation", "question"), context),
                    area(prefix: "consultation", name: "advice", label: Strings.advice, values: consultation, error: fieldError("consultation", "advice"), context),
                    .button(.id("consultation-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save)))),
                .h2(.plain(context.t(Strings.earlyHelpTitle))),
                .p(.plain(context.t(Strings.earlyHelpIntro))),
                alert("early-help"),
                .form(.id("early-help-form"), .class("entry-form narrow"), .action("/consultations/early-help"), .method(.post),
                    csrfField(context),
                    childFields(prefix: "early", values: early, error: fieldError("early-help", "cpr"), context),
                    occurredField(prefix: "early", values: early, error: fieldError("early-help", "occurredAt"), context),
                    area(prefix: "early", name: "text", label: Strings.noteText, values: early, error: fieldError("early-help", "text"), context),
                    .button(.id("early-help-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.save)))),
                .h2(.plain(context.t(Strings.anonymousConsultations))),
                anonymous.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.noAnonymousConsultations))) :
                    .ul(.class("consultations"), .forEach(anonymous) { record in
                        let form = "link-\(record.id.uuidString)"
                        let prefix = "link-\(record.id.uuidString.prefix(8))"
                        return .li(.id("consultation-\(record.id.uuidString)"),
                            .p(.class("meta"), .plain("\(context.t(Strings.heldAt)) \(Format.dateTime(record.heldAt, context.language)) · \(context.t(Strings.askedBy)): \(context.t(Strings.concernSource(record.askedBy)))")),
                            .p(.class("text"), .plain(record.question)),
                            .p(.class("text"), .strong(.plain("\(context.t(Strings.advice)): ")), .plain(record.advice)),
                            .unwrap(record.linkedChild) { child in .p(.class("linked"), .plain(context.t(Strings.linkedToChild, linkedNames[child] ?? ""))) },
                            .if(record.linkedChild == nil, .group(
                                alert(form),
                                .details(.summary(.plain(context.t(Strings.linkToChild))),
                                    .form(.class("entry-form narrow"), .action("/consultations/\(record.id.uuidString)/link"), .method(.post),
                                        csrfField(context),
                                        childFields(prefix: prefix, values: values(form), error: fieldError(form, "cpr"), context),
                                        .button(.type(.submit), .plain(context.t(Strings.linkToChild))))))))
                    })
            )
        }
    }

    static func childFields(prefix: String, values: [String: String], error: String?, _ context: PageContext) -> Node<HTML.FormContext> {
        let value = { (name: String) in escapeAttribute(values[name] ?? "") }
        return .group(
            Components.field(context.t(Strings.cprLabel), id: "\(prefix)-cpr", error: error,
                .input(.id("\(prefix)-cpr"), .name("cpr"), .type(.text), .value(value("cpr")))),
            Components.field(context.t(Strings.childName), id: "\(prefix)-name", .input(.id("\(prefix)-name"), .name("name"), .type(.text), .value(value("name")))),
            Components.field(context.t(Strings.birthDate), id: "\(prefix)-birth", .input(.id("\(prefix)-birth"), .name("birthDate"), .type(.date), .value(value("birthDate")))))
    }

    static func occurredField(prefix: String, values: [String: String], error: String?, _ context: PageContext) -> Node<HTML.FormContext> {
        Components.field(context.t(Strings.occurredAt), id: "\(prefix)-occurred", error: error, .group(
            .input(.id("\(prefix)-occurred"), .name("occurredAt"), .attribute(named: "type", value: "datetime-local"), .required(true),
                   .value(escapeAttribute(values["occurredAt"] ?? Format.dateTimeLocal(context.now)))),
            ChildrenController.shownField("occurredAt", context, kept: values["occurredAtShown"])))
    }

    static func area(prefix: String, name: String, label: LocalizedText, values: [String: String], error: String?, _ context: PageContext) -> Node<HTML.FormContext> {
        Components.field(context.t(label), id: "\(prefix)-\(name)", error: error,
            .textarea(.id("\(prefix)-\(name)"), .name(name), .attribute(named: "rows", value: "3"), .required(true), .plain(values[name] ?? "")))
    }
}
