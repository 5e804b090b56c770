import Foundation
import Vapor

/// Every text a request carries — its path, its query, a form's fields, a JSON body's keys and strings — is checked
/// here, once, before any handler reads it: it must be valid UTF-8 and hold no control character but tab and line
/// breaks, and a JSON object must not name a key twice. A request that fails is refused with a message in the
/// user's language; nothing is ever changed silently (no U+FFFD for a broken byte, no NUL stripped), and no such
/// text reaches the database, a page or a header. Every route declared in `routes.swift` runs it, after its access
/// check (`RouteAccess`).
struct InputTextMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try InputText.checkURLEncoded(Array(request.url.path.utf8), plusIsSpace: false)
        if let query = request.url.query { try InputText.checkURLEncoded(Array(query.utf8), plusIsSpace: true) }
        if request.method == .POST {
            if let body = try await request.collectedBody(), body.readableBytes > 0 {
                let bytes = Array(body.readableBytesView)
                switch request.headers.contentType {
                case .some(.urlEncodedForm): try InputText.checkURLEncoded(bytes, plusIsSpace: true)
                case .some(.json): try InputText.checkJSON(bytes)
                // A form with a file: its text fields and file names are text; a file's bytes are read by the page that takes it.
                case .some where FormData.isFormData(request):
                    let form = try await FormData.of(request)
                    for text in try form.texts().values { try InputText.checkScalars(text) }
                    for part in form.parts { try InputText.checkScalars(part.name + (part.filename ?? "")) }
                default: try InputText.checkText(bytes)
                }
            }
        }
        return try await next.respond(to: request)
    }
}

/// Why a request's text was refused.
struct InputTextRefused: Error, Equatable {
    enum Reason: Equatable {
        /// Bytes that are not UTF-8, or a JSON escape that names half a character.
        case notUTF8
        /// NUL or another control character (tab, line feed and carriage return are text).
        case controlCharacter
        /// A JSON object naming the same key twice: tools disagree on which value counts.
        case duplicateKey
        /// A JSON body that does not parse.
        case malformedJSON
    }

    let reason: Reason
}

