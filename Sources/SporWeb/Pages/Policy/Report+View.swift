import Foundation
import Plot
import SporDocuments
import SporDomain
import SporStore

/// The committee's status report for a year: the year's picker, the exports, each track's initiatives and indicators,
/// and the form for the text sections — or, for a year without data, the picker and a line saying so.
enum ReportView {
    static func body(_ model: ReportModel, refusal: Refusal?, _ context: PageContext) -> Node<HTML.BodyContext> {
        let year = model.year
        let back: Node<HTML.BodyContext> = .p(.a(.href(SiteURL.tracker.path), .plain("← \(context.t(Strings.trackerTitle))")))
        guard let report = model.report else {
            return .group(
                back,
                .h1(.plain("\(context.t(Strings.reportTitle)) \(year)")),
                yearPicker(year, context),
                .p(.class("empty"), .id("report-no-data"), .plain(context.t(Strings.reportNoData, String(year)))))
        }
        let draft = report.draft
        let sections = report.latest.sections
        // The sections' fields have always been named and identified alike ("section-2-body").
        let names = (1...sections.count + 1).flatMap { ["section-\($0)-title", "section-\($0)-body"] }
        let fields = FormFields(context, idPrefix: "section", refusal: refusal, ids: Dictionary(uniqueKeysWithValues: names.map { ($0, $0) }))
        let export = { (format: String) in SiteURL.reportExport(.value(year), .value(format)).path }
        return .group(
            back,
            .h1(.plain(draft.title)),
            .unwrap(model.policyTitle) { .p(.id("report-policy"), .class("meta"), .plain(context.t(Strings.reportPolicy, $0))) },
            yearPicker(year, context),
            .p(.class("meta"), .plain(context.t(Strings.reportVersion, String(report.latest.number), Format.date(report.latest.savedOn, context.language)))),
            .ul(.class("links"),
                .li(.a(.id("export-html"), .href(export("html")), .plain(context.t(Strings.exportPrint)))),
                .li(.a(.id("export-docx"), .href(export("docx")), .plain(context.t(Strings.exportDocx)))),
                .li(.a(.id("export-md"), .href(export("md")), .plain(context.t(Strings.exportMarkdown))))),
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
                                .td(.plain(targetText(line, model.definitions, context))),
                                .td(.plain(readingText(line, model.definitions, context))))
                        })))
            },
            // Initiatives on no track of the reported policy (a goal of the strategy, say) are reported too, as in the exports.
            .if(!draft.otherInitiatives.isEmpty, .section(.class("report-track"), .id("report-other-initiatives"),
                .h2(.plain(context.t(Strings.reportOtherInitiatives))),
                .table(.class("list"),
                    Components.columnHeaders([Strings.initiativeName, Strings.initiativeStatus, Strings.initiativeNextSteps], context),
                    .tbody(.forEach(draft.otherInitiatives) { line in
                        .tr(.td(.plain(line.name)), .td(.plain(context.t(Strings.initiativeStatusName(line.status)))),
                            .td(.plain(line.nextSteps.joined(separator: " · "))))
                    })))),
            participation(draft, context),
            .h2(.plain(context.t(Strings.reportSections))),
            fields.summary(Strings.notSaved),
            .form(.id("report-form"), .class("entry-form"), .action(SiteURL.reportYear(.value(year)).path), .method(.post),
                csrfField(context),
                .forEach(Array(sections.enumerated()) + [(sections.count, nil)]) { index, section in
                    let n = index + 1
                    return .element(named: "fieldset", nodes: [
                        .class("report-section"),
                        .element(named: "legend", nodes: [.plain(section == nil ? context.t(Strings.reportNewSection) : context.t(Strings.reportSection, String(n)))]),
                        fields.text("section-\(n)-title", Strings.reportSectionTitle, fallback: section?.title ?? ""),
                        fields.area("section-\(n)-body", Strings.reportSectionBody, rows: 5, fallback: section?.body ?? ""),
                    ])
                },
                .button(.id("report-submit"), .type(.submit), .class("primary"), .plain(context.t(Strings.reportSave))))
        )
    }

    /// Who took part in the initiatives' offers in the report's year, per half-year, as the tracker shows it (counts
    /// under 5 read "<5"); nothing when no one took part.
    static func participation(_ draft: StatusReportDraft, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard let lines = draft.participation, !lines.isEmpty else { return .empty }
        return .section(.class("report-track"), .id("report-participation"),
            .h2(.plain(context.t(Strings.participationTitle))),
            .table(.id("report-participation-table"), .class("list"),
                Components.columnHeaders([Strings.initiativeName, Strings.participationHalf, Strings.participationChildren,
                                          Strings.participationOutcome, Strings.participationOngoing], context),
                .tbody(.forEach(lines) { line in
                    .tr(.td(.plain(line.name)),
                        .td(.plain(context.t(Strings.participationHalfYear, String(line.half), String(draft.year)))),
                        .td(.class("number"), .plain(Suppression.show(line.children))),
                        .td(.plain(line.ended.isEmpty ? "–" : line.ended.map {
                            "\(context.t(Strings.endReason($0.reason))): \(Suppression.show($0.count))"
                        }.joined(separator: " · "))),
                        .td(.class("number"), .plain(Suppression.show(line.ongoing, none: "–"))))
                })))
    }

    /// The year's picker: a GET form to the report of another year.
    static func yearPicker(_ year: Int, _ context: PageContext) -> Node<HTML.BodyContext> {
        let fields = FormFields(context, idPrefix: "report-year", refusal: nil, ids: ["year": "report-year-input"])
        return .form(.id("report-year"), .class("filter"), .action(SiteURL.report.path), .method(.get),
            fields.text("year", Strings.roundYear, fallback: String(year), type: "number"),
            .button(.type(.submit), .plain(context.t(Strings.filterApply))))
    }

    /// A report line's target and value, written as the dashboard writes them (from the indicator's definition).
    static func targetText(_ line: StatusReportDraft.IndicatorLine, _ definitions: [String: IndicatorDefinition], _ context: PageContext) -> String {
        guard line.reading.target != nil, let definition = definitions[line.indicatorID.rawValue] else { return "–" }
        return IndicatorText.target(definition, context.language)
    }

    static func readingText(_ line: StatusReportDraft.IndicatorLine, _ definitions: [String: IndicatorDefinition], _ context: PageContext) -> String {
        switch line.reading {
        case .noData: return context.t(Strings.indicatorNoData)
        case .suppressed: return "<\(Suppression.threshold)"
        case .value(let value):
            guard let definition = definitions[line.indicatorID.rawValue] else { return Format.number(value.value, context.language) }
            return IndicatorText.value(.value(value.value, ninetiethPercentile: nil), definition, context.language)
        }
    }
}
