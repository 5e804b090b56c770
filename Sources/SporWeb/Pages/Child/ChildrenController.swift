import Plot
import Vapor
import SporDomain
import SporStore

/// The caseworker's and team lead's lists, the child page and the entries written on it.
enum ChildrenController {
    @Sendable static func mine(_ request: Request) async throws -> Response {
        try await list(request, .mine)
    }

    @Sendable static func team(_ request: Request) async throws -> Response {
        try await list(request, .team)
    }

    private static func list(_ request: Request, _ kind: ChildrenListModel.Kind) async throws -> Response {
        let model = try await ChildrenListModel.query(store: request.store, user: try request.requireUser(), now: request.now, kind: kind)
        return Page.render(request, title: ChildrenListView.title(kind)(request.language)) { context in
            ChildrenListView.body(model, refusal: nil, context)
        }
    }

    // MARK: - The child page

    @Sendable static func show(_ request: Request) async throws -> Response {
        let model = try await ChildPageModel.load(request, for: .reading)
        try await request.store.audit(.viewChild, user: model.user.id, child: model.child.id, now: request.now)
        if (try? request.query.get(String.self, at: "print")) == "1" {
            return Page.response(ChildPageView.printDocument(model, PageContext(request)), status: .ok)
        }
        return render(request, model, refusal: nil)
    }

    static func render(_ request: Request, _ model: ChildPageModel, refusal: Refusal?, status: HTTPStatus = .ok) -> Response {
        Page.render(request, title: ExpectedText.name(model.child, request.language), status: status) { context in
            ChildPageView.body(model, refusal: refusal, context)
        }
    }

    @Sendable static func addConcern(_ request: Request) async throws -> Response {
        try await submit(request, form: "concern") { values, now, _ in
            guard let level = values["level"].flatMap(Int.init).flatMap(ConcernLevel.init(rawValue:)) else {
                throw FormError(field: "level", text: Strings.error(.concernLevelInvalid))
            }
            let source = try values.choice("source", as: ConcernSource.self)
            return EntryDraft(payload: .concern(Concern(level: level, source: source, description: values["description"] ?? "")),
                              occurredAt: try values.occurred(now: now))
        }
    }

    @Sendable static func addNote(_ request: Request) async throws -> Response {
        try await submit(request, for: .writingNotes, form: "note") { values, now, _ in
            EntryDraft(payload: .journalNote(JournalNote(text: values["text"] ?? "")), occurredAt: try values.occurred(now: now))
        }
    }

    @Sendable static func assign(_ request: Request) async throws -> Response {
        try await submit(request, form: "assign") { values, now, model in
            // Only those the form offers: the team's caseworkers and leads (a request naming another team's is refused).
            guard let id = values.optionalUUID("caseworker"), model.assignable.contains(where: { $0.id == id }) else {
                throw FormError(field: "caseworker", text: Strings.error(.caseworkerUnknown))
            }
            return EntryDraft(payload: .caseworkerAssigned(CaseworkerAssignment(caseworker: id)), occurredAt: now)
        }
    }

    // MARK: - Closing the case

    /// What is still open on the case, and the form that closes it (a deliberate act: never one click on the child page).
    @Sendable static func showClosing(_ request: Request) async throws -> Response {
        let page = try await ChildPageModel.load(request, for: .managingCase)
        try await request.store.audit(.viewChild, user: page.user.id, child: page.child.id, now: request.now)
        return try await renderClosing(request, page, refusal: nil)
    }

    /// Closes the case with its reason; refused (422, nothing saved) while a measure or placement runs, naming them.
    @Sendable static func close(_ request: Request) async throws -> Response {
        let page = try await ChildPageModel.load(request, for: .managingCase)
        return try await FormSubmission.submitEntry(request, child: page.child, author: page.user.id, form: "close",
                                                    landing: Landing(.child(page.child.id), notice: Strings.caseClosedNotice),
                                                    build: { values, now in
                                                        EntryDraft(payload: .caseClosed(CaseClosure(reason: values["reason"] ?? "")), occurredAt: now)
                                                    },
                                                    refused: { try await renderClosing(request, page, refusal: $0, status: .unprocessableEntity) })
    }

    static func renderClosing(_ request: Request, _ page: ChildPageModel, refusal: Refusal?, status: HTTPStatus = .ok) async throws -> Response {
        let model = try await CaseClosingModel.query(store: request.store, page: page, now: request.now)
        return Page.render(request, title: Strings.closingTitle.filled(page.child.fullName)(request.language),
                           status: status) { context in
            CaseClosingView.body(model, refusal: refusal, context)
        }
    }

