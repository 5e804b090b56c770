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

// MARK: - Policies, tracks and goals

extension PolicyContentController {
    static let contentWording = FormSubmission.Wording(fields: ["policy": "title", "track": "title", "goal": "number"], defaultField: "title")

    static func contentModel(_ request: Request, _ kind: ContentEditModel.Kind, parameter: String?) async throws -> ContentEditModel {
        let id = parameter.flatMap { request.parameters.get($0) }
        guard let model = try await ContentEditModel.query(store: request.store, user: try request.requireUser(), now: request.now, kind: kind, id: id) else {
            throw Abort(.notFound)
        }
        return model
    }

    static func renderContent(_ request: Request, _ model: ContentEditModel, refusal: Refusal?) -> Response {
        Page.render(request, title: ContentEditView.title(model, request.language)) { context in
            ContentEditView.body(model, refusal: refusal, context)
        }
    }

    static func show(_ request: Request, _ kind: ContentEditModel.Kind, _ parameter: String?) async throws -> Response {
        renderContent(request, try await contentModel(request, kind, parameter: parameter), refusal: nil)
    }

    /// Saves the form as a new version of the content: the change `model.subject` and the values name.
    static func save(_ request: Request, _ kind: ContentEditModel.Kind, _ parameter: String?) async throws -> Response {
        let user = try request.requireUser()
        let model = try await contentModel(request, kind, parameter: parameter)
        return try await FormSubmission.submit(request, wording: contentWording, perform: { values in
            var content = try await request.store.policyContent()
            switch model.subject {
            case .newPolicy:
                let period = try ContentEditModel.period(from: values, required: true)!
                try content.addPolicy(PolicyID(rawValue: UUID().uuidString.lowercased()), kind: try values.choice("kind", as: Policy.Kind.self),
                                      title: values.text("title"), period: period)
            case .policy(let policy):
                try content.editPolicy(policy.id, title: values.text("title"), period: try ContentEditModel.period(from: values, required: false))
            case .newTrack(let policy):
                try content.addTrack(TrackID(rawValue: UUID().uuidString.lowercased()), to: policy.id, title: values.text("title"),
                                     statement: values.text("statement"))
            case .track(let track):
                try content.editTrack(track.id, title: values.text("title"), statement: values.text("statement"))
            case .newGoal(let track):
                // A goal's number is dotted digits ("3.4"): it is shown and linked as it is.
                guard values.text("number").wholeMatch(of: /[0-9]{1,3}(\.[0-9]{1,3}){0,3}/) != nil else {
                    throw FormError(field: "number", text: Strings.goalNumberInvalid)
                }
                try content.addGoal(GoalID(rawValue: values.text("number")), to: track.id, text: values.text("text"),
                                    indicators: model.indicatorsTicked(values))
            case .goal(let goal):
                try content.editGoal(goal.id, text: values.text("text"), indicators: model.indicatorsTicked(values))
            }
            try await request.store.savePolicyContent(content, by: user.id, now: request.now)
            return Landing(.tracker, notice: Strings.contentSaved)
        }, refused: { refusal in
            renderContent(request, model, refusal: refusal)
        })
    }

    @Sendable static func showPolicyNew(_ request: Request) async throws -> Response { try await show(request, .newPolicy, nil) }
    @Sendable static func savePolicyNew(_ request: Request) async throws -> Response { try await save(request, .newPolicy, nil) }
    @Sendable static func showPolicyEdit(_ request: Request) async throws -> Response { try await show(request, .policy, "policyID") }
    @Sendable static func savePolicyEdit(_ request: Request) async throws -> Response { try await save(request, .policy, "policyID") }
    @Sendable static func showTrackNew(_ request: Request) async throws -> Response { try await show(request, .newTrack, "policyID") }
    @Sendable static func saveTrackNew(_ request: Request) async throws -> Response { try await save(request, .newTrack, "policyID") }
    @Sendable static func showTrackEdit(_ request: Request) async throws -> Response { try await show(request, .track, "trackID") }
    @Sendable static func saveTrackEdit(_ request: Request) async throws -> Response { try await save(request, .track, "trackID") }
    @Sendable static func showGoalNew(_ request: Request) async throws -> Response { try await show(request, .newGoal, "trackID") }
    @Sendable static func saveGoalNew(_ request: Request) async throws -> Response { try await save(request, .newGoal, "trackID") }
    @Sendable static func showGoalEdit(_ request: Request) async throws -> Response { try await show(request, .goal, "goalID") }
    @Sendable static func saveGoalEdit(_ request: Request) async throws -> Response { try await save(request, .goal, "goalID") }
}

// MARK: - Versions

extension PolicyContentController {
    static func renderVersions(_ request: Request, number: Int?) async throws -> Response {
        guard let model = try await PolicyVersionsModel.query(store: request.store, user: try request.requireUser(), now: request.now, number: number) else {
            throw Abort(.notFound)
        }
        return Page.render(request, title: Strings.policyVersionsTitle(request.language)) { context in
            PolicyVersionsView.body(model, refusal: nil, context)
        }
    }

    @Sendable static func versions(_ request: Request) async throws -> Response { try await renderVersions(request, number: nil) }

    @Sendable static func version(_ request: Request) async throws -> Response {
        guard let number = request.parameters.get("version").flatMap(Int.init) else { throw Abort(.notFound) }
        return try await renderVersions(request, number: number)
    }
}
