import Foundation
import Vapor
import SporDomain
import SporStore

/// "Jeg er bekymret for et barn": a professional finds the child, passes on a concern or a notification,
/// and follows what happened to it — received, receipt sent, feedback — never the case itself.
enum ProfessionalController {
    /// A refusal that names no field is about which child.
    static let wording = FormSubmission.Wording(defaultField: "cpr")

    @Sendable static func show(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        return render(request, try await ProfessionalModel.query(store: request.store, user: user, now: request.now), refusal: nil)
    }

    @Sendable static func submit(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        if try FormValues(request)["switch"] == "notification" {
            // Nothing is sent: the same form comes back as a notification, with everything the professional typed.
            var kept = try FormValues(request).values.filter { $0.key != "switch" }
            kept["kind"] = "notification"
            request.session.data["notice"] = Strings.switchedToNotification(request.language)
            var model = try await ProfessionalModel.query(store: request.store, user: user, now: request.now)
            model.kept = FormValues(kept)
            return render(request, model, refusal: nil)
        }
        return try await FormSubmission.submit(request, wording: wording, perform: { values in
            let child = try await ChildLookup.find(store: request.store, values)
            let now = request.now
            let payload: EntryPayload
            switch values["kind"] {
            case "notification":
                payload = .notification(Notification(notifierKind: .professional, notifierUser: user.id, profession: nil,
                                                     description: values["description"] ?? "", dialogBased: values.flag("dialogBased"),
                                                     concernsAbuse: values.flag("concernsAbuse")))
            case "concern":
                guard let level = values["level"].flatMap(Int.init).flatMap(ConcernLevel.init(rawValue:)) else {
                    throw FormError(field: "level", text: Strings.error(.concernLevelInvalid))
                }
                payload = .concern(Concern(level: level, source: .other, description: values["description"] ?? "",
                                           absence: try SchoolForm.absence(values)))
            default:
                // Neither a concern nor a notification: which one the professional meant is theirs to say.
                throw FormError(field: "kind", text: Strings.errorChoiceInvalid)
            }
            try await request.store.append(Entry(municipality: child.municipality, child: child.id, payload: payload, occurredAt: now,
                                                 recordedAt: now, author: user.id), now: now)
            return Landing(.professional, notice: Strings.submissionReceived)
        }, refused: { refusal in
            render(request, try await ProfessionalModel.query(store: request.store, user: user, now: request.now), refusal: refusal)
        })
    }

    /// By CPR number, or else by name and birth date (exactly one child must match): `ChildLookup`, kept under its old
    /// name for the intake form and the API.
    static func findChild(_ request: Request, cpr: String?, name: String?, birthDate: String?) async throws -> Child {
        try await ChildLookup.find(store: request.store, cpr: cpr, name: name, birthDate: birthDate)
    }

    static func render(_ request: Request, _ model: ProfessionalModel, refusal: Refusal?) -> Response {
        Page.render(request, title: Strings.professionalTitle(request.language)) { context in
            ProfessionalView.body(model, refusal: refusal, context)
        }
    }
}
