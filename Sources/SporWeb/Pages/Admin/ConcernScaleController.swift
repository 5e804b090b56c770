import Foundation
import Vapor
import SporDomain
import SporStore

/// The administrator edits the concern scale's names and guidance; every save is a new version.
enum ConcernScaleController {
    @Sendable static func show(_ request: Request) async throws -> Response {
        try await render(request, refusal: nil)
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        return try await FormSubmission.submit(request, perform: { values in
            let scale = try ConcernScaleModel.scale(from: values, current: try await request.store.concernScale())
            try await request.store.saveConcernScale(scale, by: user.id, now: request.now)
            request.spor.configuration.replace(scale)
            let versions = try await request.store.configurationVersions(key: ConcernScaleModel.configurationKey)
            return Landing(.concernScale, notice: Strings.scaleSaved.filled(String(versions)))
        }, refused: { refusal in
            try await render(request, refusal: refusal)
        })
    }

    static func render(_ request: Request, refusal: Refusal?) async throws -> Response {
        let model = try await ConcernScaleModel.query(store: request.store, user: try request.requireUser(), now: request.now)
        return Page.render(request, title: Strings.scaleTitle(request.language)) { context in
            ConcernScaleView.body(model, refusal: refusal, context)
        }
    }
}
