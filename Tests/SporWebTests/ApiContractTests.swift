import Foundation
import Vapor
import XCTest
import XCTVapor
import SporDomain
import SporStore
@testable import SporWeb

/// The API's contract: the OpenAPI document is generated from the types, every entry kind's payload has a schema, what
/// the server writes validates against it, and version 2 reads and writes `{kind, payload}` with the domain's payload.
final class ApiContractTests: XCTestCase {
    var test: TestApp!

    override func setUp() async throws {
        test = try await TestApp()
    }

    override func tearDown() async throws {
        try await test.shutdown()
    }

    var document: JSONValue { OpenAPIDocument.document }
    var schemas: [String: JSONValue] { document["components"]?["schemas"]?.objectValue ?? [:] }

    func headers() async throws -> HTTPHeaders {
        let token = try await test.store.createApiToken(user: test.users[.caseworker]!.id, name: "contract", now: TestApp.now)
        var headers: HTTPHeaders = ["Authorization": "Bearer \(token)"]
        headers.contentType = .json
        return headers
    }

    // MARK: - The document

    func testEveryEntryKindHasItsPayloadSchemaWithRequiredFieldsAndEnums() throws {
        // Only a kind the domain has no payload for (so no entry of it can exist) goes without.
        XCTAssertEqual(Set(EntryKind.allCases).subtracting(OpenAPIDocument.kindsWithPayload), [.screening])
        for kind in OpenAPIDocument.kindsWithPayload {
            let schema = try XCTUnwrap(schemas[OpenAPIDocument.payloadSchemaName(kind)], "\(kind) has no payload schema")
            XCTAssertEqual(schema["type"], "object", "\(kind)")
            XCTAssertFalse(schema["properties"]?.objectValue?.isEmpty ?? true, "\(kind) has no properties")
        }
        let concern = try XCTUnwrap(schemas["Payload.concern"])
        XCTAssertEqual(concern["required"], ["description", "level", "source"])
        XCTAssertEqual(concern["properties"]?["level"]?["enum"], [1, 2, 3, 4, 5])
        XCTAssertEqual(concern["properties"]?["source"]?["enum"]?.arrayValue?.count, ConcernSource.allCases.count)
        // A child conversation is the child's words or the reason it was not held: both are seen, neither required.
        let outcome = try XCTUnwrap(schemas["Outcome"] ?? schemas["ChildConversationOutcome"])
        XCTAssertEqual(Set(outcome["properties"]?.objectValue?.keys ?? [:].keys), ["childsWords", "notHeldReason"])
        XCTAssertNil(outcome["required"])
        let note = try XCTUnwrap(schemas["Payload.journalNote"])
        XCTAssertEqual(note["required"], ["text"])
        XCTAssertEqual(schemas["Payload.decision"]?["properties"]?["childsViews"]?["$ref"], "#/components/schemas/ChildsViews")
    }

    func testEveryReferenceResolvesAndEveryPathIsSiteURLs() throws {
        var references: [String] = []
        func walk(_ value: JSONValue) {
            switch value {
            case .object(let members):
                if let reference = members["$ref"]?.stringValue { references.append(reference) }
                members.values.forEach(walk)
            case .array(let items): items.forEach(walk)
            default: break
            }
        }
        walk(document)
        XCTAssertFalse(references.isEmpty)
        for reference in references {
            XCTAssertNotNil(Validator(document).resolve(reference), reference)
        }
        let declared = Set(SiteURL.APIVersion.allCases.flatMap { version in
            [SiteURL.APIPath.worklist, .rules, .indicators, .children, .notifications, .child(.key), .entries(.key)]
                .map { OpenAPIDocument.openAPIPath(.api($0, version: version)) }
        })
        let paths = Set(document["paths"]?.objectValue?.keys.map { $0 } ?? [])
        XCTAssertTrue(paths.isSubset(of: declared), "\(paths.subtracting(declared))")
        XCTAssertTrue(paths.contains("/api/v1/children/{childID}/entries"))
        XCTAssertTrue(paths.contains("/api/v2/children/{childID}/entries"))
        // The served document is the generated one.
        XCTAssertEqual(try JSONValue(parsing: Data(OpenAPIDocument.json.utf8)), document)
    }

