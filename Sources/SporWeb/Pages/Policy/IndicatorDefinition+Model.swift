import Foundation
import SporDomain
import SporStore

/// What an indicator's definition page shows: how it is counted, its target and source, and — for a team lead — the
/// way to the children behind it.
struct IndicatorDefinitionModel {
    let definition: IndicatorDefinition
    let period: IndicatorPeriod
    /// Whether the user may see their own team's children behind the number.
    let showsChildren: Bool

    static func query(store: Store, user: UserRecord, now: Date, definition: IndicatorDefinition,
                      period: IndicatorPeriod) -> IndicatorDefinitionModel {
        IndicatorDefinitionModel(definition: definition, period: period, showsChildren: Authorization.allows(user.role, .viewTeam))
    }
}

/// The team lead's own team's children behind a number: who is counted, and whether in the numerator. The team's
/// children are those the lead may open (`Store.children(openableBy:)`), closed cases too: a number of a past period
/// counts children whose case has closed since. Policy staff never reach it (aggregates only).
struct IndicatorChildrenModel {
    struct Row {
        let name: String
        let id: UUID
        let inNumerator: Bool
    }

    let definition: IndicatorDefinition
    let period: IndicatorPeriod
    let rows: [Row]

    /// Nil when the user has no team.
    static func query(store: Store, user: UserRecord, now: Date, definition: IndicatorDefinition,
                      period: IndicatorPeriod) async throws -> IndicatorChildrenModel? {
        guard let teamID = user.team, let team = try await store.teams().first(where: { $0.id == teamID }) else { return nil }
        let computation = IndicatorComputation(grid: IndicatorGrid(years: period.year...period.year, kinds: [period.kind]))
        var rows: [Row] = []
        // The team's children and their courses in a few queries, not two for each child; in the list's order.
        let ids = try await store.children(openableBy: team).map(\.id)
        let children = Dictionary(uniqueKeysWithValues: try await store.children(ids: ids).map { ($0.id, $0) })
        let timelines = try await store.timelines(children: ids)
        for id in ids {
            guard let child = children[id] else { continue }
            let timeline = timelines[id] ?? Timeline([])
            let contributions = computation.contributions(of: IndicatorChildFacts(child), timeline: timeline, asOf: now)
            guard let row = contributions.rows.first(where: { $0.indicator == definition.id && $0.period == period && $0.ageGroup == nil
                                                              && $0.series == IndicatorCell.headline }),
                  row.tally.denominator > 0 || row.tally.numerator > 0 else { continue }
            rows.append(Row(name: child.fullName, id: child.id, inNumerator: row.tally.numerator > 0))
        }
        return IndicatorChildrenModel(definition: definition, period: period, rows: rows)
    }
}
