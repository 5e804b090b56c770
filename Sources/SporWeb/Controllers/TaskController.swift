import Foundation
import Plot
import Vapor
import SporDomain
import SporStore

/// Completing work that is on a list: an agreed action marked *udført*, *ikke udført* or cancelled, a message from
/// Min side answered, a legal deadline marked *ikke relevant*; the agreed actions one owns (*Mine aftaler*); and the
/// team lead's list of deadlines marked not relevant. Each completion is a journal entry: the domain decides whether
/// it may be written (`JournalRules`), this controller who may write it.
enum TaskController {
    struct CompletionForm: Content {
        var outcome: String?
        var completedOn: String?
        var comment: String?
        var returnTo: String?

        var values: [String: String] {
            ["outcome": outcome, "completedOn": completedOn, "comment": comment].compactMapValues { $0 }
        }
    }

    // MARK: - An agreed action

    /// `POST /children/:childID/actions/:meetingID/:actionID`: the action's owner, the child's caseworker, or the team
    /// that handles the child marks it done or not done; cancelling is for the caseworker and that team only.
    @Sendable static func completeAction(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let childID = try ChildrenController.childID(request)
        guard let meetingID = request.parameters.get("meetingID").flatMap(UUID.init(uuidString:)),
              let actionID = request.parameters.get("actionID").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        let form = try request.content.decode(CompletionForm.self)
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
        let returnTo = LanguageController.localPath(form.returnTo) ?? defaultReturn(user, child: childID)
        let refuse = { (field: String?, message: String) -> Response in
            refusedPage(request, title: context(request).t(Strings.taskEntryAgreedAction, action.what), childName: child.fullName,
                        kind: .agreedAction, child: childID, trigger: meetingID, action: actionID, user: user, returnTo: returnTo,
                        feedback: FormFeedback(form: "task", field: field, message: message, values: form.values))
        }
        guard let outcome = form.outcome.flatMap(TaskCompletion.Outcome.init(rawValue:)) else {
            return refuse("outcome", Strings.errorChoiceInvalid(request.language))
        }
        if outcome == .cancelled, !handlesChild {
            return refuse("outcome", Strings.taskCancelNotPermitted(request.language))
        }
        return try await append(request, refuse: refuse, returnTo: returnTo, child: child, user: user, taskBegan: meeting.entry.occurredAt) { day in
            .taskCompleted(TaskCompletion(task: .agreedAction(meeting: meetingID, action: actionID), outcome: outcome, completedOn: day,
                                          comment: (form.comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines)))
        } day: {
            try completedOn(form.completedOn)
        }
    }

    // MARK: - A message from Min side

    /// `POST /children/:childID/messages/:entryID/done`: the child's caseworker or team marks the message answered.
    @Sendable static func completeMessage(_ request: Request) async throws -> Response {
        let model = try await ChildPageModel.load(request, for: .managingCase)
        guard let entryID = request.parameters.get("entryID").flatMap(UUID.init(uuidString:)),
              let message = model.timeline.items.first(where: { $0.entry.id == entryID }) else { throw Abort(.notFound) }
        let form = try request.content.decode(CompletionForm.self)
        let returnTo = LanguageController.localPath(form.returnTo) ?? ChildPageView.base(model)
        let refuse = { (field: String?, text: String) -> Response in
            refusedPage(request, title: context(request).t(Strings.taskMarkAnswered), childName: model.child.fullName, kind: .portalMessage,
                        child: model.child.id, trigger: entryID, action: nil, user: model.user, returnTo: returnTo,
                        feedback: FormFeedback(form: "task", field: field, message: text, values: form.values))
        }
        return try await append(request, refuse: refuse, returnTo: returnTo, child: model.child, user: model.user,
                                taskBegan: message.entry.occurredAt) { day in
            .taskCompleted(TaskCompletion(task: .portalMessage(entry: entryID), outcome: .done, completedOn: day,
                                          comment: (form.comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines)))
        } day: {
            try completedOn(form.completedOn)
        }
    }

