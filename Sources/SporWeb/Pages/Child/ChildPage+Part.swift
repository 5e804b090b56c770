import Foundation
import SporDomain
import SporStore

/// The part of the timeline the page shows: one year, newest first, grouped by the phase the case was in; or, for a
/// search by kind or period, every year. Only this part is rendered, so the page's cost follows a year, not the
/// whole journal.
struct TimelinePart {
    /// Consecutive entries in one phase, newest first.
    struct Group {
        let phase: CasePhase
        var items: [Timeline.Item]
    }

    /// The year shown; nil for a search over every year.
    let year: Int?
    /// Every year with entries, newest first (the page links to each).
    let years: [Int]
    let groups: [Group]
    /// Entries shown, and entries in the journal (corrections apart).
    let shown: Int
    let total: Int

    init(_ timeline: Timeline, birthDate: LocalDate, filter: TimelineFilter, today: LocalDate) {
        let items = timeline.items
        let itemYears = items.map { DanishTime.localDate(of: $0.entry.occurredAt).year }
        years = Set(itemYears).sorted(by: >)
        if filter.isSearch {
            year = nil
        } else if let asked = filter.year, years.contains(asked) {
            year = asked
        } else if let asked = filter.year {
            // A year without entries is shown as empty, with the links to those that have some.
            year = asked
        } else {
            year = years.contains(today.year) ? today.year : years.first
        }
        let phases = timeline.phases(birthDate: birthDate)
        var groups: [Group] = []
        var shown = 0
        for index in items.indices.reversed() {
            if let year, itemYears[index] != year { continue }
            guard filter.includes(items[index]) else { continue }
            shown += 1
            if groups.last?.phase == phases[index] {
                groups[groups.count - 1].items.append(items[index])
            } else {
                groups.append(Group(phase: phases[index], items: [items[index]]))
            }
        }
        self.groups = groups
        self.shown = shown
        total = items.count
    }
}

extension ChildPageModel {
    /// The chosen part of the timeline (compute once per page).
    func timelinePart(today: LocalDate) -> TimelinePart {
        TimelinePart(timeline, birthDate: child.birthDate, filter: filter, today: today)
    }

    /// The case's phase now, by the journal and the child's age today.
    func phase(today: LocalDate) -> CasePhase {
        timeline.phase(birthDate: child.birthDate, today: today)
    }

    /// Parents and others related to the child: those with custody first.
    var household: [(person: Person, relation: Relation)] {
        people.enumerated().sorted { a, b in
            a.element.relation.hasCustody != b.element.relation.hasCustody ? a.element.relation.hasCustody : a.offset < b.offset
        }.map(\.element)
    }
}