enum InputText {
    /// Tab, line feed and carriage return are text; every other C0 or C1 control character and DEL is not.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F, 0x7F...0x9F: false
        default: true
        }
    }

    /// Valid UTF-8 with only allowed characters.
    static func checkText(_ bytes: some Collection<UInt8>) throws(InputTextRefused) {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw InputTextRefused(reason: .notUTF8) }
        try checkScalars(text)
    }

    static func checkScalars(_ text: String) throws(InputTextRefused) {
        for scalar in text.unicodeScalars where !isAllowed(scalar) { throw InputTextRefused(reason: .controlCharacter) }
    }

    /// A path, a query or a form body: every part, once percent-decoded, is checked as text.
    static func checkURLEncoded(_ bytes: [UInt8], plusIsSpace: Bool) throws(InputTextRefused) {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                decoded.append(high << 4 | low)
                index += 3
                continue
            }
            // The separators stay separators, so a broken field cannot borrow bytes from the next.
            decoded.append(byte == UInt8(ascii: "&") || byte == UInt8(ascii: "=") ? UInt8(ascii: "\n")
                           : (plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte))
            index += 1
        }
        try checkText(decoded)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// A JSON body: UTF-8, every string (keys included) checked as text after its escapes are read, and no object
    /// with a key twice.
    static func checkJSON(_ bytes: [UInt8]) throws(InputTextRefused) {
        guard String(validating: bytes, as: UTF8.self) != nil else { throw InputTextRefused(reason: .notUTF8) }
        var reader = JSONReader(bytes: bytes)
        try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.index == bytes.count else { throw InputTextRefused(reason: .malformedJSON) }
    }

    /// Reads JSON only to check it; the handlers decode it themselves.
    struct JSONReader {
        let bytes: [UInt8]
        var index = 0
        static let maximumDepth = 64

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func skipWhitespace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        mutating func value(depth: Int) throws(InputTextRefused) {
            guard depth < JSONReader.maximumDepth else { throw InputTextRefused(reason: .malformedJSON) }
            skipWhitespace()
            guard index < bytes.count else { throw InputTextRefused(reason: .malformedJSON) }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var keys: Set<String> = []
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return }
                while true {
                    skipWhitespace()
                    let key = try string()
                    guard keys.insert(key).inserted else { throw InputTextRefused(reason: .duplicateKey) }
                    skipWhitespace()
                    try expect(UInt8(ascii: ":"))
                    try value(depth: depth + 1)
                    skipWhitespace()
                    if try next() == UInt8(ascii: "}") { return }
                    index -= 1
                    try expect(UInt8(ascii: ","))
                }
            case UInt8(ascii: "["):
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return }
                while true {
                    try value(depth: depth + 1)
                    skipWhitespace()
                    if try next() == UInt8(ascii: "]") { return }
                    index -= 1
                    try expect(UInt8(ascii: ","))
                }
            case UInt8(ascii: "\""):
                _ = try string()
            default:
                // A number, true, false or null: the characters that can make one; the decoder reads it strictly.
                let start = index
                while index < bytes.count, isScalarCharacter(bytes[index]) { index += 1 }
                guard index > start else { throw InputTextRefused(reason: .malformedJSON) }
            }
        }

        private func isScalarCharacter(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "-"), UInt8(ascii: "+"),
                 UInt8(ascii: "."), UInt8(ascii: "E"): true
            default: false
            }
        }

        private mutating func next() throws(InputTextRefused) -> UInt8 {
            guard index < bytes.count else { throw InputTextRefused(reason: .malformedJSON) }
            defer { index += 1 }
            return bytes[index]
        }

        private mutating func expect(_ byte: UInt8) throws(InputTextRefused) {
            guard try next() == byte else { throw InputTextRefused(reason: .malformedJSON) }
        }

        /// A string with its escapes read; a lone surrogate is not text.
        private mutating func string() throws(InputTextRefused) -> String {
            try expect(UInt8(ascii: "\""))
            var scalars = String.UnicodeScalarView()
            var raw: [UInt8] = []
            func flush() throws(InputTextRefused) {
                guard !raw.isEmpty else { return }
                guard let text = String(validating: raw, as: UTF8.self) else { throw InputTextRefused(reason: .notUTF8) }
                scalars.append(contentsOf: text.unicodeScalars)
                raw.removeAll(keepingCapacity: true)
            }
            while true {
                let byte = try next()
                switch byte {
                case UInt8(ascii: "\""):
                    try flush()
                    let text = String(scalars)
                    try InputText.checkScalars(text)
                    return text
                case UInt8(ascii: "\\"):
                    try flush()
                    let escape = try next()
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(Unicode.Scalar(escape))
                    case UInt8(ascii: "b"): scalars.append("\u{8}")
                    case UInt8(ascii: "f"): scalars.append("\u{C}")
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "u"):
                        let unit = try hex4()
                        if (0xD800...0xDBFF).contains(unit) {
                            guard try next() == UInt8(ascii: "\\"), try next() == UInt8(ascii: "u") else { throw InputTextRefused(reason: .notUTF8) }
                            let low = try hex4()
                            guard (0xDC00...0xDFFF).contains(low),
                                  let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) else {
                                throw InputTextRefused(reason: .notUTF8)
                            }
                            scalars.append(scalar)
                        } else {
                            guard let scalar = Unicode.Scalar(unit) else { throw InputTextRefused(reason: .notUTF8) }
                            scalars.append(scalar)
                        }
                    default:
                        throw InputTextRefused(reason: .malformedJSON)
                    }
                case 0x00..<0x20:
                    throw InputTextRefused(reason: .controlCharacter)
                default:
                    raw.append(byte)
                }
            }
        }

        private mutating func hex4() throws(InputTextRefused) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = try next()
                guard let digit = InputText.hexValue(byte) else { throw InputTextRefused(reason: .malformedJSON) }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
    }
}

/// Only the methods Spor answers: anything else (TRACE, PUT, DELETE …) is 405 with the methods that are.
struct AllowedMethodsMiddleware: AsyncMiddleware {
    static let allowed: [HTTPMethod] = [.GET, .HEAD, .POST]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard AllowedMethodsMiddleware.allowed.contains(request.method) else {
            let response = Response(status: .methodNotAllowed)
            response.headers.replaceOrAdd(name: .allow, value: "GET, HEAD, POST")
            return response
        }
        return try await next.respond(to: request)
    }
}
