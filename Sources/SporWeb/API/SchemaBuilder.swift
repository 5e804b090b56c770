import Foundation
import SporDomain

/// Derives JSON schemas from the types themselves, so the API's document cannot drift from what the server reads.
///
/// A type's `init(from:)` is run against a decoder that records, instead of reading: every key asked with `decode` is
/// a required property, every key asked with `decodeIfPresent` an optional one, each with the schema of the type asked
/// for; an enum of raw values (`CaseIterable & RawRepresentable`) is its list of values. Each type is walked twice: once
/// with every optional key absent and once with every one present, so both sides of an `if let` are seen (a child
/// conversation's words *or* the reason it was not held); a property is required only when both walks required it.
/// Object types land in `components` (by their Swift name, without `DTO`); others are written inline.
final class SchemaBuilder {
    private(set) var components: [String: JSONValue] = [:]
    private var componentTypes: [String: ObjectIdentifier] = [:]
    private var names: [ObjectIdentifier: String] = [:]
    private var values: [ObjectIdentifier: Any] = [:]

    /// The schema of `type` (a `$ref` for an object type), adding what it needs to `components`.
    func schema<T: Decodable>(_ type: T.Type) -> JSONValue {
        describe(type).schema
    }

    /// The schema of a value read with `read` (which decodes from the decoder it is handed), kept as component `name`.
    func component(_ name: String, reading read: (any Decoder) throws -> Void) -> JSONValue {
        let walks = [false, true].map { present -> Walk in
            let walk = Walk()
            try? read(RecordingDecoder(builder: self, walk: walk, optionalsPresent: present, codingPath: []))
            return walk
        }
        components[name] = Walk.merged(walks)
        return Self.reference(name)
    }

    /// A value as the recording decoder makes one (every text "x", every enum its first value, every optional absent or
    /// every one present): what a test encodes and checks against the schema the same walk wrote.
    func sample<T>(optionalsPresent: Bool, reading read: (any Decoder) throws -> T) -> T? {
        try? read(RecordingDecoder(builder: self, walk: Walk(), optionalsPresent: optionalsPresent, codingPath: []))
    }

    static func reference(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }

    // MARK: - Walking a type

    struct Described<T> {
        let schema: JSONValue
        /// A value to hand back to the decoding type that asked; nil when no walk could make one.
        let value: T?
    }

    struct NoValue: Error {}

    /// The schema of `type` and a value of it.
    func describe<T: Decodable>(_ type: T.Type) -> Described<T> {
        if let known = Self.primitive(type) { return Described(schema: known.schema, value: known.value as? T) }
        if let values = type as? any (CaseIterable & RawRepresentable).Type, let described = Self.enumeration(values) {
            return Described(schema: described.schema, value: described.value as? T)
        }
        let id = ObjectIdentifier(type)
        // Known, or being walked (a type that holds itself): a reference.
        if let name = names[id] { return Described(schema: Self.reference(name), value: values[id] as? T) }
        let name = componentName(type)
        names[id] = name
        var value: T?
        let walks = [false, true].map { present -> Walk in
            let walk = Walk()
            if let read = try? T(from: RecordingDecoder(builder: self, walk: walk, optionalsPresent: present, codingPath: [])) {
                value = value ?? read
            }
            return walk
        }
        let schema = Walk.merged(walks)
        guard walks.contains(where: { $0.shape == .keyed }) else {
            names[id] = nil
            return Described(schema: schema, value: value)
        }
        componentTypes[name] = id
        components[name] = schema
        values[id] = value
        return Described(schema: Self.reference(name), value: value)
    }

    /// `SporDomain.ChildsPlan.Goal` → `Goal`; `ApiController.ChildDTO` → `Child`; the full path when the short name is taken.
    private func componentName(_ type: Any.Type) -> String {
        let path = String(reflecting: type).split(separator: ".").dropFirst().map(String.init)
        var name = path.last ?? "Object"
        if name.hasSuffix("DTO") { name.removeLast(3) }
        if let other = componentTypes[name], other != ObjectIdentifier(type) { name = path.joined() }
        return name
    }

    private static func primitive(_ type: Any.Type) -> (schema: JSONValue, value: Any)? {
        switch type {
        case is String.Type: (["type": "string"], "x")
        case is Bool.Type: (["type": "boolean"], true)
        case is Int.Type: (["type": "integer"], 1)
        case is Double.Type: (["type": "number"], 1.0)
        case is UUID.Type: (["type": "string", "format": "uuid"], UUID())
        case is Date.Type: (["type": "string", "format": "date-time"], Date(timeIntervalSince1970: 0))
        case is LocalDate.Type: (["type": "string", "format": "date"], LocalDate(year: 2026, month: 1, day: 1)!)
        default: nil
        }
    }

