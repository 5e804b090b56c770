import Foundation
import Vapor
import SporDocuments
import SporDomain
import SporStore

/// The policy tracker: the municipality's policy and strategy as data, their initiatives with dated status
/// updates, the half-yearly follow-up rounds, and the committee's yearly status report drafted from them and
/// the measured indicators. Policy staff work here; no page reaches a person.
enum PolicyController {
    // MARK: - The tracker

    @Sendable static func tracker(_ request: Request) async throws -> Response {
        let model = try await TrackerModel.query(store: request.store, user: try request.requireUser(), now: request.now)
        return Page.render(request, title: Strings.trackerTitle(request.language)) { context in
            TrackerView.body(model, refusal: nil, context)
        }
    }

    // MARK: - One initiative and its status updates

    /// The initiative the path names (else not found).
    static func initiative(_ request: Request) async throws -> InitiativeModel {
        guard let id = request.parameters.get("initiativeID"),
              let model = try await InitiativeModel.query(store: request.store, user: try request.requireUser(), now: request.now, id: id) else {
            throw Abort(.notFound)
        }
        return model
    }

    @Sendable static func showInitiative(_ request: Request) async throws -> Response {
        renderInitiative(request, try await initiative(request), refusal: nil)
    }

    @Sendable static func recordStatus(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let model = try await initiative(request)
        let id = model.initiative.id
        return try await FormSubmission.submit(request, wording: .init(defaultField: "text"), perform: { values in
            var content = try await request.store.policyContent()
            try content.record(try InitiativeModel.update(from: values), on: id)
            try await request.store.savePolicyContent(content, by: user.id, now: request.now)
            return Landing(.initiative(.value(id.rawValue)), notice: Strings.statusSaved)
        }, refused: { refusal in
            renderInitiative(request, model, refusal: refusal)
        })
    }

    static func renderInitiative(_ request: Request, _ model: InitiativeModel, refusal: Refusal?) -> Response {
        Page.render(request, title: model.initiative.name) { context in
            InitiativeView.body(model, refusal: refusal, context)
        }
    }

    // MARK: - Follow-up rounds

    @Sendable static func rounds(_ request: Request) async throws -> Response {
        try await renderRounds(request, refusal: nil)
    }

    @Sendable static func createRound(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        return try await FormSubmission.submit(request, wording: .init(defaultField: "year"), perform: { values in
            let round = try RoundsModel.round(from: values)
            var rounds = try await request.store.followUpRounds()
            guard !rounds.contains(where: { $0.id == round.id }) else { throw PolicyError(.duplicateID, field: "year") }
            rounds.append(round)
            try await request.store.saveFollowUpRounds(rounds, by: user.id, now: request.now)
            return Landing(.rounds, notice: Strings.roundSaved)
        }, refused: { refusal in
            try await renderRounds(request, refusal: refusal)
        })
    }

    /// Records that the owner of an initiative still missing in a round was reminded.
    @Sendable static func remind(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let content = try await request.store.policyContent()
        let rounds = try await request.store.followUpRounds()
        let values = try FormValues(request)
        guard let roundID = request.parameters.get("roundID"), let round = rounds.first(where: { $0.id.rawValue == roundID }),
              let initiative = values["initiative"].flatMap({ content.initiative(InitiativeID(rawValue: $0)) }),
              round.initiativesMissingUpdate(in: content).contains(where: { $0.id == initiative.id }) else { throw Abort(.notFound) }
        var reminders = try await request.store.followUpReminders()
        reminders.append(FollowUpReminder(round: round.id, initiative: initiative.id, on: DanishTime.localDate(of: request.now)))
        try await request.store.saveFollowUpReminders(reminders, by: user.id, now: request.now)
        request.session.data["notice"] = Strings.reminderSaved(request.language, initiative.name)
        return request.redirect(to: SiteURL.rounds.path(fragment: "round-\(round.id.rawValue)"), redirectType: .normal)
    }

    static func renderRounds(_ request: Request, refusal: Refusal?) async throws -> Response {
        let model = try await RoundsModel.query(store: request.store, user: try request.requireUser(), now: request.now)
        return Page.render(request, title: Strings.roundsTitle(request.language)) { context in
            RoundsView.body(model, refusal: refusal, context)
        }
    }
}
