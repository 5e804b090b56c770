import Foundation
import Vapor
import SporDomain
import SporStore

/// Completing work that is on a list: an agreed action marked *udført*, *ikke udført* or cancelled, a message from
/// Min side answered, a legal deadline marked *ikke relevant*; the agreed actions one owns (*Mine aftaler*); and the
/// team lead's list of deadlines marked not relevant. Each completion is a journal entry: the domain decides whether
/// it may be written (`JournalRules`), this controller who may write it.
enum TaskController {
    /// The domain's refusals in the tasks' words.
    static let wording = FormSubmission.Wording(messages: { Strings.taskError($0) })

    // MARK: - An agreed action

    /// `POST /children/:childID/actions/:meetingID/:actionID`: the action's owner, the child's caseworker, or the team
    /// that handles the child marks it done or not done; cancelling is for the caseworker and that team only.
    @Sendable static func completeAction(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let childID = try ChildrenController.childID(request)
        guard let meetingID = request.parameters.get("meetingID").flatMap(UUID.init(uuidString:)),
              let actionID = request.parameters.get("actionID").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        let store = request.store
        guard let child = try await store.child(id: childID) else { throw Abort(.notFound) }
        let summary = try await store.summary(child: childID)
        let team = try await store.teams().first { $0.id == user.team }
        let handlesChild = Access.grounds(user, userTeam: team, summary: summary, child: child, hasGrant: false) == .ownTeam
            && (summary?.caseworker == nil || summary?.caseworker == user.id || user.role == .teamLead)
        let timeline = try await store.timeline(child: childID)
        let meeting = timeline.items.first { $0.entry.id == meetingID }
        let action = ChildPageView.agreedAction(actionID, meeting: meetingID, in: timeline)
        guard let action, let meeting else { throw Abort(.notFound) }
        guard action.owner == user.id || handlesChild else {
            return try await refusedAccess(request, user: user, child: childID, message: Strings.taskNotPermitted)
        }
        let values = try FormValues(request)
        let returnTo = LanguageController.localPath(values["returnTo"]) ?? defaultReturn(user, child: childID)
        let page = TaskCompletionModel(title: Strings.taskEntryAgreedAction.filled(action.what), childName: child.fullName, kind: .agreedAction,
                                       child: childID, trigger: meetingID, action: actionID, user: user, returnTo: returnTo)
        return try await complete(request, page: page, child: child, user: user, taskBegan: meeting.entry.occurredAt) { values in
            let outcome = try values.choice("outcome", as: TaskCompletion.Outcome.self)
            if outcome == .cancelled, !handlesChild {
                throw Refusal(form: TaskForms.formName, field: "outcome", message: Strings.taskCancelNotPermitted(request.language), values: values)
            }
            return (.agreedAction(meeting: meetingID, action: actionID), outcome)
        }
    }

    // MARK: - A message from Min side

    /// `POST /children/:childID/messages/:entryID/done`: the child's caseworker or team marks the message answered.
    @Sendable static func completeMessage(_ request: Request) async throws -> Response {
        let model = try await ChildPageModel.load(request, for: .managingCase)
        guard let entryID = request.parameters.get("entryID").flatMap(UUID.init(uuidString:)),
              let message = model.timeline.items.first(where: { $0.entry.id == entryID }) else { throw Abort(.notFound) }
        let values = try FormValues(request)
        let returnTo = LanguageController.localPath(values["returnTo"]) ?? SiteURL.child(model.child.id).path
        let page = TaskCompletionModel(title: Strings.taskMarkAnswered, childName: model.child.fullName, kind: .portalMessage,
                                       child: model.child.id, trigger: entryID, action: nil, user: model.user, returnTo: returnTo)
        return try await complete(request, page: page, child: model.child, user: model.user, taskBegan: message.entry.occurredAt) { _ in
            (.portalMessage(entry: entryID), .done)
        }
    }

    /// Appends the completion, or shows the form again with the reason and what was typed. Nothing is saved on a refusal.
    private static func complete(_ request: Request, page: TaskCompletionModel, child: Child, user: UserRecord, taskBegan: Date,
                                 _ task: @escaping (FormValues) throws -> (TaskCompletion.Task, TaskCompletion.Outcome)) async throws -> Response {
        let now = request.now
        return try await FormSubmission.submit(request, form: TaskForms.formName, wording: wording, perform: { values in
            let (task, outcome) = try task(values)
            let completion = TaskCompletion(task: task, outcome: outcome, completedOn: try completedOn(values["completedOn"]),
                                            comment: values.text("comment"))
            try await request.store.append(Entry(municipality: child.municipality, child: child.id, payload: .taskCompleted(completion),
                                                 occurredAt: completion.occurredAt(now: now, taskBegan: taskBegan), recordedAt: now,
                                                 author: user.id), now: now)
            return Landing(returnTo: page.returnTo, notice: Strings.taskSaved)
        }, refused: { refusal in
            Page.render(request, title: page.title(request.language)) { context in TaskCompletionView.body(page, refusal: refusal, context) }
        })
    }

