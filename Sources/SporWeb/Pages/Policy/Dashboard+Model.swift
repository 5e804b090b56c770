import Foundation
import SporDomain
import SporStore

/// The policy in numbers: one card per indicator — its value, target, trend and breakdown by district — read from
/// the pre-aggregates the store keeps current on every write. A district counting fewer than 5 children reads "<5",
/// and a second district is hidden where the first could be worked out from the total.
struct DashboardModel {
    static let trendYears = 8

    struct Card {
        let definition: IndicatorDefinition
        /// The headline for the whole municipality.
        let readout: IndicatorReadout
        /// The yearly values, oldest first; nil where a year has no value.
        let trend: [(year: Int, value: Double?)]
        /// Each district's value, `.suppressed` where it is hidden.
        let districts: [(district: String, readout: IndicatorReadout)]
    }

    let period: IndicatorPeriod
    let cards: [Card]

    /// The period asked for, or the current year when none is.
    static func period(_ asked: IndicatorPeriod?, now: Date) -> IndicatorPeriod {
        asked ?? IndicatorPeriod(.year, containing: DanishTime.localDate(of: now))
    }

    static func query(store: Store, user: UserRecord, now: Date, period: IndicatorPeriod) async throws -> DashboardModel {
        let trendPeriods = (0...trendYears).compactMap { IndicatorPeriod(kind: .year, year: period.year - $0) }
        let cells = Dictionary(grouping: try await store.dashboardCells(period: period, trend: trendPeriods), by: \.indicator)
        let tally = { (indicator: String, period: IndicatorPeriod, breakdown: IndicatorBreakdown) -> IndicatorTally in
            cells[indicator]?.first { $0.series == IndicatorCell.headline && $0.period == period && $0.breakdown == breakdown }?.tally ?? .zero
        }
        let districts = Set(cells.values.flatMap { $0.compactMap(\.breakdown.district) }).sorted()
        let cards = try await store.indicatorDefinitions(now: now).map { definition in
            // The headline: an indicator's series (a rule of the deadlines, the reasons given for not hearing a child) are
            // beside it, in the exports.
            let total = tally(definition.id, period, .all)
            let byDistrict = districts.map { tally(definition.id, period, .district($0)) }
            // The district table: primary and secondary suppression over the children counted (and small numerators).
            let decision = Suppression.decide(SuppressionTable(cells: byDistrict.map { [$0.suppressionCount(definition.unit)] },
                                                               columnTotals: [total.suppressionCount(definition.unit)]))
            let trend: [(year: Int, value: Double?)] = (0...trendYears).reversed().map { back in
                let year = period.year - back
                let reading = IndicatorReadout(tally: tally(definition.id, IndicatorPeriod(kind: .year, year: year)!, .all), definition: definition)
                if case .value(let value, _) = reading { return (year, value) }
                return (year, nil)
            }
            return Card(definition: definition, readout: IndicatorReadout(tally: total, definition: definition), trend: trend,
                        districts: districts.enumerated().map { index, district in
                            (district, decision.isSuppressed(.cell(row: index, column: 0))
                                ? .suppressed : IndicatorReadout(tally: byDistrict[index], definition: definition))
                        })
        }
        return DashboardModel(period: period, cards: cards)
    }
}
