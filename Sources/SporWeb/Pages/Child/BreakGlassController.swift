import Foundation
import Vapor
import SporDomain
import SporStore

/// Break-the-glass: opening a child outside one's own cases by stating why. The access lasts a few
/// hours, is logged, and the team lead reviews every such reason.
enum BreakGlassController {
    /// The page a caseworker or team lead sees instead of a child outside their cases (refused until a reason is
    /// given: 403).
    static func offer(_ request: Request, child: UUID, error: String?, reason: String = "") -> Response {
        let refusal = error.map { Refusal(field: "reason", message: $0, values: FormValues(["reason": reason])) }
        return offer(request, child: child, refusal: refusal)
    }

    /// The offer again after a reason that could not be accepted: 422.
    static func offer(_ request: Request, child: UUID, refusal: Refusal?) -> Response {
        Page.render(request, title: Strings.breakGlassTitle(request.language), status: refusal == nil ? .forbidden : .unprocessableEntity) { context in
            BreakGlassView.offer(BreakGlassOfferModel(child: child), refusal: refusal, context)
        }
    }

    @Sendable static func grant(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let child = try ChildrenController.childID(request)
        guard try await request.store.child(id: child) != nil else { throw Abort(.notFound) }
        return try await FormSubmission.submit(request, perform: { values in
            try await request.store.grantAccess(user: user.id, child: child, reason: values["reason"] ?? "", now: request.now)
            return Landing(.child(child), notice: Strings.breakGlassGranted)
        }, refused: { refusal in
            offer(request, child: child, refusal: refusal)
        })
    }

    /// The team lead's review: every reason stated by the team in the last 90 days.
    @Sendable static func review(_ request: Request) async throws -> Response {
        let model = try await BreakGlassReviewModel.query(store: request.store, user: try request.requireUser(), now: request.now)
        return Page.render(request, title: Strings.breakGlassReviewTitle(request.language)) { context in
            BreakGlassView.review(model, refusal: nil, context)
        }
    }
}
