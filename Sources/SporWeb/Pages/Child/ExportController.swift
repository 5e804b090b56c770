import Foundation
import Vapor
import SporDomain
import SporStore

/// Data-subject access (indsigt): everything about one child, as JSON and as a readable page. Logged.
enum ExportController {
    /// The export of the request's child, once logged.
    static func load(_ request: Request) async throws -> ExportModel {
        let page = try await ChildPageModel.load(request, for: .managingCase)
        try await request.store.audit(.exportChild, user: page.user.id, child: page.child.id, now: request.now)
        return try await ExportModel.query(store: request.store, page: page, now: request.now)
    }

    @Sendable static func json(_ request: Request) async throws -> Response {
        let model = try await load(request)
        let response = try await model.export.encodeResponse(for: request)
        response.headers.replaceOrAdd(name: .contentDisposition,
                                      value: "attachment; filename=\"spor-indsigt-\(model.page.child.id.uuidString.lowercased()).json\"")
        return response
    }

    @Sendable static func page(_ request: Request) async throws -> Response {
        let model = try await load(request)
        return Page.render(request, title: Strings.exportTitle(request.language, model.page.child.fullName)) { context in
            ExportView.body(model, refusal: nil, context)
        }
    }
}