    /// No path is spelled in the API's files: they come from `SiteURL`.
    func testTheAPIFilesSpellNoPath() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/SporWeb/API")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).filter { $0.pathExtension == "swift" }
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            XCTAssertFalse(text.contains("\"" + "/"), "\(file.lastPathComponent) spells a path")
            for error in ["DomainError", "FormError", "PolicyError"] {
                XCTAssertFalse(text.contains("as " + error) || text.contains("is " + error), "\(file.lastPathComponent) catches \(error)")
            }
        }
    }

    // MARK: - What the server writes validates

    /// A payload of every kind, with every optional field absent and with every one present, encoded as the API answers
    /// it, validates against its kind's schema and reads back as the same payload.
    func testASampleOfEveryKindValidatesAgainstItsSchemaAndReadsBack() throws {
        let builder = SchemaBuilder()
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let validator = Validator(document)
        for kind in OpenAPIDocument.kindsWithPayload {
            for present in [false, true] {
                // A correction's replacement is kept as JSON text of its kind: no made-up text reads as one. A task's kind
                // is a private enum that does not list its values: the walk stops there (its schema has `task`, a string).
                guard let sample = builder.sample(optionalsPresent: present, reading: { try EntryPayload(kind: kind, from: $0) }) else {
                    XCTAssertTrue(kind == .correction && present || kind == .taskCompleted, "no sample of \(kind)")
                    continue
                }
                let data = try encoder.encode(ApiController.KindedPayload(sample))
                let json = try JSONValue(parsing: data)
                let problems = validator.problems(json, against: SchemaBuilder.reference(OpenAPIDocument.payloadSchemaName(kind)))
                XCTAssertEqual(problems, [], "\(kind) (optionals \(present ? "present" : "absent")): \(json.text)")
                let decoder = JSONDecoder()
                decoder.dateDecodingStrategy = .iso8601
                let read = try decoder.decode(ReadBack.self, from: Data(#"{"kind":"\#(kind.rawValue)","payload":"#.utf8) + data + Data("}".utf8))
                XCTAssertEqual(read.payload, sample, "\(kind)")
            }
        }
    }

    private struct ReadBack: Decodable {
        let payload: EntryPayload
        private enum CodingKeys: String, CodingKey { case kind, payload }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            payload = try EntryPayload(kind: try container.decode(EntryKind.self, forKey: .kind), from: container.superDecoder(forKey: .payload))
        }
    }

    /// The document's examples of version 2 are accepted; the journal then read in version 2 validates entry by entry,
    /// the fixture's own entries included.
    func testVersionTwoWritesTheExamplesAndReadsEntriesThatValidate() async throws {
        let browser = Browser(test.app)
        let headers = try await headers()
        let entries = SiteURL.api(.entries(.value(test.child.id)), version: .v2).path
        let examples = try XCTUnwrap(document["paths"]?["/api/v2/children/{childID}/entries"]?["post"]?["requestBody"]?["content"]?["application/json"]?["examples"]?.objectValue)
        XCTAssertGreaterThanOrEqual(examples.count, 3)
        let validator = Validator(document)
        for (name, example) in examples.sorted(by: { $0.key < $1.key }) {
            let value = try XCTUnwrap(example["value"])
            let created = try await browser.send(.POST, entries, headers: headers, body: ByteBuffer(string: value.text))
            XCTAssertEqual(created.status, .created, "example \(name): \(created.body.string)")
            let answer = try JSONValue(parsing: Data(created.body.string.utf8))
            XCTAssertEqual(validator.problems(answer, against: SchemaBuilder.reference("EntryV2")), [], name)
            XCTAssertEqual(answer["payload"], value["payload"], name)
            XCTAssertEqual(validator.problems(value, against: SchemaBuilder.reference("NewEntryV2")), [], name)
        }
        let read = try await browser.get(entries, headers: headers)
        XCTAssertEqual(read.status, .ok)
        let journal = try XCTUnwrap(try JSONValue(parsing: Data(read.body.string.utf8)).arrayValue)
        XCTAssertGreaterThan(journal.count, examples.count)
        for entry in journal {
            XCTAssertEqual(validator.problems(entry, against: SchemaBuilder.reference("EntryV2")), [], entry.text)
        }
        // Version 1 keeps answering with its flat payload.
        let old = try await browser.get(SiteURL.api(.entries(.value(test.child.id))).path, headers: headers)
        let oldJournal = try XCTUnwrap(try JSONValue(parsing: Data(old.body.string.utf8)).arrayValue)
        XCTAssertEqual(oldJournal.count, journal.count)
        let note = try XCTUnwrap(oldJournal.first { $0["kind"] == "journalNote" })
        XCTAssertNotNil(note["payload"]?["text"])
        for entry in oldJournal {
            XCTAssertEqual(validator.problems(entry, against: SchemaBuilder.reference("Entry")), [], entry.text)
        }
    }

    /// Refusals keep their JSON shape and status, now through the one form path.
    func testVersionTwoRefusesInTheSameShape() async throws {
        let browser = Browser(test.app)
        let headers = try await headers()
        let entries = SiteURL.api(.entries(.value(test.child.id)), version: .v2).path
        let post = { (body: String) in try await browser.send(.POST, entries, headers: headers, body: ByteBuffer(string: body)) }

        let empty = try await post(#"{"kind": "journalNote", "payload": {"text": "  "}}"#)
        XCTAssertEqual(empty.status, .unprocessableEntity)
        let refusal = try JSONValue(parsing: Data(empty.body.string.utf8))
        XCTAssertEqual(refusal["error"], "textMissing")
        XCTAssertEqual(refusal["message"], .string(Strings.error(.textMissing)(.da)))

        let screening = try await post(#"{"kind": "screening", "payload": {}}"#)
        XCTAssertEqual(screening.status, .unprocessableEntity)
        XCTAssertEqual(try JSONValue(parsing: Data(screening.body.string.utf8))["field"], "kind")

        let noViews = try await post(#"{"kind": "decision", "payload": {"outcome": "granted", "offers": [], "purpose": "x", "childsViews": {}}}"#)
        XCTAssertLessThan(noViews.status.code, 500)

        // Not JSON at all is refused before the API reads it (`InputText`), as in version 1.
        let notJSON = try await post("{")
        XCTAssertEqual(notJSON.status, .badRequest)
        for malformed in [#"{"kind": "concern", "payload": {"level": 9, "source": "teacher", "description": "x"}}"#, #"{"kind": "concern"}"#] {
            let answer = try await post(malformed)
            XCTAssertEqual(answer.status, .badRequest, malformed)
            XCTAssertEqual(try JSONValue(parsing: Data(answer.body.string.utf8))["error"], "badRequest", malformed)
        }

        // Version 1's refusals are answered as before.
        let old = try await browser.send(.POST, SiteURL.api(.entries(.value(test.child.id))).path, headers: headers,
                                         body: ByteBuffer(string: #"{"kind": "concern", "level": 3, "source": "nobody"}"#))
        XCTAssertEqual(old.status, .unprocessableEntity)
        let oldRefusal = try JSONValue(parsing: Data(old.body.string.utf8))
        XCTAssertEqual(oldRefusal["error"], "choiceInvalid")
        XCTAssertEqual(oldRefusal["field"], "source")
    }

    func testVersionTwoRegistersANotification() async throws {
        let browser = Browser(test.app)
        let headers = try await headers()
        let body: JSONValue = ["child": .string(test.child.id.uuidString), "channel": "phone", "notifierKind": "police",
                               "notifierName": "Politikreds Østjylland", "description": "Uro i hjemmet.", "concernsAbuse": false]
        let created = try await browser.send(.POST, SiteURL.api(.notifications, version: .v2).path, headers: headers, body: ByteBuffer(string: body.text))
        XCTAssertEqual(created.status, .created, created.body.string)
        let answer = try JSONValue(parsing: Data(created.body.string.utf8))
        XCTAssertEqual(answer["kind"], "notification")
        XCTAssertEqual(answer["payload"]?["notifierName"], "Politikreds Østjylland")
        XCTAssertEqual(Validator(document).problems(answer, against: SchemaBuilder.reference("EntryV2")), [])

        let future = try await browser.send(.POST, SiteURL.api(.notifications, version: .v2).path, headers: headers,
                                            body: ByteBuffer(string: body.merging(["receivedAt": "2999-01-01T00:00:00Z"]).text))
        XCTAssertEqual(future.status, .unprocessableEntity)
        XCTAssertEqual(try JSONValue(parsing: Data(future.body.string.utf8))["field"], "receivedAt")
    }
}

/// A validator for the part of JSON Schema the document uses: `$ref`, `allOf`, `oneOf`, `type`, `properties`,
/// `required`, `items`, `enum`, `maxLength`, `minimum`, `maximum` and the formats `uuid`, `date` and `date-time`.
struct Validator {
    let document: JSONValue
    init(_ document: JSONValue) { self.document = document }

    func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        return reference.dropFirst(2).split(separator: "/").reduce(Optional(document)) { value, key in value?[String(key)] }
    }

    func problems(_ value: JSONValue, against schema: JSONValue, at path: String = "$") -> [String] {
        if let reference = schema["$ref"]?.stringValue {
            guard let resolved = resolve(reference) else { return ["\(path): \(reference) does not resolve"] }
            return problems(value, against: resolved, at: path)
        }
        var found: [String] = []
        for part in schema["allOf"]?.arrayValue ?? [] { found += problems(value, against: part, at: path) }
        if let branches = schema["oneOf"]?.arrayValue {
            let matching = branches.filter { problems(value, against: $0, at: path).isEmpty }.count
            if matching != 1 { found.append("\(path): matches \(matching) of oneOf's \(branches.count) branches") }
        }
        if let values = schema["enum"]?.arrayValue, !values.contains(value) { found.append("\(path): \(value.text) not in enum") }
        switch (schema["type"]?.stringValue, value) {
        case (nil, _), ("boolean", .bool), ("array", .array), ("object", .object): break
        case ("integer", .integer), ("number", .integer), ("number", .number):
            if case .integer(let number) = value {
                if case .integer(let minimum)? = schema["minimum"], number < minimum { found.append("\(path): below \(minimum)") }
                if case .integer(let maximum)? = schema["maximum"], number > maximum { found.append("\(path): above \(maximum)") }
            }
        case ("string", .string(let text)):
            if case .integer(let maximum)? = schema["maxLength"], text.count > maximum { found.append("\(path): longer than \(maximum)") }
            switch schema["format"]?.stringValue {
            case "uuid": if UUID(uuidString: text) == nil { found.append("\(path): not a uuid") }
            case "date": if LocalDate(iso: text) == nil { found.append("\(path): not a date") }
            case "date-time": if ISO8601DateFormatter().date(from: text) == nil { found.append("\(path): not a date-time") }
            default: break
            }
        case (let type?, _): found.append("\(path): \(value.text) is not \(type)")
        }
        if case .object(let members) = value {
            for name in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where members[name] == nil {
                found.append("\(path): \(name) missing")
            }
            for (name, property) in schema["properties"]?.objectValue ?? [:] {
                if let member = members[name] { found += problems(member, against: property, at: "\(path).\(name)") }
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() { found += problems(item, against: itemSchema, at: "\(path)[\(index)]") }
        }
        return found
    }
}
