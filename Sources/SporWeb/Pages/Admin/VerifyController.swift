import Foundation
import Vapor
import SporDomain
import SporStore

/// The tamper check's last result for the administrator (`/admin/verify`): read only.
enum VerifyController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        let model = VerifyModel.query(verification: request.application.chainVerification, user: try request.requireUser(), now: request.now)
        return Page.render(request, title: Strings.verifyTitle(request.language)) { context in
            VerifyView.body(model, refusal: nil, context)
        }
    }
}