    private static func enumeration<E: CaseIterable & RawRepresentable>(_ type: E.Type) -> (schema: JSONValue, value: Any)? {
        guard let first = type.allCases.first else { return nil }
        let raw = type.allCases.map(\.rawValue)
        if let texts = raw as? [String] { return (["type": "string", "enum": .array(texts.map(JSONValue.string))], first) }
        if let numbers = raw as? [Int] { return (["type": "integer", "enum": .array(numbers.map(JSONValue.integer))], first) }
        return nil
    }

    // MARK: - What one walk saw

    final class Walk {
        enum Shape { case unknown, keyed, unkeyed, single }
        var shape = Shape.unknown
        var properties: [String: JSONValue] = [:]
        var required: Set<String> = []
        var items: JSONValue?
        var single: JSONValue?

        /// Both walks as one schema: every property either saw; required where both required it.
        static func merged(_ walks: [Walk]) -> JSONValue {
            let shape = walks.map(\.shape).first { $0 != .unknown } ?? .unknown
            switch shape {
            case .keyed:
                var properties: [String: JSONValue] = [:]
                for walk in walks { properties.merge(walk.properties) { first, _ in first } }
                let required = walks.map(\.required).reduce(Set(properties.keys)) { $0.intersection($1) }
                var schema: JSONValue = ["type": "object", "properties": .object(properties)]
                if !required.isEmpty { schema["required"] = .array(required.sorted().map(JSONValue.string)) }
                return schema
            case .unkeyed:
                return ["type": "array", "items": walks.compactMap(\.items).first ?? [:]]
            case .single:
                return walks.compactMap(\.single).first ?? [:]
            case .unknown:
                return [:]
            }
        }
    }
}

// MARK: - The recording decoder

private struct RecordingDecoder: Decoder {
    let builder: SchemaBuilder
    let walk: SchemaBuilder.Walk
    let optionalsPresent: Bool
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        walk.shape = .keyed
        return KeyedDecodingContainer(KeyedRecorder<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        walk.shape = .unkeyed
        return UnkeyedRecorder(decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        walk.shape = .single
        return SingleRecorder(decoder: self)
    }

    func unsupported(_ what: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: codingPath, debugDescription: "The schema builder does not follow \(what)"))
    }
}

private struct KeyedRecorder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: RecordingDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { decoder.optionalsPresent }
    func decodeNil(forKey key: Key) throws -> Bool { !decoder.optionalsPresent }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        decoder.walk.required.insert(key.stringValue)
        return try record(type, key)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        let value = try? record(type, key)
        return decoder.optionalsPresent ? value : nil
    }

    private func record<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        let described = decoder.builder.describe(type)
        if decoder.walk.properties[key.stringValue] == nil { decoder.walk.properties[key.stringValue] = described.schema }
        guard let value = described.value else { throw SchemaBuilder.NoValue() }
        return value
    }


    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw decoder.unsupported("nested containers")
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw decoder.unsupported("nested containers") }
    func superDecoder() throws -> any Decoder { throw decoder.unsupported("super decoders") }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw decoder.unsupported("super decoders") }
}

/// An array: one element is read, for the schema of its items.
private final class UnkeyedRecorder: UnkeyedDecodingContainer {
    let decoder: RecordingDecoder
    var currentIndex = 0
    init(decoder: RecordingDecoder) { self.decoder = decoder }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { nil }
    var isAtEnd: Bool { currentIndex > 0 }

    func decodeNil() throws -> Bool { false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        currentIndex += 1
        let described = decoder.builder.describe(type)
        decoder.walk.items = described.schema
        guard let value = described.value else { throw SchemaBuilder.NoValue() }
        return value
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        throw decoder.unsupported("nested containers")
    }
    func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { throw decoder.unsupported("nested containers") }
    func superDecoder() throws -> any Decoder { throw decoder.unsupported("super decoders") }
}

private struct SingleRecorder: SingleValueDecodingContainer {
    let decoder: RecordingDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { !decoder.optionalsPresent }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let described = decoder.builder.describe(type)
        decoder.walk.single = described.schema
        guard let value = described.value else { throw SchemaBuilder.NoValue() }
        return value
    }
}
