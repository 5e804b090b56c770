import Foundation
import Vapor
import SporDocuments
import SporDomain
import SporStore

/// The committee's yearly status report: drafted from the tracker and the indicators, its text sections
/// edited and saved as versions, exported as a print page, DOCX and Markdown.
enum ReportController {
    static func year(_ request: Request) throws -> Int {
        guard let year = request.parameters.get("year").flatMap(Int.init), PolicyPeriod.years.contains(year) else { throw Abort(.notFound) }
        return year
    }

    static func model(_ request: Request, year: Int) async throws -> ReportModel {
        try await ReportModel.query(store: request.store, user: try request.requireUser(), now: request.now, year: year, language: request.language)
    }

    @Sendable static func pick(_ request: Request) async throws -> Response {
        let year = (try? request.query.get(Int.self, at: "year")) ?? DanishTime.localDate(of: request.now).year - 1
        return request.redirect(to: .reportYear(.value(year)))
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        render(request, try await model(request, year: try year(request)), refusal: nil)
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let year = try year(request)
        let model = try await model(request, year: year)
        guard let report = model.report else { throw Abort(.notFound) }
        return try await FormSubmission.submit(request, perform: { values in
            var edited = report
            let sections = ReportModel.sections(from: values, saved: report.latest.sections.count)
            try edited.save(titles: sections.titles, bodies: sections.bodies, on: DanishTime.localDate(of: request.now))
            try await request.store.saveStatusReport(edited, by: user.id, now: request.now)
            return Landing(.reportYear(.value(year)), notice: Strings.reportSaved.filled(String(edited.latest.number)))
        }, refused: { refusal in
            render(request, model, refusal: refusal)
        })
    }

    @Sendable static func export(_ request: Request) async throws -> Response {
        let year = try year(request)
        guard let report = try await model(request, year: year).report else { throw Abort(.notFound) }
        let document = report.draft.textDocument(sections: report.latest.sections)
        let name = "status-\(year)-v\(report.latest.number)"
        let response: Response
        switch request.parameters.get("format") {
        case "html":
            response = Response(status: .ok, body: .init(string: HTMLRenderer.render(document)))
            response.headers.contentType = .html
        case "md":
            response = Response(status: .ok, body: .init(string: MarkdownRenderer.render(document)))
            response.headers.replaceOrAdd(name: .contentType, value: "text/markdown; charset=utf-8")
            response.headers.contentDisposition = .init(.attachment, filename: "\(name).md")
        case "docx":
            response = Response(status: .ok, body: .init(data: Data(try DOCXWriter().render(document))))
            response.headers.replaceOrAdd(name: .contentType, value: DOCXWriter.mediaType)
            response.headers.contentDisposition = .init(.attachment, filename: "\(name).docx")
        default:
            throw Abort(.notFound)
        }
        return response
    }

    static func render(_ request: Request, _ model: ReportModel, refusal: Refusal?) -> Response {
        Page.render(request, title: "\(Strings.reportTitle(request.language)) \(model.year)") { context in
            ReportView.body(model, refusal: refusal, context)
        }
    }
}
