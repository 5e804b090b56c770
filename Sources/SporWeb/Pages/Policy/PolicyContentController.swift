import Foundation
import Vapor
import SporDomain
import SporStore

/// Policy staff add and edit the policy content's initiatives (issue 23, item 5). Each save writes a new version of
/// the whole content; nothing is deleted and every earlier version stays readable (`Store.policyContent(version:)`).
enum PolicyContentController {
    /// The form's fields for the domain's names: a start after an update is the start field's fault.
    static let wording = FormSubmission.Wording(fields: ["date": "start", "initiative": "name"], defaultField: "name")

    static func model(_ request: Request, id: String?) async throws -> InitiativeEditModel {
        guard let model = try await InitiativeEditModel.query(store: request.store, user: try request.requireUser(), now: request.now, id: id) else {
            throw Abort(.notFound)
        }
        return model
    }

    static func render(_ request: Request, _ model: InitiativeEditModel, refusal: Refusal?) -> Response {
        let title = model.initiative.map { "\(Strings.editInitiative(request.language)): \($0.name)" } ?? Strings.newInitiative(request.language)
        return Page.render(request, title: title) { context in
            InitiativeEditView.body(model, refusal: refusal, context)
        }
    }

    @Sendable static func newInitiative(_ request: Request) async throws -> Response {
        render(request, try await model(request, id: nil), refusal: nil)
    }

    @Sendable static func addInitiative(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let model = try await model(request, id: nil)
        return try await FormSubmission.submit(request, wording: wording, perform: { values in
            var content = try await request.store.policyContent()
            let facts = try InitiativeEditModel.facts(from: values, content: content)
            let status = values.optionalText("status") == nil ? InitiativeStatus.planned : try values.choice("status", as: InitiativeStatus.self)
            let id = InitiativeID(rawValue: UUID().uuidString.lowercased())
            try content.addInitiative(id, facts, status: status)
            try await request.store.savePolicyContent(content, by: user.id, now: request.now)
            return Landing(.initiative(.value(id.rawValue)), notice: Strings.initiativeAdded)
        }, refused: { refusal in
            render(request, model, refusal: refusal)
        })
    }

    @Sendable static func editInitiativePage(_ request: Request) async throws -> Response {
        render(request, try await model(request, id: request.parameters.get("initiativeID")), refusal: nil)
    }

    @Sendable static func editInitiative(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let model = try await model(request, id: request.parameters.get("initiativeID"))
        guard let id = model.initiative?.id else { throw Abort(.notFound) }
        return try await FormSubmission.submit(request, wording: wording, perform: { values in
            var content = try await request.store.policyContent()
            try content.editInitiative(id, try InitiativeEditModel.facts(from: values, content: content))
            try await request.store.savePolicyContent(content, by: user.id, now: request.now)
            return Landing(.initiative(.value(id.rawValue)), notice: Strings.initiativeEdited)
        }, refused: { refusal in
            render(request, model, refusal: refusal)
        })
    }
}
