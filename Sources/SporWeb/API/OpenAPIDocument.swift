import Foundation
import Vapor
import SporDomain

/// The OpenAPI 3 description of the JSON API, served at `/api/openapi.json`. It is generated: every path from
/// `SiteURL`, every schema from the Swift type the server reads or answers (`SchemaBuilder`), and every entry kind's
/// payload from the domain's own `Codable` payload, so it cannot drift from the code. Only the prose is written here.
enum OpenAPIDocument {
    @Sendable static func serve(_ request: Request) async throws -> Response {
        let response = Response(status: .ok, body: .init(string: json))
        response.headers.contentType = .json
        return response
    }

    /// The document as JSON text, built once.
    static let json: String = document.text

    /// The document.
    static let document: JSONValue = build()

    /// The name of an entry kind's payload schema, e.g. `Payload.decision`.
    static func payloadSchemaName(_ kind: EntryKind) -> String { "Payload.\(kind.rawValue)" }

    /// The kinds that have a payload, so entries of them exist (`screening` has none yet).
    static var kindsWithPayload: [EntryKind] { EntryKind.allCases.filter(KindProbe.reads) }

    static let description = """
        Children and their journals in Spor. Authenticate with a personal API token created under 'Min konto': \
        Authorization: Bearer <token>. A token works for the 30, 90 or 365 days chosen when it is made, until its owner \
        revokes it there, or until its owner is deactivated; after that it is answered 401. Every read of a child is logged.

        Versions. /api/v2 is where an entry is {kind, payload}: the payload is the domain's own form of the kind \
        (components Payload.<kind>), the same when an entry is read and when it is written. /api/v1 keeps answering \
        with its flat payload of optional fields (schema Payload) for one release and is deprecated where it carries \
        entries; the operations that carry no entry (children, worklist, rules, indicators) are unchanged and stay under /api/v1. \
        A body that does not read as the operation's schema is answered 400; one that reads but is refused by the rules \
        of the journal, 422 with the field refused.
        """

    // MARK: - Building

