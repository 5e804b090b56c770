import Crypto
import Foundation
import Vapor

/// Every form carries a token tied to the session; a POST without the right one changes nothing.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .POST, !request.url.path.hasPrefix(SiteURL.apiPrefix) else {
            return try await next.respond(to: request)
        }
        // Collect the body here (within the size limit) so the token can be read before the handler runs.
        _ = try await request.collectedBody()
        // A form with a file is read once, by `FormData`, for the token and for the handler.
        let sent = FormData.isFormData(request) ? try? await FormData.of(request).texts()[CSRFMiddleware.field]
            : try? request.content.get(String.self, at: CSRFMiddleware.field)
        guard let expected = request.session.data["csrf"], let sent,
              sent.utf8.count == expected.utf8.count,
              Data(sent.utf8).withUnsafeBytes({ a in Data(expected.utf8).withUnsafeBytes { b in safeCompare(a, b) } }) else {
            throw CSRFError()
        }
        return try await next.respond(to: request)
    }
}

private func safeCompare(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
    guard a.count == b.count else { return false }
    var difference: UInt8 = 0
    for index in 0..<a.count { difference |= a[index] ^ b[index] }
    return difference == 0
}

struct CSRFError: Error {}

extension Request {
    /// The whole body, collected within the route's size limit (`maxBody` in `routes.swift`), else the application's
    /// (before a handler, which then reads it as usual). A route's larger limit is for a signed-in user only: a caller
    /// without a session cannot make the server hold 26 MB before being refused.
    func collectedBody() async throws -> ByteBuffer? {
        let limit = (currentUser == nil ? nil : route?.maxBody) ?? application.routes.defaultMaxBodySize.value
        if let data = body.data {
            guard data.readableBytes <= limit else { throw Abort(.payloadTooLarge) }
            return data
        }
        return try await body.collect(max: limit).get()
    }

    /// The session's form token, made on first use.
    var csrfToken: String {
        if let token = session.data["csrf"] { return token }
        let token = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64EncodedString()
        session.data["csrf"] = token
        return token
    }
}