    static func completedOn(_ text: String?) throws -> LocalDate {
        guard let text, let day = LocalDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
            throw DomainError(.dateInvalid, field: "completedOn")
        }
        return day
    }

    static func defaultReturn(_ user: UserRecord, child: UUID) -> String {
        Authorization.allows(user.role, .ownActions) ? SiteURL.actions.path : SiteURL.child(child).path
    }

    /// 403 with the reason; the refusal is logged like every other.
    static func refusedAccess(_ request: Request, user: UserRecord, child: UUID, message: LocalizedText) async throws -> Response {
        try await request.store.audit(.accessDenied, user: user.id, child: child, now: request.now)
        return Page.render(request, title: Strings.errorTitle(request.language), status: .forbidden) { context in
            TaskCompletionView.forbidden(message, home: Authorization.home(user.role), context)
        }
    }

    // MARK: - A deadline marked not relevant

    /// `GET /children/:childID/not-relevant?rule=…&trigger=…[&action=…]`: the form, for the child's caseworker or team.
    @Sendable static func showNotRelevant(_ request: Request) async throws -> Response {
        let child = try await ChildPageModel.load(request, for: .managingCase)
        guard let model = NotRelevantModel.query(child: child.child, obligations: child.obligations, rule: request.query[String.self, at: "rule"],
                                                 trigger: request.query[String.self, at: "trigger"], action: request.query[String.self, at: "action"],
                                                 returnTo: LanguageController.localPath(request.query[String.self, at: "returnTo"])) else {
            throw Abort(.notFound)
        }
        return Page.render(request, title: Strings.notRelevantTitle(request.language)) { context in
            NotRelevantView.body(model, refusal: nil, context)
        }
    }

    /// `POST /children/:childID/not-relevant`: a reason is required; the domain refuses a deadline already met or marked.
    @Sendable static func markNotRelevant(_ request: Request) async throws -> Response {
        let child = try await ChildPageModel.load(request, for: .managingCase)
        let values = try FormValues(request)
        let returnTo = LanguageController.localPath(values["returnTo"])
        guard let model = NotRelevantModel.query(child: child.child, obligations: child.obligations, rule: values["rule"],
                                                 trigger: values["trigger"], action: values["action"], returnTo: returnTo) else {
            return Page.render(request, title: Strings.notRelevantTitle(request.language), status: .unprocessableEntity) { context in
                NotRelevantView.missing(back: returnTo ?? SiteURL.child(child.child.id).path, context)
            }
        }
        let landing = returnTo.map { Landing(returnTo: $0, notice: Strings.notRelevantSaved) }
            ?? Landing(.child(child.child.id), notice: Strings.notRelevantSaved)
        return try await FormSubmission.submitEntry(request, child: child.child, author: child.user.id, form: NotRelevantView.formName,
                                                    wording: wording, landing: landing, build: { values, now in
            EntryDraft(payload: .deadlineNotRelevant(DeadlineNotRelevant(rule: model.rule.id, trigger: model.obligation.trigger,
                                                                         action: model.obligation.action, reason: values.text("reason"))),
                       occurredAt: now)
        }, refused: { refusal in
            Page.render(request, title: Strings.notRelevantTitle(request.language)) { context in
                NotRelevantView.body(model, refusal: refusal, context)
            }
        })
    }

    // MARK: - Mine aftaler

    /// `GET /actions`: the agreed actions a person owns who has no case worklist (the outreach counsellor, a teacher).
    @Sendable static func myActions(_ request: Request) async throws -> Response {
        let model = try await MyActionsModel.query(store: request.store, user: try request.requireUser(), now: request.now)
        return Page.render(request, title: Strings.myActionsTitle(request.language)) { context in MyActionsView.body(model, context) }
    }

    // MARK: - The team lead's list

    /// `GET /team/not-relevant`: the deadlines on the team's children marked not relevant, with the reason, who and when.
    @Sendable static func teamNotRelevant(_ request: Request) async throws -> Response {
        let model = try await TeamNotRelevantModel.query(store: request.store, user: try request.requireUser(), now: request.now)
        return Page.render(request, title: Strings.teamNotRelevantTitle(request.language)) { context in TeamNotRelevantView.body(model, context) }
    }
}