    // MARK: - Corrections

    @Sendable static func showCorrection(_ request: Request) async throws -> Response {
        let model = try CorrectionModel(page: try await ChildPageModel.load(request, for: .managingCase), entryID: try entryID(request))
        return renderCorrection(request, model, refusal: nil)
    }

    static func renderCorrection(_ request: Request, _ model: CorrectionModel, refusal: Refusal?, status: HTTPStatus = .ok) -> Response {
        Page.render(request, title: Strings.correct(request.language), status: status) { context in
            CorrectionView.body(model, refusal: refusal, context)
        }
    }

    @Sendable static func correct(_ request: Request) async throws -> Response {
        let target = try entryID(request)
        // The access check comes first: outside one's cases an entry's existence is not told either.
        let page = try await ChildPageModel.load(request, for: .managingCase)
        let correction = try CorrectionModel(page: page, entryID: target)
        if let step = correction.step { return try await amend(request, page, correction, step) }
        let original = correction.item.entry
        return try await submit(request, model: page, form: correction.formName) { values, now, _ in
            var replacement: EntryPayload? = nil
            if !values.flag("void") {
                switch original.payload {
                case .concern(let concern):
                    guard let level = values["level"].flatMap(Int.init).flatMap(ConcernLevel.init(rawValue:)) else {
                        throw FormError(field: "level", text: Strings.error(.concernLevelInvalid))
                    }
                    let source = values["source"].flatMap(ConcernSource.init(rawValue:)) ?? concern.source
                    replacement = .concern(Concern(level: level, source: source, description: values["description"] ?? ""))
                case .journalNote(let note):
                    replacement = .journalNote(JournalNote(text: values["text"] ?? "", earlyHelp: note.earlyHelp))
                default:
                    replacement = nil
                }
            }
            return EntryDraft(payload: .correction(Correction(reason: values["reason"] ?? "", replacement: replacement)), occurredAt: now,
                              corrects: target)
        }
    }

    /// An entry a course step records: amended through the step's own form (the whole new payload, built as the step builds
    /// it), or voided on its own form; either with a reason.
    private static func amend(_ request: Request, _ page: ChildPageModel, _ correction: CorrectionModel,
                              _ step: CourseStepModel) async throws -> Response {
        let voiding = (try? FormValues(request))?.flag("void") ?? false
        return try await submit(request, model: page, form: voiding ? correction.voidFormName : correction.formName,
                                wording: CourseController.wording) { values, now, _ in
            guard let reason = values.optionalText("correctionReason") else {
                throw FormError(field: "correctionReason", text: Strings.error(.textMissing))
            }
            let replacement = voiding ? nil : try step.amendedPayload(values)
            return EntryDraft(payload: .correction(Correction(reason: reason, replacement: replacement)), occurredAt: now,
                              corrects: correction.item.entry.id)
        }
    }

    // MARK: - Writing an entry

    /// Writes the entry a form of the child page builds, on the child of the request's path; a refusal shows the page
    /// again (the correction page for a correction) with the reason and everything typed.
    static func submit(_ request: Request, model loaded: ChildPageModel? = nil, for purpose: Access.Purpose = .managingCase, form: String,
                       wording: FormSubmission.Wording = .standard,
                       build: (FormValues, Date, ChildPageModel) async throws -> EntryDraft) async throws -> Response {
        let model: ChildPageModel
        if let loaded { model = loaded } else { model = try await ChildPageModel.load(request, for: purpose) }
        return try await FormSubmission.submitEntry(request, child: model.child, author: model.user.id, form: form, wording: wording,
                                                    landing: Landing(.child(model.child.id)),
                                                    build: { values, now in try await build(values, now, model) },
                                                    refused: { refused(request, model, $0) })
    }

    /// The page again, with the reason and what the user typed: the correction page for a correction.
    private static func refused(_ request: Request, _ model: ChildPageModel, _ refusal: Refusal) -> Response {
        if refusal.form.hasPrefix("correct-"),
           let item = model.timeline.items.first(where: { refusal.form.hasPrefix(CorrectionModel.formName($0.entry.id)) }) {
            return renderCorrection(request, CorrectionModel(page: model, item: item), refusal: refusal, status: .unprocessableEntity)
        }
        return render(request, model, refusal: refusal, status: .unprocessableEntity)
    }

    // MARK: - Reading the request

    static func childID(_ request: Request) throws -> UUID {
        guard let id = request.parameters.get("childID").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        return id
    }

    static func entryID(_ request: Request) throws -> UUID {
        guard let id = request.parameters.get("entryID").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        return id
    }
}
