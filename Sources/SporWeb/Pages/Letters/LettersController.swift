import Foundation
import Vapor
import SporDomain
import SporDocuments
import SporStore

/// Letters: drafted from the journal, finalised into PDF and DOCX (sealed in the file store, their SHA-256 in the
/// `.letter` entry), handed over to the delivery, opened as they were sent, their files downloaded (audited).
enum LettersController {
    /// The delivery finalised letters are handed to.
    static func delivery(_ request: Request) -> any LetterDelivery {
        OutboxDelivery(directory: request.spor.settings.outboxDirectory)
    }

    /// The template of `kind` in force: the newest version the administrator saved, or the default.
    static func template(_ kind: LetterKind, store: Store) async throws -> LetterTemplate {
        guard let saved = try await store.letterTemplate(kind) else { return .standard(kind) }
        var template = try JSONDecoder().decode(LetterTemplate.self, from: Data(saved.json.utf8))
        template.version = saved.version + 1
        return template
    }

    static func kind(_ request: Request) throws -> LetterKind {
        guard let kind = request.parameters.get("kind").flatMap(LetterKind.init(rawValue:)) else { throw Abort(.notFound) }
        return kind
    }

    // MARK: - Drafting and finalising

    @Sendable static func showDraft(_ request: Request) async throws -> Response {
        let page = try await ChildPageModel.load(request, for: .managingCase)
        let concerns = (try? request.query.get(String.self, at: "concerns")).flatMap(UUID.init(uuidString:))
        let plain = (try? request.query.get(String.self, at: "plain")) == "1"
        let replacing = (try? request.query.get(String.self, at: "from")).flatMap(UUID.init(uuidString:))
        let model = try await draft(request, page, concerns: concerns, plain: plain, replacing: replacing)
        try await request.store.audit(.viewChild, user: page.user.id, child: page.child.id, now: request.now)
        return render(request, model, refusal: nil)
    }

    static func draft(_ request: Request, _ page: ChildPageModel, concerns: UUID?, plain: Bool,
                      replacing: UUID? = nil) async throws -> LetterDraftModel {
        let kind = try kind(request)
        return try LetterDraftModel.query(page: page, kind: kind, concerns: concerns, plainLanguage: plain,
                                          template: try await template(kind, store: request.store), now: request.now,
                                          pdfAvailable: PDFEngine.find() != nil, replacing: replacing)
    }

    static func render(_ request: Request, _ model: LetterDraftModel, refusal: Refusal?, status: HTTPStatus = .ok) -> Response {
        Page.render(request, title: Strings.letterDraftTitle(model.kind)(request.language), status: status) { context in
            LetterDraftView.body(model, refusal: refusal, context)
        }
    }

