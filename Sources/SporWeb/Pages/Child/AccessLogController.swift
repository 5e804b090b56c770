import Vapor
import SporDomain
import SporStore

/// A child's access log, for the team lead.
enum AccessLogController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        let configuration = request.spor.configuration
        let model = try await AccessLogModel.query(store: request.store, user: try request.requireUser(),
                                                   childID: try ChildrenController.childID(request), now: request.now,
                                                   offers: configuration.offers, immediateHelp: configuration.courseRules.immediateHelp)
        return Page.render(request, title: Strings.accessLogTitle(request.language, model.child.fullName)) { context in
            AccessLogView.body(model, refusal: nil, context)
        }
    }
}
