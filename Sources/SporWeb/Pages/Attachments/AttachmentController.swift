import Foundation
import Vapor
import SporDomain
import SporStore

/// Attachments: the page that attaches a document to a child's journal, the upload (its type found from its content, the
/// file sealed in the files folder, the entry written through the one form path) and the audited download.
enum AttachmentController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        let page = try await ChildPageModel.load(request, for: .managingCase)
        try await request.store.audit(.viewChild, user: page.user.id, child: page.child.id, now: request.now)
        return render(request, AttachmentUploadModel(page: page, now: request.now), refusal: nil)
    }

    static func render(_ request: Request, _ model: AttachmentUploadModel, refusal: Refusal?, status: HTTPStatus = .ok) -> Response {
        Page.render(request, title: Strings.attachmentTitle.filled(model.childName)(request.language), status: status) { context in
            AttachmentUploadView.body(model, refusal: refusal, context)
        }
    }

    /// Saves the attachment; refused (422, nothing saved: neither the entry nor the file) when a field is missing, the
    /// file is over 25 MB or is not a PDF, JPEG, PNG or DOCX by its content.
    @Sendable static func upload(_ request: Request) async throws -> Response {
        let page = try await ChildPageModel.load(request, for: .managingCase)
        guard let files = request.store.files else { throw Abort(.internalServerError) }
        let model = AttachmentUploadModel(page: page, now: request.now)
        return try await FormSubmission.submitEntry(
            request, child: page.child, author: page.user.id, form: AttachmentUploadModel.form,
            landing: Landing(.child(page.child.id), notice: Strings.attachmentSaved),
            build: { values, now in
                let dated = try values.date("dated")
                try JournalRules.requirePlausible(DanishTime.startOfDay(dated), now: now, field: "dated")
                let upload = try AttachmentUpload(request, fallbackName: values.text("title"))
                let file = StoredFile(sha256: SealedFiles.sha256(upload.data), size: upload.data.count, mediaType: upload.kind.mediaType,
                                      name: upload.name)
                let draft = EntryDraft(payload: .attachment(Attachment(title: values.text("title"), dated: dated, sender: values.text("sender"),
                                                                       file: file)),
                                       occurredAt: now)
                // What the journal checks, before the file is stored: a refused entry leaves the files folder as it was.
                for entry in draft.entries(child: page.child, author: page.user.id, recordedAt: now) {
                    try JournalRules.validate(entry, in: page.timeline, now: now, context: JournalContext(birthDate: page.child.birthDate))
                }
                try files.put(upload.data)
                return draft
            },
            refused: { render(request, model, refusal: $0, status: .unprocessableEntity) })
    }

    /// The attachment's file, as it was attached, to one who may read the child's case (a stated reason reaches it, as it
    /// reaches the page); not once it is voided; every download is logged with ids only.
    @Sendable static func download(_ request: Request) async throws -> Response {
        let page = try await ChildPageModel.load(request, for: .reading)
        let entryID = try ChildrenController.entryID(request)
        // As the journal now reads it: a voided attachment (one filed on the wrong child, say) is no longer served.
        guard let item = page.timeline.items.first(where: { $0.entry.id == entryID }), item.entry.child == page.child.id,
              case .attachment(let attachment)? = item.effective, let files = request.store.files else { throw Abort(.notFound) }
        let entry = item.entry
        let data = try files.get(attachment.file.sha256)
        try await request.store.audit(.downloadFile, user: page.user.id, child: page.child.id, entry: entry.id, now: request.now)
        return AttachmentContent.download(data, attachment.file, fallbackName: "bilag")
    }
}

extension AttachmentContent {
    /// A stored file (an attachment, a letter's PDF or DOCX) as a download: the type Spor found, else
    /// `application/octet-stream`; a name safe in the header (`downloadName`), `nosniff`, never cached. The one path
    /// by which a journal's file leaves as a response.
    static func download(_ data: Data, _ file: StoredFile, fallbackName: String) -> Response {
        let kind = AttachmentContent(mediaType: file.mediaType)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: kind?.mediaType ?? "application/octet-stream")
        headers.replaceOrAdd(name: .contentDisposition,
                             value: "attachment; filename=\"\((kind ?? .pdf).downloadName(kind == nil ? fallbackName : file.name))\"")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}

/// The file part of an attachment's form, read and checked: present, at most 25 MB, and by its content a kind Spor takes.
struct AttachmentUpload {
    let data: Data
    let kind: AttachmentContent
    /// The name it was sent with (its folders dropped), else the title.
    let name: String

    init(_ request: Request, fallbackName: String) throws {
        guard let part = try FormData.collected(request).file("file") else {
            throw FormError(field: "file", text: Strings.attachmentFileMissing)
        }
        guard part.body.readableBytes <= AttachmentContent.maximumSize else {
            throw FormError(field: "file", text: Strings.attachmentFileTooLarge)
        }
        let bytes = Array(part.body.readableBytesView)
        guard let kind = AttachmentContent.detect(bytes) else { throw FormError(field: "file", text: Strings.attachmentFileType) }
        let sent = (part.filename ?? "").split(whereSeparator: AttachmentContent.isFolderSeparator).last.map(String.init) ?? ""
        let trimmed = String(sent.trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
        self.data = Data(bytes)
        self.kind = kind
        self.name = trimmed.isEmpty ? kind.downloadName(fallbackName) : trimmed
    }
}
