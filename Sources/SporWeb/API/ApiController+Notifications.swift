import Foundation
import Vapor
import SporDomain
import SporStore

/// `POST /api/v1/notifications`: a notification received outside Spor, registered by a caseworker or team lead, with
/// the same fields and refusals as the page `/intake/new`.
extension ApiController {
    struct NewNotificationDTO: Decodable {
        /// The child: its id, or its CPR number, or its full name and birth date.
        let child: UUID?
        let cpr: String?
        let name: String?
        let birthDate: String?
        let channel: String?
        let notifierKind: String?
        let profession: String?
        let notifierName: String?
        let notifierContact: String?
        /// When it was received; defaults to now; never in the future.
        let receivedAt: Date?
        let description: String?
        let dialogBased: Bool?
        let concernsAbuse: Bool?
    }

    @Sendable static func addNotification(_ request: Request) async throws -> Response {
        try await answer(request, status: .created, wording: notificationWording) {
            // The caller wrote the notifier; the answer gives back what was saved.
            let entry = try await registerNotification(request)
            return EntryDTO(id: entry.id, child: entry.child, kind: entry.kind.rawValue, occurredAt: entry.occurredAt,
                            recordedAt: entry.recordedAt, author: entry.author, corrects: nil, correctedBy: [],
                            payload: PayloadDTO(entry.payload))
        }
    }

    /// The domain says `occurredAt`; the API's notification says `receivedAt`.
    static let notificationWording = FormSubmission.Wording(fields: ["occurredAt": "receivedAt"])

    /// Reads the body, finds the child and appends the notification by the caller.
    static func registerNotification(_ request: Request) async throws -> Entry {
        let user = try request.requireUser()
        let body = try decodeBody(NewNotificationDTO.self, request)
        let now = request.now
        let child: Child
        if let id = body.child {
            guard let found = try await request.store.child(id: id) else { throw FormError(field: "child", text: Strings.childNotFoundByIdentifier) }
            child = found
        } else {
            child = try await ProfessionalController.findChild(request, cpr: body.cpr, name: body.name, birthDate: body.birthDate)
        }
        let notification = try IntakeController.notification(
            channel: body.channel, notifierKind: body.notifierKind, profession: body.profession, notifierName: body.notifierName,
            notifierContact: body.notifierContact, description: body.description, dialogBased: body.dialogBased ?? false,
            concernsAbuse: body.concernsAbuse)
        let entry = Entry(municipality: child.municipality, child: child.id, payload: .notification(notification),
                          occurredAt: body.receivedAt ?? now, recordedAt: now, author: user.id)
        try await request.store.append(entry, now: now)
        return entry
    }
}
