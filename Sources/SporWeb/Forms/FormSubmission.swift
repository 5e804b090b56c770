import Foundation
import Vapor
import SporDomain
import SporStore

/// Where a saved form sends the user, and what it tells them there.
struct Landing: Sendable {
    let path: String
    let notice: LocalizedText?

    init(_ url: SiteURL, notice: LocalizedText? = Strings.saved) {
        self.path = url.path
        self.notice = notice
    }

    /// A local path the user came from (`returnTo`, checked by `LanguageController.localPath`).
    init(returnTo path: String, notice: LocalizedText? = Strings.saved) {
        self.path = path
        self.notice = notice
    }
}

/// An entry as a form builds it: what it says, when it happened, what it corrects.
struct EntryDraft: Sendable {
    /// The entry's id, chosen before it is written so that what it starts can refer to it.
    var id = UUID()
    let payload: EntryPayload
    let occurredAt: Date
    var corrects: UUID? = nil
    /// Entries the step starts, written after it in the same transaction (the investigation a 24-hour assessment
    /// names, the measures a decision starts): all of them or none.
    var then: [EntryDraft] = []
    /// A follow-on entry written on another child's journal of the same municipality (the afdækning a placement asks for on
    /// a sibling, which the placement's own validation has checked is the child's sibling); nil: the form's child.
    var onChild: UUID? = nil

    init(id: UUID = UUID(), payload: EntryPayload, occurredAt: Date, corrects: UUID? = nil, then: [EntryDraft] = [], onChild: UUID? = nil) {
        self.id = id
        self.payload = payload
        self.occurredAt = occurredAt
        self.corrects = corrects
        self.then = then
        self.onChild = onChild
    }

    /// The entries to write on `child` by `author`, this one first.
    func entries(child: Child, author: UUID, recordedAt: Date) -> [Entry] {
        [Entry(id: id, municipality: child.municipality, child: onChild ?? child.id, payload: payload, occurredAt: occurredAt, recordedAt: recordedAt,
               author: author, corrects: corrects)] + then.flatMap { $0.entries(child: child, author: author, recordedAt: recordedAt) }
    }
}

/// The one form path: read what was sent, do what it asks (build the entry and append it, or save a setting), set the
/// notice and redirect — or show the form again with the refusal and everything typed (422). `attempt` is the only
/// place that catches the domain's and the forms' errors; the API answers its refusals from the same `Refusal`.
enum FormSubmission {
    /// How the domain's refusals read on a form, and which of its field names the form calls otherwise.
    struct Wording: Sendable {
        var messages: @Sendable (DomainError.Code) -> LocalizedText = { Strings.error($0) }
        var policyMessages: @Sendable (PolicyError.Code) -> LocalizedText = { Strings.policyError($0) }
        /// The domain's field name → the form's (the domain says `occurredAt`, the intake form `receivedAt`).
        var fields: [String: String] = [:]
        /// The field to mark when the domain names none.
        var defaultField: String? = nil

        static let standard = Wording()
    }

    /// Runs `body`; a domain, policy or form error becomes a refusal of `form` that keeps `values`.
    static func attempt<T>(form: String = "", values: FormValues, language: Language, wording: Wording = .standard,
                           _ body: () async throws -> T) async throws -> Result<T, Refusal> {
        do {
            return .success(try await body())
        } catch let error as DomainError {
            let field = error.field.map { wording.fields[$0] ?? $0 } ?? wording.defaultField
            let message = error.names.isEmpty ? wording.messages(error.code) : wording.messages(error.code).filled(error.names.joined(separator: ", "))
            return .failure(Refusal(form: form, field: field, message: message(language), values: values, code: error.code.rawValue))
        } catch let error as PolicyError {
            let field = error.field.map { wording.fields[$0] ?? $0 } ?? wording.defaultField
            return .failure(Refusal(form: form, field: field, message: wording.policyMessages(error.code)(language), values: values,
                                    code: error.code.rawValue))
        } catch let error as FormError {
            return .failure(Refusal(form: form, field: wording.fields[error.field] ?? error.field, message: error.text(language), values: values))
        } catch let refusal as Refusal {
            return .failure(refusal)
        }
    }

    /// Submits the request's form: `perform` saves and says where to land; a refusal renders the page again (422).
    static func submit(_ request: Request, form: String = "", wording: Wording = .standard,
                       perform: (FormValues) async throws -> Landing,
                       refused: (Refusal) async throws -> Response) async throws -> Response {
        let values = try FormValues(request)
        switch try await attempt(form: form, values: values, language: request.language, wording: wording, { try await perform(values) }) {
        case .success(let landing):
            if let notice = landing.notice { request.session.data["notice"] = notice(request.language) }
            return request.redirect(to: landing.path, redirectType: .normal)
        case .failure(let refusal):
            let response = try await refused(refusal)
            response.status = .unprocessableEntity
            return response
        }
    }

    /// Submits a form that writes one entry on `child`'s journal (with the entries it starts), by `author`, at the request's time.
    static func submitEntry(_ request: Request, child: Child, author: UUID, form: String = "", wording: Wording = .standard,
                            landing: Landing, build: (FormValues, Date) async throws -> EntryDraft,
                            refused: (Refusal) async throws -> Response) async throws -> Response {
        let now = request.now
        return try await submit(request, form: form, wording: wording, perform: { values in
            let draft = try await build(values, now)
            let entries = draft.entries(child: child, author: author, recordedAt: now)
            if entries.count == 1 { try await request.store.append(entries[0], now: now) } else { try await request.store.append(entries, now: now) }
            return landing
        }, refused: refused)
    }
}

extension LocalizedText {
    /// The text with `{0}`, `{1}` … filled in every language (a notice that names a time or a child).
    func filled(_ values: String...) -> LocalizedText {
        let fill = { (text: String) in values.enumerated().reduce(text) { $0.replacingOccurrences(of: "{\($1.offset)}", with: $1.element) } }
        return LocalizedText(da: fill(da), en: fill(en))
    }
}
