import Foundation
import Vapor
import SporDomain
import SporStore

/// The outreach counsellor's consultations (sparring) — named, or anonymous and linked to the child
/// later — and early-help notes. The child is found the way a professional finds one (CPR, or full name
/// and birth date); the counsellor never needs the case page.
enum ConsultationController {
    /// A refusal that names no field is about which child.
    static let wording = FormSubmission.Wording(defaultField: "cpr")

    @Sendable static func show(_ request: Request) async throws -> Response {
        try await render(request, refusal: nil)
    }

    @Sendable static func record(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        return try await FormSubmission.submit(request, form: "consultation", wording: wording, perform: { values in
            let now = request.now
            let occurredAt = try values.occurred(now: now)
            let consultation = Consultation(askedBy: try values.choice("askedBy", as: ConcernSource.self), question: values["question"] ?? "",
                                            advice: values["advice"] ?? "")
            guard ChildLookup.isNamed(values) else {
                _ = try await request.store.recordAnonymousConsultation(consultation, heldAt: occurredAt, author: user.id, now: now)
                return Landing(.consultations, notice: Strings.consultationSavedAnonymous)
            }
            let child = try await ChildLookup.find(store: request.store, values)
            try await request.store.append(Entry(municipality: child.municipality, child: child.id, payload: .consultation(consultation),
                                                 occurredAt: occurredAt, recordedAt: now, author: user.id), now: now)
            return Landing(.consultations, notice: Strings.consultationSaved)
        }, refused: { refusal in try await render(request, refusal: refusal) })
    }

    @Sendable static func earlyHelp(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        return try await FormSubmission.submit(request, form: "early-help", wording: wording, perform: { values in
            let now = request.now
            let occurredAt = try values.occurred(now: now)
            let child = try await ChildLookup.find(store: request.store, values)
            try await request.store.append(Entry(municipality: child.municipality, child: child.id,
                                                 payload: .journalNote(JournalNote(text: values["text"] ?? "", earlyHelp: true)),
                                                 occurredAt: occurredAt, recordedAt: now, author: user.id), now: now)
            return Landing(.consultations, notice: Strings.earlyHelpSaved)
        }, refused: { refusal in try await render(request, refusal: refusal) })
    }

    @Sendable static func link(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        guard let id = request.parameters.get("consultationID").flatMap(UUID.init(uuidString:)),
              let record = try await request.store.anonymousConsultation(id: id), record.author == user.id else {
            throw Abort(.notFound)
        }
        return try await FormSubmission.submit(request, form: ConsultationsView.linkForm(id), wording: wording, perform: { values in
            let child = try await ChildLookup.find(store: request.store, values)
            _ = try await request.store.linkConsultation(record.id, child: child.id, by: user.id, now: request.now)
            return Landing(.consultations, notice: Strings.consultationLinkedNotice)
        }, refused: { refusal in try await render(request, refusal: refusal) })
    }

    static func render(_ request: Request, refusal: Refusal?) async throws -> Response {
        let user = try request.requireUser()
        let model = try await ConsultationsModel.query(store: request.store, user: user, now: request.now)
        return Page.render(request, title: Strings.consultationsTitle(request.language)) { context in
            ConsultationsView.body(model, refusal: refusal, context)
        }
    }
}