    /// Finalises the letter: the text as edited, rendered to DOCX and (where WeasyPrint is installed) PDF, both sealed in
    /// the file store; the `.letter` entry with their SHA-256 and — in the same transaction — the receipt it sends (§ 138:
    /// a receipt letter discharges the receipt deadline). Only once the letter is filed is it handed to the delivery, and
    /// its `.letterHandedOver` entry written: a letter the journal refused never reaches the outbox.
    @Sendable static func finalise(_ request: Request) async throws -> Response {
        let page = try await ChildPageModel.load(request, for: .managingCase)
        let kind = try kind(request)
        guard let files = request.store.files else { throw Abort(.serviceUnavailable) }
        let values = try FormValues(request)
        let model = try await draft(request, page, concerns: values.optionalUUID("concerns"), plain: values.flag("plain"))
        let id = UUID()
        let now = request.now
        return try await FormSubmission.submit(request, form: model.formName, perform: { values in
            let recipients = model.options.filter { values.flag($0.field) }.map(\.recipient)
            guard !recipients.isEmpty else { throw FormError(field: "recipients", text: Strings.letterRecipientMissing) }
            guard let subject = values.optionalText("subject") else { throw FormError(field: "subject", text: Strings.error(.textMissing)) }
            guard let body = values.optionalText("body") else { throw FormError(field: "body", text: Strings.error(.textMissing)) }
            // A family never gets "Tid: [skriv dato og tidspunkt]": what the template left to fill in must be filled in.
            for (field, text) in [("subject", subject), ("body", body)] {
                let marks = LetterTemplate.unfilledMarks(in: text)
                if !marks.isEmpty { throw FormError(field: field, text: Strings.letterMarkLeft.filled(marks.joined(separator: ", "))) }
            }
            let document = LetterDocument(
                municipality: LetterDraftModel.municipalityName(page.child.municipality),
                caseworker: page.user.displayName, date: DanishFormat.date(DanishTime.localDate(of: now)),
                reference: LetterView.reference(id), recipients: recipients.map(\.name), subject: subject, body: body)
            var stored: [(StoredFile, Data)] = []
            if let engine = PDFEngine.find() {
                // A PDF engine that fails leaves the letter filed as DOCX, as where none is installed. It runs on the
                // blocking-work pool, not on the server's own threads.
                let html = document.html
                if let pdf = try? await request.application.threadPool.runIfActive({ try engine.pdf(html: html) }) {
                    stored.append((StoredFile(sha256: try files.put(pdf), size: pdf.count, mediaType: "application/pdf",
                                              name: "brev-\(LetterView.reference(id)).pdf"), pdf))
                }
            }
            let docx = Data(try document.docx())
            stored.append((StoredFile(sha256: try files.put(docx), size: docx.count, mediaType: DOCXWriter.mediaType,
                                      name: "brev-\(LetterView.reference(id)).docx"), docx))
            let letter = Letter(kind: kind, template: model.template.name, templateVersion: model.template.version, concerns: model.concerns,
                                recipients: recipients, plainLanguage: model.plainLanguage, subject: subject, body: body,
                                files: stored.map(\.0))
            var then: [EntryDraft] = []
            if kind == .receipt, let notification = model.concerns, !receiptSent(notification, page.timeline) {
                then.append(EntryDraft(payload: .receiptSent(Receipt(notification: notification, text: subject)), occurredAt: now))
            }
            let draft = EntryDraft(id: id, payload: .letter(letter), occurredAt: now, then: then)
            _ = try await request.store.append(draft.entries(child: page.child, author: page.user.id, recordedAt: now), now: now)

            let delivery = delivery(request)
            let childCPR = recipients.contains { $0.role == .child } ? try await request.store.cpr(child: page.child.id)?.digits : nil
            let reference = try delivery.deliver(OutgoingLetter(entry: id, child: page.child.id, recipients: recipients, subject: subject,
                                                                file: stored[0].0, content: stored[0].1, childCPR: childCPR))
            let handover = EntryDraft(payload: .letterHandedOver(LetterHandover(letter: id, channel: delivery.channel, reference: reference)),
                                      occurredAt: now)
            _ = try await request.store.append(handover.entries(child: page.child, author: page.user.id, recordedAt: now), now: now)
            return Landing(.child(page.child.id, .letter(.value(id))), notice: Strings.letterFinalisedNotice)
        }, refused: { render(request, model, refusal: $0, status: .unprocessableEntity) })
    }

    /// Whether the notification's receipt is already on the journal (a second receipt letter does not send it again).
    static func receiptSent(_ notification: UUID, _ timeline: Timeline) -> Bool {
        timeline.items.contains { item in
            if case .receiptSent(let receipt)? = item.effective { return receipt.notification == notification }
            return false
        }
    }

    // MARK: - A letter as it was sent

    @Sendable static func show(_ request: Request) async throws -> Response {
        let page = try await ChildPageModel.load(request, for: .reading)
        let model = try LetterModel(page: page, entryID: try ChildrenController.entryID(request))
        try await request.store.audit(.viewChild, user: page.user.id, child: page.child.id, now: request.now)
        return Page.render(request, title: model.letter.subject) { context in
            LetterView.body(model, refusal: nil, context)
        }
    }

    /// One of a letter's files, from the sealed store (its hash checked), with its media type; audited with ids only.
    @Sendable static func download(_ request: Request) async throws -> Response {
        let page = try await ChildPageModel.load(request, for: .reading)
        let model = try LetterModel(page: page, entryID: try ChildrenController.entryID(request))
        let hash = request.parameters.get("sha256") ?? ""
        guard let file = model.letter.files.first(where: { $0.sha256 == hash }), let files = request.store.files else { throw Abort(.notFound) }
        let data = try files.get(file.sha256)
        try await request.store.audit(.downloadLetter, user: page.user.id, child: page.child.id, entry: model.entry.id, now: request.now)
        return fileResponse(data, file)
    }

    static func fileResponse(_ data: Data, _ file: StoredFile) -> Response {
        AttachmentContent.download(data, file, fallbackName: "brev")
    }
}
