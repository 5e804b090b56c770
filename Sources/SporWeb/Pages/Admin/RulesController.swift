import Foundation
import Vapor
import SporDomain
import SporStore

/// The rule book for the administrator (`/admin/rules`): read only; the same rules as `/api/v1/rules`.
enum RulesController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        let model = try await RulesModel.query(store: request.store, user: try request.requireUser(), now: request.now)
        return Page.render(request, title: Strings.rulesTitle(request.language)) { context in
            RulesView.body(model, refusal: nil, context)
        }
    }
}
