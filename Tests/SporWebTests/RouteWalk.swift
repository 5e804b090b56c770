import Foundation
import Vapor
import XCTVapor

/// Walking every route of the route table (`AuthorizationMatrixTests`, `IsolationRouteTests`): a route's path with its
/// ids filled in, and one request to it as a browser or with an API token.
extension Route {
    /// The path with `childID` and `userID` filled in and any other id as `other`; `namesAnID` when it has one.
    func filledPath(child: UUID, user: UUID, other: UUID) -> (path: String, namesAnID: Bool) {
        var namesAnID = false
        let path = "/" + self.path.map { component -> String in
            guard case .parameter(let name) = component else { return component.description }
            namesAnID = true
            switch name {
            case "childID": return child.uuidString
            case "userID": return user.uuidString
            default: return other.uuidString
            }
        }.joined(separator: "/")
        return (path, namesAnID)
    }
}

extension Browser {
    /// The route's request: with `token`, as the API is called (JSON, an empty object to POST); else as the browser.
    func walk(_ method: HTTPMethod, _ path: String, token: String?) async throws -> XCTHTTPResponse {
        if let token {
            var headers: HTTPHeaders = ["Authorization": "Bearer \(token)"]
            headers.contentType = .json
            return try await send(method, path, headers: headers, body: method == .POST ? ByteBuffer(string: "{}") : nil)
        }
        return method == .POST ? try await post(path, [:]) : try await get(path)
    }
}
