import Foundation
import Vapor
import SporDomain
import SporDocuments
import SporStore

/// The policy in numbers (`DashboardModel`), an indicator's definition, the team's children behind a number, and the
/// period's cells as CSV and JSON. Cells counting fewer than 5 children read "<5", and a second cell is hidden where
/// the first could be worked out from the total.
enum IndicatorController {
    /// The period asked for (`?period=2025`, `2025-Q3` or `2025-08`), or the current year when none is. A period that
    /// does not read is refused, never shown as another.
    static func period(_ request: Request) throws -> IndicatorPeriod {
        guard let text = try? request.query.get(String.self, at: "period") else { return DashboardModel.period(nil, now: request.now) }
        guard let period = IndicatorPeriod(text.trimmingCharacters(in: .whitespaces)) else { throw PeriodInvalid() }
        return period
    }

    /// The indicator the path names (else not found).
    static func definition(_ request: Request) async throws -> IndicatorDefinition {
        guard let id = request.parameters.get("indicatorID"), let definition = try await request.store.indicatorDefinitions(now: request.now).first(where: { $0.id == id }) else {
            throw Abort(.notFound)
        }
        return definition
    }

    // MARK: - The pages

    @Sendable static func dashboard(_ request: Request) async throws -> Response {
        let model = try await DashboardModel.query(store: request.store, user: try request.requireUser(), now: request.now,
                                                   period: try period(request))
        return Page.render(request, title: Strings.dashboardTitle(request.language)) { context in
            DashboardView.body(model, refusal: nil, context)
        }
    }

    @Sendable static func definitionPage(_ request: Request) async throws -> Response {
        let definition = try await definition(request)
        let model = IndicatorDefinitionModel.query(store: request.store, user: try request.requireUser(), now: request.now,
                                                   definition: definition, period: try period(request))
        return Page.render(request, title: definition.title(request.language)) { context in
            IndicatorDefinitionView.body(model, refusal: nil, context)
        }
    }

    /// The team lead's own team's children behind a number (`IndicatorChildrenModel`); every look is logged.
    @Sendable static func children(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let definition = try await definition(request)
        guard let model = try await IndicatorChildrenModel.query(store: request.store, user: user, now: request.now, definition: definition,
                                                                 period: try period(request)) else {
            throw Abort(.forbidden)
        }
        try await request.store.audit(.viewIndicatorChildren, user: user.id, now: request.now)
        return Page.render(request, title: definition.title(request.language)) { context in
            IndicatorChildrenView.body(model, refusal: nil, context)
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
        let definitions = Dictionary(uniqueKeysWithValues: try await request.store.indicatorDefinitions(now: request.now).map { ($0.id, $0) })
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
