import Plot
import Vapor
import SporDomain
import SporStore

/// The caseworker's and team lead's lists, the child page and the entries written on it.
enum ChildrenController {
    @Sendable static func mine(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let children = try await request.store.children(caseworker: user.id)
        return Page.render(request, title: Strings.myChildrenTitle(request.language)) { context in
            .group(
                .h1(.plain(context.t(Strings.myChildrenTitle))),
                .p(.plain(context.t(Strings.myChildrenIntro))),
                Components.childrenTable(children, context, showCaseworker: false)
            )
        }
    }

    @Sendable static func team(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let team = try await request.store.teams().first { $0.id == user.team }
        var children: [ChildListItem] = []
        if let team { children = try await request.store.children(team: team.id) }
        return Page.render(request, title: Strings.teamTitle(request.language)) { context in
            .group(
                .h1(.plain(context.t(Strings.teamTitle))),
                .p(.plain(context.t(Strings.teamIntro, team?.name ?? context.t(Strings.none)))),
                Components.childrenTable(children, context, showCaseworker: true, accessLogLinks: true)
            )
        }
    }

    // MARK: - The child page

    @Sendable static func show(_ request: Request) async throws -> Response {
        let model = try await ChildPageModel.load(request, for: .reading)
        try await request.store.audit(.viewChild, user: model.user.id, child: model.child.id, now: request.now)
        return ChildPageView.render(request, model, feedback: nil)
    }

    struct ConcernForm: Content {
        var level: String?
        var source: String?
        var description: String?
        var occurredAt: String?
        var occurredAtShown: String?
    }

    @Sendable static func addConcern(_ request: Request) async throws -> Response {
        let form = try request.content.decode(ConcernForm.self)
        return try await write(request, form: "concern", values: ["level": form.level, "source": form.source,
                                                                 "description": form.description, "occurredAt": form.occurredAt]) { _ in
            guard let level = form.level.flatMap(Int.init).flatMap(ConcernLevel.init(rawValue:)) else {
                throw FormError(field: "level", text: Strings.error(.concernLevelInvalid))
            }
            guard let source = form.source.flatMap(ConcernSource.init(rawValue:)) else {
                throw FormError(field: "source", text: Strings.errorChoiceInvalid)
            }
            return (.concern(Concern(level: level, source: source, description: form.description ?? "")), try occurred(form.occurredAt, shown: form.occurredAtShown, now: request.now), nil)
        }
    }

    struct NoteForm: Content {
        var text: String?
        var occurredAt: String?
        var occurredAtShown: String?
    }

    @Sendable static func addNote(_ request: Request) async throws -> Response {
        let form = try request.content.decode(NoteForm.self)
        return try await write(request, for: .writingNotes, form: "note", values: ["text": form.text, "occurredAt": form.occurredAt]) { _ in
            (.journalNote(JournalNote(text: form.text ?? "")), try occurred(form.occurredAt, shown: form.occurredAtShown, now: request.now), nil)
        }
    }

    struct AssignForm: Content {
        var caseworker: String?
    }

    @Sendable static func assign(_ request: Request) async throws -> Response {
        let form = try request.content.decode(AssignForm.self)
        let model = try await ChildPageModel.load(request, for: .managingCase)
        return try await write(request, model: model, form: "assign", values: ["caseworker": form.caseworker]) { now in
            // Only those the form offers: the team's caseworkers and leads (a request naming another team's is refused).
            guard let id = form.caseworker.flatMap(UUID.init(uuidString:)), model.assignable.contains(where: { $0.id == id }) else {
                throw FormError(field: "caseworker", text: Strings.error(.caseworkerUnknown))
            }
            return (.caseworkerAssigned(CaseworkerAssignment(caseworker: id)), now, nil)
        }
    }

    struct CloseForm: Content {
        var reason: String?
    }

    @Sendable static func close(_ request: Request) async throws -> Response {
        let form = try request.content.decode(CloseForm.self)
        return try await write(request, form: "close", values: ["reason": form.reason]) { now in
            (.caseClosed(CaseClosure(reason: form.reason ?? "")), now, nil)
        }
    }

    struct CorrectionForm: Content {
        var reason: String?
        var void: String?
        var level: String?
        var source: String?
        var description: String?
        var text: String?
    }