    private static func build() -> JSONValue {
        let builder = SchemaBuilder()
        _ = builder.schema(ApiController.ErrorDTO.self)
        let errorResponse: JSONValue = ["$ref": "#/components/responses/Error"]
        func responses(_ success: String, _ description: String, _ schema: JSONValue, refusals: [Int]) -> JSONValue {
            var answers: [String: JSONValue] = [success: ["description": .string(description), "content": ["application/json": ["schema": schema]]]]
            for code in refusals { answers[String(code)] = errorResponse }
            return .object(answers)
        }
        func array(_ items: JSONValue) -> JSONValue { ["type": "array", "items": items] }

        // Every entry kind's payload, as the domain reads it.
        for kind in kindsWithPayload {
            _ = builder.component(payloadSchemaName(kind)) { decoder in _ = try EntryPayload(kind: kind, from: decoder) }
        }
        let writable = ApiController.writableKinds

        // Version 1's shapes.
        let childList = builder.schema(ApiController.ChildListDTO.self)
        let child = builder.schema(ApiController.ChildDTO.self)
        let obligation = builder.schema(WorklistController.ObligationDTO.self)
        let rules = builder.schema([DeadlineRule].self)
        let cell = builder.schema(IndicatorController.CellDTO.self)
        let entryV1 = builder.schema(ApiController.EntryDTO.self)
        let newEntryV1 = builder.schema(ApiController.NewEntryDTO.self)
        let newNotification = builder.schema(ApiController.NewNotificationDTO.self)
        let entryKinds = builder.schema(EntryKind.self)
        // Version 2's: one branch per kind, its payload the kind's own.
        _ = builder.schema(ApiController.EntryV2DTO.self)

        var schemas = builder.components
        schemas["EntryKind"] = entryKinds
        refine(&schemas, "Child", ["birthDate": ["format": "date"], "maskedCpr": ["example": "150315-xxxx"],
                                   "concernLevel": concernLevel])
        refine(&schemas, "ChildList", ["birthDate": ["format": "date"], "concernLevel": concernLevel])
        refine(&schemas, "Obligation", ["status": ["enum": ["open", "overdue"]], "dischargedBy": entryKinds])
        refine(&schemas, "Cell", [
            "value": ["description": "A share between 0 and 1, a count, a rate or a median, as the indicator's definition says; absent when suppressed"],
            "suppressed": ["description": "Fewer than 5 children, or hidden so that such a cell cannot be worked out from the total"],
        ])
        refine(&schemas, "Payload", [
            "notifierName": ["description": "Only to those handling the child; never to a reader with a stated reason or in an export to the family"],
            "level": concernLevel, "source": builder.schema(ConcernSource.self), "channel": builder.schema(NotificationChannel.self),
            "notifierKind": builder.schema(NotifierKind.self), "profession": builder.schema(ConcernSource.self),
            "askedBy": builder.schema(ConcernSource.self), "nextStep": builder.schema(NextStep.self),
        ])
        schemas["Payload"] = schemas["Payload"]?.merging(["description": """
            Version 1's payload: the fields that belong to the entry's kind; a course entry carries its content in the \
            field named after its payload (e.g. kind decision → decision). Deprecated: /api/v2 answers the kind's own payload.
            """])
        refine(&schemas, "Entry", ["kind": entryKinds])
        refine(&schemas, "NewEntry", [
            "kind": ["enum": .array(writable.map { .string($0.rawValue) }),
                     "description": "A course entry carries its content in the field named in Payload (e.g. kind decision → decision)."],
            "occurredAt": ["description": "When it happened; defaults to now; never in the future"],
            "level": concernLevel, "source": builder.schema(ConcernSource.self),
            "description": ["maxLength": 20000], "text": ["maxLength": 20000], "reason": ["maxLength": 20000],
        ])
        refine(&schemas, "NewNotification", [
            "cpr": ["example": "150315-4321"], "name": ["description": "The child's full name, with birthDate"],
            "birthDate": ["format": "date"],
            "channel": ["enum": .array(NotificationChannel.allCases.filter { $0 != .spor }.map { .string($0.rawValue) })],
            "notifierKind": builder.schema(NotifierKind.self),
            "profession": builder.schema(ConcernSource.self).merging(["description": "Required for a professional notifier, refused for any other"]),
            "notifierName": ["maxLength": .integer(Notification.maximumNotifierTextLength), "description": "Where known; not for an anonymous notifier"],
            "notifierContact": ["maxLength": .integer(Notification.maximumNotifierTextLength), "description": "Phone, e-mail or address, where known"],
            "receivedAt": ["description": "When it was received; defaults to now; never in the future"],
            "description": ["maxLength": 20000],
            "concernsAbuse": ["description": "Whether it concerns (suspected) abuse: a conversation with the child is then owed"],
        ])
        schemas["NewNotification"] = schemas["NewNotification"]?.merging([
            "required": ["channel", "notifierKind", "description", "concernsAbuse"],
            "description": "The child by child (its id), or cpr, or name and birthDate (exactly one child must match).",
        ])
        // Version 2: the entry read, and the entry written, one branch per kind.
        if let base = schemas["EntryV2"] { schemas["EntryV2"] = ["allOf": [base, ["oneOf": .array(kindsWithPayload.map { kindBranch($0) })]]] }
        schemas["NewEntryV2"] = ["oneOf": .array(writable.map { kindBranch($0, occurredAt: true) })]
        let entryV2Schema = SchemaBuilder.reference("EntryV2")

        let entriesDeprecation = "Deprecated: /api/v2 reads and writes an entry as {kind, payload} with the kind's own payload."
        var paths: [String: JSONValue] = [:]
        func operation(_ url: SiteURL, _ method: String, _ value: JSONValue) {
            let path = openAPIPath(url)
            var item = paths[path] ?? [:]
            if item["parameters"] == nil, let parameters = pathParameters(url) { item["parameters"] = parameters }
            item[method] = value
            paths[path] = item
        }
        operation(.api(.children), "get", [
            "summary": "The open cases of the caller (caseworker) or of the caller's team (team lead)",
            "operationId": "listChildren", "responses": responses("200", "Children", array(childList), refusals: [401, 403]),
        ])
        operation(.api(.worklist), "get", [
            "summary": "Open deadlines (obligations from the rules) for the caller, or for the caller's team (team lead), soonest first",
            "operationId": "worklist", "responses": responses("200", "Obligations", array(obligation), refusals: [401, 403]),
        ])
        operation(.api(.rules), "get", [
            "summary": "The deadline rules in force, each with its paragraph, the period it applies (appliesFrom, validTo: the previous act's rules end 31 December 2023), trigger, due computation, what discharges it, whose list it lands on, and its unverified parts with their explanation (unverifiedNoteDa, unverifiedNoteEn)",
            "operationId": "rules", "responses": responses("200", "Rules", rules, refusals: [401, 403]),
        ])
        operation(.api(.indicators), "get", [
            "summary": "Every indicator cell of a period — all children, and by district, age band and sex — with small numbers suppressed as on the dashboard (policy staff and team leads)",
            "operationId": "indicators",
            "parameters": [["name": "period", "in": "query", "required": false, "schema": ["type": "string", "example": "2025-Q3"],
                            "description": "A year (2025), a quarter (2025-Q3) or a month (2025-08); the current year when left out or not read"]],
            "responses": responses("200", "Cells", array(cell), refusals: [401, 403]),
        ])
        operation(.api(.child(.key)), "get", [
            "summary": "One child and the state of the case", "operationId": "getChild",
            "responses": responses("200", "The child", child, refusals: [401, 403, 404]),
        ])
        operation(.api(.entries(.key)), "get", [
            "summary": "The child's journal, newest first, corrections included (version 1's flat payload)",
            "description": .string(entriesDeprecation), "deprecated": true, "operationId": "listEntries",
            "responses": responses("200", "Entries", array(entryV1), refusals: [401, 403, 404]),
        ])
        operation(.api(.entries(.key)), "post", [
            "summary": "Append an entry (a concern, a journal note, a case closure, or a step of the course) to the child's journal (version 1's flat fields)",
            "description": .string(entriesDeprecation), "deprecated": true, "operationId": "addEntry",
            "requestBody": ["required": true, "content": ["application/json": ["schema": newEntryV1, "examples": [
                "note": ["value": ["kind": "journalNote", "text": "Mor ringede og fortalte, at det går bedre."]],
                "concern": ["value": ["kind": "concern", "level": 3, "source": "teacher", "description": "Stigende fravær."]],
                "conversation": ["value": ["kind": "childConversation", "childConversation": conversationExample]],
            ]]]],
            "responses": responses("201", "Appended", entryV1, refusals: [400, 401, 403, 404, 413, 422]),
        ])
        let notificationSummary = """
            Register a notification (underretning) received by phone, letter, e-mail, the digital notification form or in person \
            (caseworker, team lead). The deadlines run from receivedAt; a receipt (§ 138) is owed to notifiers with the heightened \
            duty to notify: professional, police, healthcare, otherMunicipality
            """
        let notificationBody: JSONValue = ["required": true, "content": ["application/json": [
            "schema": newNotification, "examples": [
                "anonymousCall": ["value": ["cpr": "150315-4321", "channel": "phone", "notifierKind": "anonymous",
                                            "description": "En anonym nabo ringer: barnet er alene hjemme om aftenen.", "concernsAbuse": false]],
                "police": ["value": ["name": "Alma Testesen", "birthDate": "2015-03-15", "channel": "email", "notifierKind": "police",
                                     "notifierName": "Politikreds Østjylland", "notifierContact": "87 31 14 48", "receivedAt": "2026-11-26T08:30:00Z",
                                     "description": "Politiet har været i hjemmet efter en anmeldelse om uro.", "concernsAbuse": true]],
            ],
        ]]]
        operation(.api(.notifications), "post", [
            "summary": .string(notificationSummary + " (answered with version 1's entry)"), "operationId": "addNotification",
            "deprecated": true, "description": .string(entriesDeprecation), "requestBody": notificationBody,
            "responses": responses("201", "Registered", entryV1, refusals: [400, 401, 403, 413, 422]),
        ])

        // Version 2.
        operation(.api(.entries(.key), version: .v2), "get", [
            "summary": "The child's journal, newest first, corrections included; each entry {kind, payload} with the kind's own payload",
            "operationId": "listEntriesV2", "responses": responses("200", "Entries", array(entryV2Schema), refusals: [401, 403, 404]),
        ])
        operation(.api(.entries(.key), version: .v2), "post", [
            "summary": """
                Append an entry (a concern, a journal note, a case closure, or a step of the course) to the child's journal, \
                as {kind, occurredAt, payload} with the kind's own payload (Payload.<kind>). A journal note is never marked \
                early help here, nor are own views marked as sent from Min side.
                """,
            "operationId": "addEntryV2",
            "requestBody": ["required": true, "content": ["application/json": ["schema": SchemaBuilder.reference("NewEntryV2"), "examples": [
                "note": ["value": ["kind": "journalNote", "payload": ["text": "Mor ringede og fortalte, at det går bedre."]]],
                "concern": ["value": ["kind": "concern", "payload": ["level": 3, "source": "teacher", "description": "Stigende fravær."]]],
                "conversation": ["value": ["kind": "childConversation", "payload": conversationExample]],
            ]]]],
            "responses": responses("201", "Appended", entryV2Schema, refusals: [400, 401, 403, 404, 413, 422]),
        ])
        operation(.api(.notifications, version: .v2), "post", [
            "summary": .string(notificationSummary), "operationId": "addNotificationV2", "requestBody": notificationBody,
            "responses": responses("201", "Registered", entryV2Schema, refusals: [400, 401, 403, 413, 422]),
        ])

        return [
            "openapi": "3.0.3",
            "info": ["title": "Spor API", "version": "2.0.0", "description": .string(description)],
            "servers": [["url": .string(SiteURL.root.path)]],
            "security": [["bearerToken": []]],
            "paths": .object(paths),
            "components": [
                "securitySchemes": ["bearerToken": ["type": "http", "scheme": "bearer"]],
                "parameters": ["childID": ["name": "childID", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]]],
                "responses": ["Error": ["description": "An error with a message in the caller's language",
                                        "content": ["application/json": ["schema": SchemaBuilder.reference("Error")]]]],
                "schemas": .object(schemas),
            ],
        ]
    }

    private static let concernLevel: JSONValue = ["type": "integer", "enum": .array(ConcernLevel.allCases.map { .integer($0.rawValue) })]

    private static let conversationExample: JSONValue = [
        "heldBy": "00000000-0000-0000-0000-000000000000", "place": "Skolen", "outcome": ["notHeldReason": "Barnet var syg"],
    ]

    /// An entry of `kind`: the kind, and its payload's schema (and, when written, the time it happened).
    private static func kindBranch(_ kind: EntryKind, occurredAt: Bool = false) -> JSONValue {
        var properties: [String: JSONValue] = [
            "kind": ["type": "string", "enum": .array([.string(kind.rawValue)])],
            "payload": SchemaBuilder.reference(payloadSchemaName(kind)),
        ]
        if occurredAt {
            properties["occurredAt"] = ["type": "string", "format": "date-time", "description": "When it happened; defaults to now; never in the future"]
        }
        return ["type": "object", "required": ["kind", "payload"], "properties": .object(properties)]
    }

    /// Adds `additions` to the named properties of a generated schema (a format, an example, a description, an enum the
    /// type spells as a string).
    private static func refine(_ schemas: inout [String: JSONValue], _ name: String, _ additions: [String: JSONValue]) {
        guard var schema = schemas[name], var properties = schema["properties"]?.objectValue else {
            assertionFailure("No schema \(name) to refine")
            return
        }
        for (property, addition) in additions {
            guard let existing = properties[property], let members = addition.objectValue else {
                assertionFailure("No property \(property) in \(name)")
                continue
            }
            // A property that is a `$ref` is replaced whole; one written inline gets the members added.
            properties[property] = existing["$ref"] == nil ? existing.merging(members) : addition
        }
        schema["properties"] = .object(properties)
        schemas[name] = schema
    }

    /// `SiteURL`'s path with OpenAPI's parameters: `:childID` → `{childID}`.
    static func openAPIPath(_ url: SiteURL) -> String {
        var path = url.path
        for case .parameter(let name, _) in url.segments {
            path = path.replacingOccurrences(of: ":" + name, with: "{" + name + "}")
        }
        return path
    }

    private static func pathParameters(_ url: SiteURL) -> JSONValue? {
        let names = url.segments.compactMap { segment -> String? in
            if case .parameter(let name, _) = segment { name } else { nil }
        }
        guard !names.isEmpty else { return nil }
        return .array(names.map { ["$ref": .string("#/components/parameters/\($0)")] })
    }
}

/// A decoder that answers nothing, to learn which kinds the domain reads a payload of: it refuses a kind it has no
/// payload for (`entryKindNotWritable`) before asking the decoder anything.
private struct KindProbe: Decoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    struct Asked: Error {}

    static func reads(_ kind: EntryKind) -> Bool {
        do { _ = try EntryPayload(kind: kind, from: KindProbe()); return true } catch is Asked { return true } catch { return false }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> { throw Asked() }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw Asked() }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { throw Asked() }
}
