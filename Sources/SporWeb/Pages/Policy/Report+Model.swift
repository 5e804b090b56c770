import Foundation
import SporDocuments
import SporDomain
import SporStore

/// What the status report's page shows for a year: the saved report or a fresh draft from the tracker and the
/// indicators — or nothing, when the year has neither an indicator value nor a status update.
struct ReportModel {
    let year: Int
    /// Nil when the year has no data at all.
    let report: StatusReport?
    let definitions: [String: IndicatorDefinition]
    /// The title of the policy the report follows (each year follows the policy in force at its end).
    var policyTitle: String? = nil

    static func query(store: Store, user: UserRecord, now: Date, year: Int, language: Language) async throws -> ReportModel {
        let content = try await store.policyContent()
        let report = try await report(store: store, content: content, now: now, year: year, language: language)
        let title = report.flatMap { content.policy($0.draft.policyID)?.title }
        return ReportModel(year: year, report: report, definitions: Dictionary(uniqueKeysWithValues: try await store.indicatorDefinitions(now: now).map { ($0.id, $0) }),
                           policyTitle: title)
    }

    /// The saved report of `year`, or a fresh draft dated `now`; nil when the year has no data at all.
    static func report(store: Store, content: PolicyContent? = nil, now: Date, year: Int, language: Language) async throws -> StatusReport? {
        if let saved = try await store.statusReport(year: year) { return saved }
        let content = if let content { content } else { try await store.policyContent() }
        let indicators = try await indicatorValues(store: store, now: now, language: language)
        // The tracker's own count of participation, so the report and the tracker can never disagree.
        let participation = InitiativeParticipation.count(try await store.participation(offers: InitiativeParticipation.allOffers))
        switch Result(catching: { () throws(PolicyError) in
            try StatusReportDraft.draft(year: year, policy: content.reportedPolicy(year: year), content: content, indicators: indicators,
                                        participation: participation)
        }) {
        case .success(let draft): return StatusReport(draft: draft, on: DanishTime.localDate(of: now))
        case .failure(let error) where error.code == .noDataForYear: return nil
        case .failure(let error): throw error
        }
    }

    /// The sections a form sent: one row per saved section and the empty "new section", kept only when something was
    /// written in it.
    static func sections(from values: FormValues, saved: Int) -> (titles: [String], bodies: [String]) {
        let count = saved + 1
        let rows = (1...count).filter { index in
            index < count || !(values["section-\(index)-title"] ?? "").isEmpty || !(values["section-\(index)-body"] ?? "").isEmpty
        }
        return (rows.map { values["section-\($0)-title"] ?? "" }, rows.map { values["section-\($0)-body"] ?? "" })
    }

    /// The indicator values the report reads: the dashboard's own cells (each year's headline, all children), so the
    /// report and the dashboard can never disagree.
    static func indicatorValues(store: Store, now: Date, language: Language) async throws -> any IndicatorValueProvider {
        let definitions = Dictionary(uniqueKeysWithValues: try await store.indicatorDefinitions(now: now).map { ($0.id, $0) })
        let years = (2010...2035).compactMap { IndicatorPeriod(kind: .year, year: $0) }
        let cells = try await store.indicatorCells(periods: years, series: IndicatorCell.headline).filter { $0.breakdown == .all }
        var tallies: [String: IndicatorTally] = [:]
        for cell in cells {
            tallies["\(cell.indicator)|\(cell.period.year)"] = cell.tally
        }
        let counted = tallies
        return IndicatorValueClosure(name: { id in
            definitions[id.rawValue].map { $0.title(language) }
        }, reading: { id, year in
            guard let definition = definitions[id.rawValue] else { return .noData }
            return reading(definition, this: counted["\(id.rawValue)|\(year)"], previous: counted["\(id.rawValue)|\(year - 1)"])
        })
    }

    /// One indicator's value in a year as the report shows it, with the dashboard's suppression.
    static func reading(_ definition: IndicatorDefinition, this: IndicatorTally?, previous: IndicatorTally?) -> IndicatorReading {
        let target: IndicatorTarget = switch definition.target {
        case .atLeast(let v): .atLeast(v)
        case .atMost(let v): .atMost(v)
        case .rising: .rising
        case .falling: .falling
        }
        let unit: IndicatorUnit = switch definition.unit {
        case .share, .meanPerChild: definition.unit == .share ? .share : .count
        case .count: .count
        case .perChildYear: .perChildYear
        case .medianDays: .days
        }
        switch IndicatorReadout(tally: this ?? .zero, definition: definition) {
        case .noData: return .noData
        case .suppressed: return .suppressed(target: target)
        case .value(let value, _):
            var trend: IndicatorTrend?
            if case .value(let before, _)? = previous.map({ IndicatorReadout(tally: $0, definition: definition) }) {
                trend = abs(value - before) < 0.0001 ? .steady : (value > before ? .rising : .falling)
            }
            return .value(IndicatorValue(value: value, unit: unit, target: target, trend: trend))
        }
    }
}
