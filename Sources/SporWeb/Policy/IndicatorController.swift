import Foundation
import Plot
import Vapor
import SporDomain
import SporDocuments
import SporStore

/// The policy in numbers: one card per indicator — its value, target, trend and breakdown — read from the
/// pre-aggregates the store keeps current on every write. Cells counting fewer than 5 children read "<5",
/// and a second cell is hidden where the first could be worked out from the total.
enum IndicatorController {
    static let trendYears = 8

    /// The period asked for (`?period=2025`, `2025-Q3` or `2025-08`), or the current year when none is. A period that
    /// does not read is refused, never shown as another.
    static func period(_ request: Request) throws -> IndicatorPeriod {
        guard let text = try? request.query.get(String.self, at: "period") else {
            return IndicatorPeriod(.year, containing: DanishTime.localDate(of: request.now))
        }
        guard let period = IndicatorPeriod(text.trimmingCharacters(in: .whitespaces)) else { throw PeriodInvalid() }
        return period
    }

    /// What a cell shows, with suppression applied.
    struct Reading: Sendable {
        let readout: IndicatorReadout
        let tally: IndicatorTally
    }

    /// The cells of one period and the years of the trend, by indicator.
    struct Figures: Sendable {
        let period: IndicatorPeriod
        let cells: [String: [StoredIndicatorCell]]

        func tally(_ indicator: String, series: String = "", period: IndicatorPeriod, breakdown: IndicatorBreakdown = .all) -> IndicatorTally {
            cells[indicator]?.first { $0.series == series && $0.period == period && $0.breakdown == breakdown }?.tally ?? .zero
        }
    }

    static func figures(_ request: Request, period: IndicatorPeriod) async throws -> Figures {
        let trend = (0...trendYears).compactMap { IndicatorPeriod(kind: .year, year: period.year - $0) }
        let cells = try await request.store.dashboardCells(period: period, trend: trend)
        return Figures(period: period, cells: Dictionary(grouping: cells, by: \.indicator))
    }

    static func text(_ readout: IndicatorReadout, _ definition: IndicatorDefinition, _ language: Language) -> String {
        switch readout {
        case .noData: return Strings.indicatorNoData(language)
        case .suppressed: return "<\(Suppression.threshold)"
        case .value(let value, let p90):
            let main: String = switch definition.unit {
            case .share, .meanPerChild: definition.unit == .share ? "\(Format.number(value * 100, language)) %" : Format.number(value, language)
            case .count: Format.number(value, language)
            case .perChildYear: Format.number(value, language)
            case .medianDays: "\(Format.number(value, language)) \(Strings.days(language))"
            }
            return p90.map { "\(main) (90 %: \(Format.number($0, language)))" } ?? main
        }
    }

    static func targetText(_ definition: IndicatorDefinition, _ language: Language) -> String {
        let show = { (v: Double) in definition.unit == .share ? "\(Format.number(v * 100, language)) %" : Format.number(v, language) }
        switch definition.target {
        case .atLeast(let v): return "≥ \(show(v))"
        case .atMost(let v): return "≤ \(show(v))"
        case .rising: return Strings.targetRising(language)
        case .falling: return Strings.targetFalling(language)
        }
    }

    // MARK: - The dashboard

    @Sendable static func dashboard(_ request: Request) async throws -> Response {
        let period = try period(request)
        let figures = try await figures(request, period: period)
        let definitions = request.store.indicatorDefinitions
        let districts = Set(figures.cells.values.flatMap { $0.compactMap(\.breakdown.district) }).sorted()
        return Page.render(request, title: Strings.dashboardTitle(request.language)) { context in
            .group(
                .h1(.plain(context.t(Strings.dashboardTitle))),
                .p(.plain(context.t(Strings.dashboardIntro))),
                .form(.id("period-form"), .class("filter"), .action("/policy"), .method(.get),
                    Components.field(context.t(Strings.periodLabel), id: "period",
                        .input(.id("period"), .name("period"), .type(.text), .value(escapeAttribute(period.description)))),
                    .button(.type(.submit), .plain(context.t(Strings.filterApply))),
                    .a(.id("indicators-csv"), .href("/policy/indicators.csv?period=\(period.description)"), .plain(context.t(Strings.exportCsv)))),
                .div(.class("indicator-grid"),
                    .forEach(definitions) { definition in
                        card(definition, figures: figures, districts: districts, context)
                    })
            )
        }
    }

