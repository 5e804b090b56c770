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

    /// The export with its files: the JSON and every letter's and attachment's file, in one ZIP.
    @Sendable static func zip(_ request: Request) async throws -> Response {
        let model = try await load(request)
        guard let files = request.store.files else { throw Abort(.internalServerError) }
        let json = try await model.export.encodeResponse(for: request).body.buffer.map { Array($0.readableBytesView) } ?? []
        let archive = try ExportModel.archive(json: json, files: ExportModel.storedFiles(model.page.timeline), store: files)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/zip")
        headers.replaceOrAdd(name: .contentDisposition,
                             value: "attachment; filename=\"spor-indsigt-\(model.page.child.id.uuidString.lowercased()).zip\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: Data(archive)))
    }

    @Sendable static func page(_ request: Request) async throws -> Response {
        let model = try await load(request)
        return Page.render(request, title: Strings.exportTitle(request.language, model.page.child.fullName)) { context in
            ExportView.body(model, refusal: nil, context)
        }
    }
}