    @Sendable static func showCorrection(_ request: Request) async throws -> Response {
        let model = try await ChildPageModel.load(request, for: .managingCase)
        guard let target = request.parameters.get("entryID").flatMap(UUID.init(uuidString:)),
              let item = model.timeline.items.first(where: { $0.entry.id == target }) else { throw Abort(.notFound) }
        return ChildPageView.renderCorrection(request, model, item, feedback: nil)
    }

    @Sendable static func correct(_ request: Request) async throws -> Response {
        let form = try request.content.decode(CorrectionForm.self)
        guard let target = request.parameters.get("entryID").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        // The access check comes first: outside one's cases an entry's existence is not told either.
        let model = try await ChildPageModel.load(request, for: .managingCase)
        guard let original = model.timeline.entry(id: target) else { throw Abort(.notFound) }
        let formName = "correct-\(target.uuidString)"
        return try await write(request, model: model, form: formName, values: ["reason": form.reason, "void": form.void, "level": form.level,
                                                                "source": form.source, "description": form.description, "text": form.text]) { now in
            var replacement: EntryPayload? = nil
            if form.void == nil {
                switch original.payload {
                case .concern(let concern):
                    guard let level = form.level.flatMap(Int.init).flatMap(ConcernLevel.init(rawValue:)) else {
                        throw FormError(field: "level", text: Strings.error(.concernLevelInvalid))
                    }
                    let source = form.source.flatMap(ConcernSource.init(rawValue:)) ?? concern.source
                    replacement = .concern(Concern(level: level, source: source, description: form.description ?? ""))
                case .journalNote(let note):
                    replacement = .journalNote(JournalNote(text: form.text ?? "", earlyHelp: note.earlyHelp))
                default:
                    replacement = nil
                }
            }
            return (.correction(Correction(reason: form.reason ?? "", replacement: replacement)), now, target)
        }
    }

    /// Builds an entry from a form and appends it. A refused entry shows the page again with the
    /// user's own text kept and the reason; nothing is saved.
    static func write(_ request: Request, model loaded: ChildPageModel? = nil, for purpose: Access.Purpose = .managingCase, form: String,
                      values: [String: String?], build: (Date) throws -> (EntryPayload, Date, UUID?)) async throws -> Response {
        let model: ChildPageModel
        if let loaded { model = loaded } else { model = try await ChildPageModel.load(request, for: purpose) }
        let now = request.now
        do {
            let (payload, occurredAt, corrects) = try build(now)
            let entry = Entry(municipality: model.child.municipality, child: model.child.id, payload: payload,
                              occurredAt: occurredAt, recordedAt: now, author: model.user.id, corrects: corrects)
            try await request.store.append(entry, now: now)
        } catch let error as DomainError {
            let feedback = FormFeedback(form: form, field: error.field, message: Strings.error(error.code)(request.language),
                                        values: values.compactMapValues { $0 })
            return refused(request, model, feedback)
        } catch let error as FormError {
            let feedback = FormFeedback(form: form, field: error.field, message: error.text(request.language),
                                        values: values.compactMapValues { $0 })
            return refused(request, model, feedback)
        }
        request.session.data["notice"] = Strings.saved(request.language)
        return request.redirect(to: "/children/\(model.child.id.uuidString)", redirectType: .normal)
    }

    /// The page again, with the reason and what the user typed: the correction page for a correction.
    private static func refused(_ request: Request, _ model: ChildPageModel, _ feedback: FormFeedback) -> Response {
        if feedback.form.hasPrefix("correct-"),
           let item = model.timeline.items.first(where: { "correct-\($0.entry.id.uuidString)" == feedback.form }) {
            return ChildPageView.renderCorrection(request, model, item, feedback: feedback, status: .unprocessableEntity)
        }
        return ChildPageView.render(request, model, feedback: feedback, status: .unprocessableEntity)
    }

