import Foundation
import Plot
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

    /// The saved report of `year`, or a fresh draft; nil when the year has no data at all.
    static func report(_ request: Request, year: Int) async throws -> StatusReport? {
        if let saved = try await request.store.statusReport(year: year) { return saved }
        let content = try await request.store.policyContent()
        do {
            let draft = try StatusReportDraft.draft(year: year, content: content, indicators: try await PolicyController.indicatorValues(request))
            return StatusReport(draft: draft, on: DanishTime.localDate(of: request.now))
        } catch let error as PolicyError where error.code == .noDataForYear {
            return nil
        }
    }

    @Sendable static func pick(_ request: Request) async throws -> Response {
        let year = (try? request.query.get(Int.self, at: "year")) ?? DanishTime.localDate(of: request.now).year - 1
        return request.redirect(to: "/policy/report/\(year)", redirectType: .normal)
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        let year = try year(request)
        return render(request, year: year, report: try await report(request, year: year), values: nil, error: nil)
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let year = try year(request)
        guard var report = try await report(request, year: year) else { throw Abort(.notFound) }
        let values = try request.content.decode([String: String].self)
        let count = report.latest.sections.count + 1
        let rows = (1...count).filter { index in
            // The last row is the empty "new section"; it is kept only when something was written in it.
            index < count || !(values["section-\(index)-title"] ?? "").isEmpty || !(values["section-\(index)-body"] ?? "").isEmpty
        }
        do {
            try report.save(titles: rows.map { values["section-\($0)-title"] ?? "" }, bodies: rows.map { values["section-\($0)-body"] ?? "" },
                            on: DanishTime.localDate(of: request.now))
            try await request.store.saveStatusReport(report, by: user.id, now: request.now)
            request.session.data["notice"] = Strings.reportSaved(request.language).replacingOccurrences(of: "{0}", with: String(report.latest.number))
            return request.redirect(to: "/policy/report/\(year)", redirectType: .normal)
        } catch let error as PolicyError {
            return render(request, year: year, report: report, values: values,
                          error: (error.field ?? "", Strings.policyError(error.code)(request.language)))
        }
    }

    @Sendable static func export(_ request: Request) async throws -> Response {
        let year = try year(request)
        guard let report = try await report(request, year: year) else { throw Abort(.notFound) }
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

    static func render(_ request: Request, year: Int, report: StatusReport?, values: [String: String]?,
                       error: (field: String, message: String)?) -> Response {
        let definitions = Dictionary(uniqueKeysWithValues: request.store.indicatorDefinitions.map { ($0.id, $0) })
        return Page.render(request, title: "\(Strings.reportTitle(request.language)) \(year)", status: error == nil ? .ok : .unprocessableEntity) { context in
            let yearPicker: Node<HTML.BodyContext> = .form(.id("report-year"), .class("filter"), .action("/policy/report"), .method(.get),
                Components.field(context.t(Strings.roundYear), id: "report-year-input",
                    .input(.id("report-year-input"), .name("year"), .attribute(named: "type", value: "number"), .value(String(year)))),
                .button(.type(.submit), .plain(context.t(Strings.filterApply))))
            guard let report else {
                return .group(
                    .p(.a(.href("/policy/tracker"), .plain("← \(context.t(Strings.trackerTitle))"))),
                    .h1(.plain("\(context.t(Strings.reportTitle)) \(year)")),
                    yearPicker,
                    .p(.class("empty"), .id("report-no-data"), .plain(context.t(Strings.reportNoData, String(year)))))
            }
            let draft = report.draft
            let sections = report.latest.sections
            let value = { (name: String, fallback: String) in values?[name] ?? fallback }
            return .group(
                .p(.a(.href("/policy/tracker"), .plain("← \(context.t(Strings.trackerTitle))"))),
                .h1(.plain(draft.title)),
                yearPicker,
                .p(.class("meta"), .plain(context.t(Strings.reportVersion, String(report.latest.number), Format.date(report.latest.savedOn, context.language)))),
                .ul(.class("links"),
                    .li(.a(.id("export-html"), .href("/policy/report/\(year)/export/html"), .plain(context.t(Strings.exportPrint)))),
                    .li(.a(.id("export-docx"), .href("/policy/report/\(year)/export/docx"), .plain(context.t(Strings.exportDocx)))),
                    .li(.a(.id("export-md"), .href("/policy/report/\(year)/export/md"), .plain(context.t(Strings.exportMarkdown))))),
                .forEach(draft.tracks) { track in
                    .section(.class("report-track"),
                        .h2(.plain("\(track.number). \(track.title)")),
                        .h3(.plain(context.t(Strings.initiativesTitle))),
                        track.initiatives.isEmpty ? .p(.class("empty"), .plain("–")) :
                            .table(.class("list"),
                                Components.columnHeaders([Strings.initiativeName, Strings.initiativeStatus, Strings.initiativeNextSteps], context),
                                .tbody(.forEach(track.initiatives) { line in
                                    .tr(.td(.plain(line.name)), .td(.plain(context.t(Strings.initiativeStatusName(line.status)))),
                                        .td(.plain(line.nextSteps.joined(separator: " · "))))
                                })),
                        .h3(.plain(context.t(Strings.indicatorsTitle))),
                        .table(.class("list indicators"),
                            Components.columnHeaders([Strings.indicatorName, Strings.indicatorTarget, Strings.indicatorValue], context),
                            .tbody(.forEach(track.indicators) { line in
                                .tr(.td(.plain(line.name ?? line.indicatorID.rawValue)),
                                    .td(.plain(targetText(line, definitions, context))),
                                    .td(.plain(readingText(line, definitions, context))))
                            })))
                },
                .h2(.plain(context.t(Strings.reportSections))),
                .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain("\(context.t(Strings.notSaved)) \($0.message)")) },
                .form(.id("report-form"), .class("entry-form"), .action("/policy/report/\(year)"), .method(.post),
                    csrfField(context),
                    .forEach(Array(sections.enumerated()) + [(sections.count, nil)]) { index, section in
                        let n = index + 1
                        return .element(named: "fieldset", nodes: [
                            .class("report-section"),
                            .element(named: "legend", nodes: [.plain(section == nil ? context.t(Strings.reportNewSection) : context.t(Strings.reportSection, String(n)))]),
                            Components.field(context.t(Strings.reportSectionTitle), id: "section-\(n)-title",
                                             error: error?.field == "section-\(n)-title" ? error?.message : nil,
                                .input(.id("section-\(n)-title"), .name("section-\(n)-title"), .type(.text),
                                       .value(escapeAttribute(value("section-\(n)-title", section?.title ?? ""))))),
                            Components.field(context.t(Strings.reportSectionBody), id: "section-\(n)-body",
                                .textarea(.id("section-\(n)-body"), .name("section-\(n)-body"), .attribute(named: "rows", value: "5"),
                                          .plain(value("section-\(n)-body", section?.body ?? "")))),
                        ])
                    },
                    .button(.id("report-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.reportSave))))
            )
        }
    }

    /// A report line's target and value, written as the dashboard writes them (from the indicator's definition).
    static func targetText(_ line: StatusReportDraft.IndicatorLine, _ definitions: [String: IndicatorDefinition], _ context: PageContext) -> String {
        guard line.reading.target != nil, let definition = definitions[line.indicatorID.rawValue] else { return "–" }
        return IndicatorController.targetText(definition, context.language)
    }

    static func readingText(_ line: StatusReportDraft.IndicatorLine, _ definitions: [String: IndicatorDefinition], _ context: PageContext) -> String {
        switch line.reading {
        case .noData: return context.t(Strings.indicatorNoData)
        case .suppressed: return "<\(Suppression.threshold)"
        case .value(let value):
            guard let definition = definitions[line.indicatorID.rawValue] else { return Format.number(value.value, context.language) }
            return IndicatorController.text(.value(value.value, ninetiethPercentile: nil), definition, context.language)
        }
    }
}