    static func card(_ definition: IndicatorDefinition, figures: Figures, districts: [String], _ context: PageContext) -> Node<HTML.BodyContext> {
        let language = context.language
        let period = figures.period
        // The headline: an indicator's series (a rule of the deadlines, the reasons given for not hearing a child) are
        // beside it, in the exports.
        let series = IndicatorCell.headline
        let tally = figures.tally(definition.id, series: series, period: period)
        let readout = IndicatorReadout(tally: tally, definition: definition)
        // The district table: primary and secondary suppression over the children counted (and small numerators).
        let counts = districts.map { figures.tally(definition.id, series: series, period: period, breakdown: .district($0)).suppressionCount(definition.unit) }
        let decision = Suppression.decide(SuppressionTable(cells: counts.map { [$0] }, columnTotals: [tally.suppressionCount(definition.unit)]))
        let trend: [(Int, Double?)] = (0...trendYears).reversed().map { back in
            let year = period.year - back
            let reading = IndicatorReadout(tally: figures.tally(definition.id, series: series, period: IndicatorPeriod(kind: .year, year: year)!),
                                           definition: definition)
            if case .value(let value, _) = reading { return (year, value) }
            return (year, nil)
        }
        return .section(.class("indicator-card"), .id("indicator-\(definition.id)"),
            .h2(.plain(language == .da ? definition.titleDa : definition.titleEn)),
            .p(.class("big-figure"), .span(.class("figure"), .plain(text(readout, definition, language)))),
            .p(.class("meta"), .plain("\(context.t(Strings.indicatorTarget)): \(targetText(definition, language)) · \(context.t(Strings.goalsServed)): \(definition.goals.joined(separator: ", "))")),
            chart(trend, definition: definition, context),
            .table(.class("list figures"),
                Components.columnHeaders([Strings.columnDistrict, Strings.indicatorValue], context),
                .tbody(.forEach(Array(districts.enumerated())) { index, district in
                    let cellTally = figures.tally(definition.id, series: series, period: period, breakdown: .district(district))
                    let hidden = decision.isSuppressed(.cell(row: index, column: 0))
                    return .tr(.th(.attribute(named: "scope", value: "row"), .plain(district)),
                               .td(.plain(hidden ? "<\(Suppression.threshold)" : text(IndicatorReadout(tally: cellTally, definition: definition), definition, language))))
                })),
            .p(.a(.href("/policy/indicators/\(definition.id)?period=\(period.description)"), .plain(context.t(Strings.definitionLink)))))
    }

