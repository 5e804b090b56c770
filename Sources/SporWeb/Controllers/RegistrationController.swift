import Plot
import Vapor
import SporDomain
import SporStore

/// Registering a child who is not yet in Spor: CPR number, name, district, school or daycare.
enum RegistrationController {
    struct RegistrationForm: Content {
        var cpr: String?
        var givenName: String?
        var familyName: String?
        var district: String?
        var institution: String?
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        let query = (try? request.query.get(String.self, at: "cpr")) ?? ""
        return try await render(request, values: ["cpr": query], error: nil)
    }

    @Sendable static func register(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let form = try request.content.decode(RegistrationForm.self)
        let values = ["cpr": form.cpr, "givenName": form.givenName, "familyName": form.familyName,
                      "district": form.district, "institution": form.institution].compactMapValues { $0 }
        let districts = try await districts(request)
        do {
            let cpr = try CPR(form.cpr ?? "")
            guard let district = form.district, districts.contains(district) else {
                throw FormError(field: "district", text: Strings.errorChoiceInvalid)
            }
            let institution = form.institution?.trimmingCharacters(in: .whitespacesAndNewlines)
            guard (institution?.count ?? 0) <= 200 else { throw DomainError(.textTooLong, field: "institution") }
            let child = try Child(municipality: request.store.municipality, cpr: cpr, givenName: form.givenName ?? "",
                                  familyName: form.familyName ?? "", district: district,
                                  institution: institution?.isEmpty == false ? institution : nil)
            let now = request.now
            try await request.store.register(child, cpr: cpr, by: user.id, now: now)
            if user.role == .caseworker {
                // The caseworker who registers a child takes the case, so it is on their list.
                let assignment = Entry(municipality: child.municipality, child: child.id,
                                       payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: user.id)),
                                       occurredAt: now, recordedAt: now, author: user.id)
                try await request.store.append(assignment, now: now)
            }
            request.session.data["notice"] = Strings.childRegistered(request.language)
            return request.redirect(to: "/children/\(child.id.uuidString)", redirectType: .normal)
        } catch let error as DomainError {
            return try await render(request, values: values, error: (error.field ?? "cpr", Strings.error(error.code)(request.language)),
                                    status: .unprocessableEntity)
        } catch let error as FormError {
            return try await render(request, values: values, error: (error.field, error.text(request.language)), status: .unprocessableEntity)
        }
    }

    static func districts(_ request: Request) async throws -> [String] {
        Array(Set(try await request.store.teams().map(\.district))).sorted()
    }

    static func render(_ request: Request, values: [String: String], error: (field: String, message: String)?,
                       status: HTTPStatus = .ok) async throws -> Response {
        let districts = try await districts(request)
        return Page.render(request, title: Strings.registerTitle(request.language), status: status) { context in
            let fieldError = { (field: String) in error?.field == field ? error?.message : nil }
            let text = { (field: String, type: HTMLInputType, required: Bool) -> Node<HTML.FormContext> in
                .input(.id("register-\(field)"), .name(field), .type(type), .value(escapeAttribute(values[field] ?? "")), .required(required))
            }
            return .group(
                .h1(.plain(context.t(Strings.registerTitle))),
                .p(.plain(context.t(Strings.registerIntro))),
                .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain("\(context.t(Strings.registerNotSaved)) \($0.message)")) },
                .form(.id("register-form"), .class("entry-form narrow"), .action("/children"), .method(.post),
                    csrfField(context),
                    Components.field(context.t(Strings.cprLabel), id: "register-cpr", error: fieldError("cpr"), text("cpr", .text, true)),
                    Components.field(context.t(Strings.givenName), id: "register-givenName", error: fieldError("givenName"), text("givenName", .text, true)),
                    Components.field(context.t(Strings.familyName), id: "register-familyName", error: fieldError("familyName"), text("familyName", .text, true)),
                    Components.field(context.t(Strings.columnDistrict), id: "register-district", error: fieldError("district"),
                        Components.select(id: "register-district", name: "district", districts.map {
                            Components.option(value: $0, text: $0, selected: values["district"] == $0)
                        })),
                    Components.field(context.t(Strings.institution), id: "register-institution", error: fieldError("institution"),
                                     text("institution", .text, false)),
                    .button(.id("register-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.registerButton))))
            )
        }
    }
}
