import Foundation
import Vapor
import SporDomain

/// `/foster-carers`: the foster carers and the children placed with them that the reader may open.
enum FosterCarersController {
    @Sendable static func list(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let model = try await FosterCarersModel.query(store: request.store, user: user, now: request.now)
        return Page.render(request, title: Strings.fosterListTitle(request.language)) { context in
            FosterCarersView.body(model, context)
        }
    }
}