    /// Appends the completion, or shows the form again with the reason and what was typed. Nothing is saved on a refusal.
    private static func append(_ request: Request, refuse: (String?, String) -> Response, returnTo: String, child: Child, user: UserRecord,
                               taskBegan: Date, _ payload: (LocalDate) -> EntryPayload, day: () throws -> LocalDate) async throws -> Response {
        let now = request.now
        do {
            let day = try day()
            let built = payload(day)
            guard case .taskCompleted(let completion) = built else { throw Abort(.internalServerError) }
            try await request.store.append(Entry(municipality: child.municipality, child: child.id, payload: built,
                                                 occurredAt: completion.occurredAt(now: now, taskBegan: taskBegan), recordedAt: now,
                                                 author: user.id), now: now)
        } catch let error as DomainError {
            return refuse(error.field, Strings.taskError(error.code)(request.language))
        } catch let error as FormError {
            return refuse(error.field, error.text(request.language))
        }
        request.session.data["notice"] = Strings.taskSaved(request.language)
        return request.redirect(to: returnTo, redirectType: .normal)
    }

    static func completedOn(_ text: String?) throws -> LocalDate {
        guard let text, let day = LocalDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
            throw DomainError(.dateInvalid, field: "completedOn")
        }
        return day
    }

    static func defaultReturn(_ user: UserRecord, child: UUID) -> String {
        Authorization.allows(user.role, .ownActions) ? "/actions" : "/children/\(child.uuidString)"
    }

    static func context(_ request: Request) -> PageContextLite { PageContextLite(language: request.language) }

    /// A page's title in the request's language, before a `PageContext` exists.
    struct PageContextLite {
        let language: Language
        func t(_ text: LocalizedText, _ values: String...) -> String {
            values.enumerated().reduce(text(language)) { $0.replacingOccurrences(of: "{\($1.offset)}", with: $1.element) }
        }
    }

    /// The completion form alone, open, with the reason it was refused.
    static func refusedPage(_ request: Request, title: String, childName: String, kind: TaskForms.Kind, child: UUID, trigger: UUID,
                            action: UUID?, user: UserRecord, returnTo: String, feedback: FormFeedback) -> Response {
        Page.render(request, title: title, status: .unprocessableEntity) { context in
            .group(
                .p(.a(.href(escapeAttribute(returnTo)), .plain("← " + context.t(Strings.backToList)))),
                .h1(.plain(title)),
                .p(.class("meta"), .plain(childName)),
                .div(.class("error"), .attribute(named: "role", value: "alert"), .plain("\(context.t(Strings.formHasErrors)) \(feedback.message)")),
                TaskForms.form(kind, child: child, trigger: trigger, action: action, user: user, context: context, returnTo: returnTo,
                               feedback: feedback))
        }
    }

    /// 403 with the reason; the refusal is logged like every other.
    static func refusedAccess(_ request: Request, user: UserRecord, child: UUID, message: LocalizedText) async throws -> Response {
        try await request.store.audit(.accessDenied, user: user.id, child: child, now: request.now)
        return Page.render(request, title: Strings.errorTitle(request.language), status: .forbidden) { context in
            .div(.class("error-page"),
                .h1(.plain(context.t(Strings.errorTitle))),
                .p(.class("error"), .attribute(named: "role", value: "alert"), .plain(context.t(message))),
                .p(.a(.href(Authorization.home(user.role)), .plain(context.t(Strings.backToStart)))))
        }
    }

    // MARK: - A deadline marked not relevant

    struct NotRelevantForm: Content {
        var rule: String?
        var trigger: String?
        var action: String?
        var reason: String?
        var returnTo: String?
    }

    /// `GET /children/:childID/not-relevant?rule=…&trigger=…[&action=…]`: the form, for the child's caseworker or team.
    @Sendable static func showNotRelevant(_ request: Request) async throws -> Response {
        let model = try await ChildPageModel.load(request, for: .managingCase)
        let form = try request.query.decode(NotRelevantForm.self)
        guard let (obligation, rule) = open(form, in: model) else { throw Abort(.notFound) }
        return notRelevantPage(request, model, obligation: obligation, rule: rule, returnTo: LanguageController.localPath(form.returnTo), feedback: nil)
    }

    /// `POST /children/:childID/not-relevant`: a reason is required; the domain refuses a deadline already met or marked.
    @Sendable static func markNotRelevant(_ request: Request) async throws -> Response {
        let model = try await ChildPageModel.load(request, for: .managingCase)
        let form = try request.content.decode(NotRelevantForm.self)
        let returnTo = LanguageController.localPath(form.returnTo)
        guard let (obligation, rule) = open(form, in: model) else {
            return Page.render(request, title: Strings.notRelevantTitle(request.language), status: .unprocessableEntity) { context in
                .group(.h1(.plain(context.t(Strings.notRelevantTitle))),
                       .p(.class("error"), .attribute(named: "role", value: "alert"), .plain(context.t(Strings.taskError(.taskMissing)))),
                       .p(.a(.href(escapeAttribute(returnTo ?? ChildPageView.base(model))), .plain("← " + context.t(Strings.backToList)))))
            }
        }
        let now = request.now
        let reason = (form.reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            let mark = DeadlineNotRelevant(rule: rule.id, trigger: obligation.trigger, action: obligation.action, reason: reason)
            try await request.store.append(Entry(municipality: model.child.municipality, child: model.child.id, payload: .deadlineNotRelevant(mark),
                                                 occurredAt: now, recordedAt: now, author: model.user.id), now: now)
        } catch let error as DomainError {
            let feedback = FormFeedback(form: "not-relevant", field: error.field, message: Strings.taskError(error.code)(request.language),
                                        values: ["reason": form.reason ?? ""])
            return notRelevantPage(request, model, obligation: obligation, rule: rule, returnTo: returnTo, feedback: feedback,
                                   status: .unprocessableEntity)
        }
        request.session.data["notice"] = Strings.notRelevantSaved(request.language)
        return request.redirect(to: returnTo ?? ChildPageView.base(model), redirectType: .normal)
    }

    /// The open obligation the form names, with its rule.
    static func open(_ form: NotRelevantForm, in model: ChildPageModel) -> (OpenObligation, DeadlineRule)? {
        guard let ruleID = form.rule, let rule = RuleBook.barnetsLov[ruleID],
              let trigger = form.trigger.flatMap(UUID.init(uuidString:)) else { return nil }
        let action = form.action.flatMap { $0.isEmpty ? nil : UUID(uuidString: $0) }
        if form.action?.isEmpty == false, action == nil { return nil }
        guard let obligation = model.obligations.first(where: { $0.rule == ruleID && $0.trigger == trigger && $0.action == action }) else {
            return nil
        }
        return (obligation, rule)
    }

    static func notRelevantPage(_ request: Request, _ model: ChildPageModel, obligation: OpenObligation, rule: DeadlineRule,
                                returnTo: String?, feedback: FormFeedback?, status: HTTPStatus = .ok) -> Response {
        Page.render(request, title: Strings.notRelevantTitle(request.language), status: status) { context in
            let title = context.language == .da ? rule.titleDa : rule.titleEn
            return .group(
                .p(.a(.href(escapeAttribute(returnTo ?? ChildPageView.base(model))), .plain("← " + context.t(Strings.backToList)))),
                .h1(.plain(context.t(Strings.notRelevantTitle))),
                .p(.plain(context.t(Strings.notRelevantIntro))),
                .dl(.class("task-facts"),
                    .dt(.plain(context.t(Strings.notRelevantDeadline))), .dd(.plain("\(title) (\(rule.paragraph))")),
                    .dt(.plain(context.t(Strings.notRelevantChild))),
                    .dd(.a(.href("\(ChildPageView.base(model))#entry-\(obligation.trigger.uuidString)"), .plain(model.child.fullName))),
                    .dt(.plain(context.t(Strings.notRelevantDue))),
                    .dd(.plain(Format.deadline(obligation.due, context.language)), .plain(" · "),
                        IntakeController.countdown(due: obligation.due, now: context.now, context))),
                .p(.class("meta"), .plain(context.t(rule.mayBeNotRelevant ? Strings.notRelevantAllowed : Strings.notRelevantCountsMissed))),
                .unwrap(feedback) { .div(.class("error"), .attribute(named: "role", value: "alert"), .plain("\(context.t(Strings.formHasErrors)) \($0.message)")) },
                .form(.id("not-relevant-form"), .action("\(ChildPageView.base(model))/not-relevant"), .method(.post),
                    csrfField(context),
                    .input(.type(.hidden), .name("rule"), .value(escapeAttribute(rule.id))),
                    .input(.type(.hidden), .name("trigger"), .value(obligation.trigger.uuidString)),
                    .unwrap(obligation.action) { .input(.type(.hidden), .name("action"), .value($0.uuidString)) },
                    .unwrap(returnTo) { .input(.type(.hidden), .name("returnTo"), .value(escapeAttribute($0))) },
                    Components.field(context.t(Strings.notRelevantReason), id: "not-relevant-reason",
                                     error: feedback?.field == "reason" ? feedback?.message : nil,
                        .textarea(.id("not-relevant-reason"), .name("reason"), .attribute(named: "rows", value: "4"), .required(true),
                                  .plain(feedback?.values["reason"] ?? ""))),
                    .button(.type(.submit), .class("primary"), .plain(context.t(Strings.notRelevantSave)))))
        }
    }

    // MARK: - Mine aftaler

    /// `GET /actions`: the agreed actions a person owns who has no case worklist (the outreach counsellor, a teacher):
    /// what was agreed, about which child, by when, and the form to mark it done or not done. No link to the case.
    @Sendable static func myActions(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let now = request.now
        let obligations = try await request.store.openObligations(assignee: user.id).filter { $0.action != nil }.sorted { $0.due < $1.due }
        let meetings = try await request.store.entries(ids: Array(Set(obligations.map(\.trigger))))
        var agreed: [UUID: String] = [:]
        for entry in meetings.values {
            guard case .networkMeeting(let meeting) = entry.payload else { continue }
            for action in meeting.actions { agreed[action.id] = action.what }
        }
        let rules = Dictionary(uniqueKeysWithValues: RuleBook.barnetsLov.rules.map { ($0.id, $0) })
        return Page.render(request, title: Strings.myActionsTitle(request.language)) { context in
            .group(
                .h1(.plain(context.t(Strings.myActionsTitle))),
                .p(.plain(context.t(Strings.myActionsIntroTasks))),
                obligations.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.myActionsEmpty))) :
                    .table(.id("actions"), .class("list"),
                        Components.columnHeaders([Strings.columnDue, Strings.columnAction, Strings.columnChild, Strings.taskComplete], context),
                        .tbody(.forEach(obligations) { obligation in
                            .tr(.class(obligation.due < now ? "overdue" : "open"), .id("action-\(obligation.action?.uuidString ?? "")"),
                                .td(.plain(Format.deadline(obligation.due, context.language)), .element(named: "br"),
                                    IntakeController.countdown(due: obligation.due, now: now, context)),
                                .td(.class("action-what"), .plain(obligation.action.flatMap { agreed[$0] } ?? "")),
                                .td(.plain(obligation.childName)),
                                .td(.unwrap(rules[obligation.rule]) { rule in
                                    TaskForms.controls(for: obligation, rule: rule, user: user, context: context, returnTo: "/actions")
                                }))
                        }))
            )
        }
    }

    // MARK: - The team lead's list

    /// `GET /team/not-relevant`: the deadlines on the team's children marked not relevant, with the reason, who and when.
    @Sendable static func teamNotRelevant(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let team = try await request.store.teams().first { $0.id == user.team }
        var marks: [NotRelevantMark] = []
        if let team { marks = try await request.store.notRelevantMarks(team: team) }
        let staff = Dictionary(uniqueKeysWithValues: try await request.store.users().map { ($0.id, $0.displayName) })
        return Page.render(request, title: Strings.teamNotRelevantTitle(request.language)) { context in
            .group(
                .h1(.plain(context.t(Strings.teamNotRelevantTitle))),
                .p(.plain(context.t(Strings.teamNotRelevantIntro))),
                marks.isEmpty ? .p(.class("empty"), .plain(context.t(Strings.teamNotRelevantEmpty))) :
                    .table(.id("not-relevant"), .class("list"),
                        Components.columnHeaders([Strings.columnMarkedAt, Strings.columnChild, Strings.notRelevantDeadline, Strings.columnReason,
                                                  Strings.columnMarkedBy, Strings.columnCounts], context),
                        .tbody(.forEach(marks) { mark in
                            let rule = RuleBook.barnetsLov[mark.mark.rule]
                            return .tr(
                                .td(.plain(Format.dateTime(mark.occurredAt, context.language))),
                                .td(.a(.href("/children/\(mark.child.uuidString)#entry-\(mark.entry.uuidString)"), .plain(mark.childName))),
                                .td(.plain(rule.map { "\(context.language == .da ? $0.titleDa : $0.titleEn) (\($0.paragraph))" } ?? mark.mark.rule)),
                                .td(.class("text"), .plain(mark.mark.reason)),
                                .td(.plain(staff[mark.author] ?? context.t(Strings.none))),
                                .td(.plain(context.t(countsAs(rule)))))
                        }))
            )
        }
    }

    /// How the `deadlines-met` indicator counts a mark under this rule.
    static func countsAs(_ rule: DeadlineRule?) -> LocalizedText {
        guard let rule else { return Strings.countsNotCounted }
        if DeadlineRule.policyRuleIDs.contains(rule.id) || rule.mayBeNotRelevant { return Strings.countsNotCounted }
        return Strings.countsMissed
    }
}
