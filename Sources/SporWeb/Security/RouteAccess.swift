import Vapor

/// What a route demands of the caller. Every route of the application declares one; a test walks
/// the router and checks each route × each role against `Authorization`.
enum RouteAccess: Sendable, Hashable {
    /// Anyone, logged in or not (login, health, the stylesheet, the API description).
    case open
    /// A logged-in user whose role has the permission.
    case requires(Permission)
    /// A signed-in child or parent (the family's portal); staff are refused.
    case family

    static let key = "spor.access"
    /// A route's own body limit, in bytes, when it takes more than a form (an attachment's file).
    static let maxBodyKey = "spor.maxBody"
}

extension RoutesBuilder {
    @discardableResult
    func get<Response: AsyncResponseEncodable>(_ path: PathComponent..., access: RouteAccess,
                                               use handler: @Sendable @escaping (Request) async throws -> Response) -> Route {
        declare(.GET, path, access: access, use: handler)
    }

    @discardableResult
    func post<Response: AsyncResponseEncodable>(_ path: PathComponent..., access: RouteAccess,
                                                use handler: @Sendable @escaping (Request) async throws -> Response) -> Route {
        declare(.POST, path, access: access, use: handler)
    }

    func declare<Response: AsyncResponseEncodable>(_ method: HTTPMethod, _ path: [PathComponent], access: RouteAccess,
                                                           maxBody: ByteCount? = nil,
                                                           use handler: @Sendable @escaping (Request) async throws -> Response) -> Route {
        // The request's text is checked after its access: a caller without a valid token or session learns only that.
        // One task for both (Security/MiddlewareChain.swift).
        let layers: [any AsyncMiddleware] = switch access {
        case .open: [InputTextMiddleware()]
        case .requires(let permission): [Require(permission), InputTextMiddleware()]
        case .family: [RequireFamily(), InputTextMiddleware()]
        }
        let route = grouped(MiddlewareChain(layers)).on(method, path, body: .collect(maxSize: maxBody), use: handler)
        route.userInfo[RouteAccess.key] = access
        if let maxBody { route.userInfo[RouteAccess.maxBodyKey] = maxBody.value }
        return route
    }
}

extension Route {
    var access: RouteAccess? { userInfo[RouteAccess.key] as? RouteAccess }
    /// The route's own body limit in bytes, if it declares one.
    var maxBody: Int? { userInfo[RouteAccess.maxBodyKey] as? Int }
}
