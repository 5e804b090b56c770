import Vapor
import SporDomain
import SporStore

/// Registering a child who is not yet in Spor: CPR number, name, district, school or daycare.
enum RegistrationController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        let cpr = (try? request.query.get(String.self, at: "cpr")) ?? ""
        let model = try await RegistrationModel.query(store: request.store, user: try request.requireUser(), now: request.now, cpr: cpr)
        return render(request, model, refusal: nil)
    }

    @Sendable static func register(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let model = try await RegistrationModel.query(store: request.store, user: user, now: request.now)
        return try await FormSubmission.submit(request, wording: FormSubmission.Wording(defaultField: "cpr"), perform: { values in
            let cpr = try CPR(values["cpr"] ?? "")
            guard let district = values["district"], model.districts.contains(district) else {
                throw FormError(field: "district", text: Strings.errorChoiceInvalid)
            }
            let institution = values.optionalText("institution")
            guard (institution?.count ?? 0) <= 200 else { throw DomainError(.textTooLong, field: "institution") }
            let child = try Child(municipality: request.store.municipality, cpr: cpr, givenName: values["givenName"] ?? "",
                                  familyName: values["familyName"] ?? "", district: district, institution: institution)
            let now = request.now
            try await request.store.register(child, cpr: cpr, by: user.id, now: now)
            if user.role == .caseworker {
                // The caseworker who registers a child takes the case, so it is on their list.
                let assignment = Entry(municipality: child.municipality, child: child.id,
                                       payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: user.id)),
                                       occurredAt: now, recordedAt: now, author: user.id)
                try await request.store.append(assignment, now: now)
            }
            return Landing(.child(child.id), notice: Strings.childRegistered)
        }, refused: { refusal in
            render(request, model, refusal: refusal)
        })
    }

    static func render(_ request: Request, _ model: RegistrationModel, refusal: Refusal?) -> Response {
        Page.render(request, title: Strings.registerTitle(request.language)) { context in
            RegistrationView.body(model, refusal: refusal, context)
        }
    }
}
