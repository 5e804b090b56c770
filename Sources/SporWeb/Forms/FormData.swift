import Foundation
import Vapor

/// A form sent as `multipart/form-data` (a form with a file), read once into its parts. `FormValues` reads its text
/// fields, `InputTextMiddleware` checks them, and a page that takes a file reads the file part.
struct FormData: Sendable {
    struct Part: Sendable {
        let name: String
        /// The name the browser gave a file part; nil for a text field.
        let filename: String?
        let body: ByteBuffer
    }

    let parts: [Part]

    static func isFormData(_ request: Request) -> Bool {
        guard let type = request.headers.contentType else { return false }
        return type.type == "multipart" && type.subType == "form-data"
    }

    /// The request's parts, read once and kept for the rest of the request.
    static func of(_ request: Request) async throws -> FormData {
        if let read = request.storage[Key.self] { return read }
        guard let boundary = request.headers.contentType?.parameters["boundary"], !boundary.isEmpty,
              let body = try await request.collectedBody() else { throw Abort(.badRequest) }
        let data = try FormData(body, boundary: boundary)
        request.storage[Key.self] = data
        return data
    }

    /// The parts of an already collected request (the body a handler reads).
    static func collected(_ request: Request) throws -> FormData {
        if let read = request.storage[Key.self] { return read }
        guard let boundary = request.headers.contentType?.parameters["boundary"], !boundary.isEmpty,
              let body = request.body.data else { throw Abort(.badRequest) }
        let data = try FormData(body, boundary: boundary)
        request.storage[Key.self] = data
        return data
    }

    init(_ body: ByteBuffer, boundary: String) throws {
        final class Reading {
            var parts: [Part] = []
            var headers = HTTPHeaders()
            var body = ByteBuffer()
        }
        let reading = Reading()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in reading.headers.add(name: name, value: value) }
        parser.onBody = { chunk in reading.body.writeBuffer(&chunk) }
        parser.onPartComplete = {
            let part = MultipartPart(headers: reading.headers, body: reading.body)
            if let name = part.name { reading.parts.append(Part(name: name, filename: part.filename, body: reading.body)) }
            reading.headers = HTTPHeaders()
            reading.body = ByteBuffer()
        }
        do { try parser.execute(body) } catch { throw Abort(.badRequest) }
        parts = reading.parts
    }

    /// The text fields (not the files), each as the UTF-8 it must be.
    func texts() throws(InputTextRefused) -> [String: String] {
        var values: [String: String] = [:]
        for part in parts where part.filename == nil {
            guard let text = String(validating: part.body.readableBytesView, as: UTF8.self) else { throw InputTextRefused(reason: .notUTF8) }
            values[part.name] = text
        }
        return values
    }

    /// The file sent as `name`, if one was chosen (a browser sends an empty part with an empty name when none was).
    func file(_ name: String) -> Part? {
        parts.first { $0.name == name && $0.filename != nil && ($0.body.readableBytes > 0 || !($0.filename ?? "").isEmpty) }
    }

    private struct Key: StorageKey { typealias Value = FormData }
}