    /// A server-drawn line of the yearly values with the target as a dashed line; the values are also in
    /// the chart's text alternative.
    static func chart(_ points: [(Int, Double?)], definition: IndicatorDefinition, _ context: PageContext) -> Node<HTML.BodyContext> {
        let width = 280.0, height = 90.0, pad = 8.0
        let values = points.compactMap(\.1)
        var top = values.max() ?? 1
        var targetValue: Double?
        switch definition.target {
        case .atLeast(let v), .atMost(let v): targetValue = v
        default: break
        }
        if let targetValue { top = max(top, targetValue) }
        top = top <= 0 ? 1 : top * 1.1
        let x = { (i: Int) in pad + Double(i) * (width - 2 * pad) / Double(max(1, points.count - 1)) }
        let y = { (v: Double) in height - pad - v / top * (height - 2 * pad) }
        var path = ""
        for (i, point) in points.enumerated() {
            guard let v = point.1 else { continue }
            path += (path.isEmpty ? "M" : " L") + String(format: "%.1f %.1f", x(i), y(v))
        }
        let described = points.map { "\($0.0): \($0.1.map { IndicatorController.text(.value($0, ninetiethPercentile: nil), definition, context.language) } ?? "–")" }
            .joined(separator: ", ")
        let label = escapeAttribute("\(context.t(Strings.trendLabel)): \(described)")
        var svg = "<svg class=\"trend\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(label)\">"
        svg += "<line x1=\"\(pad)\" y1=\"\(height - pad)\" x2=\"\(width - pad)\" y2=\"\(height - pad)\" stroke=\"#8a949e\" stroke-width=\"1\"/>"
        if let targetValue {
            svg += String(format: "<line class=\"target\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#b3261e\" stroke-dasharray=\"4 3\" stroke-width=\"1.5\"/>",
                          pad, y(targetValue), width - pad, y(targetValue))
        }
        if !path.isEmpty { svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"#0b5e7e\" stroke-width=\"2\"/>" }
        for (i, point) in points.enumerated() {
            if let v = point.1 { svg += String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#0b5e7e\"/>", x(i), y(v)) }
        }
        svg += "<text x=\"\(pad)\" y=\"\(height - 1)\" font-size=\"8\" fill=\"#4a545e\">\(points.first?.0 ?? 0)</text>"
        svg += "<text x=\"\(width - pad - 18)\" y=\"\(height - 1)\" font-size=\"8\" fill=\"#4a545e\">\(points.last?.0 ?? 0)</text></svg>"
        return .raw(svg)
    }

    // MARK: - A definition, and the children behind a number

    static func definition(_ request: Request) throws -> IndicatorDefinition {
        guard let id = request.parameters.get("indicatorID"), let definition = request.store.indicatorDefinitions.first(where: { $0.id == id }) else {
            throw Abort(.notFound)
        }
        return definition
    }

    @Sendable static func definitionPage(_ request: Request) async throws -> Response {
        let definition = try definition(request)
        let period = try period(request)
        let user = try request.requireUser()
        return Page.render(request, title: definition.titleDa) { context in
            let da = context.language == .da
            return .group(
                .p(.a(.href("/policy?period=\(period.description)"), .plain("← \(context.t(Strings.dashboardTitle))"))),
                .h1(.plain(da ? definition.titleDa : definition.titleEn)),
                .p(.plain(da ? definition.definitionDa : definition.definitionEn)),
                .dl(.class("facts-list"),
                    .dt(.plain(context.t(Strings.numerator))), .dd(.plain(da ? definition.numeratorDa : definition.numeratorEn)),
                    .dt(.plain(context.t(Strings.denominator))), .dd(.plain(da ? definition.denominatorDa : definition.denominatorEn)),
                    .unwrap(da ? definition.exclusionsDa : definition.exclusionsEn) { .group(.dt(.plain(context.t(Strings.exclusions))), .dd(.plain($0))) },
                    .dt(.plain(context.t(Strings.indicatorTarget))), .dd(.plain(targetText(definition, context.language))),
                    .dt(.plain(context.t(Strings.goalsServed))), .dd(.plain(definition.goals.joined(separator: ", "))),
                    .dt(.plain(context.t(Strings.sourceLabel))), .dd(.plain(da ? definition.sourceDa : definition.sourceEn))),
                .if(Authorization.allows(user.role, .viewTeam),
                    .p(.a(.id("drill-down"), .href("/policy/indicators/\(definition.id)/children?period=\(period.description)"),
                          .plain(context.t(Strings.childrenBehind))))))
        }
    }

    /// The team lead's own team's children behind a number: who is counted, and whether in the numerator. The team's
    /// children are those the lead may open (`Store.children(openableBy:)`), closed cases too: a number of a past
    /// period counts children whose case has closed since. Policy staff never reach it (aggregates only).
    @Sendable static func children(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let definition = try definition(request)
        let period = try period(request)
        guard let teamID = user.team, let team = try await request.store.teams().first(where: { $0.id == teamID }) else {
            throw Abort(.forbidden)
        }
        let computation = IndicatorComputation(grid: IndicatorGrid(years: period.year...period.year, kinds: [period.kind]))
        var rows: [(name: String, id: UUID, inNumerator: Bool)] = []
        // The team's children and their courses in a few queries, not two for each child; in the list's order.
        let ids = try await request.store.children(openableBy: team).map(\.id)
        let children = Dictionary(uniqueKeysWithValues: try await request.store.children(ids: ids).map { ($0.id, $0) })
        let timelines = try await request.store.timelines(children: ids)
        for id in ids {
            guard let child = children[id] else { continue }
            let timeline = timelines[id] ?? Timeline([])
            let contributions = computation.contributions(of: IndicatorChildFacts(child), timeline: timeline, asOf: request.now)
            guard let row = contributions.rows.first(where: { $0.indicator == definition.id && $0.period == period && $0.ageGroup == nil
                                                              && $0.series == IndicatorCell.headline }),
                  row.tally.denominator > 0 || row.tally.numerator > 0 else { continue }
            rows.append((child.fullName, child.id, row.tally.numerator > 0))
        }
        try await request.store.audit(.viewIndicatorChildren, user: user.id, now: request.now)
        return Page.render(request, title: definition.titleDa) { context in
            .group(
                .p(.a(.href("/policy/indicators/\(definition.id)?period=\(period.description)"), .plain("← \(context.language == .da ? definition.titleDa : definition.titleEn)"))),
                .h1(.plain(context.t(Strings.childrenBehind))),
                .p(.plain(context.t(Strings.childrenBehindIntro, period.description))),
                .table(.id("indicator-children"), .class("list"),
                    Components.columnHeaders([Strings.columnName, Strings.numerator], context),
                    .tbody(.forEach(rows) { row in
                        .tr(.td(.a(.href("/children/\(row.id.uuidString)"), .plain(row.name))),
                            .td(.plain(context.t(row.inNumerator ? Strings.yes : Strings.no))))
                    })))
        }
    }

    // MARK: - Exports

    struct CellDTO: Content {
        let indicator: String
        let series: String
        let period: String
        let district: String?
        let ageGroup: String?
        let sex: String?
        let value: Double?
        let suppressed: Bool
        let numerator: Int?
        let denominator: Int?
    }

    /// Every cell of the period, suppressed as on the page (primary and, within each breakdown, secondary).
    static func exportCells(_ request: Request) async throws -> [CellDTO] {
        let period = try period(request)
        let cells = try await request.store.indicatorCells(periods: [period])
        let definitions = Dictionary(uniqueKeysWithValues: request.store.indicatorDefinitions.map { ($0.id, $0) })
        var out: [CellDTO] = []
        let groups = Dictionary(grouping: cells) { "\($0.indicator)|\($0.series)" }
        for key in groups.keys.sorted() {
            let group = groups[key]!
            guard let definition = definitions[group[0].indicator] else { continue }
            let total = group.first { $0.breakdown == .all }?.tally.suppressionCount(definition.unit)
            var hidden = Set<IndicatorBreakdown>()
            for dimension in [\IndicatorBreakdown.district, \IndicatorBreakdown.ageGroup as PartialKeyPath<IndicatorBreakdown>, \IndicatorBreakdown.sex] {
                let split = group.filter { cell in
                    let b = cell.breakdown
                    switch dimension {
                    case \IndicatorBreakdown.district: return b.district != nil && b.ageGroup == nil && b.sex == nil
                    case \IndicatorBreakdown.ageGroup: return b.ageGroup != nil && b.district == nil && b.sex == nil
                    default: return b.sex != nil && b.district == nil && b.ageGroup == nil
                    }
                }
                let decision = Suppression.decide(SuppressionTable(cells: split.map { [$0.tally.suppressionCount(definition.unit)] },
                                                                   columnTotals: total.map { [$0] }))
                for (index, cell) in split.enumerated() where decision.isSuppressed(.cell(row: index, column: 0)) { hidden.insert(cell.breakdown) }
            }
            for cell in group.sorted(by: { "\($0.breakdown)" < "\($1.breakdown)" }) {
                let readout = IndicatorReadout(tally: cell.tally, definition: definition)
                let suppressed = hidden.contains(cell.breakdown) || readout == .suppressed
                var value: Double?
                if case .value(let v, _) = readout, !suppressed { value = v }
                out.append(CellDTO(indicator: cell.indicator, series: cell.series, period: cell.period.description,
                                   district: cell.breakdown.district, ageGroup: cell.breakdown.ageGroup?.rawValue, sex: cell.breakdown.sex?.rawValue,
                                   value: value, suppressed: suppressed, numerator: suppressed ? nil : cell.tally.numerator,
                                   denominator: suppressed ? nil : cell.tally.denominator))
            }
        }
        return out
    }

    @Sendable static func api(_ request: Request) async throws -> [CellDTO] {
        try await exportCells(request)
    }

    /// CSV that opens right in Danish Excel: semicolons, UTF-8 with a byte-order mark, decimal commas.
    @Sendable static func csv(_ request: Request) async throws -> Response {
        let cells = try await exportCells(request)
        var lines = ["indikator;serie;periode;område;aldersgruppe;køn;værdi;tæller;nævner"]
        for cell in cells {
            let value = cell.suppressed ? "<5" : cell.value.map { DanishFormat.decimal($0, places: 4) } ?? ""
            lines.append([cell.indicator, cell.series, cell.period, cell.district ?? "", cell.ageGroup ?? "", cell.sex ?? "", value,
                          cell.numerator.map(String.init) ?? "", cell.denominator.map(String.init) ?? ""]
                .map { $0.contains(";") || $0.contains("\"") ? "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"" : $0 }
                .joined(separator: ";"))
        }
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data((lines.joined(separator: "\r\n") + "\r\n").utf8))
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        response.headers.contentDisposition = .init(.attachment, filename: "indikatorer-\(try period(request).description).csv")
        return response
    }
}

/// A period that does not read as `2025`, `2025-Q3` or `2025-08`.
struct PeriodInvalid: Error {}