    /// Reads a form's time. The form has whole minutes; the current minute means now, to the second,
    /// so an entry written "now" keeps its place after what came earlier in the same minute.
    /// When an entry happened. A time left as the form showed it (`shown`, the minute the form was opened) means
    /// "now": the moment it is saved, to the second, so an entry written after another is never dated before it.
    static func occurred(_ text: String?, shown: String? = nil, now: Date) throws -> Date {
        guard let text, let date = Format.parseDateTimeLocal(text) else {
            throw FormError(field: "occurredAt", text: Strings.errorOccurredInvalid)
        }
        if let shown, shown == text.trimmingCharacters(in: .whitespaces), date <= now { return now }
        let age = now.timeIntervalSince(date)
        return age >= 0 && age < 60 ? now : date
    }

    /// The hidden companion of a time field: the value the form showed by default (kept when the form comes back).
    static func shownField<C: HTMLContext>(_ name: String, _ context: PageContext, kept: String? = nil) -> Node<C> {
        .selfClosedElement(named: "input", attributes: [
            .attribute(named: "type", value: "hidden"),
            .attribute(named: "name", value: name + "Shown"),
            .attribute(named: "value", value: escapeAttribute(kept ?? Format.dateTimeLocal(context.now))),
        ])
    }

    static func childID(_ request: Request) throws -> UUID {
        guard let id = request.parameters.get("childID").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        return id
    }
}

/// Why a form was refused, with what the user typed, so nothing they wrote is lost.
struct FormFeedback {
    let form: String
    let field: String?
    let message: String
    let values: [String: String]
}

/// Everything the child page shows, loaded once per request.
struct ChildPageModel {
    let user: UserRecord
    let child: Child
    let summary: ChildSummary?
    let timeline: Timeline
    let staff: [UUID: UserRecord]
    let assignable: [UserRecord]
    let obligations: [OpenObligation]
    let people: [(person: Person, relation: Relation)]
    let filter: TimelineFilter
    let offers: OfferCatalogue
    /// The course as it reads now (the fold), computed once per page.
    let state: CaseState
    /// Why the user may open the child: a stated reason lets them read and write notes only.
    let grounds: Access.Grounds

    /// Who notified is read by those handling the child, not by a reader with a stated reason.
    var showsNotifier: Bool { grounds == .ownTeam }

    /// A payload as this reader may see it.
    func shown(_ payload: EntryPayload) -> EntryPayload { showsNotifier ? payload : payload.withoutNotifier }

    /// The child page's data, once the user may open the child for `purpose`. Outside their cases they are offered
    /// to state a reason; with only a stated reason, anything but reading and notes is refused.
    static func load(_ request: Request, for purpose: Access.Purpose) async throws -> ChildPageModel {
        let user = try request.requireUser()
        let id = try ChildrenController.childID(request)
        let store = request.store
        guard let child = try await store.child(id: id) else { throw Abort(.notFound) }
        let summary = try await store.summary(child: id)
        let team = try await store.teams().first { $0.id == user.team }
        let hasGrant = try await store.hasActiveGrant(user: user.id, child: id, now: request.now)
        guard let grounds = Access.grounds(user, userTeam: team, summary: summary, child: child, hasGrant: hasGrant) else {
            throw ChildOutOfScope(child: id, mayBreakGlass: Authorization.allows(user.role, .breakGlass))
        }
        guard grounds.permits(purpose) else { throw StatedReasonDoesNotReach() }
        let timeline = try await store.timeline(child: id)
        let staffList = try await store.users()
        let staff = Dictionary(uniqueKeysWithValues: staffList.map { ($0.id, $0) })
        // The team's staff still at work (and whoever holds the case now, so the form shows them).
        let assignable = staffList.assignable(in: user.team)
            + staffList.filter { $0.id == summary?.caseworker && !($0.team == user.team && $0.isActive) }
        return ChildPageModel(user: user, child: child, summary: summary, timeline: timeline, staff: staff, assignable: assignable,
                              obligations: try await store.openObligations(child: id), people: try await store.relations(child: id),
                              filter: TimelineFilter(request), offers: request.spor.configuration.offers,
                              state: timeline.state(immediateHelp: request.spor.configuration.courseRules.immediateHelp), grounds: grounds)
    }
}

/// The child is outside the user's cases. A role that may break the glass is offered to state a reason.
struct ChildOutOfScope: Error {
    let child: UUID
    let mayBreakGlass: Bool
}

/// The user opened the child with a stated reason, which lets them read and write notes, not act on the case.
struct StatedReasonDoesNotReach: Error {}
