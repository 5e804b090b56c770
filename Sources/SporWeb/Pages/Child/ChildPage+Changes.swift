import Foundation
import SporDomain

/// A value in an entry's payload, as its JSON encoding holds it.
enum PayloadValue: Hashable, Sendable {
    case text(String)
    case flag(Bool)
    case number(String)
    /// A list of plain values (an decision's offers, a meeting's participants) reads as one value.
    case list([String])
}

/// One field an amendment changed, found by comparing the two payloads' JSON encodings key path by key path (never their
/// rendered text).
struct PayloadChange: Hashable, Sendable {
    /// Keys from the payload's top; a row of a list of objects is its number from 1 (`["goals", "2", "what"]`).
    let path: [String]
    /// Nil where the field is absent (an optional left empty).
    let old: PayloadValue?
    let new: PayloadValue?

    var key: String { path.last ?? "" }
}

/// The amendments of an entry, oldest first: each correction with the payload it replaced and the one it put in its place.
struct Amendment {
    let correction: Entry
    let reason: String
    /// What the course held before this correction (the original, or an earlier amendment's replacement).
    let before: EntryPayload
    /// Nil when the correction voids the entry.
    let after: EntryPayload?
}

extension ChildPageModel {
    /// `item`'s corrections as amendments, each compared with what it replaced. A correction after a void compares with the
    /// last payload that counted.
    static func amendments(_ item: Timeline.Item) -> [Amendment] {
        var before = item.entry.payload
        return item.corrections.compactMap { entry in
            guard case .correction(let correction) = entry.payload else { return nil }
            defer { if let replacement = correction.replacement { before = replacement } }
            return Amendment(correction: entry, reason: correction.reason, before: before, after: correction.replacement)
        }
    }

    /// The fields that differ between two payloads, in the order of the old payload's fields (then the new ones'), or none
    /// when either cannot be encoded.
    static func changes(from old: EntryPayload, to new: EntryPayload) -> [PayloadChange] {
        guard let before = try? flatten(old), let after = try? flatten(new) else { return [] }
        let oldValues = Dictionary(before.map { ($0.path, $0.value) }, uniquingKeysWith: { $1 })
        let newValues = Dictionary(after.map { ($0.path, $0.value) }, uniquingKeysWith: { $1 })
        var seen: Set<[String]> = []
        return (before + after).compactMap { field in
            guard seen.insert(field.path).inserted, oldValues[field.path] != newValues[field.path] else { return nil }
            return PayloadChange(path: field.path, old: oldValues[field.path], new: newValues[field.path])
        }
    }

    /// A payload's fields as key paths and values, keys sorted, rows in order.
    static func flatten(_ payload: EntryPayload) throws -> [(path: [String], value: PayloadValue)] {
        let json = try JSONDecoder().decode(JSONNode.self, from: Data(try payload.encodedJSON().utf8))
        var fields: [(path: [String], value: PayloadValue)] = []
        func walk(_ node: JSONNode, _ path: [String]) {
            switch node {
            case .null: break
            case .leaf(let value): fields.append((path, value))
            case .object(let members):
                for key in members.keys.sorted() { walk(members[key]!, path + [key]) }
            case .array(let rows):
                let plain = rows.compactMap { row -> String? in
                    switch row {
                    case .leaf(.text(let text)), .leaf(.number(let text)): text
                    case .leaf(.flag(let flag)): flag ? "true" : "false"
                    default: nil
                    }
                }
                if plain.count == rows.count {
                    fields.append((path, .list(plain)))
                } else {
                    for (index, row) in rows.enumerated() { walk(row, path + [String(index + 1)]) }
                }
            }
        }
        walk(json, [])
        return fields
    }
}

/// JSON as it was written, read back without knowing its type.
private enum JSONNode: Decodable {
    case null
    case leaf(PayloadValue)
    case array([JSONNode])
    case object([String: JSONNode])

    init(from decoder: any Decoder) throws {
        if let container = try? decoder.singleValueContainer() {
            if container.decodeNil() { self = .null; return }
            if let flag = try? container.decode(Bool.self) { self = .leaf(.flag(flag)); return }
            if let number = try? container.decode(Int.self) { self = .leaf(.number(String(number))); return }
            if let number = try? container.decode(Double.self) { self = .leaf(.number(String(number))); return }
            if let text = try? container.decode(String.self) { self = .leaf(.text(text)); return }
        }
        if var rows = try? decoder.unkeyedContainer() {
            var nodes: [JSONNode] = []
            while !rows.isAtEnd { nodes.append(try rows.decode(JSONNode.self)) }
            self = .array(nodes)
            return
        }
        let members = try decoder.container(keyedBy: AnyKey.self)
        var object: [String: JSONNode] = [:]
        for key in members.allKeys { object[key.stringValue] = try members.decode(JSONNode.self, forKey: key) }
        self = .object(object)
    }

    private struct AnyKey: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }
}
