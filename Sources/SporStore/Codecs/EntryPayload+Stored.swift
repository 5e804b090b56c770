import Foundation
import SporDomain

/// The journal's payloads as the store reads them back. A full recompute of the indicators reads every payload of the
/// municipality, so the store does not read them through `JSONDecoder` as the domain's `EntryPayload.decode(kind:json:)`
/// does, but with its own JSON reader (`PayloadJSONDecoder`) and, for every kind but corrections, a hand-written reader
/// (`readDirectly`). The value is the same: a test holds both to Codable's on every payload of a demo.
extension EntryPayload {
    /// Reads a stored payload: by hand (`readDirectly`) when it is as expected, else through its Codable form
    /// (`EntryPayload(kind:from:)`) over `PayloadJSONDecoder`.
    static func decodeStored(kind: EntryKind, json: String) throws -> EntryPayload {
        var json = json
        return try json.withUTF8 { try decodeStored(kind: kind, utf8: $0) }
    }

    /// The same, from the payload's UTF-8 bytes (as a database hands them over, without making a String of them). The
    /// bytes must be valid UTF-8, as `PayloadJSONDecoder.parse(utf8:)` says.
    static func decodeStored(kind: EntryKind, utf8 json: UnsafeBufferPointer<UInt8>) throws -> EntryPayload {
        let value = try PayloadJSONDecoder.parse(utf8: json)
        if let payload = try? readDirectly(kind: kind, value) { return payload }
        return try EntryPayload(kind: kind, from: ValueDecoder(value: value, codingPath: []))
    }
}
