import Foundation
import Vapor
import SporDomain
import SporStore

/// Version 2 of the operations that carry entries: an entry is `{kind, payload}`, and its payload is the domain's own
/// `Codable` form of that kind (`EntryPayload+Codable`), the same when read and when written. Version 1 keeps answering
/// with its flat payload of optional fields for one release.
extension ApiController {
    /// An entry as version 2 reads it.
    struct EntryV2DTO: Content {
        let id: UUID
        let child: UUID
        let kind: EntryKind
        let occurredAt: Date
        let recordedAt: Date
        let author: UUID
        let corrects: UUID?
        /// The corrections made to this entry, oldest first.
        let correctedBy: [UUID]
        let payload: KindedPayload

        init(_ entry: Entry, correctedBy: [UUID], showsNotifier: Bool) {
            id = entry.id
            child = entry.child
            kind = entry.kind
            occurredAt = entry.occurredAt
            recordedAt = entry.recordedAt
            author = entry.author
            corrects = entry.corrects
            self.correctedBy = correctedBy
            payload = KindedPayload(showsNotifier ? entry.payload : entry.payload.withoutNotifier)
        }
    }

    /// An entry's payload in its kind's own `Codable` form. It is read only beside its kind (`NewEntryV2DTO`).
    struct KindedPayload: Codable, Sendable {
        let value: EntryPayload

        init(_ value: EntryPayload) { self.value = value }

        func encode(to encoder: any Encoder) throws {
            // Each case of `EntryPayload` holds one `Codable` value: the kind's payload.
            guard let content = Mirror(reflecting: value).children.first?.value as? any Encodable else {
                throw EncodingError.invalidValue(value, .init(codingPath: encoder.codingPath, debugDescription: "A payload without content"))
            }
            try content.encode(to: encoder)
        }

        init(from decoder: any Decoder) throws {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "A payload is read with its kind"))
        }
    }

    /// An entry as version 2 writes it: `{"kind": …, "occurredAt": …, "payload": {…}}`.
    struct NewEntryV2DTO: Decodable {
        let kind: EntryKind
        /// When it happened; defaults to now; never in the future.
        let occurredAt: Date?
        let payload: EntryPayload

        private enum CodingKeys: String, CodingKey { case kind, occurredAt, payload }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            guard let kind = EntryKind(rawValue: try container.decode(String.self, forKey: .kind)), ApiController.writableKinds.contains(kind) else {
                throw DomainError(.entryKindNotWritable, field: "kind")
            }
            self.kind = kind
            occurredAt = try container.decodeIfPresent(Date.self, forKey: .occurredAt)
            var payload = try EntryPayload(kind: kind, from: container.superDecoder(forKey: .payload))
            switch payload {
            // Only the portal says a message was sent from Min side (it starts the caseworker's task to answer it).
            case .ownViews(var views): views.sentFromPortal = false; payload = .ownViews(views)
            // An early-help note is the outreach counsellor's, written on the consultation page.
            case .journalNote(var note): note.earlyHelp = false; payload = .journalNote(note)
            default: break
            }
            self.payload = payload
        }
    }

    @Sendable static func entriesV2(_ request: Request) async throws -> [EntryV2DTO] {
        let model = try await ChildPageModel.load(request, for: .reading)
        try await request.store.audit(.apiRead, user: model.user.id, child: model.child.id, now: request.now)
        return entryV2DTOs(model.timeline, showsNotifier: model.showsNotifier)
    }

    /// The whole journal, newest first, each entry with the corrections made to it; who notified only when `showsNotifier`.
    static func entryV2DTOs(_ timeline: Timeline, showsNotifier: Bool) -> [EntryV2DTO] {
        let corrections = Dictionary(uniqueKeysWithValues: timeline.items.map { ($0.entry.id, $0.corrections.map(\.id)) })
        return timeline.entries.reversed().map { EntryV2DTO($0, correctedBy: corrections[$0.id] ?? [], showsNotifier: showsNotifier) }
    }

    @Sendable static func addEntryV2(_ request: Request) async throws -> Response {
        let model = try await ChildPageModel.load(request, for: .writingNotes)
        return try await answer(request, status: .created) {
            let body = try decodeBody(NewEntryV2DTO.self, request)
            let entry = try await append(request, model, payload: body.payload, occurredAt: body.occurredAt)
            return EntryV2DTO(entry, correctedBy: [], showsNotifier: true)
        }
    }

    @Sendable static func addNotificationV2(_ request: Request) async throws -> Response {
        try await answer(request, status: .created, wording: notificationWording) {
            EntryV2DTO(try await registerNotification(request), correctedBy: [], showsNotifier: true)
        }
    }
}
